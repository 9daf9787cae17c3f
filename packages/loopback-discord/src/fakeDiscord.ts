// A loopback imitation of Discord (REST + gateway on 127.0.0.1) for end-to-end tests of a real
// discord.js 14 Client: `new Client({ intents, partials, rest: { api: fake.apiBase } })`, then
// `client.login('any-token')`. Tests push events in with the send* helpers and read what the bot did
// from `calls` / `waitForCall`.
import {
  type APIApplicationCommand,
  type APIMessage,
  type APIUser,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionType,
  Locale,
} from 'discord.js';
import { FakeGateway, type GatewaySession, type IdentifyRecord } from './gateway.ts';
import {
  autocomplete,
  buttonPress,
  type InteractionActor,
  modalSubmit,
  nestOptions,
  slashCommand,
  stringSelect,
  toOptions,
} from './interactions.ts';
import { invalidFormBody } from './openapi/invalidFormBody.ts';
import { type RequestValidator, sharedRequestValidator } from './openapi/requestValidator.ts';
import {
  type GuildSpec,
  makeGuildCreate,
  makeMember,
  makeMessage,
  makeUser,
  shardOf,
  snowflake,
} from './payloads.ts';
import {
  type FailRule,
  FakeRestServer,
  type RecordedCall,
  type RestRequest,
  type RestResponse,
} from './rest.ts';
import { registerRoutes } from './routes.ts';
import { FakeWorld, type InteractionRecord, type StoredMessage } from './state.ts';
import type {
  AutocompleteInput,
  ComponentInput,
  DispatchedInteraction,
  DispatchedMessage,
  DropOptions,
  FakeDiscord,
  FakeDiscordOptions,
  FakeGuild,
  MessageInput,
  ModalSubmitInput,
  SelectInput,
  SlashCommandInput,
  SpecViolation,
  UserInput,
  WhereInput,
} from './types.ts';

export type { IdentifyRecord } from './gateway.ts';
export type { CommandOptionsInput } from './interactions.ts';
export {
  createRequestValidator,
  type RequestCheck,
  type RequestValidator,
  type RequestValidatorOptions,
  type SpecProblem,
} from './openapi/requestValidator.ts';
export { loadDiscordSpec, type OpenApiDocument } from './openapi/specDocument.ts';
export type { FailRule, RecordedCall, RecordedFile } from './rest.ts';
export type { InteractionRecord, StoredMessage } from './state.ts';
export type {
  AutocompleteInput,
  ComponentInput,
  DispatchedInteraction,
  DispatchedMessage,
  DropOptions,
  FakeDiscord,
  FakeDiscordOptions,
  FakeGuild,
  MessageInput,
  ModalSubmitInput,
  SelectInput,
  SlashCommandInput,
  SpecViolation,
  UserInput,
  WhereInput,
} from './types.ts';

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new LoopbackDiscord(options);
  await fake.start();
  return fake;
}

/**
 * discord.js client option that skips @discordjs/ws's identify throttle. Without it a re-IDENTIFY
 * within 5 s of the previous one (e.g. after a non-resumable drop) waits 5-6.5 s.
 * Use as `new Client({ ..., ws: { buildIdentifyThrottler: noIdentifyThrottle } })`.
 */
export function noIdentifyThrottle(): { waitForIdentify: () => Promise<void> } {
  return { waitForIdentify: async () => {} };
}

class LoopbackDiscord implements FakeDiscord {
  private readonly world: FakeWorld;
  private readonly rest: FakeRestServer;
  private readonly gateway: FakeGateway;
  private readonly shardCount: number;
  private readonly enforceIntents: boolean;
  private readonly validator: RequestValidator | null;
  private violationLog: SpecViolation[] = [];

