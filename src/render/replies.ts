import type { UnknownReason } from '../answering/answer.ts';
import { MAX_QUESTION_LENGTH } from '../answering/engine.ts';

/** What every front end says when there is no answer, by reason: one wording everywhere. */
export const UNKNOWN_REPLIES: Readonly<Record<UnknownReason, string>> = Object.freeze({
  empty: 'Ask me a question about the story, for example: "Did Putin really call Elton John?"',
  'too-long': `That is longer than any question I can take (${MAX_QUESTION_LENGTH} characters at most). Please ask it more briefly.`,
  'not-covered': "The article doesn't cover that, so I can't answer it from the source.",
});

/** The heading shown over suggestions when the engine is unsure. */
export const SUGGESTIONS_HEADING = 'Did you mean:';
export const RELATED_HEADING = 'You might also ask:';
