import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { createClaimSplitter } from '../../src/answering/joinedClaims.ts';
import { buildContrasts } from '../../src/answering/premise.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({ language, synonyms: [] });
const toStems = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
const claimsOf = createClaimSplitter({
  form: language.questionForm,
  formWords: {
    isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
    isChat: (word) => language.fillerWords.has(word),
    isAlternative: () => false,
  },
  toWords: (text) => analyzer.surfaceWords(text),
  toStems,
  people: buildContrasts([[['mayor'], ['council']]], toStems),
  names: new Set(['alba']),
});

describe('createClaimSplitter', () => {
  it('splits a yes/no question joining two claims, one naming someone of the story', () => {
    expect(claimsOf('so the plan was cheap and the council just approved it?')).toEqual([
      'so the plan was cheap',
      'the council just approved it',
    ]);
    expect(claimsOf('so alba posted it and it was approved?')).toEqual([
      'so alba posted it',
      'it was approved',
    ]);
  });

  it('reads only the sentence that asks, not the context before it', () => {
    expect(claimsOf('We talked about it and the council argued. Did alba post it?')).toEqual([]);
  });

  it('leaves whole what joins two people, a claim without a verb, or an open question', () => {
    expect(claimsOf('was the talk between the mayor and the council long?')).toEqual([]);
    expect(claimsOf('did the mayor post it and the plan?')).toEqual([]);
    expect(claimsOf('why did the mayor post it and the council reject it?')).toEqual([]);
    expect(claimsOf('so the bridge was old and the river was high?')).toEqual([]);
  });
});
