import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { RANKING, rankEntries, weighTerms } from '../../src/answering/rank.ts';
import { buildTermIndex } from '../../src/answering/termIndex.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { LIBRARY } from './tinyStory.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({ language, synonyms: language.synonyms });
const index = buildTermIndex(LIBRARY.entries, analyzer, language.frequencies.everyday);
const words = {
  common: language.frequencies.common,
  personalFacts: language.personalFacts,
  answerKinds: language.answerKinds,
};

const weigh = (question: string) => weighTerms(index, analyzer.analyze(question), words);
const rank = (question: string, options = RANKING) =>
  rankEntries(index, weighTerms(index, analyzer.analyze(question), words, options), options);
const top = (question: string): string | undefined =>
  LIBRARY.entries[rank(question)[0]?.entry ?? -1]?.id;

describe('weighTerms', () => {
  it('weighs words the knowledge never uses by how rare they are', () => {
    const [everyday] = weigh('yesterday');
    const [rare] = weigh('zelensky');
    const [fact] = weigh('wife');
    expect(everyday?.known).toBe(false);
    expect(everyday?.weight).toBeCloseTo(RANKING.unknownCommonWeight * index.maxIdf);
    expect(rare?.weight).toBeCloseTo(RANKING.unknownRareWeight * index.maxIdf);
    // An everyday word naming a fact of someone's life is what the question is about.
    expect(fact?.weight).toBeCloseTo(RANKING.unknownRareWeight * index.maxIdf);
  });

  it('weighs a word naming the kind of thing asked for as little when unknown', () => {
    const [kind] = weigh('platform');
    expect(kind?.known).toBe(false);
    expect(kind?.weight).toBeCloseTo(RANKING.unknownKindWeight * index.maxIdf);
    expect(rank('which platform announced the opening')[0]?.score).toBeCloseTo(
      rank('what announced the opening')[0]?.score ?? 0,
      1,
    );
  });

  it('counts each term once', () => {
    expect(weigh('library library library')).toHaveLength(1);
  });
});

describe('rankEntries', () => {
  it('ranks the entry whose phrasing fits the question first, scores in [0, 1]', () => {
    expect(top('when does the library open')).toBe('opening');
    expect(top('who is the head librarian')).toBe('librarian');
    const ranked = rank('how much did it cost');
    expect(LIBRARY.entries[ranked[0]?.entry ?? -1]?.id).toBe('cost');
    for (const r of ranked) expect(r.score).toBeGreaterThan(0);
    expect(ranked.every((r, i) => i === 0 || r.score <= (ranked[i - 1]?.score ?? 1))).toBe(true);
    expect(rank('who is the head librarian')[0]?.score).toBeLessThanOrEqual(1);
  });

  it('finds a fact inside an answer that no phrasing asks about', () => {
    expect(top('who is rosa lind')).toBe('cost');
    expect(top('how many volunteers are there')).toBe('librarian');
  });

  it('pulls scores down for words the knowledge never uses', () => {
    const plain = rank('who runs the library')[0]?.score ?? 0;
    const offTopic = rank('who runs the zoo in berlin')[0]?.score ?? 0;
    expect(offTopic).toBeLessThan(plain * 0.6);
  });

  it('ranks nothing when no known word is asked', () => {
    expect(rank('zebra quantum')).toEqual([]);
  });

  it('scores the candidates of rare terms alike when common terms are only looked up', () => {
    const question = 'who runs the new library in the old post office';
    const full = rank(question);
    // Only the rarest term finds candidates; the others are added to those candidates' scores.
    const lookedUp = rank(question, { ...RANKING, maxEnumeratedPostings: 1 });
    expect(lookedUp.length).toBeGreaterThan(0);
    expect(lookedUp.length).toBeLessThanOrEqual(full.length);
    for (const r of lookedUp) {
      expect(r.score).toBeCloseTo(full.find((f) => f.entry === r.entry)?.score ?? -1);
    }
  });
});
