import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { answerForEntry } from '../../answering/answerForEntry.ts';
import { conversationKey } from '../../conversation/conversations.ts';
import { renderAnswerMessage } from '../../render/discord/answerMessage.ts';
import { notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';

/** For a button or menu of an entry that a reload has removed. */
export const STALE = notice(
  'That question is no longer in my knowledge. Try /faq for the current list.',
);

/** Shows one entry's answer, only to the user who picked it; counts as a question asked. */
export async function showEntry(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  ctx: BotContext,
  entryId: string,
): Promise<Outcome> {
  const admission = ctx.gate.admit(interaction.user.id);
  if (!admission.ok) {
    await send(interaction, admission.notice, true);
    return 'rate-limited';
  }
  const engine = ctx.engine();
  const answer = answerForEntry(engine, entryId);
  if (!answer) {
    await send(interaction, STALE, true);
    return 'stale';
  }
  ctx.popularity.record(entryId);
  // A question picked is the conversation's subject from now on, as one typed would be.
  if (answer.status === 'answered') {
    ctx.conversations.picked(
      conversationKey(interaction.channelId, interaction.user.id),
      answer.entry,
    );
  }
  await send(interaction, renderAnswerMessage(answer, engine.story), true);
  return 'answered';
}
