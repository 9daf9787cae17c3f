import type { Turn } from '../conversation/turn.ts';
import { renderConsoleText } from './consoleText.ts';
import type { StoryPresentation } from './replies.ts';

/** One turn of a conversation as plain text for a terminal. */
export function renderTurnText(turn: Turn, story: StoryPresentation): string {
  switch (turn.kind) {
    case 'answer':
      return renderConsoleText(turn.answer, story);
    case 'sources':
      return [
        turn.intro,
        '',
        turn.answer.text,
        '',
        ...turn.answer.sources.map((s) => `  > "${s.quote}" (paragraph ${s.paragraph})`),
      ].join('\n');
    case 'small-talk':
      return turn.text;
    case 'unclear':
      return [turn.text, '', ...turn.suggestions.map((s) => `  - ${s.question}`)].join('\n');
  }
}
