import type { Answer, Suggestion } from '../answering/answer.ts';
import type { SmallTalkKind } from '../answering/language/conversationSchema.ts';

export type { SmallTalkKind } from '../answering/language/conversationSchema.ts';

/** An answer that answered. */
export type Answered = Extract<Answer, { readonly status: 'answered' }>;

/** How a question was read: on its own, with the conversation's context, or as "tell me more". */
export type Reading = 'alone' | 'in-context' | 'more';

/**
 * The bot's reply to one message of a conversation: every front end renders this value. Only
 * `answer` turns are answers about the article (recorded for curators); the others are about
 * the conversation itself.
 */
export type Turn =
  | {
      readonly kind: 'answer';
      readonly answer: Answer;
      readonly reading: Reading;
      /** The question as it was read ("is rosa alba married" for "is she married"), for logs. */
      readonly readAs: string;
    }
  | {
      /** The previous answer again, for "source?" or "is that true?". */
      readonly kind: 'sources';
      readonly question: string;
      /** What the bot says before it ("Here is where the article says it:"). */
      readonly intro: string;
      readonly answer: Answered;
    }
  | {
      readonly kind: 'small-talk';
      readonly question: string;
      readonly talk: SmallTalkKind;
      /** The bot's reply, in its own voice. */
      readonly text: string;
      /** The example question the reply offers, as the entry it reaches. */
      readonly example: Suggestion | undefined;
    }
  | {
      /** A follow-up with nothing to follow ("why?" with no earlier question remembered). */
      readonly kind: 'unclear';
      readonly question: string;
      readonly text: string;
      readonly suggestions: readonly Suggestion[];
    };

/** How a turn ended, for logs and metrics: an article answer, none, or small talk. */
export function turnOutcome(turn: Turn): 'answered' | 'unknown' | 'small-talk' {
  switch (turn.kind) {
    case 'answer':
      return turn.answer.status;
    case 'sources':
      return 'answered';
    case 'small-talk':
      return 'small-talk';
    case 'unclear':
      return 'unknown';
  }
}
