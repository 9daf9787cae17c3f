import type { DiscordMessage } from '../render/discord/message.ts';
import { notice } from '../render/discord/message.ts';
import type { RateLimiter } from './rateLimiter.ts';

/** Whether a user may ask now; when not, the one notice every front end gives. */
export type Admission =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly notice: DiscordMessage;
      /** The user was told already in this window (public front ends need not say it again). */
      readonly toldAlready: boolean;
    };

/** The per-user question limit, shared by slash commands, buttons, DMs and mentions. */
export interface QuestionGate {
  admit(userId: string): Admission;
}

export function createQuestionGate(
  limiter: RateLimiter,
  now: () => number = Date.now,
): QuestionGate {
  // Users told about the limit, until when: one notice per window, not one per message.
  const told = new Map<string, number>();
  return {
    admit(userId) {
      const limit = limiter.take(userId);
      if (limit.ok) return limit;
      const time = now();
      const toldAlready = (told.get(userId) ?? 0) > time;
      if (!toldAlready) {
        for (const [id, until] of told) if (until <= time) told.delete(id);
        told.set(userId, time + limit.retryAfterMs);
      }
      return { ok: false, notice: rateLimitNotice(limit.retryAfterMs), toldAlready };
    },
  };
}

/** The polite notice for a user over the question rate limit. */
export function rateLimitNotice(retryAfterMs: number): DiscordMessage {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return notice(
    `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`,
  );
}
