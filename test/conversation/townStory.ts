import { type AnswerEngine, createAnswerEngine } from '../../src/answering/engine.ts';
import { parseArticle } from '../../src/knowledge/article.ts';
import type { Entry, Story } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

const PARAGRAPHS = [
  'Mayor and treasurer resign in budget row',
  'Mayor Rosa Alba resigned on Monday after the council voted against her budget.',
  'Alba had led the town for eight years.',
  'The treasurer, Tom Reyes, said the budget had a gap of two million euros.',
  'Reyes resigned on Tuesday, saying he wanted to spend more time with his family.',
  'A new election will be held in March.',
];

/** An entry whose answer is quoted whole from its paragraph. */
function entry(
  id: string,
  question: string,
  alternates: readonly string[],
  paragraph: number,
  related: readonly string[],
): Entry {
  const answer = PARAGRAPHS[paragraph] ?? '';
  return { id, question, alternates, answer, sources: [{ paragraph, quote: answer }], related };
}

/**
 * A small story built for the conversation's tests: two people who both resigned, so "why did
 * he resign" and "why did she resign" mean different things after different questions.
 */
export function townStory(): Story {
  return {
    id: 'town',
    title: 'The town hall resignations',
    description: 'Questions about the mayor and the treasurer who resigned',
    examples: ['Why did Rosa Alba resign?', 'When is the new election?'],
    article: parseArticle(PARAGRAPHS.join('\n\n')),
    entries: [
      entry(
        'who-alba',
        'Who is Rosa Alba?',
        [
          'who is the mayor',
          'who is alba',
          'rosa alba who',
          'how long was alba mayor',
          'who led the town',
          'who was mayor',
        ],
        2,
        ['why-alba', 'election'],
      ),
      entry(
        'why-alba',
        'Why did Rosa Alba resign?',
        [
          'why did the mayor resign',
          'why did alba quit',
          'why did alba step down',
          'reason alba resigned',
          'did the mayor resign',
          'what made alba resign',
        ],
        1,
        ['who-alba', 'election'],
      ),
      entry(
        'who-reyes',
        'Who is Tom Reyes?',
        [
          'who is the treasurer',
          'who is reyes',
          'tom reyes who',
          'what does reyes do',
          'who handles the budget',
          'what is the treasurer called',
        ],
        3,
        ['why-reyes', 'budget-gap'],
      ),
      entry(
        'why-reyes',
        'Why did Tom Reyes resign?',
        [
          'why did the treasurer resign',
          'why did reyes quit',
          'why did reyes step down',
          'reason reyes resigned',
          'did the treasurer resign',
          'what made reyes resign',
        ],
        4,
        ['who-reyes', 'budget-gap'],
      ),
      entry(
        'budget-gap',
        'How big was the budget gap?',
        [
          'how big is the budget gap',
          'how much money is missing',
          'what is the budget gap',
          'budget shortfall',
          'how many euros short',
          'what was wrong with the budget',
        ],
        3,
        ['why-alba', 'why-reyes'],
      ),
      entry(
        'election',
        'When is the new election?',
        [
          'when is the election',
          'when do we vote',
          'new election date',
          'when will a new mayor be chosen',
          'when is the vote',
          'is there an election',
        ],
        5,
        ['who-alba'],
      ),
    ],
    synonyms: [['resign', 'quit', 'step down', 'stepped down']],
    summary: 'The mayor and the treasurer of a town resigned over a budget; an election follows.',
    timeline: [
      {
        title: 'The resignations',
        text: 'The mayor resigned on Monday, the treasurer on Tuesday.',
        source: { paragraph: 1, quote: PARAGRAPHS[1] ?? '' },
      },
    ],
  };
}

/** The engine on the town story. */
export function townEngine(): AnswerEngine {
  return createAnswerEngine(townStory(), shippedLanguage());
}
