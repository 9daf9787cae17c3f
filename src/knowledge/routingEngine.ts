import { type AnswerEngine, createAnswerEngine } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { termIndexRanker } from '../answering/termIndexRanker.ts';
import type { Story } from './types.ts';

/**
 * The engine the knowledge checks ask whether each phrasing reaches its own entry: the term
 * index alone. The served engine's learned scorer remembers every phrasing it was trained on, so
 * it would pass a phrasing filed under the wrong entry; the index shows whether the phrasing's
 * own words lead to its entry, which is what makes it a phrasing of that entry.
 */
export function routingEngine(story: Story, language: LanguagePack): AnswerEngine {
  return createAnswerEngine(story, language, { ranker: termIndexRanker() });
}
