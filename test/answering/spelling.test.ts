import { describe, expect, it } from 'vitest';
import { createSpellingCorrector, editDistance } from '../../src/answering/spelling.ts';
import { shippedLanguage } from '../storyFixture.ts';

const vocabulary = new Map([
  ['putin', 5],
  ['elton', 5],
  ['john', 5],
  ['kremlin', 3],
  ['peskov', 3],
  ['pranksters', 2],
]);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('putin', 'putin')).toBe(0);
    expect(editDistance('pootin', 'putin')).toBe(2);
    expect(editDistance('jon', 'john')).toBe(1);
    expect(editDistance('kremiln', 'kremlin')).toBe(1);
  });
});

describe('createSpellingCorrector', () => {
  const corrector = createSpellingCorrector(vocabulary, shippedLanguage().alphabet);

  it('corrects common misspellings of the names', () => {
    expect(corrector.correct('pootin')).toBe('putin');
    expect(corrector.correct('jon')).toBe('john');
    expect(corrector.correct('eltn')).toBe('elton');
    expect(corrector.correct('kremiln')).toBe('kremlin');
    expect(corrector.correct('peskof')).toBe('peskov');
    expect(corrector.correct('pransters')).toBe('pranksters');
  });

  it('leaves unrelated words and other names alone', () => {
    expect(corrector.correct('biden')).toBeUndefined();
    expect(corrector.correct('obama')).toBeUndefined();
    expect(corrector.correct('to')).toBeUndefined();
  });
});

describe('a typo that sounds like a known word', () => {
  const language = shippedLanguage();
  const sounding = createSpellingCorrector(
    vocabulary,
    language.alphabet,
    undefined,
    language.soundOf,
  );
  const plain = createSpellingCorrector(vocabulary, language.alphabet);

  it('is read as that word though its first letter differs, when the language tells sounds', () => {
    expect(sounding.correct('crumlin')).toBe('kremlin');
    expect(sounding.correct('cremlin')).toBe('kremlin');
    expect(plain.correct('crumlin')).toBeUndefined();
  });

  it('still needs to be within the edits its length allows', () => {
    // "kramlinsky" sounds much as "kremlin" starts, but is three letters longer.
    expect(sounding.correct('kramlinsky')).toBeUndefined();
    expect(sounding.correct('biden')).toBeUndefined();
  });
});
