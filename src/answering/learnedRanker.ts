import type { Term } from './analyzer.ts';
import { FEATURES, type FeatureOptions, featuresOf } from './learned/features.ts';
import {
  modelOf,
  type SoftmaxData,
  type SoftmaxModel,
  TRAINING,
  type TrainingOptions,
  trainSoftmax,
} from './learned/softmaxModel.ts';
import type { CreateRanker, Ranked } from './ranker.ts';
import { termIndexRanker } from './termIndexRanker.ts';

/** How the learned scorer joins the term-index ranker. */
export interface LearnedOptions {
  /**
   * Share of an entry's score that comes from the learned scorer. The rest is the term index's,
   * whose unknown-word penalty keeps off-topic questions refused: the learned part only moves
   * entries up to the best term-index score, never past it.
   */
  readonly blend: number;
  /** An entry the scorer gives less than this share of its best probability is not lifted. */
  readonly minShare: number;
  /** Stories with more entries than this are ranked by the term index alone (training grows with entries × phrasings). */
  readonly maxEntries: number;
  /** Stories with fewer entries than this too: a handful of entries teaches too little. */
  readonly minEntries: number;
  readonly features: FeatureOptions;
  readonly training: TrainingOptions;
}

export const LEARNED: LearnedOptions = Object.freeze({
  // Chosen on the shipped story's sets and held-out phrasings: at 0.3 in-scope accuracy over the
  // four sets rose from 95.7% to 96.5% with refusals 98.6% → 98.1%; 0.5 and 0.7 refused less.
  blend: 0.3,
  minShare: 0.2,
  // Training grows with entries × phrasings × entries: ~0.2 s at 57 entries, ~2.6 s at 300 on a
  // 2-core machine, which start-up and the checks of every reload would pay.
  maxEntries: 150,
  // On an 8-entry story it answered 3–9 points fewer in-scope questions than the index alone.
  minEntries: 20,
  features: FEATURES,
  training: TRAINING,
});

/**
 * The term-index ranker with a softmax scorer trained on the story's own phrasings: the index
 * knows when a question is off-topic; the scorer has learned which words and word pairs tell
 * the entries apart, and so picks the right entry more often among those that fit.
 */
export function learnedRanker(
  options: Partial<LearnedOptions> = {},
  base: CreateRanker = termIndexRanker(),
): CreateRanker {
  const opts: LearnedOptions = { ...LEARNED, ...options };
  return (input) => {
    const ranker = base(input);
    const count = input.entries.length;
    if (count > opts.maxEntries || count < opts.minEntries) return ranker;
    const featuresOfTerms = (terms: readonly Term[]) =>
      featuresOf(
        terms.map((term) => term.stem),
        terms.filter((term) => !term.light).flatMap((term) => term.word.split(' ')),
        opts.features,
      );
    const train = (): SoftmaxModel => {
      const examples = input.entries.flatMap((entry, label) =>
        [entry.question, ...entry.alternates].map((text) => ({
          features: featuresOfTerms(input.analyzer.analyzeKnowledge(text)),
          label,
        })),
      );
      return trainSoftmax(examples, count, opts.training);
    };
    const given = input.trained as SoftmaxData | undefined;
    const model = given?.classCount === count ? modelOf(given) : train();
    // Reused from one question to the next (with the entries a question listed): no map per question.
    const scores = new Float64Array(count);
    const listed = new Uint8Array(count);
    const order: number[] = [];
    return {
      weigh: ranker.weigh,
      trained: model.data,
      rank(terms): Ranked[] {
        const ranked = ranker.rank(terms);
        const top = ranked[0]?.score ?? 0;
        if (top === 0) return ranked;
        const p = model.predict(featuresOfTerms(terms));
        let best = 0;
        for (const value of p) best = Math.max(best, value);
        const list = (entry: number): void => {
          if (listed[entry] === 1) return;
          listed[entry] = 1;
          scores[entry] = 0;
          order.push(entry);
        };
        for (const r of ranked) {
          list(r.entry);
          scores[r.entry] = (1 - opts.blend) * r.score;
        }
        p.forEach((value, entry) => {
          const share = value / best;
          if (share < opts.minShare) return;
          list(entry);
          scores[entry] = (scores[entry] ?? 0) + opts.blend * top * share;
        });
        const blended = order.map((entry) => ({ entry, score: scores[entry] ?? 0 }));
        for (const entry of order) listed[entry] = 0;
        order.length = 0;
        return blended.sort((a, b) => b.score - a.score || a.entry - b.entry);
      },
    };
  };
}
