import type { Entry } from '../knowledge/types.ts';
import type { Analyzer, Term } from './analyzer.ts';
import type { LanguagePack } from './language/languagePack.ts';

/** An entry of the story (by its position in `story.entries`) and how well it fits a question. */
export interface Ranked {
  readonly entry: number;
  /** In [0, 1]: 1 when the question and a phrasing share every term. */
  readonly score: number;
}

/** A distinct term of a question and how much it counts. */
export interface WeightedTerm {
  readonly stem: string;
  readonly weight: number;
  /** False for words the knowledge never uses: they can only lower a score. */
  readonly known: boolean;
}

/**
 * Scores a story's entries for the terms of a question. The engine reads the question (analyzer,
 * cues, segments) and decides (answer, suggest, unknown) the same way whatever the ranker, so
 * rankers can be swapped and compared (`npm run eval`, `npm run bench`). Scores must lie in
 * [0, 1] and mean roughly what the default ranker's do: the decision thresholds are shared.
 */
export interface Ranker {
  /** The entries that fit the terms, best first. */
  rank(terms: readonly Term[]): Ranked[];
  /** How much each distinct term counts, and whether the knowledge uses it (for `explain`). */
  weigh(terms: readonly Term[]): WeightedTerm[];
  /**
   * What the ranker learned from the knowledge, as structured-cloneable data: a ranker built in
   * another thread on the same knowledge is given it back (`RankerInput.trained`) instead of
   * learning again on the thread that answers.
   */
  readonly trained?: unknown;
}

/** What a ranker is built from: the entries and the analyzer that reads their phrasings. */
export interface RankerInput {
  readonly entries: readonly Entry[];
  readonly analyzer: Analyzer;
  readonly language: LanguagePack;
  /** A ranker's `trained` state from a ranker built on the same knowledge, if there is one. */
  readonly trained?: unknown;
}

/** Builds a ranker for a story; one is built per engine, when the knowledge is (re)loaded. */
export type CreateRanker = (input: RankerInput) => Ranker;
