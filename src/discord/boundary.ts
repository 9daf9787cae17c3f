import { describeError } from '../describeError.ts';
import type { LogFields } from '../logger.ts';
import type { BotContext, Outcome } from './context.ts';

/** What is being handled, for its log line: an interaction or a message, and what kind. */
export interface HandledEvent {
  /** `interaction` or `message`: the log events are `<event>` and `<event>.failed`. */
  readonly event: 'interaction' | 'message';
  readonly fields: LogFields;
}

/**
 * The one error boundary of the bot, around every interaction and every message: whatever a
 * handler throws, the user gets a short apology (never "The application did not respond") and
 * the log a line; every event ends with one log line of its outcome and time.
 */
export async function withinBoundary(
  ctx: BotContext,
  handled: HandledEvent,
  run: () => Promise<Outcome>,
  apologize: () => Promise<void>,
): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (error) {
    outcome = 'error';
    ctx.log.error(`${handled.event}.failed`, { ...handled.fields, error: describeError(error) });
    try {
      await apologize();
    } catch (apologyError) {
      // The interaction may have expired or Discord may be failing; the log is all that is left.
      ctx.log.warn(`${handled.event}.apology_failed`, { error: describeError(apologyError) });
    }
  }
  ctx.log.info(handled.event, {
    ...handled.fields,
    outcome,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
  return outcome;
}
