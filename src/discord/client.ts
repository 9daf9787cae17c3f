import { Client, type ClientOptions, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { ShardPlan } from '../config.ts';
import { NO_MENTIONS } from '../render/discord/message.ts';

export interface ClientSetup {
  /** REST base such as http://127.0.0.1:8080/api; Discord's own when undefined. */
  readonly apiBase: string | undefined;
  /** Shards this process runs; one shard when undefined. */
  readonly shards?: ShardPlan | undefined;
}

/** Intents the bot needs: none privileged (a mention or a DM carries its content without Message Content). */
export const INTENTS = Object.freeze([
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
]);

/**
 * discord.js client options used in production and in the end-to-end tests alike. Only the
 * caches the bot reads are kept (guilds and channels for routing); members, presences, messages
 * and the rest stay empty, so memory does not grow with the servers' activity.
 */
export function clientOptions(setup: ClientSetup): ClientOptions {
  return {
    intents: [...INTENTS],
    // DM channels are not cached before their first message; without this partial, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(setup.apiBase && { rest: { api: setup.apiBase } }),
    ...(setup.shards === 'auto' && { shards: 'auto' as const }),
    ...(setup.shards &&
      setup.shards !== 'auto' && { shards: [...setup.shards.ids], shardCount: setup.shards.count }),
    makeCache: Options.cacheWithLimits({
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: {
        maxSize: 0,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      // Every interaction carries its user; caching them would grow with every new asker.
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      VoiceStateManager: 0,
    }),
    sweepers: Options.DefaultSweeperSettings,
  };
}

export function createDiscordClient(setup: ClientSetup): Client {
  return new Client(clientOptions(setup));
}
