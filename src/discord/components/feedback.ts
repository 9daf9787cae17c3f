import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { FeedbackOutcome } from '../../curation/records.ts';
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

/** What a 👍 / 👎 button carries: the vote, the entry answered and the key of the question. */
export interface FeedbackPress {
  readonly vote: 'up' | 'down';
  readonly entryId: string;
  readonly questionKey?: string;
}

/** 👍 / 👎 under an answer: recorded once per user per answer and acknowledged quietly. */
export async function handleFeedback(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  press: FeedbackPress,
  ctx: BotContext,
): Promise<Outcome> {
  // The question asked, remembered under the key the button carries; after a restart (or once
  // forgotten) the entry's own question stands in for it.
  const question =
    (press.questionKey && ctx.questionKeys.recall(press.questionKey)) ??
    ctx.engine().entry(press.entryId)?.question ??
    press.entryId;
  const recorded = ctx.recordFeedback?.({
    answerKey: interaction.message.id,
    userId: interaction.user.id,
    entryId: press.entryId,
    question,
    vote: press.vote,
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
