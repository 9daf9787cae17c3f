import { ApplicationCommandType, type ChatInputCommandInteraction } from 'discord.js';
import { renderHelpMessage } from '../../render/discord/helpMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** `/help` */
export function helpDefinition() {
  return {
    name: 'help',
    description: 'What this bot can do, with examples.',
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** What the bot can do: every command that has help, the story's examples, DMs and mentions. */
export async function handleHelp(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const botMention = interaction.client.user ? `@${interaction.client.user.username}` : undefined;
  const commands = ctx.commands.flatMap((command) => (command.help ? [command.help] : []));
  await send(interaction, renderHelpMessage(ctx.engine().story, commands, botMention), true);
  return 'shown';
}

export const help = {
  name: 'help',
  definition: helpDefinition,
  handle: handleHelp,
} as const satisfies SlashCommand<'help'>;
