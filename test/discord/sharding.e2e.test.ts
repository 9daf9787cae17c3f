import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type FakeDiscord, startFakeDiscord } from '@story-bot/loopback-discord';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectSpecConformance, TEST_TOKEN } from './botHarness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let fake: FakeDiscord | undefined;
let manager: ChildProcess | undefined;

afterEach(() => {
  if (fake) expectSpecConformance(fake);
});

afterAll(async () => {
  if (manager && manager.exitCode === null) {
    const exited = new Promise((resolve) => manager?.once('exit', resolve));
    manager.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
});

describe('npm run start:sharded', () => {
  it('runs two shard processes under the ShardingManager, each answering its own guild', async () => {
    fake = await startFakeDiscord({ token: TEST_TOKEN, shardCount: 2 });
    let output = '';
    manager = spawn(process.execPath, ['--import', 'tsx', 'src/discord/shardManagerMain.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_BASE: fake.apiBase,
        DISCORD_SHARD_COUNT: 'auto',
        DISCORD_SHARD_SPAWN_DELAY_MS: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stdout?.on('data', (chunk) => {
      output += String(chunk);
    });
    manager.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });

    await fake.waitForGateway([0, 1], 40_000).catch((error: unknown) => {
      throw new Error(`shards did not connect: ${String(error)}\n${output}`);
    });
    expect(fake.identifies.map((i) => i.shard?.[0]).sort()).toEqual([0, 1]);
    expect(fake.guilds.map((g) => g.shardId)).toEqual([0, 1]);

    for (const guild of fake.guilds) {
      const sent = fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'did putin really call elton?' },
        guildId: guild.id,
      });
      expect(sent.shardId).toBe(guild.shardId);
      const call = await fake.waitForInteractionResponse(sent.id, 10_000);
      expect(JSON.stringify(call.body)).toMatch(/hoax/);
    }
    expect(output).toMatch(/shard\.created/);
  }, 60_000);
});
