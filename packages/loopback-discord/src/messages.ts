// Message bodies and the interaction callback: how what the bot sends becomes stored messages,
// with Discord's validation (empty message, 2000 chars, double acknowledge) applied on the way.
import {
  type APIMessage,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import { makeMessage, snowflake } from './payloads.ts';
import { discordError, json, type RestRequest, type RestResponse } from './rest.ts';
import {
  attachmentsFor,
  type FakeWorld,
  type InteractionRecord,
  type StoredMessage,
} from './state.ts';

export type Body = Record<string, unknown>;

const NO_CONTENT: RestResponse = { status: 204 };

export function interactionCallback(
  world: FakeWorld,
  req: RestRequest,
  deadlineMs?: number,
): RestResponse {
  const interaction = world.interactions.get(req.params.id ?? '');
  if (!interaction || interaction.token !== req.params.token)
    return discordError(404, 10062, 'Unknown interaction');
  // Past the deadline Discord has already told the user "The application did not respond".
  const late =
    deadlineMs !== undefined &&
    !interaction.acknowledged &&
    Date.now() - (interaction.createdAt ?? Date.now()) > deadlineMs;
  if (late) return discordError(404, 10062, 'Unknown interaction');
  if (interaction.acknowledged)
    return discordError(400, 40060, 'Interaction has already been acknowledged.');
  const body = asBody(req.body);
  const type = Number(body.type);
  const data = asBody(body.data);
  const isAutocomplete = interaction.type === InteractionType.ApplicationCommandAutocomplete;
  if (isAutocomplete !== (type === InteractionResponseType.ApplicationCommandAutocompleteResult)) {
    return invalidForm(
      'type',
      'INTERACTION_RESPONSE_TYPE_INVALID',
      'Interaction response type is invalid for this interaction.',
    );
  }
  let message: StoredMessage | null = null;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const invalid = validateMessage(data, req.files.length, 'data.');
      if (invalid) return invalid;
      message = newBotMessage(world, interaction.channelId, interaction.guildId, data, req);
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource:
      // The "Bot is thinking..." placeholder: empty and flagged Loading until @original is edited.
      message = newBotMessage(world, interaction.channelId, interaction.guildId, {}, req);
      message.flags = (Number(data.flags ?? 0) | MessageFlags.Loading) as MessageFlags;
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage: {
      const source = interaction.sourceMessageId
        ? world.messages.get(interaction.sourceMessageId)
        : undefined;
      if (!source)
        return invalidForm('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'No message to update.');
      message =
        type === InteractionResponseType.UpdateMessage ? editMessage(source, data, req) : source;
      break;
    }
    default:
      break; // autocomplete choices, modals, pong: acknowledged, no message.
  }
  if (message) {
    if (
      type !== InteractionResponseType.UpdateMessage &&
      type !== InteractionResponseType.DeferredMessageUpdate
    ) {
      message.webhook_id = world.applicationId;
      message.application_id = world.applicationId;
      message.interaction_metadata = interactionMetadata(interaction);
      if (interaction.type === InteractionType.ApplicationCommand)
        message.type = MessageType.ChatInputCommand;
    }
    world.messages.set(message.id, message);
    interaction.originalMessageId = message.id;
  }
  interaction.acknowledged = true;
  interaction.responseType = type;
  interaction.responseData = body.data ?? null;
  if (req.query.with_response !== 'true') return NO_CONTENT;
  // discord.js 14.28 always sends ?with_response=…; with true it expects an InteractionCallbackResponse.
  const flags = Number(message?.flags ?? 0);
  return json(200, {
    interaction: {
      id: interaction.id,
      type: interaction.type,
      response_message_id: message?.id ?? null,
      response_message_loading: (flags & MessageFlags.Loading) !== 0,
      response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

export function interactionMetadata(
  interaction: InteractionRecord,
): NonNullable<APIMessage['interaction_metadata']> {
  const owners = interaction.guildId ? { '0': interaction.guildId } : { '0': '0' };
  return {
    id: interaction.id,
    type: interaction.type,
    user: interaction.user,
    authorizing_integration_owners: owners,
  } as NonNullable<APIMessage['interaction_metadata']>;
}

export function newBotMessage(
  world: FakeWorld,
  channelId: string,
  guildId: string | null,
  body: Body,
  req: RestRequest,
  reference?: StoredMessage,
): StoredMessage {
  const message = makeMessage({
    id: snowflake(),
    channelId,
    guildId: guildId ?? undefined,
    author: world.botUser,
    ...(reference ? { reference } : {}),
  });
  return editMessage(message, body, req, false);
}

/** Apply a create/edit body to a message in place (only the fields present), as Discord does. */
export function editMessage(
  message: StoredMessage,
  body: Body,
  req: RestRequest,
  isEdit = true,
): StoredMessage {
  if (typeof body.content === 'string') message.content = body.content;
  if (Array.isArray(body.embeds)) message.embeds = body.embeds as APIMessage['embeds'];
  if (Array.isArray(body.components))
    message.components = body.components as APIMessage['components'];
  const loading = (Number(message.flags ?? 0) & MessageFlags.Loading) !== 0;
  // Editing the deferred placeholder turns it into the real reply, keeping only persistent flags.
  const keptFlags =
    Number(message.flags ?? 0) &
    ~MessageFlags.Loading &
    (MessageFlags.Ephemeral | MessageFlags.Crossposted);
  if (body.flags !== undefined || loading)
    message.flags = (keptFlags | Number(body.flags ?? 0)) as MessageFlags;
  if (req.files.length > 0 || Array.isArray(body.attachments)) {
    const kept = Array.isArray(body.attachments)
      ? message.attachments.filter((a) =>
          (body.attachments as Body[]).some((b) => String(b.id) === a.id),
        )
      : message.attachments;
    message.attachments = [...kept, ...attachmentsFor(message.channel_id, req.files)];
  }
  if (isEdit && !loading) message.edited_timestamp = new Date().toISOString();
  return message;
}

/** Discord's own validation for message bodies, so a bot that sends something Discord rejects fails here too. */
export function validateMessage(
  body: Body,
  fileCount: number,
  prefix: string,
  isEdit = false,
): RestResponse | null {
  const content = body.content;
  if (typeof content === 'string' && content.length > 2000) {
    return invalidForm(
      `${prefix}content`,
      'BASE_TYPE_MAX_LENGTH',
      'Must be 2000 or fewer in length.',
    );
  }
  if (Array.isArray(body.embeds) && body.embeds.length > 10) {
    return invalidForm(`${prefix}embeds`, 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  }
  const isEmpty =
    !(typeof content === 'string' && content.length > 0) &&
    !(Array.isArray(body.embeds) && body.embeds.length > 0) &&
    !(Array.isArray(body.components) && body.components.length > 0) &&
    !(Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) &&
    body.poll === undefined &&
    fileCount === 0;
  if (!isEdit && isEmpty) return discordError(400, 50006, 'Cannot send an empty message');
  return null;
}

export function invalidForm(field: string, code: string, message: string): RestResponse {
  // Nested the way Discord nests it: { errors: { data: { content: { _errors: [...] } } } }.
  const errors = field
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), { _errors: [{ code, message }] });
  return discordError(
    400,
    50035,
    'Invalid Form Body',
    field === '_errors' ? { _errors: [{ code, message }] } : errors,
  );
}

export function asBody(value: unknown): Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Body)
    : {};
}
