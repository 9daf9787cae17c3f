import type { Story } from '../../knowledge/types.ts';
import { ask } from './ask.ts';
import type { CommandDefinition, SlashCommand } from './command.ts';
import { curate } from './curate.ts';
import { faq } from './faq.ts';
import { help } from './help.ts';
import { reload } from './reload.ts';
import { source } from './source.ts';
import { story } from './story.ts';

/** Every slash command: registered by deploy, dispatched by the bot, listed by /help. */
export const COMMANDS = [
  ask,
  faq,
  story,
  source,
  help,
  reload,
  curate,
] as const satisfies readonly SlashCommand[];

export type CommandName = (typeof COMMANDS)[number]['name'];

/** What `npm run deploy-commands` registers: every command, described for this story. */
export function commandDefinitions(
  storyServed: Story,
  commands: readonly SlashCommand[] = COMMANDS,
): CommandDefinition[] {
  return commands.map((command) => command.definition(storyServed));
}

/** The command with this name, if there is one. */
export function commandNamed(
  commands: readonly SlashCommand[],
  name: string,
): SlashCommand | undefined {
  return commands.find((command) => command.name === name);
}
