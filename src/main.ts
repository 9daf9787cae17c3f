/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console chat.
 * The only place that wires the parts together.
 */
import { createConsoleChat } from './cli/consoleChat.ts';
import { startBot } from './discord/bot.ts';
import { describeError } from './discord/dispatchInteraction.ts';
import { createLogger } from './logger.ts';
import { configOrExit, EXIT, engineOrExit } from './startup.ts';

const config = configOrExit();
const log = createLogger({
  level: config.logLevel,
  secrets: config.discord ? [config.discord.token] : [],
});
const engine = engineOrExit(config, log);

// A bug in one handler must not take the bot down with it: log it and go on.
process.on('unhandledRejection', (reason) =>
  log.error('unhandled_rejection', { error: describeError(reason) }),
);

if (config.discord) {
  const { token, apiBase, shards } = config.discord;
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({
      token,
      client: { apiBase, shards },
      engine: () => engine,
      log,
      rateLimit: config.rateLimit,
    });
  } catch (error) {
    log.error('discord.login_failed', { error: describeError(error) });
    process.exit(EXIT.failure);
  }
  const shutdown = (signal: string): void => {
    log.info('shutdown', { signal });
    void bot.stop().finally(() => process.exit(EXIT.ok));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // A shard process whose ShardingManager went away must not linger as an orphan.
  if (config.discord.spawnedByManager) process.once('disconnect', () => shutdown('manager-gone'));
} else {
  log.info('console.start', { reason: 'DISCORD_TOKEN is not set' });
  await createConsoleChat({
    engine,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  }).run();
}
