import { describe, expect, it } from 'vitest';
import { storyNames, storyWordsOf } from '../../src/conversation/storyWords.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { townEngine, townStory } from './townStory.ts';

describe('the words of a story', () => {
  it('takes as names the words written capitalised mid-sentence and never in lower case', () => {
    const names = storyNames(townStory());
    for (const name of ['rosa', 'alba', 'tom', 'reyes', 'march']) expect(names).toContain(name);
    // Capitalised only where a sentence or a headline starts.
    for (const word of ['mayor', 'the', 'reyes resigned', 'a']) expect(names).not.toContain(word);
  });

  it('reads a text as the engine does, names side by side as one', () => {
    const words = storyWordsOf(townEngine(), shippedLanguage());
    expect(words.terms('Why did Rosa Alba quit?')).toEqual([
      { word: 'rosa alba', stems: ['rosa', 'alba'], name: true, known: true, everyday: false },
      { word: 'quit', stems: ['resign'], name: false, known: true, everyday: true },
    ]);
  });
});
