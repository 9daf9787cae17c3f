// Public types of the loopback Discord: options, helper inputs, what the helpers return, and the
// FakeDiscord interface itself. Implementation in fakeDiscord.ts.
import type { APIApplicationCommand, APIMessage, APIUser, Locale } from 'discord.js';
import type { IdentifyRecord } from './gateway.ts';
import type { CommandOptionsInput } from './interactions.ts';
import type { SpecProblem } from './openapi/requestValidator.ts';
import type { FailRule, RecordedCall } from './rest.ts';
import type { InteractionRecord, StoredMessage } from './state.ts';

export interface FakeDiscordOptions {
  /** HELLO heartbeat_interval; default 41250 like Discord. Small values make heartbeats visible in tests. */
  heartbeatIntervalMs?: number;
  /** Shard count reported by GET /gateway/bot; default 1. */
  shardCount?: number;
  /** Number of guilds; guild i lives on shard i % shardCount. Default: shardCount (one guild per shard). */
  guilds?: number;
  botUserId?: string;
  /** Default: the bot user id, as for every application created since 2020. */
  applicationId?: string;
  /** When set, IDENTIFY and bot-authenticated REST calls must use this token (else 4004 / 401). */
  token?: string;
  /** Drop MESSAGE_CREATE without GuildMessages / DirectMessages intents and blank content without
   *  MessageContent (except DMs and mentions), as Discord does. Default true. */
  enforceIntents?: boolean;
  /** Check every REST request against Discord's OpenAPI spec (spec/openapi.json): a body Discord
   *  refuses gets its 400 Invalid Form Body, and every problem, refused or only reported (unknown
   *  fields, undocumented routes), is kept in `violations`. Default true. */
  checkRequests?: boolean;
  /** Answer an interaction callback later than this after dispatch with 404 Unknown interaction,
   *  as Discord does past its 3-second deadline (pass 3000). Default: no deadline. */
  interactionDeadlineMs?: number;
}

/** A request that breaks Discord's OpenAPI spec (see `checkRequests`). */
export interface SpecViolation {
  /** The recorded call it concerns (`calls[].seq`). */
  seq: number;
  method: string;
  path: string;
  /** The documented operation, e.g. `POST /channels/{channel_id}/messages`; null when none is. */
  operation: string | null;
  problems: SpecProblem[];
}

export interface FakeGuild {
  id: string;
  name: string;
  textChannelId: string;
  /** The @everyone role (same id as the guild). */
  everyoneRoleId: string;
  /** Shard this guild is on under the configured shard count. */
  shardId: number;
}

/** A user to act as; unknown ids are created. Default: the fake's `defaultUser`. */
export interface UserInput {
  id?: string;
  username?: string;
  bot?: boolean;
}

export interface WhereInput {
  /** Guild to act in; default the first guild. Ignored with `dm: true`. */
  guildId?: string;
  /** Act in the bot's DM channel with the user instead of a guild. */
  dm?: boolean;
  user?: UserInput;
  locale?: Locale;
}

export interface SlashCommandInput extends WhereInput {
  name: string;
  options?: CommandOptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteInput extends SlashCommandInput {
  /** With record options: which one is focused (default: the first). Raw options carry `focused` themselves. */
  focused?: string;
}

export interface ComponentInput extends WhereInput {
  customId: string;
  /** The bot message the component is on: an id of a message the bot sent, or a message object.
   *  Default: the bot's latest message in that channel carrying `customId`, else a made-up one. */
  message?: string | APIMessage;
}

export interface SelectInput extends ComponentInput {
  values: string[];
}

export interface ModalSubmitInput extends WhereInput {
  /** The modal's custom id, as the bot set it when it showed the modal. */
  customId: string;
  /** Text fields by custom id, with what the user typed. */
  fields: Record<string, string>;
  /** The message whose component opened the modal (an id, or a message object); none: a modal
   *  opened from a slash command. */
  message?: string | APIMessage;
}

export interface MessageInput extends WhereInput {
  content: string;
  /** Prefix the content with `<@botId>` and list the bot in `mentions`. */
  mentionsBot?: boolean;
  /** Author is another bot (discord.js bots usually ignore those). */
  authorIsBot?: boolean;
  /** Make it a reply to this message id (type 19 with message_reference). */
  replyTo?: string;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  type: number;
  channelId: string;
  guildId: string | null;
  user: APIUser;
  shardId: number;
  /** For components: the message the component was on. */
  messageId: string | null;
  /** `/interactions/:id/:token/callback`, as recorded in `calls[].path`. */
  callbackPath: string;
  /** `/webhooks/:appId/:token`, prefix of editReply / followUp paths. */
  webhookPath: string;
}

export interface DispatchedMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  author: APIUser;
  shardId: number;
  /** False when the bot's intents would keep Discord from sending it (see `enforceIntents`). */
  delivered: boolean;
}

export interface DropOptions {
  /** Keep the session so the client's RESUME succeeds; otherwise RESUME gets op 9 and it re-identifies. */
  resumable: boolean;
  /** Only this shard; default all. */
  shardId?: number;
  /** Close code; default 4000 (unknown error), which discord.js answers with a RESUME. */
  code?: number;
  /** Kill the TCP socket without a close frame (client sees 1006). */
  terminate?: boolean;
}

export interface FakeDiscord {
  /** Pass as `rest: { api }`: `http://127.0.0.1:PORT/api`. */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly botUser: APIUser;
  readonly applicationId: string;
  /** The human acting in the send* helpers unless `user` is given. */
  readonly defaultUser: APIUser;
  readonly guilds: readonly FakeGuild[];
  readonly calls: readonly RecordedCall[];
  /** Requests that broke Discord's OpenAPI spec, in arrival order (not emptied by `clearCalls`). */
  readonly violations: readonly SpecViolation[];
  readonly identifies: readonly IdentifyRecord[];
  readonly identifyCount: number;
  readonly resumeCount: number;
  readonly connectionCount: number;
  readonly heartbeatCount: number;

  sendSlashCommand(input: SlashCommandInput): DispatchedInteraction;
  sendAutocomplete(input: AutocompleteInput): DispatchedInteraction;
  sendButton(input: ComponentInput): DispatchedInteraction;
  sendSelect(input: SelectInput): DispatchedInteraction;
  /** A modal submitted (type 5), from a message's component when `message` is given. */
  sendModalSubmit(input: ModalSubmitInput): DispatchedInteraction;
  sendMessage(input: MessageInput): DispatchedMessage;
  /** Escape hatch: any dispatch event on a shard (default 0). Returns its sequence number. */
  dispatch(t: string, d: unknown, shardId?: number): number;

  waitForCall(
    predicate: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** The first successful callback call for that interaction. */
  waitForInteractionResponse(interactionId: string, timeoutMs?: number): Promise<RecordedCall>;
  clearCalls(): void;
  /** The violations so far, and forget them: `expect(fake.takeViolations()).toEqual([])` after each test. */
  takeViolations(): SpecViolation[];
  failNext(rule: FailRule): void;

  /** What the fake knows of an interaction: acknowledged?, response type, @original message id... */
  interaction(id: string): InteractionRecord | undefined;
  message(id: string): StoredMessage | undefined;
  /** Registered commands: global by default, or a guild's. */
  commands(guildId?: string): APIApplicationCommand[];

  dropConnection(options: DropOptions): void;
  /** Resolves when the shards (default: all that identified) are connected and READY/RESUMED was sent. */
  waitForGateway(shardIds?: number[], timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}
