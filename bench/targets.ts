import type { BotFigures } from './botBench.ts';
import type { ConversationFigures } from './conversationBench.ts';
import type { CurateFigures } from './curateBench.ts';
import type { EngineSection } from './engineFigures.ts';
import type { StartupFigures } from './startupBench.ts';

/** One figure the issue sets a limit for; `value` is null when this run did not measure it. */
export interface Target {
  readonly name: string;
  readonly limit: string;
  readonly value: number | null;
  readonly unit: string;
  readonly met: boolean | null;
}

/** Entries ×10 should cost at most this factor in median latency ("clearly slower" than ×10). */
const GROWTH_LIMIT = 5;
/**
 * Growth of the heap the bot retains (after a forced GC, start to end) still called flat. RSS
 * itself climbs between V8's major collections and drops after them, so its growth over a
 * thousand interactions says more about GC timing than about a leak; retained heap does not.
 */
const FLAT_RETAINED_MB = 5;

function target(
  name: string,
  limit: string,
  unit: string,
  value: number | undefined,
  ok: (v: number) => boolean,
): Target {
  const known = value !== undefined && Number.isFinite(value);
  return { name, limit, unit, value: known ? value : null, met: known ? ok(value) : null };
}

/** Each target of the issue with this run's figure, and whether it is met. */
export function targetsOf(
  startup: StartupFigures | undefined,
  engine: EngineSection | undefined,
  bot: BotFigures | undefined,
  curate?: CurateFigures,
  conversation?: ConversationFigures,
): Target[] {
  const engineOn = (knowledge: string) =>
    engine?.figures.find((f) => f.matcher === 'engine' && f.knowledge === knowledge);
  const growth = engine?.growth.find((g) => g.from === 1_000 && g.to === 10_000);
  const lastRss = bot?.memory[bot.memory.length - 1]?.rssMb;
  const lastMemory = conversation?.memory[conversation.memory.length - 1];
  return [
    target(
      'story: engine p99 per question',
      '< 1',
      'ms',
      engineOn('story')?.latency?.p99,
      (v) => v < 1,
    ),
    target(
      '10,000 entries: engine p99',
      '< 10',
      'ms',
      engineOn('synthetic-10000')?.latency?.p99,
      (v) => v < 10,
    ),
    target(
      '1,000 → 10,000 entries: engine p50 growth',
      `< ${GROWTH_LIMIT}`,
      '×',
      growth?.medianRatio,
      (v) => v < GROWTH_LIMIT,
    ),
    target(
      `bot RSS after ${bot?.interactions ?? 1000} interactions`,
      '≤ 150',
      'MB',
      lastRss,
      (v) => v <= 150,
    ),
    target(
      'bot retained heap growth, start to end (flat)',
      `≤ ${FLAT_RETAINED_MB}`,
      'MB',
      bot?.retainedHeapGrowthMb,
      (v) => v <= FLAT_RETAINED_MB,
    ),
    target('bot dispatch-to-reply p99', '< 50', 'ms', bot?.latency.p99, (v) => v < 50),
    target(
      '/ask p99 while owners accept phrasings',
      '< 50',
      'ms',
      curate?.answersDuring.p99,
      (v) => v < 50,
    ),
    target('start-up (prepareStory)', '< 1000', 'ms', startup?.prepareMs, (v) => v < 1000),
    target(
      `conversations remembered after ${conversation?.users.toLocaleString('en-US') ?? 'many'} users`,
      `≤ ${conversation?.capacity.toLocaleString('en-US') ?? 'capacity'}`,
      'conversations',
      lastMemory?.remembered,
      (v) => v <= (conversation?.capacity ?? 0),
    ),
    target(
      'conversation memory: heap growth once full (flat)',
      '≤ 1',
      'MB',
      conversation?.growthOnceFullMb,
      (v) => v <= 1,
    ),
    target(
      'conversation reply p99 (follow-ups ask the engine several times)',
      '< 5',
      'ms',
      conversation?.latency.p99,
      (v) => v < 5,
    ),
  ];
}
