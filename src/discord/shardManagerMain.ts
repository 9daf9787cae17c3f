/**
 * `npm run start:sharded`: runs the bot as several shard processes under discord.js's
 * ShardingManager. DISCORD_SHARD_COUNT sets the total (or `auto`: Discord's recommendation),
 * DISCORD_SHARDS the shards this machine runs, so shards can be spread over machines. The
 * knowledge is read-only, so every shard answers on its own.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { describeError } from '../describeError.ts';
import { createLogger } from '../logger.ts';
import { configOrExit, EXIT } from '../startup.ts';

const config = configOrExit();
if (!config.discord) {
  process.stderr.write(
    'DISCORD_TOKEN is not set: the sharded bot needs the bot token (see .env.example).\n',
  );
  process.exit(EXIT.badConfig);
}
const { token, apiBase, manager: plan } = config.discord;
const log = createLogger({ level: config.logLevel, secrets: [token] });

/** Discord's recommended shard count, asked through the configured API (not discord.js's fixed URL). */
async function recommendedShards(): Promise<number> {
  const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

try {
  const totalShards = plan.totalShards === 'auto' ? await recommendedShards() : plan.totalShards;
  // Built (dist/*.js) shards run under plain Node; from source (*.ts) they need the TypeScript loader.
  const fromSource = import.meta.url.endsWith('.ts');
  const manager = new ShardingManager(
    fileURLToPath(new URL(fromSource ? '../main.ts' : '../main.js', import.meta.url)),
    {
      token,
      totalShards,
      shardList: plan.shardList === 'auto' ? 'auto' : [...plan.shardList],
      mode: 'process',
      respawn: true,
      // A small young generation keeps a long-running shard's resident memory low; one V8
      // worker keeps background GC and compiling from taking the answering thread's core on a
      // machine of one or two cores (see the README).
      execArgv: fromSource
        ? ['--import', 'tsx']
        : ['--enable-source-maps', '--max-semi-space-size=2', '--v8-pool-size=1'],
    },
  );
  manager.on('shardCreate', (shard) => {
    log.info('shard.created', { shardId: shard.id, totalShards });
    shard.on('death', () => log.warn('shard.died', { shardId: shard.id }));
  });
  const stop = (signal: string): void => {
    log.info('shutdown', { signal });
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(EXIT.ok);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn({ amount: totalShards, delay: plan.spawnDelayMs, timeout: 60_000 });
  log.info('shards.ready', { shards: manager.shards.size, totalShards });
} catch (error) {
  log.error('shards.failed', { error: describeError(error) });
  process.exit(EXIT.failure);
}
