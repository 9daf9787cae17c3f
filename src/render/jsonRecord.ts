import type { Answer } from '../answering/answer.ts';

/** The stable JSON shape of one answer (`npm run ask -- --json`): keep it as it is. */
export interface JsonRecord {
  readonly question: string;
  readonly status: 'answered' | 'unknown';
  readonly answer: string | null;
  readonly confidence: number;
  readonly id: string | null;
  readonly sources: readonly { readonly quote: string; readonly paragraph: number }[];
  readonly suggestions: readonly string[];
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
