// Builders for the raw Discord API objects the fake hands to discord.js.
// Typed against discord-api-types (re-exported by discord.js) so a missing required field is a compile error.
import {
  type APIAttachment,
  type APIDMChannel,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIUser,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';

/** Discord's epoch (2015-01-01), the base of every snowflake's timestamp part. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, time-ordered snowflake: discord.js derives createdAt from ids, so they must be real snowflakes. */
export function snowflake(atMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(atMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Which shard a guild lives on, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Guild ids chosen so that guild i lands on shard i % shardCount. */
export function guildIdsForShards(count: number, shardCount: number): string[] {
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  const sc = BigInt(shardCount);
  const base = (now / sc) * sc - sc * BigInt(count + 1);
  return Array.from({ length: count }, (_, i) =>
    (((base + BigInt(i)) << 22n) | BigInt(i + 1)).toString(),
  );
}

/** Empty bitfield for flag enums, which have no 0 member (so a plain 0 does not type-check). */
const NO_FLAGS = 0 as never;

/** Permissions a normal member (and the bot) has: enough to chat, embed, attach and use commands. */
export const MEMBER_PERMISSIONS: string = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseExternalEmojis,
  PermissionFlagsBits.UseApplicationCommands,
]
  .reduce((a, b) => a | b, 0n)
  .toString();

export function makeUser(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    global_name: bot ? null : username,
    discriminator: '0',
    avatar: null,
    bot,
    system: false,
    flags: NO_FLAGS,
    public_flags: NO_FLAGS,
  };
}

export function makeMember(user: APIUser, joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

/** The guild's @everyone role: its id is the guild id, as on Discord. */
export function makeEveryoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS,
  };
}

export function makeTextChannel(id: string, guildId: string, name: string): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: NO_FLAGS,
  };
}

export function makeDMChannel(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    name: null,
    last_message_id: null,
    recipients: [recipient],
    flags: NO_FLAGS,
  };
}

export interface GuildSpec {
  id: string;
  name: string;
  textChannel: APITextChannel;
  everyoneRole: APIRole;
  ownerId: string;
  joinedAt: string;
  members: APIGuildMember[];
}

/** A complete GUILD_CREATE payload (available guild, one text channel, @everyone). */
export function makeGuildCreate(guild: GuildSpec): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [guild.everyoneRole],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.textChannel.id,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    incidents_data: null,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members,
    channels: [guild.textChannel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface MessageSpec {
  id: string;
  channelId: string;
  guildId?: string | undefined;
  author: APIUser;
  content?: string;
  embeds?: APIMessage['embeds'];
  components?: APIMessage['components'];
  attachments?: APIAttachment[];
  mentions?: APIUser[];
  flags?: number;
  type?: MessageType;
  webhookId?: string;
  applicationId?: string;
  reference?: APIMessage;
}

/** A message object; guild_id is only set for guild channels (discord.js uses it to pick the channel type). */
export function makeMessage(spec: MessageSpec): APIMessage & { guild_id?: string } {
  const message: APIMessage & { guild_id?: string } = {
    id: spec.id,
    channel_id: spec.channelId,
    author: spec.author,
    content: spec.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: spec.mentions ?? [],
    mention_roles: [],
    attachments: spec.attachments ?? [],
    embeds: spec.embeds ?? [],
    components: spec.components ?? [],
    pinned: false,
    type: spec.type ?? (spec.reference ? MessageType.Reply : MessageType.Default),
    flags: spec.flags ?? 0,
  };
  if (spec.guildId) message.guild_id = spec.guildId;
  if (spec.webhookId) message.webhook_id = spec.webhookId;
  if (spec.applicationId) message.application_id = spec.applicationId;
  if (spec.reference) {
    message.message_reference = {
      type: 0,
      message_id: spec.reference.id,
      channel_id: spec.reference.channel_id,
      ...(spec.guildId ? { guild_id: spec.guildId } : {}),
    };
    message.referenced_message = spec.reference;
  }
  return message;
}
