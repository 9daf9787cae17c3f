import type { Answer } from '../answering/answer.ts';
import type { Turn } from '../conversation/turn.ts';

/** The stable JSON shape of one answer (`npm run ask -- --json`): keep it as it is. */
export interface JsonRecord {
  readonly question: string;
  readonly status: 'answered' | 'unknown';
  readonly answer: string | null;
  readonly confidence: number;
  readonly id: string | null;
  readonly sources: readonly { readonly quote: string; readonly paragraph: number }[];
  readonly suggestions: readonly string[];
  /**
   * Present only for small talk ("hi", "thanks"): its kind and the bot's reply. Such a message
   * is no question about the article, so it stays `unknown` with no answer and no id.
   */
  readonly smallTalk?: { readonly kind: string; readonly reply: string };
}

export function toJsonRecord(answer: Answer): JsonRecord {
  const answered = answer.status === 'answered';
  return {
    question: answer.question,
    status: answer.status,
    answer: answered ? answer.text : null,
    confidence: answer.confidence,
    id: answered ? answer.entry.id : null,
    sources: answered ? answer.sources.map(({ quote, paragraph }) => ({ quote, paragraph })) : [],
    suggestions: answer.suggestions.map((s) => s.question),
  };
}

/**
 * One turn of a conversation in the same stable shape: an answer as its answer; the previous
 * answer's sources as that answer again; small talk and a follow-up with nothing to follow as
 * `unknown` (small talk says so in its own field).
 */
export function toTurnRecord(turn: Turn): JsonRecord {
  switch (turn.kind) {
    case 'answer':
      return toJsonRecord(turn.answer);
    case 'sources':
      return toJsonRecord({ ...turn.answer, question: turn.question });
    case 'small-talk':
      return {
        ...unknownRecord(turn.question, []),
        smallTalk: { kind: turn.talk, reply: turn.text },
      };
    case 'unclear':
      return unknownRecord(
        turn.question,
        turn.suggestions.map((s) => s.question),
      );
  }
}

function unknownRecord(question: string, suggestions: readonly string[]): JsonRecord {
  return {
    question,
    status: 'unknown',
    answer: null,
    confidence: 0,
    id: null,
    sources: [],
    suggestions,
  };
}
