import type { Entry } from '../knowledge/types.ts';
import type { Ranked } from './ranker.ts';

/**
 * Readers quote the article back ("'There was no conversation.' who said that?", "where is
 * 'LGBT equality in Russia' from?"): the entries whose sources quote those very words are what
 * the question is about, however the rest of it is worded.
 */

export interface QuotingOptions {
  /** Words in a row a question must share with a source quote. */
  readonly words: number;
  /** Of them, how many must be more than function words ("there was no conversation" counts; "it was in the" does not). */
  readonly contentWords: number;
  /**
   * Share of the way to a full score that an entry whose sources the question quotes is lifted:
   * a share rather than a sum, so entries quoting the same words keep their order.
   */
  readonly boost: number;
}

export const QUOTING: QuotingOptions = Object.freeze({
  // Four words in a row are rarely shared by chance with one of the article's quotes; three
  // ("the call was") often are.
  words: 4,
  contentWords: 1,
  // Enough to lift a quoted entry over one that merely shares the question's other words (on the
  // sets written from the article's wording, 81.1% → 82.4% answered), not enough to answer on a
  // quote alone when the rest of the question is off-topic.
  boost: 0.4,
});

/** Finds the entries a question quotes. */
export interface QuoteTargets {
  /** Positions (in the story's entries) of the entries whose sources share a run of the question's words. */
  quoted(words: readonly string[]): ReadonlySet<number>;
  /**
   * Positions of the entries whose sources hold a fragment the question puts in quotation marks
   * ("what do 'some think'?"): marked as a quote, fewer words than `options.words` are enough,
   * if one of them is more than a function word.
   */
  quotedFragment(words: readonly string[]): ReadonlySet<number>;
}

/** Indexes every run of `options.words` words of every entry's source quotes. */
export function createQuoteTargets(
  entries: readonly Entry[],
  toWords: (text: string) => readonly string[],
  functionWords: ReadonlySet<string>,
  options: QuotingOptions = QUOTING,
): QuoteTargets {
  const runs = new Map<string, Set<number>>();
  const runsOf = (words: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i + options.words <= words.length; i++) {
      const run = words.slice(i, i + options.words);
      if (run.filter((w) => !functionWords.has(w)).length < options.contentWords) continue;
      out.push(run.join(' '));
    }
    return out;
  };
  // Each entry's sources as one line of words, searched only for a question that quotes.
  const lines: string[] = [];
  entries.forEach((entry, e) => {
    lines.push(` ${entry.sources.map((source) => toWords(source.quote).join(' ')).join(' | ')} `);
    for (const source of entry.sources) {
      for (const run of runsOf(toWords(source.quote))) {
        const set = runs.get(run) ?? new Set<number>();
        set.add(e);
        runs.set(run, set);
      }
    }
  });
  return {
    quotedFragment(words) {
      const found = new Set<number>();
      if (words.length < 2 || words.every((word) => functionWords.has(word))) return found;
      const needle = ` ${words.join(' ')} `;
      lines.forEach((line, e) => {
        if (line.includes(needle)) found.add(e);
      });
      return found;
    },
    quoted(words) {
      const found = new Set<number>();
      for (const run of runsOf(words)) for (const e of runs.get(run) ?? []) found.add(e);
      return found;
    },
  };
}

/** Lifts the quoted entries in a ranking (adding those it lacks), best first again. */
export function boostQuoted(
  ranked: readonly Ranked[],
  quoted: ReadonlySet<number>,
  boost: number = QUOTING.boost,
): Ranked[] {
  if (quoted.size === 0) return [...ranked];
  const scores = new Map(ranked.map((r) => [r.entry, r.score]));
  for (const e of quoted) {
    const score = scores.get(e) ?? 0;
    scores.set(e, score + boost * (1 - score));
  }
  return [...scores]
    .map(([entry, score]) => ({ entry, score }))
    .sort((a, b) => b.score - a.score || a.entry - b.entry);
}
