import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { parseArticle } from '../../src/knowledge/article.ts';
import type { Story } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

/** A story whose entries cover its first paragraph only: the rest is reached through the article. */
const story: Story = {
  id: 'park',
  title: 'The park',
  description: 'The park',
  examples: ['Who opened the park?'],
  article: parseArticle(
    [
      'A new park for the east side',
      'Mayor Rosa Alba opened the east side park on Monday.',
      'The park has a lake, two playgrounds and a skate park. Dogs must be kept on a lead near the lake.',
      'Local traders welcomed the crowds.',
    ].join('\n\n'),
  ),
  synonyms: [],
  summary: 'A park opened.',
  timeline: [],
  entries: [
    {
      id: 'opened',
      question: 'Who opened the park?',
      alternates: [
        'who opened it',
        'which mayor opened the park',
        'when did the park open',
        'opening of the park',
        'who cut the ribbon at the park',
        'park opening day',
      ],
      answer: 'Mayor Rosa Alba opened the east side park on Monday.',
      sources: [{ paragraph: 1, quote: 'Mayor Rosa Alba opened the east side park on Monday.' }],
      related: [],
    },
  ],
};
const engine = createAnswerEngine(story, shippedLanguage());

describe('answers from the article itself', () => {
  it('answers with the sentence a question plainly targets when no entry fits, framed as the article', () => {
    const answer = engine.ask('must dogs be kept on a lead near the lake');
    expect(answer.status).toBe('answered');
    if (answer.status !== 'answered') return;
    expect(answer.text).toBe('The article says: “Dogs must be kept on a lead near the lake.”');
    expect(answer.sources).toEqual([
      { paragraph: 2, quote: 'Dogs must be kept on a lead near the lake.' },
    ]);
    // Below the bar at which curators are shown a question, so the gap gets an entry.
    expect(answer.confidence).toBeLessThan(0.6);
    expect(engine.entry(answer.entry.id)).toEqual(answer.entry);
  });

  it('answers a fragment quoted from the article', () => {
    const answer = engine.ask('what does "a lake, two playgrounds and a skate park" refer to?');
    expect(answer.status === 'answered' && answer.sources[0]?.paragraph).toBe(2);
  });

  it('reads words about wording as asking for the text, when the question is about a text', () => {
    const answer = engine.ask(
      'which word does the article use for the local traders and the crowds',
    );
    expect(answer.status === 'answered' && answer.sources[0]?.paragraph).toBe(3);
    expect(engine.ask('what is the french word for traders').status).toBe('unknown');
  });

  it('still refuses what the article does not cover, and questions past it', () => {
    expect(engine.ask('how much did the skate park cost in dollars').status).toBe('unknown');
    expect(engine.ask('are dogs still allowed near the lake today').status).toBe('unknown');
  });

  it('prefers a curated entry when one fits', () => {
    const answer = engine.ask('who opened the park');
    expect(answer.status === 'answered' && answer.entry.id).toBe('opened');
  });
});
