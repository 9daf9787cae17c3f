// The bundled bot in its own process (as `npm start` runs it) under faults: a locked database,
// a rejected token, signals during start-up, a database path that cannot work.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import { type FakeDiscord, startFakeDiscord } from '@story-bot/loopback-discord';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCurationStore } from '../../src/curation/store.ts';
import { SILENT_LOGGER } from '../../src/logger.ts';
import { makeTempDir } from '../curation/helpers.ts';
import { holdWriteLock } from '../curation/lockHolder.ts';
import { TEST_TOKEN } from './botHarness.ts';
import { type BotProcess, buildBot, startBotProcess } from './botProcess.ts';

/** Discord's deadline for the first response to an interaction. */
const DEADLINE_MS = 3000;

let fake: FakeDiscord | undefined;
let bot: BotProcess | undefined;
let temp: ReturnType<typeof makeTempDir> | undefined;

beforeAll(() => buildBot(), 60_000);

afterEach(async () => {
  bot?.kill();
  await fake?.close();
  temp?.cleanup();
  bot = undefined;
  fake = undefined;
  temp = undefined;
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function connectedBot(env: Record<string, string>): Promise<BotProcess> {
  fake = await startFakeDiscord({ token: TEST_TOKEN, interactionDeadlineMs: DEADLINE_MS });
  bot = startBotProcess({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_BASE: fake.apiBase, ...env });
  await fake.waitForGateway([0], 15_000);
  return bot;
}

describe('the bundled bot', () => {
  it('answers every question in time while another process holds the curation database lock', async () => {
    temp = makeTempDir();
    const path = join(temp.dir, 'curation.sqlite');
    openCurationStore({ path, log: SILENT_LOGGER }).close();
    const lock = await holdWriteLock(path);
    try {
      await connectedBot({ CURATION_DB_PATH: path });
      const f = fake as FakeDiscord;
      // 100 questions the article does not cover (each one recorded) within 3 seconds.
      const sent = [];
      for (let i = 0; i < 100; i += 1) {
        sent.push(
          f.sendSlashCommand({
            name: 'ask',
            options: { question: `what is the weather like in town number ${i}` },
            user: { id: String(800_000_000_000_000_000n + BigInt(i)) },
          }),
        );
        await sleep(30);
      }
      const answered = await Promise.all(
        sent.map((s) =>
          f.waitForInteractionResponse(s.id, DEADLINE_MS + 2000).then(
            () => true,
            () => false,
          ),
        ),
      );
      const inTime = answered.filter(Boolean).length;
      console.info(`under a held lock: ${inTime} of 100 unknown questions answered in time`);
      expect(inTime).toBe(100);
    } finally {
      await lock.release();
    }
    // Once the lock is free, every one of them is recorded.
    const db = new Database(path, { readonly: true });
    try {
      await expect
        .poll(() => db.prepare('SELECT count(*) FROM questions').pluck().get(), { timeout: 10_000 })
        .toBe(100);
    } finally {
      db.close();
    }
  }, 60_000);

  it('exits non-zero, with one clear log line, when Discord rejects its token', async () => {
    const running = await connectedBot({ RECORD_UNANSWERED: 'false' });
    const f = fake as FakeDiscord;
    f.failNext({ method: 'POST', pathPattern: /^\/channels\/\d+\/messages$/, status: 401 });
    f.sendMessage({ content: 'who is peskov', dm: true });
    expect(await running.exited()).toBe(1);
    expect(running.logs().match(/"event":"discord.token_rejected"/g)).toHaveLength(1);
    expect(running.logs()).not.toContain(TEST_TOKEN);
  }, 30_000);

  it('coalesces a storm of SIGHUPs into a few reloads, answering every question in time', async () => {
    const running = await connectedBot({ RECORD_UNANSWERED: 'false' });
    const f = fake as FakeDiscord;
    const pid = running.child.pid ?? 0;
    const asked: { id: string; at: number }[] = [];
    // 50 SIGHUPs in one second, and 10 questions among them.
    for (let i = 0; i < 50; i += 1) {
      process.kill(pid, 'SIGHUP');
      if (i % 5 === 0) {
        const sent = f.sendSlashCommand({
          name: 'ask',
          options: { question: 'who is peskov' },
          user: { id: String(810_000_000_000_000_000n + BigInt(i)) },
        });
        asked.push({ id: sent.id, at: Date.now() });
      }
      await sleep(20);
    }
    const latencies = await Promise.all(
      asked.map((a) =>
        f.waitForInteractionResponse(a.id, DEADLINE_MS + 3000).then(
          (call) => call.at - a.at,
          () => Number.POSITIVE_INFINITY,
        ),
      ),
    );
    await running.waitForLog(/"event":"knowledge.reloaded"/);
    await sleep(1500);
    const reloads = running.logs().match(/"event":"knowledge.reloaded"/g)?.length ?? 0;
    const blocked = [...running.logs().matchAll(/"blockedMs":([\d.]+)/g)].map((m) => m[1]);
    console.info(
      `50 SIGHUPs: ${reloads} reloads (answering thread held ${blocked.join(', ')} ms each); ` +
        `${latencies.filter((ms) => ms <= DEADLINE_MS).length} of 10 answered in time, slowest ${Math.max(...latencies)} ms`,
    );
    expect(latencies.filter((ms) => ms > DEADLINE_MS)).toEqual([]);
    // One running and at most one waiting: a handful over the storm, not one per signal.
    expect(reloads).toBeGreaterThanOrEqual(1);
    expect(reloads).toBeLessThan(10);
  }, 60_000);

  it.skipIf(!existsSync('/proc/self/status'))(
    'survives SIGHUPs during start-up and reloads once when started',
    async () => {
      const running = startBotProcess({ RECORD_UNANSWERED: 'false' });
      bot = running;
      const pid = running.child.pid ?? 0;
      // As soon as the process catches SIGHUP (Linux lists caught signals in /proc), send a few,
      // while it is still loading.
      await expect.poll(() => catches(pid, 'SIGHUP'), { timeout: 10_000, interval: 2 }).toBe(true);
      for (let i = 0; i < 3; i += 1) {
        process.kill(pid, 'SIGHUP');
        await sleep(10);
      }
      await running.waitForLog(/"event":"knowledge.reloaded"/);
      const reloads = running.logs().match(/"event":"knowledge.reloaded".*/g) ?? [];
      expect(reloads).toHaveLength(1);
      expect(reloads[0]).toContain('"reason":"SIGHUP during start-up"');
      running.child.stdin?.write('who is peskov\n');
      await expect.poll(() => running.output(), { timeout: 10_000 }).toMatch(/press secretary/i);
      expect(running.child.exitCode).toBeNull();
    },
    30_000,
  );
});

describe('the bundled bot with METRICS_PORT', () => {
  it('serves /healthz and /metrics on 127.0.0.1', async () => {
    const port = await freePort();
    await connectedBot({ RECORD_UNANSWERED: 'false', METRICS_PORT: String(port) });
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status, {
        timeout: 10_000,
      })
      .toBe(200);
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toContain('story_bot_questions_total');
  }, 30_000);
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the bundled bot with a curation database path that cannot work', () => {
  it.skipIf(!existsSync('/proc/self/status'))(
    'warns at once, turns recording off and goes on answering',
    async () => {
      const running = startBotProcess({ CURATION_DB_PATH: '/proc/no-such-process/c.sqlite' });
      bot = running;
      running.child.stdin?.write('who is peskov\n');
      await expect.poll(() => running.output(), { timeout: 10_000 }).toMatch(/press secretary/i);
      await running.waitForLog(/"event":"curation.open_failed".*ENOENT/, 2000);
      await running.waitForLog(/"event":"curation.disabled".*"recording":"off"/, 2000);
      expect(running.child.exitCode).toBeNull();
    },
    30_000,
  );
});

/** Whether a Linux process has a handler for the signal (its SigCgt mask in /proc). */
function catches(pid: number, signal: NodeJS.Signals): boolean {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0';
  const bit = BigInt(osConstants.signals[signal] - 1);
  return ((BigInt(`0x${mask}`) >> bit) & 1n) === 1n;
}
