import { ApplicationCommandType, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { curatorFor, OWNERS_ONLY, showReview } from '../components/curate.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** `/curate`, hidden from members without Administrator; the handler checks the owner list too. */
export function curateDefinition() {
  return {
    name: 'curate',
    description: 'Owner only: review what people asked, and teach the bot new phrasings.',
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
    default_member_permissions: '0',
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** Owners only: the first page of the review queue, visible to the owner alone. */
export async function handleCurate(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const curator = curatorFor(ctx, interaction.user.id);
  if (!curator) {
    await send(interaction, OWNERS_ONLY, true);
    return 'ignored';
  }
  // The queue is built in a worker, from the knowledge and the databases: acknowledge first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  return showReview(interaction, ctx, curator, { page: 0 });
}

/** No help line: /help lists what everyone can use. */
export const curate = {
  name: 'curate',
  definition: curateDefinition,
  handle: handleCurate,
} as const satisfies SlashCommand<'curate'>;
