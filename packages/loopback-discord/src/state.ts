// The fake's world: users, guilds, channels, messages, interactions and registered commands.
// Shared by the REST routes (which mutate it) and the dispatch helpers (which read it).
import type {
  APIApplicationCommand,
  APIAttachment,
  APIDMChannel,
  APIMessage,
  APITextChannel,
  APIUser,
} from 'discord.js';
import {
  type GuildSpec,
  guildIdsForShards,
  makeDMChannel,
  makeEveryoneRole,
  makeMember,
  makeTextChannel,
  makeUser,
  snowflake,
} from './payloads.ts';
import type { RecordedFile } from './rest.ts';

export type StoredMessage = APIMessage & { guild_id?: string };

export interface ChannelRecord {
  guildId: string | null;
  channel: APITextChannel | APIDMChannel;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** Interaction type (2 command, 3 component, 4 autocomplete, 5 modal). */
  type: number;
  /** Command name, for interaction_metadata on the reply. */
  name: string | null;
  channelId: string;
  guildId: string | null;
  user: APIUser;
  acknowledged: boolean;
  /** The callback `type` the bot answered with, and its `data`. */
  responseType: number | null;
  responseData: unknown;
  /** The message `@original` points at (the reply, the deferred placeholder, or the updated component message). */
  originalMessageId: string | null;
  /** For components: the message the component was on. */
  sourceMessageId: string | null;
  followUpIds: string[];
  /** When the interaction was dispatched (ms since the epoch), for the response deadline. */
  createdAt?: number;
}

export interface WorldOptions {
  botUserId: string;
  applicationId: string;
  guildCount: number;
  shardCount: number;
}

export class FakeWorld {
  readonly botUser: APIUser;
  readonly applicationId: string;
  /** The human who sends commands and messages unless a test passes its own user. */
  readonly defaultUser: APIUser;
  readonly guilds: GuildSpec[];
  readonly users = new Map<string, APIUser>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly dmByUser = new Map<string, string>();
  private readonly unregisteredCommandIds = new Map<string, string>();

  constructor(options: WorldOptions) {
    this.botUser = makeUser(options.botUserId, 'FakeBot', true);
    this.applicationId = options.applicationId;
    this.defaultUser = makeUser(snowflake(), 'tester');
    this.addUser(this.botUser);
    this.addUser(this.defaultUser);
    const joinedAt = new Date().toISOString();
    this.guilds = guildIdsForShards(options.guildCount, options.shardCount).map((id, i) => {
      const textChannel = makeTextChannel(snowflake(), id, 'general');
      const guild: GuildSpec = {
        id,
        name: `Fake Guild ${i}`,
        textChannel,
        everyoneRole: makeEveryoneRole(id),
        ownerId: this.defaultUser.id,
        joinedAt,
        members: [makeMember(this.botUser, joinedAt), makeMember(this.defaultUser, joinedAt)],
      };
      this.channels.set(textChannel.id, { guildId: id, channel: textChannel });
      return guild;
    });
  }

  addUser(user: APIUser): APIUser {
    this.users.set(user.id, user);
    return user;
  }

  guild(guildId: string | undefined): GuildSpec {
    const guild = guildId ? this.guilds.find((g) => g.id === guildId) : this.guilds[0];
    if (!guild)
      throw new Error(`fakeDiscord: no guild ${guildId ?? '(default)'}; pass guilds >= 1`);
    return guild;
  }

  /** The DM channel between the bot and a user, created on first use (as POST /users/@me/channels does). */
  dmChannelFor(user: APIUser): APIDMChannel {
    const existing = this.dmByUser.get(user.id);
    const record = existing ? this.channels.get(existing) : undefined;
    if (record) return record.channel as APIDMChannel;
    const channel = makeDMChannel(snowflake(), user);
    this.channels.set(channel.id, { guildId: null, channel });
    this.dmByUser.set(user.id, channel.id);
    return channel;
  }

  /** Id of a registered command with that name (guild scope first), or a stable made-up one. */
  commandId(name: string, guildId: string | null): string {
    const scopes = guildId ? [guildId, 'global'] : ['global'];
    for (const scope of scopes) {
      const found = this.commands.get(scope)?.find((c) => c.name === name);
      if (found) return found.id;
    }
    let id = this.unregisteredCommandIds.get(name);
    if (!id) {
      id = snowflake();
      this.unregisteredCommandIds.set(name, id);
    }
    return id;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  /** Latest message the bot sent in a channel, optionally one carrying a component with that custom_id. */
  latestBotMessage(channelId: string, customId?: string): StoredMessage | undefined {
    const candidates = [...this.messages.values()].filter(
      (m) => m.channel_id === channelId && m.author.id === this.botUser.id,
    );
    const withComponent = customId
      ? candidates.filter((m) =>
          JSON.stringify(m.components ?? []).includes(JSON.stringify(customId)),
        )
      : [];
    return (withComponent.length > 0 ? withComponent : candidates).at(-1);
  }
}

/** Attachment objects for uploaded files, as Discord returns them in the message. */
export function attachmentsFor(channelId: string, files: RecordedFile[]): APIAttachment[] {
  return files.map((file) => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return {
      id,
      filename: file.name,
      size: file.data.length,
      url,
      proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
      content_type: file.contentType || 'application/octet-stream',
    };
  });
}
