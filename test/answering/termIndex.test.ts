import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { buildTermIndex, INDEXING } from '../../src/answering/termIndex.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { LIBRARY } from './tinyStory.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({ language, synonyms: language.synonyms });
const index = buildTermIndex(LIBRARY.entries, analyzer, language.frequencies.everyday);
const stem = (word: string): string => analyzer.analyze(word)[0]?.stem ?? '';

describe('buildTermIndex', () => {
  it('indexes every phrasing, and every sentence of an answer holding a word no phrasing asks', () => {
    expect(index.phrasings).toHaveLength(9);
    // "Rosa Lind" and "bakery" are only in the cost entry's answer; "library" is asked about.
    const costSentence = index.sentences.find((s) => s.entry === 1);
    expect(costSentence?.novel.has(stem('bakery'))).toBe(true);
    expect(costSentence?.novel.has(stem('library'))).toBe(false);
    expect(costSentence?.terms.has(stem('library'))).toBe(true);
    // A sentence is found only through its novel terms.
    const bakery = index.sentencePostings.get(stem('bakery')) ?? [];
    expect(new Set(bakery.map((s) => index.sentences[s]?.entry))).toEqual(new Set([1]));
    expect(index.sentencePostings.has(stem('library'))).toBe(false);
  });

  it('posts each term to the phrasings that hold it', () => {
    const librarian = index.postings.get(stem('librarian')) ?? [];
    expect(librarian.map((p) => index.phrasings[p]?.entry)).toContain(2);
    expect(librarian.every((p) => index.phrasings[p]?.terms.has(stem('librarian')))).toBe(true);
  });

  it('weighs a term by how few entries use it', () => {
    const library = index.idf.get(stem('library')) ?? 0;
    const volunteers = index.idf.get(stem('volunteers')) ?? 0;
    expect(library).toBeCloseTo(Math.log(1 + 3 / 3));
    expect(volunteers).toBeCloseTo(Math.log(1 + 3 / 1));
    expect(index.maxIdf).toBeCloseTo(Math.log(4));
  });

  it('marks an entry strongly for what its phrasings ask, less for what its answer says', () => {
    const open = index.entryTerms.get(stem('open'))?.get(0) ?? 0;
    const postOffice = index.entryTerms.get(stem('post'))?.get(0) ?? 0;
    expect(open).toBeGreaterThan(INDEXING.answerTermStrength);
    expect(postOffice).toBe(INDEXING.answerTermStrength);
  });

  it('caps the weight of everyday words and lowers question words', () => {
    const term = (word: string, light = false) => ({ stem: word, word, light, share: 1 });
    expect(index.weight(term('people'), 3)).toBe(INDEXING.everydayWeightCap);
    expect(index.weight(term('librarian'), 3)).toBe(3);
    expect(index.weight(term('who', true), 2)).toBeCloseTo(2 * INDEXING.questionWordFactor);
    expect(index.weight({ ...term('librarian'), share: 0.5 }, 3)).toBe(1.5);
  });
});
