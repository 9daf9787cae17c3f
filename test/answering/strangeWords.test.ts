import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/answering/analyzer.ts';
import { createStrangeWords } from '../../src/answering/strangeWords.ts';

const term = (word: string, light = false): Term => ({ word, stem: word, light, share: 1 });
const knowledge = new Set(['mayor', 'post', 'plan']);
const strange = createStrangeWords({
  weigh: (terms) => terms.map((t) => ({ stem: t.stem, weight: 1, known: knowledge.has(t.stem) })),
  isMark: (t) => t.word === 'xmarkx',
  names: new Set(['marlow']),
});

describe('createStrangeWords', () => {
  it('finds a word the knowledge never uses', () => {
    expect(strange([term('mayor'), term('post'), term('yacht')])).toBe(true);
    expect(strange([term('mayor'), term('post'), term('plan')])).toBe(false);
  });

  it('passes over light words, marks and slips of the keyboard for a name', () => {
    expect(strange([term('mayor'), term('the', true)])).toBe(false);
    expect(strange([term('mayor'), term('xmarkx')])).toBe(false);
    expect(strange([term('mayor'), term('marrow')])).toBe(false);
    // Too short to be read as a slip, or too far from the name.
    expect(strange([term('mayor'), term('mar')])).toBe(true);
    expect(strange([term('mayor'), term('meadow')])).toBe(true);
  });
});
