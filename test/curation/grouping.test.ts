import { describe, expect, it } from 'vitest';
import { groupBySimilarity, jaccard } from '../../src/curation/grouping.ts';

const set = (text: string): ReadonlySet<string> => new Set(text.split(' ').filter(Boolean));

describe('jaccard', () => {
  it('is shared over all tokens', () => {
    expect(jaccard(set('a b c'), set('a b c'))).toBe(1);
    expect(jaccard(set('a b c'), set('a b d'))).toBe(0.5);
    expect(jaccard(set('a'), set('b'))).toBe(0);
  });

  it('finds nothing in common between two empty sets', () => {
    expect(jaccard(set(''), set(''))).toBe(0);
  });
});

describe('groupBySimilarity', () => {
  const group = (items: string[], threshold = 0.6): string[][] =>
    groupBySimilarity(items, { key: (s) => s, tokens: set, threshold });

  it('puts similar phrasings together, largest group first', () => {
    expect(group(['x y', 'a b c d', 'a b c', 'a b c', 'x y z q'])).toEqual([
      ['a b c', 'a b c', 'a b c d'],
      ['x y'],
      ['x y z q'],
    ]);
  });

  it('keeps identical keys together even when they have no tokens', () => {
    expect(group(['', 'a', ''])).toEqual([['', ''], ['a']]);
  });

  it('compares with the leader only, so a group cannot drift into another question', () => {
    // "c d e f g" is close to the second member but not to the leader.
    expect(group(['a b c d e', 'a b c d e', 'a b c d e f g', 'c d e f g'])).toEqual([
      ['a b c d e', 'a b c d e', 'a b c d e f g'],
      ['c d e f g'],
    ]);
  });

  it('joins the most similar group when several qualify', () => {
    expect(group(['a b c d', 'a b c d', 'a b x y', 'a b x y', 'a b x'], 0.4)).toEqual([
      ['a b x y', 'a b x y', 'a b x'],
      ['a b c d', 'a b c d'],
    ]);
  });
});
