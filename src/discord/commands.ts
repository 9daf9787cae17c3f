import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** Everywhere a command can be used: servers, the bot's DMs, and DMs of users who installed it. */
const EVERYWHERE = {
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
} satisfies Pick<RESTPostAPIChatInputApplicationCommandsJSONBody, 'contexts' | 'integration_types'>;

/** Discord's cap on a slash command string option; longer questions are cut by the client. */
export const QUESTION_OPTION_MAX_LENGTH = 500;

export const ASK_COMMAND = {
  name: 'ask',
  description: 'Ask a question about the story; the answer quotes the article.',
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. "did Putin really call Elton John?"',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: QUESTION_OPTION_MAX_LENGTH,
    },
    {
      name: 'private',
      description: 'Only you see the answer (default: everyone in the channel).',
      type: ApplicationCommandOptionType.Boolean,
      required: false,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const FAQ_COMMAND = {
  name: 'faq',
  description: 'Browse every question the bot can answer about the story.',
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const STORY_COMMAND = {
  name: 'story',
  description: 'The story in brief: what happened, turn by turn.',
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const SOURCE_COMMAND = {
  name: 'source',
  description: 'Read the article itself, or one of its paragraphs.',
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
  options: [
    {
      name: 'paragraph',
      description: 'Paragraph number (0 is the headline); leave empty for the whole article.',
      type: ApplicationCommandOptionType.Integer,
      required: false,
      min_value: 0,
      max_value: 99,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const HELP_COMMAND = {
  name: 'help',
  description: 'What this bot can do, with examples.',
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const RELOAD_COMMAND = {
  name: 'reload',
  description: "Owner only: reload the story's knowledge after checking it.",
  type: ApplicationCommandType.ChatInput,
  ...EVERYWHERE,
  // Hidden from members without Administrator in servers; the handler checks the owner list too.
  default_member_permissions: '0',
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Every command, as registered with Discord and as dispatched by the bot: one source for both. */
export const COMMANDS = [
  ASK_COMMAND,
  FAQ_COMMAND,
  STORY_COMMAND,
  SOURCE_COMMAND,
  HELP_COMMAND,
  RELOAD_COMMAND,
] as const;

export type CommandName = (typeof COMMANDS)[number]['name'];
