import type { Term } from './analyzer.ts';
import { FEATURES, type FeatureOptions, featuresOf } from './learned/features.ts';
import {
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
  readonly features: FeatureOptions;
  readonly training: TrainingOptions;
}

export const LEARNED: LearnedOptions = Object.freeze({
  blend: 0.5,
  minShare: 0.05,
  maxEntries: 400,
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
    if (input.entries.length > opts.maxEntries) return ranker;
    const featuresOfTerms = (terms: readonly Term[]) =>
      featuresOf(
        terms.map((term) => term.stem),
        terms.filter((term) => !term.light).flatMap((term) => term.word.split(' ')),
        opts.features,
      );
    const examples = input.entries.flatMap((entry, label) =>
      [entry.question, ...entry.alternates].map((text) => ({
        features: featuresOfTerms(input.analyzer.analyzeKnowledge(text)),
        label,
      })),
    );
    const model: SoftmaxModel = trainSoftmax(examples, input.entries.length, opts.training);
    return {
      weigh: ranker.weigh,
      rank(terms): Ranked[] {
        const ranked = ranker.rank(terms);
        const top = ranked[0]?.score ?? 0;
        if (top === 0) return ranked;
        const p = model.predict(featuresOfTerms(terms));
        let best = 0;
        for (const value of p) best = Math.max(best, value);
        const scores = new Map<number, number>();
        for (const r of ranked) scores.set(r.entry, (1 - opts.blend) * r.score);
        p.forEach((value, entry) => {
          const share = value / best;
          if (share < opts.minShare) return;
          scores.set(entry, (scores.get(entry) ?? 0) + opts.blend * top * share);
        });
        return [...scores]
          .map(([entry, score]) => ({ entry, score }))
          .sort((a, b) => b.score - a.score || a.entry - b.entry);
      },
    };
  };
}
