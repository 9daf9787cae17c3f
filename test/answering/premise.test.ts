import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { buildContrasts, contradicts } from '../../src/answering/premise.ts';
import { shippedLanguage } from '../storyFixture.ts';

const analyzer = createAnalyzer({ synonyms: [], language: shippedLanguage() });
const stems = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
const contrasts = buildContrasts(
  [
    [['instagram', 'insta'], ['twitter', 'tweet'], ['facebook']],
    [
      ['praise', 'support'],
      ['criticise', 'slam'],
    ],
  ],
  stems,
);
const fact = contrasts.sidesOf(
  stems('The mayor posted the photo on Instagram and slammed the plan.'),
);

describe('contradicts', () => {
  it('finds a detail the fact holds another side of', () => {
    expect(contradicts(contrasts.sidesOf(stems('did the mayor post it on twitter')), fact)).toBe(
      true,
    );
    expect(contradicts(contrasts.sidesOf(stems('did the mayor praise the plan')), fact)).toBe(true);
  });

  it('accepts a detail the fact holds, in any of its words', () => {
    expect(contradicts(contrasts.sidesOf(stems('was it on insta')), fact)).toBe(false);
    expect(contradicts(contrasts.sidesOf(stems('did the mayor slam the plan')), fact)).toBe(false);
  });

  it('contradicts nothing in a contrast whose held side the question names too', () => {
    const both = contrasts.sidesOf(stems('did the mayor slam it or praise it'));
    expect(contradicts(both, fact)).toBe(false);
  });

  it('says nothing of a contrast the fact does not touch', () => {
    const other = contrasts.sidesOf(stems('The mayor opened the bridge.'));
    expect(contradicts(contrasts.sidesOf(stems('did the mayor post on twitter')), other)).toBe(
      false,
    );
  });
});

describe('alternativesOf', () => {
  it('offers the other sides of a stem, to find the entry that contradicts it', () => {
    const [twitter] = stems('twitter');
    expect(contrasts.alternativesOf(twitter ?? '')).toEqual(
      expect.arrayContaining([...stems('instagram'), ...stems('facebook')]),
    );
    expect(contrasts.alternativesOf(twitter ?? '')).not.toContain(twitter);
  });
});
