import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { tinyStory } from './tinyStory.ts';

/** Two entries, each citing its own sentence, that a question can fall between. */
const engine = createAnswerEngine(
  tinyStory([
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
    },
    {
      id: 'features',
      question: 'What does the park have?',
      alternates: [
        'what is in the park',
        'park features',
        'what can you do at the park',
        'does the park have playgrounds',
        'is there a lake',
        'what facilities does the park offer',
      ],
      answer: 'The park has a lake, two playgrounds and a skate park.',
    },
  ]),
  shippedLanguage(),
);

describe('a second opinion from the article', () => {
  it('answers with the best entry when it cites the sentence the article itself points to', () => {
    // Below the bar and close to the runner-up, but the article's best sentence for it is the
    // one the best entry cites.
    const ranking = engine.explain('the mayor and the skate park').ranking;
    expect(ranking[0]?.score).toBeLessThan(0.55);
    const answer = engine.ask('the mayor and the skate park');
    expect(answer.status === 'answered' && answer.entry.id).toBe('opened');
  });

  it('leaves a question with words the story never uses to the refusal', () => {
    expect(engine.ask('the mayor and the skate park zebras').status).toBe('unknown');
  });
});
