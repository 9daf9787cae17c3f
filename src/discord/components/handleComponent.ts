import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { type ComponentAction, isCurateAction } from '../../render/discord/customIds.ts';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send, updateOptions } from '../reply.ts';
import { handleCurateComponent } from './curate.ts';
import { handleFeedback } from './feedback.ts';
import { FORGED, onItsMessage } from './ownMessage.ts';
import { STALE, showEntry } from './showEntry.ts';

/**
 * Buttons and menus of the bot's own messages, once their custom id is parsed. A custom id is
 * only trusted on the message the bot put it on: the bot's own message, carrying that very
 * component (and, for a menu, the option chosen); anything else gets a polite notice and does
 * nothing (no vote recorded, no page turned).
 */
export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  action: ComponentAction,
  ctx: BotContext,
): Promise<Outcome> {
  if (!onItsMessage(interaction)) {
    await send(interaction, FORGED, true);
    return 'refused';
  }
  if (isCurateAction(action)) return handleCurateComponent(interaction, action, ctx);
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
      if (!ctx.engine().entry(action.entryId)) {
        await send(interaction, STALE, true);
        return 'stale';
      }
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
