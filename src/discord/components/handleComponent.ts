import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { ComponentAction } from '../../render/discord/customIds.ts';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send, updateOptions } from '../reply.ts';
import { handleFeedback } from './feedback.ts';
import { STALE, showEntry } from './showEntry.ts';

/** Buttons and menus of the bot's own messages, once their custom id is parsed. */
export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  action: ComponentAction,
  ctx: BotContext,
): Promise<Outcome> {
  switch (action.kind) {
    case 'show-answer':
      return showEntry(interaction, ctx, action.entryId);
    case 'faq-select': {
      const entryId = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
      if (!entryId) {
        await send(interaction, STALE, true);
        return 'stale';
      }
      return showEntry(interaction, ctx, entryId);
    }
    case 'feedback':
      return handleFeedback(interaction, action, ctx);
    case 'faq-page': {
      const { story } = ctx.engine();
      await interaction.update(
        updateOptions(renderFaqMessage(story.entries, action.page, story.title)),
      );
      return 'shown';
    }
  }
}
