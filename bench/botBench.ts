import { startFakeDiscord } from '@story-bot/loopback-discord';
import { TEST_TOKEN } from '../test/discord/botHarness.ts';
import { STORY_DIR } from '../test/storyFixture.ts';
import { startChild } from './child.ts';
import { megabytes } from './memory.ts';
import type { BenchPlan } from './plan.ts';
import type { Progress } from './progress.ts';
import type { BotCommand, BotMessage } from './protocol.ts';
import { createRng, shuffled } from './rng.ts';
import { bundleForNode, productionRuntime } from './runtime.ts';
import { type LatencyStats, latencyStats, round } from './stats.ts';
import { devQueries } from './storyQueries.ts';

export interface MemoryCheckpoint {
  /** Measured interactions answered so far; -1 before the warm-up. */
  readonly interactions: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  /** After a forced full collection: only at the start and at the end (see benchBot). */
  readonly retainedHeapMb?: number;
}

export interface BotFigures {
  readonly interactions: number;
  readonly warmup: number;
  readonly distinctUsers: number;
  /** RSS of the bot process with its code loaded, before the story is prepared or Discord joined. */
  readonly codeRssMb: number;
  /** Node flags of the bot process, read from the start script (see runtime.ts). */
  readonly nodeFlags: readonly string[];
  readonly nodeFlagsSource: string;
  /** From the gateway dispatch of INTERACTION_CREATE to the bot's callback call reaching Discord. */
  readonly latency: LatencyStats;
  readonly memory: readonly MemoryCheckpoint[];
  /** RSS from the checkpoint after the warm-up to the last. */
  readonly rssGrowthMb: number;
  /** Retained heap from the start (before the warm-up) to the end. */
  readonly retainedHeapGrowthMb: number;
}

const ENTRY = './botProcess.ts';
const START_TIMEOUT_MS = 60_000;
const REPLY_TIMEOUT_MS = 10_000;
/** Snowflake-shaped ids, one per interaction. */
const FIRST_USER_ID = 700_000_000_000_000_000n;

/**
 * The real bot in a child process, run as `npm start` runs it (bundled, plain node, the start
 * script's flags), against the loopback Discord of the end-to-end tests in this one: `/ask` interactions one at a time, each timed from dispatch to the recorded reply,
 * with the bot's memory read at checkpoints. Latency is measured here, where both the dispatch
 * and the arrival of the reply happen, so no clocks of two processes are compared.
 */
export async function benchBot(plan: BenchPlan, progress: Progress): Promise<BotFigures> {
  const bundle = (await bundleForNode([ENTRY])).get(ENTRY) ?? '';
  const runtime = productionRuntime();
  // The timed span ends when the reply reaches the fake, so the fake's checks against Discord's
  // spec would count as the bot's time; the end-to-end tests check the same replies.
  const fake = await startFakeDiscord({ token: TEST_TOKEN, checkRequests: false });
  const bot = startChild<BotMessage, BotCommand>(bundle, [], {
    // Generous: the child is stopped explicitly; this only ends a hung one.
    timeoutMs: START_TIMEOUT_MS + (plan.botInteractions + plan.botWarmup) * REPLY_TIMEOUT_MS,
    // --expose-gc only makes the heap-after-GC reading possible; it changes no GC behaviour.
    execArgv: [...runtime.nodeFlags, '--expose-gc'],
    env: {
      ...process.env,
      BENCH_API_BASE: fake.apiBase,
      BENCH_TOKEN: TEST_TOKEN,
      BENCH_STORY_DIR: STORY_DIR,
    },
  });
  try {
    progress('bot: starting the bot process against the loopback Discord…');
    const ready = await bot.next((m) => m.type === 'ready', START_TIMEOUT_MS);
    const codeRssMb = ready.type === 'ready' ? megabytes(ready.codeRssBytes) : Number.NaN;
    const memory: MemoryCheckpoint[] = [];
    // A forced collection shrinks the heap, and with it the RSS read after it; so only the first
    // and the last checkpoint force one (after reading RSS), and the RSS in between is the
    // bot's own.
    const checkpoint = async (interactions: number, collect = false): Promise<void> => {
      const reading = bot.next((m) => m.type === 'memory', START_TIMEOUT_MS);
      bot.send({ type: 'memory', collect });
      const m = await reading;
      if (m.type !== 'memory') return;
      const retained = m.retainedHeapBytes;
      memory.push({
        interactions,
        rssMb: megabytes(m.rssBytes),
        heapUsedMb: megabytes(m.heapUsedBytes),
        ...(retained !== undefined && { retainedHeapMb: megabytes(retained) }),
      });
      const when = interactions < 0 ? 'started' : `after ${interactions} interactions`;
      const gc = retained === undefined ? '' : `, ${megabytes(retained)} MB after GC`;
      progress(
        `bot: ${when}: RSS ${megabytes(m.rssBytes)} MB, heap ${megabytes(m.heapUsedBytes)} MB${gc}`,
      );
    };
    await checkpoint(-1, true);

    const questions = shuffled(devQueries(), createRng(plan.seed)).map((q) => q.question);
    let user = 0;
    // A new user for every interaction: the per-user limit stays at its production value and
    // never refuses, and the caches keyed by user grow as they would on a busy server.
    const ask = async (): Promise<number> => {
      const question = questions[user % questions.length] ?? '';
      const id = String(FIRST_USER_ID + BigInt(user++));
      const start = performance.now();
      const sent = fake.sendSlashCommand({ name: 'ask', options: { question }, user: { id } });
      await fake.waitForInteractionResponse(sent.id, REPLY_TIMEOUT_MS);
      return performance.now() - start;
    };
    for (let i = 0; i < plan.botWarmup; i++) await ask();
    progress(
      `bot: warmed up with ${plan.botWarmup} interactions; measuring ${plan.botInteractions}…`,
    );

    const samples: number[] = [];
    await checkpoint(0);
    for (let i = 1; i <= plan.botInteractions; i++) {
      samples.push(await ask());
      const last = i === plan.botInteractions;
      if (i % plan.botCheckpointEvery === 0 || last) await checkpoint(i, last);
      // The fake keeps every call; it only slows its own look-ups, so drop them as we go.
      if (i % plan.botCheckpointEvery === 0) fake.clearCalls();
    }
    const latency = latencyStats(samples);
    progress(`bot: dispatch-to-reply p50 ${latency.p50} ms, p99 ${latency.p99} ms`);
    const start = memory[0];
    const afterWarmup = memory.find((m) => m.interactions === 0);
    const end = memory[memory.length - 1];
    return {
      interactions: plan.botInteractions,
      warmup: plan.botWarmup,
      distinctUsers: user,
      codeRssMb,
      nodeFlags: runtime.nodeFlags,
      nodeFlagsSource: runtime.source,
      latency,
      memory,
      rssGrowthMb: round((end?.rssMb ?? 0) - (afterWarmup?.rssMb ?? 0)),
      retainedHeapGrowthMb: round((end?.retainedHeapMb ?? 0) - (start?.retainedHeapMb ?? 0)),
    };
  } finally {
    bot.send({ type: 'stop' });
    await Promise.race([bot.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (bot.process.exitCode === null) bot.process.kill('SIGKILL');
    await fake.close();
  }
}
