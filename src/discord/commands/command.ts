import {
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Story } from '../../knowledge/types.ts';
import type { BotContext, Outcome } from '../context.ts';

/** Everywhere a command can be used: servers, the bot's DMs, and DMs of users who installed it. */
export const EVERYWHERE = {
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
} as const satisfies Pick<
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  'contexts' | 'integration_types'
>;

/** A command as registered with Discord. */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** How `/help` shows a command: its usage (markdown) and what it does. */
export interface CommandHelp {
  readonly usage: string;
  readonly text: string;
}

/**
 * One slash command, all in one module: its registration, its handler and (where it has one)
 * its autocomplete. The command list, the handler table and `/help` are derived from these.
 */
export interface SlashCommand<Name extends string = string> {
  readonly name: Name;
  /** The registration; descriptions that speak of the story are built from it at deploy time. */
  definition(story: Story): CommandDefinition & { readonly name: Name };
  handle(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<Outcome>;
  /** How `/help` lists it; owner-only commands have none and are not listed. */
  readonly help?: CommandHelp;
}
