import { turnOutcome } from '../conversation/turn.ts';
import type { FrontEnd } from '../frontEnd.ts';
import { logTurn } from '../readingLog.ts';
import type { DiscordMessage } from '../render/discord/message.ts';
import { renderTurnMessage } from '../render/discord/turnMessage.ts';
import { type BotContext, noteAnswer, type Origin, type Outcome } from './context.ts';

/** A question typed by a user, however it came: /ask, a direct message, a mention. */
export interface QuestionEvent {
  readonly text: string;
  readonly userId: string;
  readonly origin: Origin;
  readonly frontEnd: FrontEnd;
  /** The conversation it belongs to (`conversationKey`): its context for follow-ups. */
  readonly conversation: string;
  /** Sends the answer. */
  reply(message: DiscordMessage): Promise<void>;
  /** Sends a notice only the user sees where the front end can (the rate limit). */
  notify(message: DiscordMessage): Promise<void>;
  /**
   * True where notices are public (a reply to a message): a user over the limit is told once per
   * window. An interaction must always be answered, so it is told every time.
   */
  readonly toldOnce: boolean;
}

/**
 * The one way a question is answered in Discord: the rate limit, the conversation (small talk,
 * follow-ups, the engine), the reply, then (after the reply, so nothing slow delays it) the note
 * for autocomplete and the curators, for questions about the article only.
 */
export async function answerQuestion(ctx: BotContext, event: QuestionEvent): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome = 'error';
  try {
    outcome = await answer(ctx, event);
    return outcome;
  } finally {
    ctx.metrics?.question(event.frontEnd, outcome, (performance.now() - started) / 1000);
  }
}

async function answer(ctx: BotContext, event: QuestionEvent): Promise<Outcome> {
  const admission = ctx.gate.admit(event.userId);
  if (!admission.ok) {
    if (event.toldOnce && admission.toldAlready) return 'ignored';
    await event.notify(admission.notice);
    return 'rate-limited';
  }
  const engine = ctx.engine();
  const turn = ctx.conversations.reply(engine, event.text, event.conversation);
  logTurn(ctx.log, engine, turn, event.frontEnd);
  const reply = turn.kind === 'answer' ? turn.answer : undefined;
  // Only an answer carries 👍 / 👎, and only they need the question back.
  const questionKey =
    reply?.status === 'answered' ? ctx.questionKeys.remember(event.text) : undefined;
  await event.reply(renderTurnMessage(turn, engine.story, { questionKey }));
  if (reply) noteAnswer(ctx, reply, event.origin);
  return turnOutcome(turn);
}
