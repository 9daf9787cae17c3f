/**
 * The bot with the owners' review wired as `npm start` wires it (live knowledge reloading in
 * its worker, the review in its worker), bundled and under plain node, pointed at the loopback
 * Discord of the bench process. Reports the event loop's delay on request, and its reloads and
 * accepts as they happen.
 *
 * Env: BENCH_API_BASE, BENCH_TOKEN, BENCH_STORY_DIR (a copy: it is edited), BENCH_DB, BENCH_OWNER,
 * BENCH_PREPARE_WORKER, BENCH_REVIEW_WORKER (file URLs of the bundled workers).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Events } from 'discord.js';
import { createConversations } from '../src/conversation/conversations.ts';
import { createCurator } from '../src/curation/review/curator.ts';
import { reviewInWorker } from '../src/curation/review/reviewInWorker.ts';
import { startBot } from '../src/discord/bot.ts';
import { createLiveKnowledge } from '../src/knowledge/liveKnowledge.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { prepareInWorker } from '../src/knowledge/prepareInWorker.ts';
import { prepareStory } from '../src/knowledge/prepareStory.ts';
import { createLogger } from '../src/logger.ts';
import type { CurateCommand, CurateMessage } from './protocol.ts';

function send(message: CurateMessage): void {
  process.send?.(message);
}

const env = (name: string): string => process.env[name] ?? '';
const storyDir = env('BENCH_STORY_DIR');
const language = loadLanguagePack();
if (!language.ok)
  throw new Error(`the language data does not load: ${language.error.length} problems`);
const prepared = prepareStory(storyDir, language.value);
if (!prepared.ok)
  throw new Error(`the knowledge does not prepare: ${prepared.error.length} problems`);
const token = env('BENCH_TOKEN');
// Info level, as in production; the lines the bench needs are passed on, the rest dropped.
const log = createLogger({
  level: 'info',
  secrets: [token],
  write: (line) => {
    const fields = JSON.parse(line) as { event?: string; ms?: number; blockedMs?: number };
    if (fields.event === 'knowledge.reloaded')
      send({
        type: 'reloaded',
        ms: fields.ms ?? Number.NaN,
        blockedMs: fields.blockedMs ?? Number.NaN,
      });
    else if (fields.event === 'curation.accepted')
      send({ type: 'accepted', ms: fields.ms ?? Number.NaN });
  },
});
const knowledge = createLiveKnowledge({
  dir: storyDir,
  initial: prepared.value.engine,
  prepare: prepareInWorker(new URL(env('BENCH_PREPARE_WORKER')), language.value),
  log,
});
const curator = createCurator({
  review: reviewInWorker({
    worker: new URL(env('BENCH_REVIEW_WORKER')),
    data: { storyDir, ownDb: env('BENCH_DB'), otherDbs: [] },
    log,
  }),
  secret: 'bench-secret-of-enough-length',
  engine: knowledge.current,
  language: language.value,
  reload: knowledge.reload,
});
const bot = await startBot({
  token,
  client: { apiBase: env('BENCH_API_BASE') },
  engine: knowledge.current,
  conversations: createConversations(language.value),
  log,
  // The bench asks as many users: the limit never refuses.
  rateLimit: { questions: 5, windowMs: 10_000 },
  reloadKnowledge: knowledge.reload,
  ownerIds: [env('BENCH_OWNER')],
  curator,
});
if (!bot.client.isReady()) {
  await new Promise((resolve) => bot.client.once(Events.ClientReady, resolve));
}

const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
process.on('message', (raw) => {
  const command = raw as CurateCommand;
  if (command.type === 'loop-reset') loop.reset();
  else if (command.type === 'loop-read')
    send({ type: 'loop', maxMs: loop.max / 1e6, p99Ms: loop.percentile(99) / 1e6 });
  else if (command.type === 'stop') {
    void Promise.all([bot.stop(), curator.close()]).then(() => {
      send({ type: 'stopped' });
      process.disconnect();
    });
  }
});
send({ type: 'ready' });
