import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type FakeDiscord, startFakeDiscord } from '@story-bot/loopback-discord';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundleOptions.ts';
import { normalizeText } from '../src/answering/normalizeText.ts';
import { openCurationStore } from '../src/curation/store.ts';
import { SILENT_LOGGER } from '../src/logger.ts';
import { TEST_TOKEN } from '../test/discord/botHarness.ts';
import { STORY_DIR, shippedStory } from '../test/storyFixture.ts';
import { startChild } from './child.ts';
import type { BenchPlan } from './plan.ts';
import type { Progress } from './progress.ts';
import type { CurateCommand, CurateMessage } from './protocol.ts';
import { productionRuntime } from './runtime.ts';
import { type LatencyStats, latencyStats } from './stats.ts';
import { devQueries } from './storyQueries.ts';

export interface CurateFigures {
  /** Accepts measured, and how many of them were not added (refused, failed: none expected). */
  readonly accepts: number;
  readonly notAdded: number;
  /** From the press of "Add as a phrasing of…" to the page with the outcome reaching Discord. */
  readonly endToEnd: LatencyStats;
  /** In the review worker: queue, lock, edit, every kb:check check, write, decision. */
  readonly workerMs: LatencyStats;
  /** The reload after each accept: in total, and the part on the answering thread (the index). */
  readonly reloadMs: LatencyStats;
  readonly reloadBlockedMs: LatencyStats;
  /** The longest event-loop delay of the bot during each accept. */
  readonly loopDelayMaxMs: LatencyStats;
  /** The same during a plain /reload of unchanged knowledge: the part of it that is the reload's. */
  readonly reloadLoopDelayMaxMs: LatencyStats;
  /** /ask interactions answered while the accepts ran, one after the other, dispatch to reply. */
  readonly answersDuring: LatencyStats;
  /** The same questions with no accept running, for comparison. */
  readonly answersIdle: LatencyStats;
}

