import { type Client, Events, GatewayCloseCodes, RESTEvents } from 'discord.js';
import type { Answer } from '../answering/answer.ts';
import type { AnswerEngine } from '../answering/engine.ts';
import type { Conversations } from '../conversation/conversations.ts';
import { describeError } from '../describeError.ts';
import type { Health } from '../health.ts';
import type { LogFields, Logger } from '../logger.ts';
import type { BotMetrics } from '../metrics/metrics.ts';
import { type ClientSetup, createDiscordClient } from './client.ts';
import type { SlashCommand } from './commands/command.ts';
import { COMMANDS } from './commands/commandList.ts';
import type { BotContext, Origin } from './context.ts';
import { createInteractionDispatcher } from './dispatchInteraction.ts';
import { createMessageHandler } from './handleMessage.ts';
import { createPopularity } from './popularity.ts';
import { createQuestionGate } from './questionGate.ts';
import { createQuestionKeys } from './questionKeys.ts';
import { createRateLimiter } from './rateLimiter.ts';

export interface BotDeps {
  readonly token: string;
  readonly client: ClientSetup;
  readonly engine: () => AnswerEngine;
  /** Small talk and follow-ups, and what each conversation remembers. */
  readonly conversations: Conversations;
  readonly log: Logger;
  readonly rateLimit: { readonly questions: number; readonly windowMs: number };
  readonly onAnswer?: (answer: Answer, origin: Origin) => void;
  readonly reloadKnowledge?: BotContext['reloadKnowledge'];
  readonly ownerIds?: readonly string[];
  readonly recordFeedback?: BotContext['recordFeedback'];
  /** The owners' review (`/curate`). */
  readonly curator?: BotContext['curator'];
  /**
   * Called once when the bot can no longer work and should be restarted: Discord rejected the
   * token (a REST 401, after which discord.js drops the token and every DM reply fails, or
   * gateway close 4004), or a shard was closed for good. Logged loudly before the call.
   */
  readonly onFatal?: (reason: string) => void;
  /** Told of gateway connections and of a rejected token, for `/healthz`. */
  readonly health?: Health;
  /** Questions, latency and gateway reconnects, for `/metrics`. */
  readonly metrics?: BotMetrics;
  /** The slash commands; every command of `COMMANDS` by default. */
  readonly commands?: readonly SlashCommand[];
}

export interface RunningBot {
  readonly client: Client;
  /** Logs out and closes the gateway connection. */
  stop(): Promise<void>;
}

/**
 * Connects the bot: one client, one interaction dispatcher, one message handler. Resolves once
 * logged in; the gateway reconnects by itself after a drop.
 */
export async function startBot(deps: BotDeps): Promise<RunningBot> {
  const { log } = deps;
  const client = createDiscordClient(deps.client);
  const ctx: BotContext = {
    engine: deps.engine,
    conversations: deps.conversations,
    log,
    gate: createQuestionGate(
      createRateLimiter({ limit: deps.rateLimit.questions, windowMs: deps.rateLimit.windowMs }),
    ),
    popularity: createPopularity(),
    questionKeys: createQuestionKeys(),
    commands: deps.commands ?? COMMANDS,
    ...(deps.onAnswer && { onAnswer: deps.onAnswer }),
    ...(deps.reloadKnowledge && { reloadKnowledge: deps.reloadKnowledge }),
    ownerIds: deps.ownerIds ?? [],
    ...(deps.recordFeedback && { recordFeedback: deps.recordFeedback }),
    ...(deps.curator && { curator: deps.curator }),
    ...(deps.metrics && { metrics: deps.metrics }),
  };
  const dispatch = createInteractionDispatcher(ctx);
  const onMessage = createMessageHandler(ctx);

  client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  client.once(Events.ClientReady, (ready) =>
    log.info('discord.ready', {
      user: ready.user.tag,
      guilds: ready.guilds.cache.size,
      shards: ready.ws.shards.size,
    }),
  );
  // The gateway as /healthz sees it: each shard up once ready or resumed, down while reconnecting.
  client.on(Events.ShardReady, (shardId) => deps.health?.shardUp(shardId));
  client.on(Events.ShardResume, (shardId) => deps.health?.shardUp(shardId));
  client.on(Events.ShardReconnecting, (shardId) => {
    deps.health?.shardDown(shardId);
    deps.metrics?.gatewayReconnect();
  });

  let fatal = false;
  const failFatally = (event: string, fields: LogFields, reason: string): void => {
    if (event === 'discord.token_rejected') deps.health?.tokenRejected();
    if (fatal) return;
    fatal = true;
    log.error(event, { ...fields, action: deps.onFatal ? 'exiting for a restart' : 'none' });
    deps.onFatal?.(reason);
  };
  // discord.js emits this only for close codes it will not reconnect after (4004 and the like).
  client.on(Events.ShardDisconnect, (event, shardId) => {
    deps.health?.shardDown(shardId);
    failFatally(
      event.code === GatewayCloseCodes.AuthenticationFailed
        ? 'discord.token_rejected'
        : 'discord.shard_closed',
      { shardId, code: event.code },
      `gateway closed with ${event.code}`,
    );
  });
  client.rest.on(RESTEvents.Response, (request, response) => {
    // Requests made with the token; interaction callbacks go without it.
    if (response.status === 401 && request.data.auth !== false) {
      failFatally(
        'discord.token_rejected',
        { method: request.method.toUpperCase(), route: request.route, status: 401 },
        'Discord answered 401 Unauthorized',
      );
    }
  });
  client.on(Events.ShardReconnecting, (shardId) => log.info('discord.reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId, replayed) =>
    log.info('discord.resumed', { shardId, replayed }),
  );
  client.on(Events.ShardError, (error, shardId) =>
    log.error('discord.shard_error', { shardId, error: describeError(error) }),
  );
  client.on(Events.Error, (error) => log.error('discord.error', { error: describeError(error) }));
  client.on(Events.Warn, (message) => log.warn('discord.warning', { message }));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn('discord.rate_limited', {
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    }),
  );

  await client.login(deps.token);
  return {
    client,
    async stop() {
      await client.destroy();
      log.info('discord.stopped');
    },
  };
}
