import { learnedRanker } from './learnedRanker.ts';
import { miniSearchRanker } from './miniSearchRanker.ts';
import type { CreateRanker } from './ranker.ts';
import { termIndexRanker } from './termIndexRanker.ts';

/**
 * The rankers `npm run eval` and `npm run bench` compare, by name; `engine` is the one the bot
 * serves with.
 */
export const RANKERS: Readonly<Record<string, () => CreateRanker>> = Object.freeze({
  engine: () => learnedRanker(),
  'term-index': () => termIndexRanker(),
  bm25: () => miniSearchRanker(),
});

/** The names of the rankers, the bot's own first. */
export const RANKER_NAMES: readonly string[] = Object.freeze(Object.keys(RANKERS));
