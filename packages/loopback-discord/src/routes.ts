// REST routes discord.js 14 uses for a typical bot: gateway discovery, interaction callbacks and
// webhooks (replies, edits, follow-ups), channel messages, DMs, the application and its commands.
import { type APIApplicationCommand, ApplicationFlags } from 'discord.js';
import {
  asBody,
  type Body,
  editMessage,
  interactionCallback,
  interactionMetadata,
  invalidForm,
  newBotMessage,
  validateMessage,
} from './messages.ts';
import { makeUser, snowflake } from './payloads.ts';
import {
  discordError,
  type FakeRestServer,
  json,
  type RestRequest,
  type RestResponse,
} from './rest.ts';
import type { FakeWorld, InteractionRecord, StoredMessage } from './state.ts';

export interface RouteContext {
  world: FakeWorld;
  gatewayUrl: () => string;
  shardCount: number;
  /** When set, authenticated routes demand `Authorization: Bot <token>`. */
  token?: string | undefined;
  /** Callbacks later than this after dispatch get 404 Unknown interaction. */
  interactionDeadlineMs?: number | undefined;
}

const NO_CONTENT: RestResponse = { status: 204 };
const unknownMessage = (): RestResponse => discordError(404, 10008, 'Unknown Message');
const unknownChannel = (): RestResponse => discordError(404, 10003, 'Unknown Channel');
const unknownWebhook = (): RestResponse => discordError(404, 10015, 'Unknown Webhook');

