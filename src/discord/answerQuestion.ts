import type { FrontEnd } from '../frontEnd.ts';
import { logReading } from '../readingLog.ts';
import { renderAnswerMessage } from '../render/discord/answerMessage.ts';
import type { DiscordMessage } from '../render/discord/message.ts';
import { type BotContext, noteAnswer, type Origin, type Outcome, outcomeOf } from './context.ts';

/** A question typed by a user, however it came: /ask, a direct message, a mention. */
export interface QuestionEvent {
  readonly text: string;
  readonly userId: string;
  readonly origin: Origin;
  readonly frontEnd: FrontEnd;
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
 * The one way a question is answered in Discord: the rate limit, the engine, the reply, then
 * (after the reply, so nothing slow delays it) the note for autocomplete and the curators.
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
  const reply = engine.ask(event.text);
  logReading(ctx.log, engine, reply, event.frontEnd);
  // Only an answer carries 👍 / 👎, and only they need the question back.
  const questionKey =
    reply.status === 'answered' ? ctx.questionKeys.remember(event.text) : undefined;
  await event.reply(renderAnswerMessage(reply, engine.story, { questionKey }));
  noteAnswer(ctx, reply, event.origin);
  return outcomeOf(reply);
}
