import type { Entry } from '../knowledge/types.ts';
import type { Analyzer, Term } from './analyzer.ts';
import { everydayWords } from './commonWords.ts';

/** One way of asking an entry's question, reduced to terms. */
export interface Phrasing {
  readonly entry: number;
  /** Distinct stems of the phrasing, each with its weight. */
  readonly terms: ReadonlyMap<string, number>;
  readonly weight: number;
}

/**
 * An inverted index over every phrasing of every entry: a question only ever touches the
 * phrasings that share a term with it, so the cost follows the question, not the knowledge size.
 */
export interface TermIndex {
  readonly entries: readonly Entry[];
  readonly phrasings: readonly Phrasing[];
  /** stem -> indices of the phrasings that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** stem -> entry -> how strongly the entry is about it (1 in a phrasing, less in its answer). */
  readonly entryTerms: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** stem -> inverse document frequency over entries. */
  readonly idf: ReadonlyMap<string, number>;
  readonly options: IndexOptions;
}

export interface IndexOptions {
  /** How much a term found only in an entry's answer or quotes counts, against one in a phrasing. */
  readonly answerTermStrength: number;
  /** Question words ("who", "what") tell entries apart but weigh less than content words. */
  readonly questionWordFactor: number;
}

export const INDEXING: IndexOptions = Object.freeze({
  answerTermStrength: 0.5,
  questionWordFactor: 0.45,
});

/** The weight of a known term, given its inverse document frequency. */
export function termWeight(term: Term, idf: number, questionWordFactor: number): number {
  if (term.light) return idf * questionWordFactor;
  return EVERYDAY.has(term.word) ? Math.min(idf, EVERYDAY_WEIGHT_CAP) : idf;
}

const EVERYDAY = everydayWords();
/**
 * The most a very frequent word ("use", "think") can weigh: one alternate using it must not make
 * it as telling as a name or a topic word.
 */
const EVERYDAY_WEIGHT_CAP = 1.4;

/** Builds the index of a story's entries with the analyzer that will read the questions. */
export function buildTermIndex(
  entries: readonly Entry[],
  analyzer: Analyzer,
  options: IndexOptions = INDEXING,
): TermIndex {
  const entryTerms = new Map<string, Map<number, number>>();
  const phrasingTerms: { entry: number; terms: Term[] }[] = [];
  const mark = (stem: string, entry: number, strength: number): void => {
    const byEntry = entryTerms.get(stem) ?? new Map<number, number>();
    entryTerms.set(stem, byEntry);
    byEntry.set(entry, Math.max(byEntry.get(entry) ?? 0, strength));
  };

  entries.forEach((entry, e) => {
    const texts = [entry.question, ...entry.alternates];
    const counts = new Map<string, number>();
    for (const text of texts) {
      const terms = analyzer.analyze(text);
      if (terms.length === 0) continue;
      phrasingTerms.push({ entry: e, terms });
      for (const stem of new Set(terms.map((term) => term.stem))) {
        counts.set(stem, (counts.get(stem) ?? 0) + 1);
      }
    }
    // A term most of an entry's phrasings use is what the entry is about; one used once is incidental.
    for (const [stem, count] of counts) mark(stem, e, Math.sqrt(count / texts.length));
    const context = [entry.answer, ...entry.sources.map((source) => source.quote)].join(' ');
    for (const term of analyzer.analyze(context)) {
      if (!term.light) mark(term.stem, e, options.answerTermStrength);
    }
  });

  const idf = new Map<string, number>();
  for (const [stem, byEntry] of entryTerms) {
    idf.set(stem, Math.log(1 + entries.length / byEntry.size));
  }

  const postings = new Map<string, number[]>();
  const phrasings: Phrasing[] = phrasingTerms.map(({ entry, terms }, p) => {
    const weights = new Map<string, number>();
    for (const term of terms) {
      const weight = termWeight(term, idf.get(term.stem) ?? 0, options.questionWordFactor);
      weights.set(term.stem, Math.max(weight, weights.get(term.stem) ?? 0));
    }
    for (const stem of weights.keys()) {
      const list = postings.get(stem) ?? [];
      postings.set(stem, list);
      list.push(p);
    }
    let weight = 0;
    for (const value of weights.values()) weight += value;
    return { entry, terms: weights, weight };
  });

  return { entries, phrasings, postings, entryTerms, idf, options };
}