export function registerRoutes(rest: FakeRestServer, ctx: RouteContext): void {
  const { world } = ctx;
  // Routes called with a bot token (everything except interaction callbacks and interaction webhooks).
  const authed =
    (handler: (req: RestRequest) => RestResponse) =>
    (req: RestRequest): RestResponse => {
      if (ctx.token !== undefined && req.authorization !== `Bot ${ctx.token}`) {
        return discordError(401, 0, '401: Unauthorized');
      }
      return handler(req);
    };

  const gatewayBot = authed(() =>
    json(200, {
      url: ctx.gatewayUrl(),
      shards: ctx.shardCount,
      // max_concurrency >= shard count lets all shards identify at once (no 5 s identify bucket wait).
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: 16,
      },
    }),
  );
  rest.route('GET', '/gateway/bot', gatewayBot);
  rest.route('GET', '/gateway', () => json(200, { url: ctx.gatewayUrl() }));

  // --- users, application ---
  rest.route(
    'GET',
    '/users/@me',
    authed(() => json(200, world.botUser)),
  );
  rest.route(
    'GET',
    '/users/:userId',
    authed((req) => {
      const user = world.users.get(req.params.userId ?? '');
      return user ? json(200, user) : discordError(404, 10013, 'Unknown User');
    }),
  );
  rest.route(
    'POST',
    '/users/@me/channels',
    authed((req) => {
      const recipientId = String(asBody(req.body).recipient_id ?? '');
      const user =
        world.users.get(recipientId) ??
        world.addUser(makeUser(recipientId, `user${recipientId.slice(-4)}`));
      return json(200, world.dmChannelFor(user));
    }),
  );
  const application = authed(() => json(200, applicationObject(world)));
  rest.route('GET', '/applications/@me', application);
  rest.route('GET', '/oauth2/applications/@me', application);

  // --- application commands (global and per guild) ---
  for (const prefix of [
    '/applications/:appId/commands',
    '/applications/:appId/guilds/:guildId/commands',
  ]) {
    const scopeOf = (req: RestRequest): string => req.params.guildId ?? 'global';
    const checkApp = (req: RestRequest): RestResponse | null =>
      req.params.appId === world.applicationId
        ? null
        : discordError(404, 10002, 'Unknown Application');
    rest.route(
      'GET',
      prefix,
      authed((req) => checkApp(req) ?? json(200, world.commands.get(scopeOf(req)) ?? [])),
    );
    rest.route(
      'PUT',
      prefix,
      authed((req) => {
        const bad = checkApp(req);
        if (bad) return bad;
        if (!Array.isArray(req.body))
          return invalidForm('_errors', 'BASE_TYPE_ARRAY', 'Must be an array.');
        const previous = world.commands.get(scopeOf(req)) ?? [];
        const stored = req.body.map((def: unknown) =>
          toCommand(world, asBody(def), req.params.guildId, previous),
        );
        world.commands.set(scopeOf(req), stored);
        return json(200, stored);
      }),
    );
    rest.route(
      'POST',
      prefix,
      authed((req) => {
        const bad = checkApp(req);
        if (bad) return bad;
        const list = world.commands.get(scopeOf(req)) ?? [];
        const command = toCommand(world, asBody(req.body), req.params.guildId, list);
        world.commands.set(scopeOf(req), [...list.filter((c) => c.name !== command.name), command]);
        return json(201, command);
      }),
    );
    rest.route(
      'DELETE',
      `${prefix}/:commandId`,
      authed((req) => {
        const list = world.commands.get(scopeOf(req)) ?? [];
        if (!list.some((c) => c.id === req.params.commandId))
          return discordError(404, 10063, 'Unknown application command');
        world.commands.set(
          scopeOf(req),
          list.filter((c) => c.id !== req.params.commandId),
        );
        return NO_CONTENT;
      }),
    );
  }

  // --- interactions ---
  rest.route('POST', '/interactions/:id/:token/callback', (req) =>
    interactionCallback(world, req, ctx.interactionDeadlineMs),
  );
  rest.route('POST', '/webhooks/:appId/:token', (req) => {
    const interaction = webhookInteraction(world, req);
    // Follow-ups only exist once the interaction was acknowledged; before that the webhook is unknown.
    if (!interaction?.acknowledged) return unknownWebhook();
    const body = asBody(req.body);
    const invalid = validateMessage(body, req.files.length, '');
    if (invalid) return invalid;
    const message = newBotMessage(world, interaction.channelId, interaction.guildId, body, req);
    message.webhook_id = world.applicationId;
    message.interaction_metadata = interactionMetadata(interaction);
    interaction.followUpIds.push(message.id);
    world.messages.set(message.id, message);
    return req.query.wait === 'false' ? NO_CONTENT : json(200, message);
  });
  const webhookMessage = (
    req: RestRequest,
  ): { interaction: InteractionRecord; message: StoredMessage } | RestResponse => {
    const interaction = webhookInteraction(world, req);
    if (!interaction) return unknownWebhook();
    const id =
      req.params.messageId === '@original' ? interaction.originalMessageId : req.params.messageId;
    // An interaction webhook only reaches its own reply and follow-ups.
    const owned =
      id === interaction.originalMessageId || interaction.followUpIds.includes(id ?? '');
    const message = id && owned ? world.messages.get(id) : undefined;
    return message ? { interaction, message } : unknownMessage();
  };
  const webhookMessagePath = '/webhooks/:appId/:token/messages/:messageId';
  rest.route('GET', webhookMessagePath, (req) => {
    const found = webhookMessage(req);
    return 'status' in found ? found : json(200, found.message);
  });
  rest.route('PATCH', webhookMessagePath, (req) => {
    const found = webhookMessage(req);
    if ('status' in found) return found;
    const body = asBody(req.body);
    const invalid = validateMessage(body, req.files.length, '', true);
    return invalid ?? json(200, editMessage(found.message, body, req));
  });
  rest.route('DELETE', webhookMessagePath, (req) => {
    const found = webhookMessage(req);
    if ('status' in found) return found;
    world.messages.delete(found.message.id);
    return NO_CONTENT;
  });

  // --- channels and messages ---
  rest.route(
    'GET',
    '/channels/:channelId',
    authed((req) => {
      const record = world.channels.get(req.params.channelId ?? '');
      return record ? json(200, record.channel) : unknownChannel();
    }),
  );
  rest.route(
    'POST',
    '/channels/:channelId/messages',
    authed((req) => {
      const record = world.channels.get(req.params.channelId ?? '');
      if (!record) return unknownChannel();
      const body = asBody(req.body);
      const invalid = validateMessage(body, req.files.length, '');
      if (invalid) return invalid;
      const reference = asBody(body.message_reference);
      const referenced =
        typeof reference.message_id === 'string'
          ? world.messages.get(reference.message_id)
          : undefined;
      if (
        reference.message_id !== undefined &&
        !referenced &&
        reference.fail_if_not_exists !== false
      ) {
        return invalidForm(
          'message_reference',
          'MESSAGE_REFERENCE_UNKNOWN_MESSAGE',
          'Unknown message',
        );
      }
      const message = newBotMessage(
        world,
        record.channel.id,
        record.guildId,
        body,
        req,
        referenced,
      );
      world.messages.set(message.id, message);
      record.channel.last_message_id = message.id;
      return json(200, message);
    }),
  );
  rest.route(
    'GET',
    '/channels/:channelId/messages',
    authed((req) => {
      if (!world.channels.has(req.params.channelId ?? '')) return unknownChannel();
      const limit = Number(req.query.limit ?? 50);
      const list = [...world.messages.values()].filter(
        (m) => m.channel_id === req.params.channelId,
      );
      return json(200, list.reverse().slice(0, limit));
    }),
  );
  const channelMessage = (req: RestRequest): StoredMessage | undefined => {
    const message = world.messages.get(req.params.messageId ?? '');
    return message?.channel_id === req.params.channelId ? message : undefined;
  };
  rest.route(
    'GET',
    '/channels/:channelId/messages/:messageId',
    authed((req) => {
      const message = channelMessage(req);
      return message ? json(200, message) : unknownMessage();
    }),
  );
  rest.route(
    'PATCH',
    '/channels/:channelId/messages/:messageId',
    authed((req) => {
      const message = channelMessage(req);
      if (!message) return unknownMessage();
      if (message.author.id !== world.botUser.id) {
        return discordError(403, 50005, 'Cannot edit a message authored by another user');
      }
      const body = asBody(req.body);
      return (
        validateMessage(body, req.files.length, '', true) ??
        json(200, editMessage(message, body, req))
      );
    }),
  );
  rest.route(
    'DELETE',
    '/channels/:channelId/messages/:messageId',
    authed((req) => {
      const message = channelMessage(req);
      if (!message) return unknownMessage();
      world.messages.delete(message.id);
      return NO_CONTENT;
    }),
  );
  rest.route(
    'POST',
    '/channels/:channelId/typing',
    authed((req) =>
      world.channels.has(req.params.channelId ?? '') ? NO_CONTENT : unknownChannel(),
    ),
  );
  const reaction = authed((req) => (channelMessage(req) ? NO_CONTENT : unknownMessage()));
  rest.route('PUT', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', reaction);
  rest.route('DELETE', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', reaction);

  // --- guilds (what guild.members.fetch / guild.fetch need) ---
  rest.route(
    'GET',
    '/guilds/:guildId/members/:userId',
    authed((req) => {
      const guild = world.guilds.find((g) => g.id === req.params.guildId);
      if (!guild) return discordError(404, 10004, 'Unknown Guild');
      const member = guild.members.find((m) => m.user.id === req.params.userId);
      return member ? json(200, member) : discordError(404, 10007, 'Unknown Member');
    }),
  );
}

function webhookInteraction(world: FakeWorld, req: RestRequest): InteractionRecord | undefined {
  if (req.params.appId !== world.applicationId) return undefined;
  return world.interactionByToken(req.params.token ?? '');
}

function toCommand(
  world: FakeWorld,
  def: Body,
  guildId: string | undefined,
  previous: APIApplicationCommand[],
): APIApplicationCommand {
  const type = Number(def.type ?? 1);
  const name = String(def.name ?? '');
  const same = previous.find((c) => c.name === name && c.type === type);
  const command: APIApplicationCommand = {
    ...(def as Partial<APIApplicationCommand>),
    id: same?.id ?? snowflake(),
    application_id: world.applicationId,
    version: snowflake(),
    type,
    name,
    description: String(def.description ?? ''),
    default_member_permissions:
      (def.default_member_permissions as string | null | undefined) ?? null,
  };
  if (guildId) command.guild_id = guildId;
  return command;
}

function applicationObject(world: FakeWorld): Body {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: 'Loopback fake application',
    summary: '',
    bot_public: true,
    bot_require_code_grant: false,
    bot: world.botUser,
    owner: world.defaultUser,
    team: null,
    verify_key: '0'.repeat(64),
    flags:
      ApplicationFlags.GatewayMessageContentLimited | ApplicationFlags.GatewayGuildMembersLimited,
    tags: [],
    approximate_guild_count: world.guilds.length,
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    integration_types_config: { '0': {} },
  };
}
