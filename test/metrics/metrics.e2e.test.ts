// /metrics and /healthz of the bot on a loopback Discord: questions by front end and outcome,
// latency, reloads, curation queue, gateway reconnects, and health that follows the gateway.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CurationQueue, createCurationQueue } from '../../src/curation/curationQueue.ts';
import { createQuestionRecorder } from '../../src/curation/recording.ts';
import { createHealth, type Health } from '../../src/health.ts';
import { createLiveKnowledge } from '../../src/knowledge/liveKnowledge.ts';
import { prepareStory } from '../../src/knowledge/prepareStory.ts';
import { SILENT_LOGGER } from '../../src/logger.ts';
import { type BotMetrics, createMetrics } from '../../src/metrics/metrics.ts';
import { type MetricsServer, startMetricsServer } from '../../src/metrics/metricsServer.ts';
import { makeTempDir } from '../curation/helpers.ts';
import { type Harness, startHarness } from '../discord/botHarness.ts';
import { STORY_DIR, shippedLanguage } from '../storyFixture.ts';

const WORKER = new URL('../../src/curation/curationWorker.ts', import.meta.url);

let h: Harness;
let health: Health;
let metrics: BotMetrics;
let server: MetricsServer;
let queue: CurationQueue;
let temp: ReturnType<typeof makeTempDir>;
let fatal = 0;
let user = 0;

beforeAll(async () => {
  temp = makeTempDir();
  queue = createCurationQueue({
    path: join(temp.dir, 'curation.sqlite'),
    worker: WORKER,
    log: SILENT_LOGGER,
  });
  health = createHealth({ gateway: true });
  metrics = createMetrics({
    curation: () => queue.stats(),
    healthy: () => health.report().healthy,
  });
  const prepared = prepareStory(STORY_DIR, shippedLanguage());
  if (!prepared.ok) throw new Error('shipped knowledge must load');
  const knowledge = createLiveKnowledge({
    dir: STORY_DIR,
    initial: prepared.value.engine,
    prepare: (dir) => prepareStory(dir, shippedLanguage()),
    log: SILENT_LOGGER,
    onReload: (result) => metrics.reload(result.ok ? 'ok' : 'refused'),
  });
  const started = await startMetricsServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    health,
    log: SILENT_LOGGER,
  });
  if (!started) throw new Error('metrics server did not start');
  server = started;
  h = await startHarness({
    engine: knowledge.current,
    bot: {
      health,
      metrics,
      onAnswer: createQuestionRecorder(queue),
      reloadKnowledge: knowledge.reload,
      onFatal: () => {
        fatal += 1;
      },
    },
  });
  await knowledge.reload('test');
});

afterAll(async () => {
  await h.close();
  await server.close();
  await queue.close();
  temp.cleanup();
});

const get = (path: string): Promise<Response> => fetch(`http://127.0.0.1:${server.port}${path}`);

async function scrape(): Promise<string> {
  const response = await get('/metrics');
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample line, e.g. `story_bot_questions_total{front_end="slash",outcome="answered"}`. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.slice(name.length + 1));
}

async function ask(question: string): Promise<void> {
  const sent = h.fake.sendSlashCommand({
    name: 'ask',
    options: { question },
    user: { id: String(600_000_000_000_000_000n + BigInt(++user)) },
  });
  await h.fake.waitForInteractionResponse(sent.id, 5000);
}

describe('the metrics endpoint', () => {
  it('is healthy once the gateway is connected', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('counts questions by front end and outcome, with their latency', async () => {
    await ask('did putin really call elton?');
    await ask('what is the capital of peru');
    const dm = h.fake.sendMessage({
      content: 'who is peskov',
      dm: true,
      user: { id: '611111111111111111' },
    });
    await h.fake.waitForCall((c) => c.path === `/channels/${dm.channelId}/messages`, 5000);
    await expect
      .poll(async () =>
        sample(await scrape(), 'story_bot_questions_total{front_end="dm",outcome="answered"}'),
      )
      .toBe(1);
    const text = await scrape();
    expect(sample(text, 'story_bot_questions_total{front_end="slash",outcome="answered"}')).toBe(1);
    expect(sample(text, 'story_bot_questions_total{front_end="slash",outcome="unknown"}')).toBe(1);
    expect(sample(text, 'story_bot_question_duration_seconds_count{front_end="slash"}')).toBe(2);
    expect(text).toMatch(
      /story_bot_question_duration_seconds_bucket\{le="0\.01",front_end="slash"\}/,
    );
  });

  it('counts reloads, curation records and the queue, and Node process figures', async () => {
    const text = await scrape();
    expect(sample(text, 'story_bot_knowledge_reloads_total{result="ok"}')).toBe(1);
    expect(sample(text, 'story_bot_knowledge_reloads_total{result="refused"}')).toBe(0);
    expect(sample(text, 'story_bot_curation_queue_depth')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'story_bot_curation_dropped_records_total')).toBe(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('counts gateway reconnects', async () => {
    const before = sample(await scrape(), 'story_bot_gateway_reconnects_total');
    h.fake.dropConnection({ resumable: true });
    await expect
      .poll(async () => sample(await scrape(), 'story_bot_gateway_reconnects_total'))
      .toBe(before + 1);
    await expect.poll(async () => (await get('/healthz')).status).toBe(200);
  });

  it('turns unhealthy when the token is rejected', async () => {
    h.fake.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 401 });
    h.fake.sendMessage({ content: 'who is peskov', dm: true, user: { id: '622222222222222222' } });
    await expect.poll(() => fatal).toBe(1);
    const response = await get('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unhealthy',
      problems: ['Discord rejected the token'],
    });
    expect(sample(await scrape(), 'story_bot_healthy')).toBe(0);
  });
});

describe('health on a gateway that goes away', () => {
  it('turns unhealthy while the gateway is down', async () => {
    const gone = createHealth({ gateway: true });
    const lost = await startHarness({ bot: { health: gone } });
    try {
      expect(gone.report().healthy).toBe(true);
      await lost.fake.close();
      await expect.poll(() => gone.report().problems).toEqual(['the gateway is down (shard 0)']);
    } finally {
      await lost.bot.stop();
    }
  });
});

describe('health', () => {
  it('is unhealthy before the gateway is connected and while a shard is down', () => {
    const fresh = createHealth({ gateway: true });
    expect(fresh.report()).toEqual({
      healthy: false,
      problems: ['the gateway is not connected yet'],
    });
    fresh.shardUp(0);
    fresh.shardUp(1);
    fresh.shardDown(1);
    expect(fresh.report()).toEqual({
      healthy: false,
      problems: ['the gateway is down (shard 1)'],
    });
    fresh.shardUp(1);
    expect(fresh.report().healthy).toBe(true);
    expect(createHealth({ gateway: false }).report().healthy).toBe(true);
  });
});
