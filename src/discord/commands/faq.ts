import { ApplicationCommandType, type ChatInputCommandInteraction } from 'discord.js';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** `/faq` */
export function faqDefinition() {
  return {
    name: 'faq',
    description: 'Browse every question the bot can answer about the story.',
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** The first page of every question; browsing is personal, so only the user sees it. */
export async function handleFaq(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const { story } = ctx.engine();
  await send(interaction, renderFaqMessage(story.entries, 0, story.title), true);
  return 'shown';
}

export const faq = {
  name: 'faq',
  definition: faqDefinition,
  handle: handleFaq,
  help: { usage: '**/faq**', text: 'browse every question I can answer.' },
} as const satisfies SlashCommand<'faq'>;
