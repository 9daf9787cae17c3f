import { createAnswerEngine } from '../../src/answering/engine.ts';
import { parseArticle } from '../../src/knowledge/article.ts';
import type { Entry, Story } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

/** An entry of a tiny test story: its answer is also its paragraph of the article. */
export interface TinyEntry {
  readonly id: string;
  readonly question: string;
  readonly alternates?: readonly string[];
  readonly answer: string;
  readonly verdict?: Entry['verdict'];
}

/**
 * A story built in memory for testing one part of the engine: each entry's answer is one
 * paragraph of the article and quoted whole, so the story is valid without files.
 */
export function tinyStory(
  entries: readonly TinyEntry[],
  synonyms: readonly (readonly string[])[] = [],
): Story {
  const article = parseArticle(['A tiny story', ...entries.map((e) => e.answer)].join('\n\n'));
  const full: Entry[] = entries.map((e, i) => ({
    id: e.id,
    question: e.question,
    alternates: e.alternates ?? [],
    answer: e.answer,
    verdict: e.verdict,
    sources: [{ paragraph: i + 1, quote: e.answer }],
    related: [],
  }));
  return {
    id: 'tiny',
    title: 'A tiny story',
    description: 'A story for tests',
    examples: [full[0]?.question ?? 'What happened?'],
    article,
    entries: full,
    synonyms,
    summary: 'A tiny story.',
    timeline: [
      {
        title: 'All of it',
        text: 'It happened.',
        source: full[0]?.sources[0] ?? { paragraph: 1, quote: '' },
      },
    ],
  };
}

/** Three entries about a town's library, used by several tests. */
export const LIBRARY = tinyStory([
  {
    id: 'opening',
    question: 'When does the new library open?',
    alternates: ['when is the library opening', 'opening date of the library'],
    answer: 'The new library opens on June 5 in the old post office.',
  },
  {
    id: 'cost',
    question: 'How much did the library cost?',
    alternates: ['what was the price of the library', 'how expensive was it'],
    answer: 'The library cost 3 million dollars, paid by a local bakery owner, Rosa Lind.',
  },
  {
    id: 'librarian',
    question: 'Who runs the library?',
    alternates: ['who is the head librarian', 'who is in charge of the library'],
    answer: 'Head librarian Tomas Berg runs the library with four volunteers.',
  },
]);

/** The reply text (or the status of a refusal) of an engine on a tiny story of these entries. */
export function replierFor(...entries: TinyEntry[]): (question: string) => string {
  const engine = createAnswerEngine(tinyStory(entries), shippedLanguage());
  return (question) => {
    const answer = engine.ask(question);
    return answer.status === 'answered' ? answer.text : answer.status;
  };
}