const OWNER = '123456789012345678';
const START_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 60_000;
const OUT_DIR = fileURLToPath(new URL('./.build/curate/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface PageBody {
  readonly embeds?: readonly { readonly description?: string }[];
  readonly components?: readonly {
    readonly components: readonly { readonly custom_id?: string }[];
  }[];
}

/**
 * The owners' review on the loopback Discord: the bot (bundled, as `npm start` runs it) with a
 * review queue of one group per entry, each accepted in turn into its nearest entry by pressing
 * the page's button, as an owner clears the top of the queue. Meanwhile /ask interactions go one
 * after the other, to see whether answers wait for the edit, its checks or the reload.
 */
export async function benchCurate(plan: BenchPlan, progress: Progress): Promise<CurateFigures> {
  const work = mkdtempSync(join(tmpdir(), 'bench-curate-'));
  const storyDir = join(work, 'story');
  cpSync(STORY_DIR, storyDir, { recursive: true });
  const db = join(work, 'curation.sqlite');
  seedQueue(db, plan.curateAccepts);
  const entries = await bundle();
  const fake = await startFakeDiscord({ token: TEST_TOKEN, checkRequests: false });
  const bot = startChild<CurateMessage, CurateCommand>(entries.process, [], {
    timeoutMs: START_TIMEOUT_MS + plan.curateAccepts * STEP_TIMEOUT_MS,
    execArgv: [...productionRuntime().nodeFlags],
    env: {
      ...process.env,
      BENCH_API_BASE: fake.apiBase,
      BENCH_TOKEN: TEST_TOKEN,
      BENCH_STORY_DIR: storyDir,
      BENCH_DB: db,
      BENCH_OWNER: OWNER,
      BENCH_PREPARE_WORKER: pathToFileURL(entries.prepareWorker).href,
      BENCH_REVIEW_WORKER: pathToFileURL(entries.reviewWorker).href,
    },
  });
  try {
    progress('curate: starting the bot process against the loopback Discord…');
    await bot.next((m) => m.type === 'ready', START_TIMEOUT_MS);
    const questions = devQueries().map((q) => q.question);
    let user = 0;
    const ask = async (): Promise<number> => {
      const question = questions[user % questions.length] ?? '';
      const id = String(700_000_000_000_000_000n + BigInt(user++));
      const start = performance.now();
      const sent = fake.sendSlashCommand({ name: 'ask', options: { question }, user: { id } });
      await fake.waitForInteractionResponse(sent.id, STEP_TIMEOUT_MS);
      return performance.now() - start;
    };
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) await ask();
    for (let i = 0; i < 200; i++) idle.push(await ask());

    const opened = fake.sendSlashCommand({ name: 'curate', user: { id: OWNER } });
    let page = await pageAfter(fake, opened.webhookPath);
    const messageId = fake.interaction(opened.id)?.originalMessageId ?? '';
    // Opening the review started its worker and loaded the knowledge there: the accepts run warm,
    // as they do once a curator has the queue on screen.
    progress(`curate: accepting ${plan.curateAccepts} groups, one after the other…`);
    const endToEnd: number[] = [];
    const loopMax: number[] = [];
    const workerMs: number[] = [];
    const reloadMs: number[] = [];
    const blockedMs: number[] = [];
    const during: number[] = [];
    let notAdded = 0;
    const child = bot.process;
    const collect = (message: CurateMessage): void => {
      if (message.type === 'accepted') workerMs.push(message.ms);
      else if (message.type === 'reloaded') {
        reloadMs.push(message.ms);
        blockedMs.push(message.blockedMs);
      }
    };
    child.on('message', collect);
    for (let i = 0; i < plan.curateAccepts; i++) {
      const add = idOn(page, 'curate:add:');
      // Seeded questions alike enough to form one group leave fewer groups than seeded.
      if (!add) break;
      bot.send({ type: 'loop-reset' });
      const start = performance.now();
      const pressed = fake.sendButton({ customId: add, message: messageId, user: { id: OWNER } });
      let done = false;
      const next = pageAfter(fake, pressed.webhookPath).then((body) => {
        done = true;
        return body;
      });
      while (!done) during.push(await ask());
      page = await next;
      endToEnd.push(performance.now() - start);
      const loop = bot.next((m) => m.type === 'loop', STEP_TIMEOUT_MS);
      bot.send({ type: 'loop-read' });
      const reading = await loop;
      if (reading.type === 'loop') loopMax.push(reading.maxMs);
      if (!/^Added /.test(page.embeds?.[0]?.description ?? '')) notAdded += 1;
      fake.clearCalls();
    }
    child.off('message', collect);
    // The same measurement around a plain /reload, which every accept ends with.
    const reloadLoopMax: number[] = [];
    for (let i = 0; i < plan.curateAccepts; i++) {
      bot.send({ type: 'loop-reset' });
      const reload = fake.sendSlashCommand({ name: 'reload', user: { id: OWNER } });
      await pageAfter(fake, reload.webhookPath);
      const loop = bot.next((m) => m.type === 'loop', STEP_TIMEOUT_MS);
      bot.send({ type: 'loop-read' });
      const reading = await loop;
      if (reading.type === 'loop') reloadLoopMax.push(reading.maxMs);
    }
    const figures: CurateFigures = {
      accepts: endToEnd.length,
      notAdded,
      endToEnd: latencyStats(endToEnd),
      workerMs: latencyStats(workerMs),
      reloadMs: latencyStats(reloadMs),
      reloadBlockedMs: latencyStats(blockedMs),
      loopDelayMaxMs: latencyStats(loopMax),
      reloadLoopDelayMaxMs: latencyStats(reloadLoopMax),
      answersDuring: latencyStats(during),
      answersIdle: latencyStats(idle),
    };
    progress(
      `curate: accept p50 ${figures.endToEnd.p50} ms end to end; event loop delay at most ${figures.loopDelayMaxMs.max} ms; answers meanwhile p99 ${figures.answersDuring.p99} ms`,
    );
    return figures;
  } finally {
    bot.send({ type: 'stop' });
    await Promise.race([bot.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (bot.process.exitCode === null) bot.process.kill('SIGKILL');
    await fake.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** One group per entry, as if people had asked each of them a new way, the first most often. */
function seedQueue(db: string, groups: number): void {
  const store = openCurationStore({ path: db, log: SILENT_LOGGER });
  const entries = shippedStory().entries;
  for (let i = 0; i < groups; i++) {
    const entry = entries[(i * 7) % entries.length];
    const question = `so, ${entry?.alternates[0] ?? ''}?`;
    for (let n = 0; n < groups - i; n++)
      store.recordQuestion({
        question,
        normalized: normalizeText(question),
        status: 'unknown',
        bestEntryId: entry?.id ?? null,
        confidence: 0.3,
        origin: 'guild',
      });
  }
  store.close();
}

/** The bot process and its two workers, bundled as scripts/build.ts bundles the bot. */
async function bundle(): Promise<{ process: string; prepareWorker: string; reviewWorker: string }> {
  const entries = {
    process: 'bench/curateProcess.ts',
    prepareWorker: 'src/knowledge/prepareWorker.ts',
    reviewWorker: 'src/curation/review/reviewWorker.ts',
  };
  await build({
    ...NODE_BUNDLE,
    entryPoints: Object.values(entries).map((entry) => join(ROOT, entry)),
    outbase: ROOT,
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
  });
  const out = (entry: string): string => join(OUT_DIR, entry.replace(/\.ts$/, '.mjs'));
  return {
    process: out(entries.process),
    prepareWorker: out(entries.prepareWorker),
    reviewWorker: out(entries.reviewWorker),
  };
}

async function pageAfter(fake: FakeDiscord, webhookPath: string): Promise<PageBody> {
  const edit = await fake.waitForCall(
    (c) => c.method === 'PATCH' && c.path === `${webhookPath}/messages/@original`,
    STEP_TIMEOUT_MS,
  );
  return edit.body as PageBody;
}

function idOn(page: PageBody, prefix: string): string | undefined {
  return page.components
    ?.flatMap((row) => row.components.map((c) => c.custom_id ?? ''))
    .find((id) => id.startsWith(prefix));
}
