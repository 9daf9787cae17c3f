import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { answerForEntry } from '../../answering/answerForEntry.ts';
import { renderAnswerMessage } from '../../render/discord/answerMessage.ts';
import type { ComponentAction } from '../../render/discord/customIds.ts';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import { notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { overRateLimit, send, updateOptions } from '../reply.ts';
import { handleFeedback } from './feedback.ts';

const STALE = notice('That question is no longer in my knowledge. Try /faq for the current list.');

/** Shows one entry's answer, only to the user who picked it. */
async function showEntry(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  ctx: BotContext,
  entryId: string,
): Promise<Outcome> {
  if (await overRateLimit(interaction, ctx)) return 'rate-limited';
  const engine = ctx.engine();
  const answer = answerForEntry(engine, entryId);
  if (!answer) {
    await send(interaction, STALE, true);
    return 'stale';
  }
  ctx.popularity.record(entryId);
  await send(interaction, renderAnswerMessage(answer, engine.story.article.title), true);
  return 'answered';
}

/** Buttons and menus made by the bot's own messages. */
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
      return handleFeedback(interaction, action.vote, action.entryId, ctx);
    case 'faq-page': {
      const { story } = ctx.engine();
      await interaction.update(
        updateOptions(renderFaqMessage(story.entries, action.page, story.article.title)),
      );
      return 'shown';
    }
  }
}
