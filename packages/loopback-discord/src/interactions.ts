// INTERACTION_CREATE payload builders: the fields discord.js 14 reads (entitlements, app_permissions,
// authorizing_integration_owners, channel, member/user, context...) filled in as Discord sends them.
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageComponentSelectMenuInteraction,
  type APIModalSubmitInteraction,
  type APITextChannel,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type Locale,
} from 'discord.js';
import { type GuildSpec, MEMBER_PERMISSIONS, makeMember } from './payloads.ts';

/** Who is interacting, and where. `guild` is null for DMs. */
export interface InteractionActor {
  id: string;
  token: string;
  applicationId: string;
  user: APIUser;
  guild: GuildSpec | null;
  channel: APITextChannel | APIDMChannel;
  locale: Locale;
}

/** Options either as raw API options, or as a `{ name: value }` record whose types are inferred. */
export type CommandOptionsInput =
  | APIApplicationCommandInteractionDataOption[]
  | Record<string, string | number | boolean>;

type CommonFields = Omit<APIBaseInteraction<InteractionType, never>, 'type' | 'data' | 'message'>;

function commonFields(actor: InteractionActor): CommonFields {
  const { guild, user } = actor;
  const common: CommonFields = {
    id: actor.id,
    application_id: actor.applicationId,
    token: actor.token,
    version: 1,
    channel: { ...actor.channel },
    channel_id: actor.channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    locale: actor.locale,
    entitlements: [],
    // Guild install: the guild id, or "0" in the bot's DMs.
    authorizing_integration_owners: { '0': guild ? guild.id : '0' },
    context: guild ? InteractionContextType.Guild : InteractionContextType.BotDM,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guild) {
    const member = guild.members.find((m) => m.user.id === user.id);
    common.guild_id = guild.id;
    common.guild = { id: guild.id, locale: 'en-US' as Locale, features: [] };
    common.guild_locale = 'en-US' as Locale;
    common.member = {
      ...(member ?? makeMember(user, guild.joinedAt)),
      user,
      permissions: MEMBER_PERMISSIONS,
    };
  } else {
    common.user = user;
  }
  return common;
}

export function toOptions(
  input: CommandOptionsInput | undefined,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  if (!input) return [];
  if (Array.isArray(input)) return input;
  return Object.entries(input).map(([name, value]) => {
    const isFocused = name === focused ? { focused: true } : {};
    if (typeof value === 'boolean')
      return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value)
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Number;
      return { name, type, value, ...isFocused } as APIApplicationCommandInteractionDataOption;
    }
    return { name, type: ApplicationCommandOptionType.String, value, ...isFocused };
  });
}

/** Wrap options in a subcommand (and group), as Discord nests them. */
export function nestOptions(
  options: APIApplicationCommandInteractionDataOption[],
  subcommand?: string,
  group?: string,
): APIApplicationCommandInteractionDataOption[] {
  if (!subcommand) return options;
  // Subcommands only hold basic options; the caller is trusted not to nest deeper.
  const sub = { name: subcommand, type: ApplicationCommandOptionType.Subcommand, options } as never;
  return group
    ? [{ name: group, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] }]
    : [sub];
}

export function slashCommand(
  actor: InteractionActor,
  command: { id: string; name: string; options: APIApplicationCommandInteractionDataOption[] },
): APIChatInputApplicationCommandInteraction {
  return {
    ...commonFields(actor),
    type: InteractionType.ApplicationCommand,
    channel: { ...actor.channel },
    channel_id: actor.channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    data: {
      id: command.id,
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      options:
        command.options as APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>[],
      ...(actor.guild ? { guild_id: actor.guild.id } : {}),
    },
  };
}

export function autocomplete(
  actor: InteractionActor,
  command: { id: string; name: string; options: APIApplicationCommandInteractionDataOption[] },
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...commonFields(actor),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command.id,
      name: command.name,
      type: ApplicationCommandType.ChatInput,
      options:
        command.options as APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>[],
    },
  };
}

export function buttonPress(
  actor: InteractionActor,
  customId: string,
  message: APIMessage,
): APIMessageComponentButtonInteraction {
  return {
    ...commonFields(actor),
    type: InteractionType.MessageComponent,
    channel: { ...actor.channel },
    channel_id: actor.channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}

export function stringSelect(
  actor: InteractionActor,
  customId: string,
  values: string[],
  message: APIMessage,
): APIMessageComponentSelectMenuInteraction {
  return {
    ...commonFields(actor),
    type: InteractionType.MessageComponent,
    channel: { ...actor.channel },
    channel_id: actor.channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    message,
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
  };
}

/** A modal submitted: each text field as Discord sends it inside its label. */
export function modalSubmit(
  actor: InteractionActor,
  customId: string,
  fields: Record<string, string>,
  message: APIMessage | null,
): APIModalSubmitInteraction {
  let id = 0;
  const components = Object.entries(fields).map(([fieldId, value]) => ({
    type: ComponentType.Label,
    id: ++id,
    component: { type: ComponentType.TextInput, id: ++id, custom_id: fieldId, value },
  }));
  return {
    ...commonFields(actor),
    type: InteractionType.ModalSubmit,
    channel: { ...actor.channel },
    channel_id: actor.channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    ...(message ? { message } : {}),
    data: { custom_id: customId, components },
  } as APIModalSubmitInteraction;
}
