import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { type FakeDiscord, startFakeDiscord } from '@story-bot/loopback-discord';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectSpecConformance, TEST_TOKEN } from './botHarness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let fake: FakeDiscord | undefined;
let bot: ChildProcess | undefined;

afterEach(() => {
  if (fake) expectSpecConformance(fake);
});

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill('SIGKILL');
  await fake?.close();
});

describe('npm start with DISCORD_TOKEN and DISCORD_API_BASE', () => {
  it('connects to the Discord-compatible server, answers, and logs out cleanly on SIGTERM', async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN });
    // What `npm start` runs: the bundle, then plain Node.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT });
    let logs = '';
    bot = spawn(process.execPath, ['--max-semi-space-size=2', '--v8-pool-size=1', 'dist/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_BASE: fake.apiBase,
        RECORD_UNANSWERED: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stderr?.on('data', (chunk) => {
      logs += String(chunk);
    });
    await fake.waitForGateway([0], 15_000).catch((error: unknown) => {
      throw new Error(`bot did not connect: ${String(error)}\n${logs}`);
    });

    const sent = fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'did putin really call elton?' },
    });
    const call = await fake.waitForInteractionResponse(sent.id, 10_000);
    expect(JSON.stringify(call.body)).toMatch(/hoax/);

    const exited = once(bot, 'exit');
    bot.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(logs).toMatch(/"event":"shutdown"/);
    expect(logs).toMatch(/"event":"discord.stopped"/);
    expect(logs).not.toContain(TEST_TOKEN);
  }, 40_000);
});
