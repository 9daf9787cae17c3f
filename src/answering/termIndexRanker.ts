import { RANKING, type RankingOptions, rankEntries, weighTerms } from './rank.ts';
import type { CreateRanker } from './ranker.ts';
import { buildTermIndex, INDEXING, type IndexOptions } from './termIndex.ts';

/** Overrides of the default ranker's tuned constants. */
export interface TermIndexRankerOptions {
  readonly ranking?: Partial<RankingOptions>;
  readonly indexing?: Partial<IndexOptions>;
}

/**
 * The engine's own ranker: an inverted index of every phrasing's terms, each entry scored by its
 * best phrasing and its whole vocabulary, pulled down by words the knowledge never uses.
 */
export function termIndexRanker(options: TermIndexRankerOptions = {}): CreateRanker {
  const ranking: RankingOptions = { ...RANKING, ...options.ranking };
  const indexing: IndexOptions = { ...INDEXING, ...options.indexing };
  return ({ entries, analyzer, language }) => {
    const index = buildTermIndex(entries, analyzer, language.frequencies.everyday, indexing);
    const words = {
      common: language.frequencies.common,
      personalFacts: language.personalFacts,
      answerKinds: language.answerKinds,
    };
    return {
      weigh: (terms) => weighTerms(index, terms, words, ranking),
      rank: (terms) => rankEntries(index, weighTerms(index, terms, words, ranking), ranking),
    };
  };
}
