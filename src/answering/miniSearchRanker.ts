import MiniSearch from 'minisearch';
import type { Term } from './analyzer.ts';
import type { CreateRanker, Ranked, WeightedTerm } from './ranker.ts';

/** The BM25 ranker's settings; see each field for how it was chosen. */
export interface Bm25Options {
  /** MiniSearch's BM25+ parameters, left at its defaults (k 1.2, b 0.7, d 0.5). */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  /**
   * How much a match in an entry's answer or quotes counts against one in a phrasing: half, as
   * the default ranker's `answerTermStrength`, so the two rankers differ only in how they score.
   */
  readonly answerBoost: number;
  /** Question words weigh this share of a content word: as the default ranker's `questionWordFactor`. */
  readonly lightTermBoost: number;
}

export const BM25: Bm25Options = Object.freeze({
  bm25: Object.freeze({ k: 1.2, b: 0.7, d: 0.5 }),
  answerBoost: 0.5,
  lightTermBoost: 0.45,
});

interface Document {
  readonly id: number;
  readonly entry: number;
  readonly text: string;
}

/** One BM25 index over documents of one kind, scoring in [0, 1]. */
interface Collection {
  /** Best score per entry: normalised (capped at 1) and raw (which orders ties at the cap). */
  scores(
    terms: readonly WeightedTerm[],
    boosts: ReadonlyMap<string, number>,
  ): Map<number, { score: number; raw: number }>;
  idf(stem: string): number;
  has(stem: string): boolean;
}

const split = (text: string): string[] => text.split(' ').filter((t) => t.length > 0);

/**
 * BM25 scores are unbounded; to share the decision thresholds a score is divided by what the
 * question would score against itself as a document (each of its terms once, its own length),
 * and capped at 1. A term the documents never use counts in that ideal as a term found in no
 * document, so questions about something else score low, as with the default ranker.
 */
function collection(documents: readonly Document[], bm25: Bm25Options['bm25']): Collection {
  const search = new MiniSearch<Document>({
    fields: ['text'],
    storeFields: ['entry'],
    tokenize: split,
    processTerm: (term) => term,
    searchOptions: { bm25 },
  });
  search.addAll(documents);
  const frequency = new Map<string, number>();
  let length = 0;
  for (const doc of documents) {
    const stems = split(doc.text);
    length += stems.length;
    for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const averageLength = length / Math.max(1, documents.length);
  const total = documents.length;
  // MiniSearch's own inverse document frequency (BM25+).
  const idf = (stem: string): number => {
    const n = frequency.get(stem) ?? 0;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };
  return {
    idf,
    has: (stem) => frequency.has(stem),
    scores(terms, boosts) {
      const { k, b, d } = bm25;
      const perTerm = d + (k + 1) / (1 + k * (1 - b + (b * terms.length) / averageLength));
      const ideal = terms.reduce((sum, t) => sum + (boosts.get(t.stem) ?? 1) * idf(t.stem), 0);
      const best = new Map<number, { score: number; raw: number }>();
      if (ideal === 0) return best;
      const results = search.search(terms.map((t) => t.stem).join(' '), {
        boostTerm: (term) => boosts.get(term) ?? 1,
      });
      for (const result of results) {
        const entry = result.entry as number;
        // MiniSearch multiplies a document's BM25 score by how many query terms it matched;
        // divided back out, the score is plain BM25+.
        const bm25Score = result.score / Math.max(1, result.terms.length);
        const raw = bm25Score / (ideal * perTerm);
        if (raw > (best.get(entry)?.raw ?? 0)) best.set(entry, { score: Math.min(1, raw), raw });
      }
      return best;
    },
  };
}

/**
 * A BM25 ranker through MiniSearch, for comparison with the engine's own: every phrasing of an
 * entry is a document of one index, its answer and quotes a document of another; an entry scores
 * as its best phrasing, or its answer at `answerBoost` when that is higher. It reads the same
 * terms (stems, synonyms, cues) as the default ranker, so the comparison is of the scoring alone.
 */
export function miniSearchRanker(options: Partial<Bm25Options> = {}): CreateRanker {
  const settings: Bm25Options = { ...BM25, ...options };
  return ({ entries, analyzer }) => {
    const stemsOf = (text: string): string =>
      analyzer
        .analyzeKnowledge(text)
        .map((t) => t.stem)
        .join(' ');
    const phrasingDocs: Document[] = [];
    const answerDocs: Document[] = [];
    entries.forEach((entry, e) => {
      for (const text of [entry.question, ...entry.alternates]) {
        phrasingDocs.push({ id: phrasingDocs.length, entry: e, text: stemsOf(text) });
      }
      const context = [entry.answer, ...entry.sources.map((s) => s.quote)].join(' ');
      answerDocs.push({ id: answerDocs.length, entry: e, text: stemsOf(context) });
    });
    const phrasings = collection(phrasingDocs, settings.bm25);
    const answers = collection(answerDocs, settings.bm25);

    /** Boost of a term: light terms and shared synonyms weigh less. */
    const boostOf = (term: Term): number => (term.light ? settings.lightTermBoost : 1) * term.share;

    const weigh = (terms: readonly Term[]): WeightedTerm[] => {
      const seen = new Map<string, WeightedTerm>();
      for (const term of terms) {
        if (seen.has(term.stem)) continue;
        seen.set(term.stem, {
          stem: term.stem,
          weight: boostOf(term) * phrasings.idf(term.stem),
          known: phrasings.has(term.stem) || answers.has(term.stem),
        });
      }
      return [...seen.values()];
    };

    const rank = (terms: readonly Term[]): Ranked[] => {
      const weighted = weigh(terms);
      if (!weighted.some((t) => t.known)) return [];
      const boosts = new Map<string, number>();
      for (const term of terms) if (!boosts.has(term.stem)) boosts.set(term.stem, boostOf(term));
      const best = phrasings.scores(weighted, boosts);
      for (const [entry, { raw }] of answers.scores(weighted, boosts)) {
        const boosted = raw * settings.answerBoost;
        if (boosted > (best.get(entry)?.raw ?? 0)) {
          best.set(entry, { score: Math.min(1, boosted), raw: boosted });
        }
      }
      return [...best]
        .sort(([a, x], [b, y]) => y.score - x.score || y.raw - x.raw || a - b)
        .map(([entry, { score }]) => ({ entry, score }));
    };

    return { rank, weigh };
  };
}
