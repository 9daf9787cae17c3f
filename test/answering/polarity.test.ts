import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { createPolarity } from '../../src/answering/polarity.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({ synonyms: [], language });
const words = (text: string): readonly string[] => analyzer.surfaceWords(text);
const polarity = createPolarity(
  language.questionForm,
  (word) => analyzer.analyze(word).map((term) => term.stem),
  (word) => language.stopWords.has(word) || language.fillerWords.has(word),
);
const fact = polarity.stancesOf(
  words("The mayor didn't doubt the council would be willing to talk. The vote never happened."),
);
const compare = (question: string): string => polarity.compare(words(question), fact);

describe('createPolarity', () => {
  it('finds a word the question claims and the fact only denies', () => {
    expect(compare('did the mayor doubt the council would talk?')).toBe('opposes');
    expect(compare('so the vote happened?')).toBe('opposes');
  });

  it('finds a negation the question repeats from the fact', () => {
    expect(compare("did the mayor say she didn't doubt the council?")).toBe('repeats');
    expect(compare('so the vote never happened?')).toBe('repeats');
  });

  it('reads the words a negation cannot reach, an opening one and a denial as claiming nothing', () => {
    // "not" reaches "willing" over "be", not over "doubt the council would".
    expect(compare('would the council be willing to talk?')).toBe('none');
    expect(compare("didn't the mayor doubt it?")).toBe('opposes');
    expect(compare('did the mayor deny the vote happened?')).toBe('none');
    // "no" before a noun denies it.
    const none = polarity.stancesOf(words('There was no vote.'));
    expect(polarity.compare(words('was there a vote?'), none)).toBe('opposes');
    const either = polarity.stancesOf(
      words('Whether or not the vote happened, it would be historic.'),
    );
    expect(polarity.compare(words('did the vote happen?'), either)).toBe('none');
  });
});
