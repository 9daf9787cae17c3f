import type { Answer } from './answer.ts';
import { relatedSuggestions } from './decide.ts';
import type { AnswerEngine } from './engine.ts';

/**
 * The answer of one entry chosen by the user (a "did you mean" button, the FAQ menu): no matching,
 * full confidence. `undefined` when the entry no longer exists (the knowledge was reloaded).
 */
export function answerForEntry(engine: AnswerEngine, id: string): Answer | undefined {
  const entry = engine.entry(id);
  if (!entry) return undefined;
  const related = relatedSuggestions(entry, (relatedId) => engine.entry(relatedId));
  return {
    status: 'answered',
    question: entry.question,
    entry,
    text: entry.answer,
    verdict: undefined,
    sources: entry.sources,
    confidence: 1,
    suggestions: [],
    related,
  };
}
