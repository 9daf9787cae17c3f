/**
 * The bot as `npm start` runs it, wired together: the Discord bot when DISCORD_TOKEN is set,
 * otherwise the console chat. Started by `main.ts` once the SIGHUP handler is in place.
 */
import { randomBytes } from 'node:crypto';
import { createConsoleChat } from './cli/consoleChat.ts';
import { createConversations } from './conversation/conversations.ts';
import { turnOutcome } from './conversation/turn.ts';
import { type CurationQueue, createCurationQueue } from './curation/curationQueue.ts';
import { createFeedbackRecorder, createQuestionRecorder } from './curation/recording.ts';
import { createCurator } from './curation/review/curator.ts';
import { reviewInWorker } from './curation/review/reviewInWorker.ts';
import { describeError } from './describeError.ts';
import { type RunningBot, startBot } from './discord/bot.ts';
import { createHealth } from './health.ts';
import { createLiveKnowledge } from './knowledge/liveKnowledge.ts';
import { prepareInWorker } from './knowledge/prepareInWorker.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics/metrics.ts';
import { startMetricsServer } from './metrics/metricsServer.ts';
import type { ReloadSignal } from './reloadSignal.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from './startup.ts';

/** What the entry point hands over: the SIGHUP listener and where the worker threads' files are. */
export interface AppStart {
  readonly reloads: ReloadSignal;
  readonly workers: { readonly curation: URL; readonly prepare: URL; readonly review: URL };
}

/** Loads the knowledge and runs the bot or the console chat. */
export async function startApp(start: AppStart): Promise<void> {
  const config = configOrExit();
  // A person chatting at a terminal wants answers, not info-level log lines between them.
  const chatting = !config.discord && Boolean(process.stdin.isTTY);
  const log = createLogger({
    level: chatting && config.logLevel === 'info' ? 'warn' : config.logLevel,
    secrets: [config.discord?.token, config.curationSecret].filter((s): s is string => !!s),
  });

  const language = languageOrExit();
  const initial = engineOrExit(config, language, log);
  // Small talk and follow-ups: what each conversation remembers, bounded and expiring.
  const conversations = createConversations(language);
  // Records are queued and written by a worker thread: the database never delays an answer.
  const store: CurationQueue | undefined = config.recordUnanswered
    ? createCurationQueue({ path: config.curationDbPath, worker: start.workers.curation, log })
    : undefined;
  const health = createHealth({ gateway: config.discord !== undefined });
  const metrics = config.metrics
    ? createMetrics({
        ...(store && { curation: () => store.stats() }),
        healthy: () => health.report().healthy,
      })
    : undefined;
  const knowledge = createLiveKnowledge({
    dir: config.storyDir,
    initial,
    // Reloads load and check the story in a worker thread, so answering goes on meanwhile.
    prepare: prepareInWorker(start.workers.prepare, language),
    log,
    ...(metrics && { onReload: (result) => metrics.reload(result.ok ? 'ok' : 'refused') }),
  });
  // Opt-in, and up before the gateway, so /healthz tells "not connected yet" while logging in.
  const server =
    config.metrics && metrics
      ? await startMetricsServer({ ...config.metrics, metrics, health, log })
      : undefined;

  // A bug in one handler must not take the bot down with it: log it and go on.
  process.on('unhandledRejection', (reason) =>
    log.error('unhandled_rejection', { error: describeError(reason) }),
  );
  const stopWatching = config.watchKnowledge ? knowledge.watch() : () => {};

  // Voters and curators are hashed under one key; without CURATION_SECRET it lasts one run.
  const secret = config.curationSecret ?? randomBytes(32).toString('hex');

  if (config.discord) {
    const { token, apiBase, shards, ownerIds } = config.discord;
    // The owners' review runs in a worker thread of its own, started on first use.
    const curator = createCurator({
      review: reviewInWorker({
        worker: start.workers.review,
        data: {
          storyDir: config.storyDir,
          ownDb: config.curationDbPath,
          otherDbs: config.curationMergePaths,
        },
        log,
      }),
      secret,
      engine: knowledge.current,
      language,
      reload: knowledge.reload,
    });
    let bot: RunningBot | undefined;
    let stopping = false;
    const shutdown = (reason: string, code: number): void => {
      if (stopping) return;
      stopping = true;
      log.info('shutdown', { reason, code });
      stopWatching();
      void (bot?.stop() ?? Promise.resolve())
        .then(() => Promise.all([store?.close(), server?.close(), curator.close()]))
        .finally(() => process.exit(code));
    };
    try {
      bot = await startBot({
        token,
        client: { apiBase, shards },
        engine: knowledge.current,
        conversations,
        log,
        rateLimit: config.rateLimit,
        reloadKnowledge: knowledge.reload,
        ownerIds,
        curator,
        // A rejected token never comes back by itself: exit non-zero, and the process manager
        // restarts the bot (with a corrected token, or to surface the problem in its logs).
        onFatal: () => shutdown('fatal', EXIT.failure),
        health,
        ...(metrics && { metrics }),
        ...(store && {
          onAnswer: createQuestionRecorder(store),
          recordFeedback: createFeedbackRecorder(store, secret),
        }),
      });
    } catch (error) {
      log.error('discord.login_failed', { error: describeError(error) });
      process.exit(EXIT.failure);
    }
    // SIGHUP reloads the knowledge: checked first, swapped in only if every check passes.
    start.reloads.connect((reason) => void knowledge.reload(reason));
    process.once('SIGINT', () => shutdown('SIGINT', EXIT.ok));
    process.once('SIGTERM', () => shutdown('SIGTERM', EXIT.ok));
    // A shard process whose ShardingManager went away must not linger as an orphan.
    if (config.discord.spawnedByManager)
      process.once('disconnect', () => shutdown('manager-gone', EXIT.ok));
  } else {
    log.info('console.start', { reason: 'DISCORD_TOKEN is not set' });
    const record = store ? createQuestionRecorder(store) : undefined;
    const chat = createConsoleChat({
      engine: knowledge.current,
      conversations,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      log,
      onTurn: (turn, seconds) => {
        // Only questions about the article are the curators' business, not small talk.
        if (turn.kind === 'answer') record?.(turn.answer, 'console');
        metrics?.question('console', turnOutcome(turn), seconds);
      },
    });
    start.reloads.connect((reason) => void knowledge.reload(reason));
    await chat.run();
    stopWatching();
    await Promise.all([store?.close(), server?.close()]);
  }
}
