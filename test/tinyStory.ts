import { type AnswerEngine, createAnswerEngine } from '../src/answering/engine.ts';
import { parseArticle } from '../src/knowledge/article.ts';
import type { Story } from '../src/knowledge/types.ts';
import { shippedLanguage } from './storyFixture.ts';

/**
 * A small story of another subject, built for tests of the front ends: nothing they show may
 * come from anywhere but the story they serve.
 */
export function tinyStory(): Story {
  const article = parseArticle(
    [
      'Harbour bridge opens to walkers after six years of work',
      'The new harbour bridge opens to walkers and cyclists on Saturday, the city council said.',
      'Building the bridge took six years and cost 40 million euros, twice the first estimate.',
      'Cars will not be allowed on the bridge, which links the old port to the station.',
    ].join('\n\n'),
  );
  return {
    id: 'harbour-bridge',
    title: 'The harbour bridge',
    description: 'Questions and sourced answers about the new harbour bridge',
    examples: ['When does the harbour bridge open?', 'How much did the bridge cost?'],
    article,
    entries: [
      {
        id: 'opening',
        question: 'When does the harbour bridge open?',
        alternates: [
          'when does the bridge open',
          'bridge opening date',
          'when can i walk on the bridge',
          'is the bridge open yet',
          'when will the harbour bridge be open',
          'opening day of the bridge',
        ],
        answer: 'The harbour bridge opens to walkers and cyclists on Saturday.',
        sources: [{ paragraph: 1, quote: 'opens to walkers and cyclists on Saturday' }],
        related: ['cost'],
      },
      {
        id: 'cost',
        question: 'How much did the bridge cost?',
        alternates: [
          'bridge cost',
          'what did the bridge cost',
          'how expensive was the bridge',
          'price of the harbour bridge',
          'how many euros for the bridge',
          'was the bridge over budget',
        ],
        answer: 'The bridge cost 40 million euros, twice the first estimate.',
        sources: [{ paragraph: 2, quote: 'cost 40 million euros, twice the first estimate' }],
        related: ['opening'],
      },
    ],
    synonyms: [],
    summary: 'A new bridge over the harbour opens to walkers and cyclists after six years of work.',
    timeline: [
      {
        title: 'Opening',
        text: 'The bridge opens on Saturday.',
        source: { paragraph: 1, quote: 'opens to walkers and cyclists on Saturday' },
      },
    ],
  };
}

/** The engine on the tiny story. */
export function tinyEngine(): AnswerEngine {
  return createAnswerEngine(tinyStory(), shippedLanguage());
}
