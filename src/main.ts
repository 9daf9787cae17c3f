/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console chat.
 * The only place that wires the parts together.
 */
import { randomBytes } from 'node:crypto';
import { createConsoleChat } from './cli/consoleChat.ts';
import { createFeedbackRecorder, createQuestionRecorder } from './curation/recording.ts';
import { type CurationStore, openCurationStore } from './curation/store.ts';
import { describeError } from './describeError.ts';
import { type RunningBot, startBot } from './discord/bot.ts';
import { createLiveKnowledge } from './knowledge/liveKnowledge.ts';
import { prepareStory } from './knowledge/prepareStory.ts';
import { createLogger } from './logger.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from './startup.ts';

/** How long a curation write waits for another process's lock before it is dropped (logged). */
const CURATION_LOCK_WAIT_MS = 250;

const config = configOrExit();
// A person chatting at a terminal wants answers, not info-level log lines between them.
const chatting = !config.discord && Boolean(process.stdin.isTTY);
const log = createLogger({
  level: chatting && config.logLevel === 'info' ? 'warn' : config.logLevel,
  secrets: [config.discord?.token, config.curationSecret].filter((s): s is string => !!s),
});
const language = languageOrExit();
const knowledge = createLiveKnowledge({
  dir: config.storyDir,
  initial: engineOrExit(config, language, log),
  prepare: (dir) => prepareStory(dir, language),
  log,
});

// A bug in one handler must not take the bot down with it: log it and go on.
process.on('unhandledRejection', (reason) =>
  log.error('unhandled_rejection', { error: describeError(reason) }),
);
// SIGHUP reloads the knowledge: checked first, swapped in only if every check passes.
process.on('SIGHUP', () => knowledge.reload('SIGHUP'));
const stopWatching = config.watchKnowledge ? knowledge.watch() : () => {};

const store: CurationStore | undefined = config.recordUnanswered
  ? // A short lock wait: the bot answers on one thread, and a record is worth less than a reply.
    openCurationStore({ path: config.curationDbPath, log, busyTimeoutMs: CURATION_LOCK_WAIT_MS })
  : undefined;

if (config.discord) {
  const { token, apiBase, shards, ownerIds } = config.discord;
  let bot: RunningBot;
  try {
    bot = await startBot({
      token,
      client: { apiBase, shards },
      engine: knowledge.current,
      log,
      rateLimit: config.rateLimit,
      reloadKnowledge: knowledge.reload,
      ownerIds,
      ...(store && {
        onAnswer: createQuestionRecorder(store),
        recordFeedback: createFeedbackRecorder(
          store,
          config.curationSecret ?? randomBytes(32).toString('hex'),
        ),
      }),
    });
  } catch (error) {
    log.error('discord.login_failed', { error: describeError(error) });
    process.exit(EXIT.failure);
  }
  const shutdown = (signal: string): void => {
    log.info('shutdown', { signal });
    stopWatching();
    void bot.stop().finally(() => {
      store?.close();
      process.exit(EXIT.ok);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // A shard process whose ShardingManager went away must not linger as an orphan.
  if (config.discord.spawnedByManager) process.once('disconnect', () => shutdown('manager-gone'));
} else {
  log.info('console.start', { reason: 'DISCORD_TOKEN is not set' });
  const record = store ? createQuestionRecorder(store) : undefined;
  const chat = createConsoleChat({
    engine: knowledge.current,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
    ...(record && { onAnswer: (answer) => record(answer, 'console') }),
  });
  await chat.run();
  stopWatching();
  store?.close();
}
