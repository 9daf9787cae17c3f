import type { UnknownReason } from '../answering/answer.ts';
import { MAX_QUESTION_LENGTH } from '../answering/engine.ts';
import type { Story } from '../knowledge/types.ts';

/** What a front end says about the story: its short title and example questions (story.yaml). */
export type StoryPresentation = Pick<Story, 'title' | 'examples'>;

/** What every front end says when there is no answer, by reason: one wording everywhere. */
export function unknownReply(reason: UnknownReason, story: StoryPresentation): string {
  switch (reason) {
    case 'empty':
      return `Ask me a question about ${story.title}, for example: "${story.examples[0] ?? 'What happened?'}"`;
    case 'too-long':
      return `That is longer than any question I can take (${MAX_QUESTION_LENGTH} characters at most). Please ask it more briefly.`;
    case 'not-covered':
      return "The article doesn't cover that, so I can't answer it from the source.";
  }
}

/** The heading shown over suggestions when the engine is unsure. */
export const SUGGESTIONS_HEADING = 'Did you mean:';
export const RELATED_HEADING = 'You might also ask:';
