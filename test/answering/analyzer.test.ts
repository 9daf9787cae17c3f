import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Term } from '../../src/answering/analyzer.ts';
import { createSpellingCorrector } from '../../src/answering/spelling.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const stems = (terms: readonly Term[]): string[] => terms.map((t) => t.stem);

describe('createAnalyzer', () => {
  const analyzer = createAnalyzer({
    language,
    synonyms: [
      ['mayor', 'city boss', 'head of the city'],
      ['library', 'libraries', 'book house'],
      ...language.synonyms,
    ],
  });

  it('drops function and filler words, stems the rest and keeps question words light', () => {
    const terms = analyzer.analyze('So who actually opened the new libraries, lol?');
    expect(stems(terms)).toEqual(['who', 'real', 'open', 'new', 'librari']);
    expect(terms.find((t) => t.stem === 'who')?.light).toBe(true);
    // "actually" asks whether something is true: a light "real".
    expect(terms.find((t) => t.word === 'actually')).toMatchObject({ stem: 'real', light: true });
    expect(terms.find((t) => t.stem === 'open')?.light).toBe(false);
  });

  it('reads modals of obligation and of possibility as light terms of what they mean', () => {
    const might = analyzer.analyze('what might the mayor call him');
    expect(might.find((t) => t.word === 'might')).toMatchObject({
      stem: 'possibility',
      light: true,
    });
    expect(analyzer.analyze('who should resign').find((t) => t.word === 'should')).toMatchObject({
      stem: 'obligation',
      light: true,
    });
    expect(stems(analyzer.analyze('what did the mayor call him'))).not.toContain('possibility');
  });

  it('reads the longest synonym phrase as its canonical form', () => {
    expect(stems(analyzer.analyze('who is the head of the city'))).toEqual(['who', 'mayor']);
    expect(stems(analyzer.analyze('the city boss'))).toEqual(['mayor']);
  });

  it('expands chat spellings before anything else', () => {
    expect(stems(analyzer.analyze('wat r u saying abt the mayor'))).toEqual([
      'what',
      'sai',
      'mayor',
    ]);
  });

  it('reads a digit before a word as a count, and leaves arithmetic alone', () => {
    expect(analyzer.analyze('were there 3 mayors').map((t) => t.word)).toContain('three');
    expect(analyzer.analyze('what is 2+2').map((t) => t.word)).not.toContain('two');
  });

  it('reads a two-word verb split by its object as the verb ("sum it up")', () => {
    expect(stems(analyzer.analyze('can you sum it up'))).toEqual(['summari']);
  });

  it('reads irregular past forms as their verb', () => {
    expect(stems(analyzer.analyze('who found it')).at(-1)).toBe(stems(analyzer.analyze('find'))[0]);
    expect(stems(analyzer.analyze('built'))).toEqual(stems(analyzer.analyze('build')));
  });

  it('corrects typos only towards known words, and never bends a real word', () => {
    const vocabulary = new Map([
      ['library', 3],
      ['mayor', 2],
      ['opened', 1],
    ]);
    const spelled = createAnalyzer({
      language,
      synonyms: [],
      corrector: createSpellingCorrector(vocabulary, language.alphabet),
      knownWords: new Set(vocabulary.keys()),
    });
    expect(spelled.surfaceWords('the libary mayr')).toEqual(['the', 'library', 'mayor']);
    // "weather" is everyday English: not a typo of anything the story knows.
    expect(spelled.surfaceWords('weather')).toEqual(['weather']);
    // Two known words typed as one.
    expect(spelled.surfaceWords('mayoropened')).toEqual(['mayor', 'opened']);
  });
});

describe('chained synonym groups (a word means only what its own groups say)', () => {
  it('does not read a word as the canonical form of a group it shares a member with', () => {
    const analyzer = createAnalyzer({
      language,
      synonyms: [
        ['response', 'reply', 'statement'],
        ['feeling', 'mood', 'statement'],
      ],
    });
    // "reply" and "mood" share no group: neither reads as the other.
    expect(stems(analyzer.analyze('reply'))).toEqual(['respons']);
    expect(stems(analyzer.analyze('mood'))).toEqual(['feel']);
    // The shared member reads as both, each carrying half of one word's weight.
    const shared = analyzer.analyze('statement');
    expect(stems(shared)).toEqual(['respons', 'feel']);
    expect(shared.map((t) => t.share)).toEqual([0.5, 0.5]);
  });

  it('with the shipped language: "statement" is something said, "feel" a feeling, "care" not "historic"', () => {
    const analyzer = createAnalyzer({
      language,
      synonyms: [['historic', 'landmark', 'important'], ...language.synonyms],
    });
    const reading = (text: string): string[] => stems(analyzer.analyze(text));
    expect(reading('statement')).toEqual(reading('say'));
    expect(reading('statement')).not.toContain(reading('react')[0]);
    expect(reading('feel')).not.toContain(reading('react')[0]);
    expect(reading('care')).not.toContain('histor');
    expect(reading('important')).toContain('histor');
  });
});
