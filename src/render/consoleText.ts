import type { Answer } from '../answering/answer.ts';
import {
  RELATED_HEADING,
  type StoryPresentation,
  SUGGESTIONS_HEADING,
  unknownReply,
} from './replies.ts';

/** Plain text for a terminal: the answer, its quoted sources with paragraph numbers, suggestions. */
export function renderConsoleText(answer: Answer, story: StoryPresentation): string {
  const lines: string[] = [];
  if (answer.status === 'answered') {
    lines.push(answer.text, '');
    for (const source of answer.sources)
      lines.push(`  > "${source.quote}" (paragraph ${source.paragraph})`);
    if (answer.suggestions.length > 0) {
      lines.push('', SUGGESTIONS_HEADING, ...answer.suggestions.map((s) => `  - ${s.question}`));
    } else if (answer.related.length > 0) {
      lines.push(
        '',
        RELATED_HEADING,
        ...answer.related.slice(0, 3).map((s) => `  - ${s.question}`),
      );
    }
  } else {
    lines.push(unknownReply(answer.reason, story));
    if (answer.suggestions.length > 0) {
      lines.push('', SUGGESTIONS_HEADING, ...answer.suggestions.map((s) => `  - ${s.question}`));
    }
  }
  return lines.join('\n');
}
