import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { FeedbackOutcome } from '../../curation/records.ts';
import { ASKED_PREFIX } from '../../render/discord/answerMessage.ts';
import { notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';

const THANKS = Object.freeze({
  counted: 'Thanks for the feedback: it helps the curators improve the answers.',
  changed: 'Thanks: your vote on this answer is changed.',
  duplicate: 'Your vote on this answer is already counted. Thanks!',
  // The store logged the failure; the user needs no error for a vote.
  failed: 'Thanks for the feedback!',
  // Still queued (the database is slow): it will be counted, the user need not wait for it.
  pending: 'Thanks for the feedback!',
});

/** How long the thanks waits to say whether the vote was new, changed or already counted. */
const FEEDBACK_WAIT_MS = 1000;

/** 👍 / 👎 under an answer: recorded once per user per answer and acknowledged quietly. */
export async function handleFeedback(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  vote: 'up' | 'down',
  entryId: string,
  ctx: BotContext,
): Promise<Outcome> {
  const author = interaction.message.embeds[0]?.author?.name;
  const question = author?.startsWith(ASKED_PREFIX)
    ? author.slice(ASKED_PREFIX.length)
    : (ctx.engine().entry(entryId)?.question ?? entryId);
  const recorded = ctx.recordFeedback?.({
    answerKey: interaction.message.id,
    userId: interaction.user.id,
    entryId,
    question,
    vote,
    origin: interaction.inGuild() ? 'guild' : 'dm',
  });
  const outcome = recorded ? await within(recorded, FEEDBACK_WAIT_MS) : 'counted';
  await send(interaction, notice(THANKS[outcome]), true);
  return 'shown';
}

/** The outcome if it comes within `ms`, else `pending`. */
async function within(
  outcome: Promise<FeedbackOutcome>,
  ms: number,
): Promise<FeedbackOutcome | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), ms);
  });
  try {
    return await Promise.race([outcome, late]);
  } finally {
    clearTimeout(timer);
  }
}