  constructor(options: FakeDiscordOptions) {
    this.validator = options.checkRequests === false ? null : sharedRequestValidator();
    this.rest = new FakeRestServer((req, seq) => this.checkRequest(req, seq));
    this.shardCount = Math.max(1, options.shardCount ?? 1);
    this.enforceIntents = options.enforceIntents ?? true;
    const botUserId = options.botUserId ?? snowflake();
    this.world = new FakeWorld({
      botUserId,
      applicationId: options.applicationId ?? botUserId,
      guildCount: options.guilds ?? this.shardCount,
      shardCount: this.shardCount,
    });
    this.gateway = new FakeGateway({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      token: options.token,
      onIdentify: (session) => this.readyDispatches(session),
    });
    registerRoutes(this.rest, {
      world: this.world,
      gatewayUrl: () => this.gateway.url,
      shardCount: this.shardCount,
      token: options.token,
      interactionDeadlineMs: options.interactionDeadlineMs,
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.rest.listen(), this.gateway.listen()]);
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.rest.port}/api`;
  }
  get gatewayUrl(): string {
    return this.gateway.url;
  }
  get botUser(): APIUser {
    return this.world.botUser;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get defaultUser(): APIUser {
    return this.world.defaultUser;
  }
  get guilds(): FakeGuild[] {
    return this.world.guilds.map((g) => ({
      id: g.id,
      name: g.name,
      textChannelId: g.textChannel.id,
      everyoneRoleId: g.everyoneRole.id,
      shardId: shardOf(g.id, this.shardCount),
    }));
  }
  get calls(): readonly RecordedCall[] {
    return this.rest.calls;
  }
  get violations(): readonly SpecViolation[] {
    return this.violationLog;
  }
  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get identifyCount(): number {
    return this.gateway.identifyCount;
  }
  get resumeCount(): number {
    return this.gateway.resumeCount;
  }
  get connectionCount(): number {
    return this.gateway.connectionCount;
  }
  get heartbeatCount(): number {
    return this.gateway.heartbeatCount;
  }

  sendSlashCommand(input: SlashCommandInput): DispatchedInteraction {
    const options = nestOptions(toOptions(input.options), input.subcommand, input.subcommandGroup);
    return this.interact(input, InteractionType.ApplicationCommand, null, (actor) =>
      slashCommand(actor, { id: this.commandIdFor(input.name, actor), name: input.name, options }),
    );
  }

  sendAutocomplete(input: AutocompleteInput): DispatchedInteraction {
    const record = input.options && !Array.isArray(input.options) ? input.options : undefined;
    const focused = input.focused ?? (record ? Object.keys(record)[0] : undefined);
    const options = nestOptions(
      toOptions(input.options, focused),
      input.subcommand,
      input.subcommandGroup,
    );
    return this.interact(input, InteractionType.ApplicationCommandAutocomplete, null, (actor) =>
      autocomplete(actor, { id: this.commandIdFor(input.name, actor), name: input.name, options }),
    );
  }

  sendButton(input: ComponentInput): DispatchedInteraction {
    return this.componentInteraction(input, ComponentType.Button, (actor, message) =>
      buttonPress(actor, input.customId, message),
    );
  }

  sendSelect(input: SelectInput): DispatchedInteraction {
    return this.componentInteraction(input, ComponentType.StringSelect, (actor, message) =>
      stringSelect(actor, input.customId, input.values, message),
    );
  }

  sendModalSubmit(input: ModalSubmitInput): DispatchedInteraction {
    const found =
      typeof input.message === 'string' ? this.world.messages.get(input.message) : input.message;
    if (typeof input.message === 'string' && !found)
      throw new Error(`fakeDiscord: unknown message ${input.message}`);
    return this.interact(input, InteractionType.ModalSubmit, found ?? null, (actor) =>
      modalSubmit(actor, input.customId, input.fields, found ?? null),
    );
  }

  sendMessage(input: MessageInput): DispatchedMessage {
    const author = this.userFor(input.user, input.authorIsBot);
    const guild = input.dm ? null : this.world.guild(input.guildId);
    const channel = guild ? guild.textChannel : this.world.dmChannelFor(author);
    const reference = input.replyTo ? this.world.messages.get(input.replyTo) : undefined;
    const message = makeMessage({
      id: snowflake(),
      channelId: channel.id,
      guildId: guild?.id,
      author,
      content: input.mentionsBot ? `<@${this.botUser.id}> ${input.content}` : input.content,
      mentions: input.mentionsBot ? [this.botUser] : [],
      ...(reference ? { reference } : {}),
    });
    this.world.messages.set(message.id, message);
    channel.last_message_id = message.id;

    const session = guild ? this.sessionForGuild(guild.id) : this.sessionForShard(0);
    const payload: Record<string, unknown> = {
      ...message,
      // discord.js 14 builds uncached DM channels (Partials.Channel) from channel_type; without it no messageCreate.
      channel_type: guild ? ChannelType.GuildText : ChannelType.DM,
    };
    if (guild) {
      const { user: _user, ...member } = this.memberOf(guild, author);
      payload.member = member;
    }
    const intents = session.intents;
    const needed = guild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    const delivered = !this.enforceIntents || (intents & needed) !== 0;
    const contentVisible =
      (intents & GatewayIntentBits.MessageContent) !== 0 || !guild || input.mentionsBot === true;
    if (this.enforceIntents && !contentVisible) {
      Object.assign(payload, { content: '', embeds: [], attachments: [], components: [] });
    }
    if (delivered) this.gateway.dispatch(session, GatewayDispatchEvents.MessageCreate, payload);
    return {
      id: message.id,
      channelId: channel.id,
      guildId: guild?.id ?? null,
      author,
      shardId: session.shardId,
      delivered,
    };
  }

  dispatch(t: string, d: unknown, shardId = 0): number {
    return this.gateway.dispatch(this.sessionForShard(shardId), t, d);
  }

  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = 2000): Promise<RecordedCall> {
    return this.rest.waitForCall(predicate, timeoutMs);
  }

  waitForInteractionResponse(interactionId: string, timeoutMs = 2000): Promise<RecordedCall> {
    const prefix = `/interactions/${interactionId}/`;
    return this.rest.waitForCall(
      (c) => c.method === 'POST' && c.path.startsWith(prefix) && c.status < 300,
      timeoutMs,
    );
  }

  clearCalls(): void {
    this.rest.clearCalls();
  }

  takeViolations(): SpecViolation[] {
    const taken = this.violationLog;
    this.violationLog = [];
    return taken;
  }

  failNext(rule: FailRule): void {
    this.rest.failNext(rule);
  }

  interaction(id: string): InteractionRecord | undefined {
    return this.world.interactions.get(id);
  }

  message(id: string): StoredMessage | undefined {
    return this.world.messages.get(id);
  }

  commands(guildId?: string): APIApplicationCommand[] {
    return this.world.commands.get(guildId ?? 'global') ?? [];
  }

  dropConnection(options: DropOptions): void {
    this.gateway.drop(options);
  }

  waitForGateway(shardIds?: number[], timeoutMs = 5000): Promise<void> {
    return this.gateway.waitForLive(shardIds, timeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all([this.gateway.close(), this.rest.close()]);
  }

  // --- internals ---

  /** Discord's OpenAPI spec on every request: keep what breaks it; refuse what Discord refuses. */
  private checkRequest(req: RestRequest, seq: number): RestResponse | null {
    if (!this.validator) return null;
    const { operation, problems } = this.validator.check(req.method, req.path, req.body);
    if (problems.length === 0) return null;
    this.violationLog.push({ seq, method: req.method, path: req.path, operation, problems });
    const refused = problems.filter((p) => p.refused);
    return refused.length > 0 ? invalidFormBody(refused) : null;
  }

  /** READY then one GUILD_CREATE per guild on that shard (GUILD_CREATE needs the Guilds intent). */
  private readyDispatches(session: GatewaySession): Array<{ t: string; d: unknown }> {
    const guilds = this.world.guilds.filter(
      (g) => shardOf(g.id, session.shardCount) === session.shardId,
    );
    const ready = {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gateway.url,
      shard: [session.shardId, session.shardCount],
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      geo_ordered_rtc_regions: [],
      guild_join_requests: [],
      _trace: ['["fake-gateway",{"micros":0}]'],
    };
    const creates = (session.intents & GatewayIntentBits.Guilds) !== 0 ? guilds : [];
    return [
      { t: GatewayDispatchEvents.Ready, d: ready },
      ...creates.map((g) => ({ t: GatewayDispatchEvents.GuildCreate, d: makeGuildCreate(g) })),
    ];
  }

  private interact(
    where: WhereInput,
    type: number,
    sourceMessage: APIMessage | null,
    build: (actor: InteractionActor) => unknown,
  ): DispatchedInteraction {
    const actor = this.actorFor(where);
    const session = actor.guild ? this.sessionForGuild(actor.guild.id) : this.sessionForShard(0);
    const record: InteractionRecord = {
      id: actor.id,
      token: actor.token,
      type,
      name: 'name' in where && typeof where.name === 'string' ? where.name : null,
      channelId: actor.channel.id,
      guildId: actor.guild?.id ?? null,
      user: actor.user,
      acknowledged: false,
      responseType: null,
      responseData: null,
      originalMessageId: null,
      sourceMessageId: sourceMessage?.id ?? null,
      followUpIds: [],
      createdAt: Date.now(),
    };
    this.world.interactions.set(record.id, record);
    this.gateway.dispatch(session, GatewayDispatchEvents.InteractionCreate, build(actor));
    return {
      id: record.id,
      token: record.token,
      type,
      channelId: record.channelId,
      guildId: record.guildId,
      user: actor.user,
      shardId: session.shardId,
      messageId: record.sourceMessageId,
      callbackPath: `/interactions/${record.id}/${record.token}/callback`,
      webhookPath: `/webhooks/${this.applicationId}/${record.token}`,
    };
  }

  private componentInteraction(
    input: ComponentInput,
    componentType: ComponentType.Button | ComponentType.StringSelect,
    build: (actor: InteractionActor, message: APIMessage) => unknown,
  ): DispatchedInteraction {
    // Resolve the channel first so the default message comes from the right one.
    const probe = this.actorFor(input);
    const message = this.componentMessage(
      input,
      probe.channel.id,
      probe.guild?.id ?? null,
      componentType,
    );
    return this.interact(
      { ...input, user: probe.user },
      InteractionType.MessageComponent,
      message,
      (actor) => build(actor, message),
    );
  }

  private componentMessage(
    input: ComponentInput,
    channelId: string,
    guildId: string | null,
    componentType: ComponentType.Button | ComponentType.StringSelect,
  ): APIMessage {
    if (typeof input.message === 'object') return input.message;
    const found = input.message
      ? this.world.messages.get(input.message)
      : this.world.latestBotMessage(channelId, input.customId);
    if (input.message && !found) throw new Error(`fakeDiscord: unknown message ${input.message}`);
    if (found) return found;
    const component =
      componentType === ComponentType.Button
        ? {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: input.customId,
            custom_id: input.customId,
          }
        : {
            type: ComponentType.StringSelect,
            custom_id: input.customId,
            options: ('values' in input && Array.isArray(input.values) ? input.values : []).map(
              (v: string) => ({
                label: v,
                value: v,
              }),
            ),
          };
    const made = makeMessage({
      id: snowflake(),
      channelId,
      guildId: guildId ?? undefined,
      author: this.botUser,
      content: 'component host',
      components: [
        { type: ComponentType.ActionRow, components: [component] },
      ] as APIMessage['components'],
    });
    this.world.messages.set(made.id, made);
    return made;
  }

  private actorFor(where: WhereInput): InteractionActor {
    const user = this.userFor(where.user);
    const guild = where.dm ? null : this.world.guild(where.guildId);
    if (guild) this.memberOf(guild, user);
    return {
      id: snowflake(),
      token: `fake_itx_${snowflake()}_${Math.random().toString(36).slice(2)}`,
      applicationId: this.applicationId,
      user,
      guild,
      channel: guild ? guild.textChannel : this.world.dmChannelFor(user),
      locale: where.locale ?? Locale.EnglishUS,
    };
  }

  private userFor(input: UserInput | undefined, isBot = false): APIUser {
    if (!input && !isBot) return this.world.defaultUser;
    const id = input?.id;
    const known = id ? this.world.users.get(id) : undefined;
    if (known) return known;
    const newId = id ?? snowflake();
    const username = input?.username ?? (isBot ? 'otherbot' : `user${newId.slice(-4)}`);
    return this.world.addUser(makeUser(newId, username, input?.bot ?? isBot));
  }

  /** The user's guild member, added to the guild on first use so GET /guilds/:id/members/:id finds it. */
  private memberOf(guild: GuildSpec, user: APIUser): GuildSpec['members'][number] {
    let member = guild.members.find((m) => m.user.id === user.id);
    if (!member) {
      member = makeMember(user, new Date().toISOString());
      guild.members.push(member);
    }
    return member;
  }

  private commandIdFor(name: string, actor: InteractionActor): string {
    return this.world.commandId(name, actor.guild?.id ?? null);
  }

  private sessionForShard(shardId: number): GatewaySession {
    const session = this.gateway.sessionForShard(shardId);
    if (!session)
      throw new Error(
        `fakeDiscord: no gateway session for shard ${shardId}; is the client logged in?`,
      );
    return session;
  }

  /** The session whose [shardId, shardCount] covers the guild, using the client's own shard count. */
  private sessionForGuild(guildId: string): GatewaySession {
    const session = this.gateway
      .activeSessions()
      .find((s) => shardOf(guildId, s.shardCount) === s.shardId);
    if (!session)
      throw new Error(
        `fakeDiscord: no gateway session serves guild ${guildId}; is the client logged in?`,
      );
    return session;
  }
}
