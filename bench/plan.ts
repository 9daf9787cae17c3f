import type { BenchArgs } from './args.ts';

/** How much the bench measures: the full run, or the quick sanity check. */
export interface BenchPlan {
  readonly mode: 'full' | 'quick';
  /** Per measuring process: queries stop at it; a build overrunning it by GRACE_MS is ended. */
  readonly budgetMs: number;
  readonly storyRounds: number;
  readonly sizes: readonly number[];
  readonly engineQueries: number;
  readonly engineWarmup: number;
  /** Entries × queries of the naive matcher per size: see naiveQueries. */
  readonly naiveWork: number;
  readonly botInteractions: number;
  readonly botWarmup: number;
  /** Resident memory is read after this many interactions, and after each further as many. */
  readonly botCheckpointEvery: number;
  readonly startupRuns: number;
  /** Groups of the review queue accepted, one after the other, on the loopback Discord. */
  readonly curateAccepts: number;
  /** Users whose dialogues go through one conversation memory: several times its capacity. */
  readonly conversationUsers: number;
  readonly seed: number;
}

/**
 * Per measuring process in the full run. It bounds the whole run to about seven minutes on
 * two cores: a build that takes longer is reported as such, not waited for (--budget raises it).
 * The 100,000-entry build takes 60–75 s on a busy 2-core machine; 120 s leaves time to query it.
 */
const DEFAULT_BUDGET_SECONDS = 120;

/** Fixed, so every run asks the same synthetic questions of the same synthetic knowledge. */
const SEED = 20_240_601;

/**
 * The naive matcher compares a question with every phrasing (~30 µs each for these synthetic
 * phrasings), so its cost per query is proportional to the size: ~0.3 s at 1,000 entries, ~30 s
 * at 100,000. It runs NAIVE_WORK / size queries (150 at 1,000 entries, 2 at 100,000), which keeps
 * each naive run to about a minute.
 */
const NAIVE_WORK = 150_000;
const QUICK_NAIVE_WORK = 30_000;
const NAIVE_MIN_QUERIES = 2;
/** The naive matcher has no cache to fill; a few rounds are only there to give more samples. */
export const NAIVE_STORY_ROUNDS = 3;

/** The sizes, counts and budget of a run, from its command-line options. */
export function planFor(args: BenchArgs): BenchPlan {
  const quick = args.quick;
  const budgetSeconds = args.budgetSeconds ?? (quick ? 30 : DEFAULT_BUDGET_SECONDS);
  return {
    mode: quick ? 'quick' : 'full',
    budgetMs: budgetSeconds * 1000,
    storyRounds: quick ? 3 : 10,
    sizes: quick ? [300, 1_000] : [1_000, 10_000, 100_000],
    engineQueries: quick ? 300 : 2_000,
    engineWarmup: quick ? 100 : 300,
    naiveWork: quick ? QUICK_NAIVE_WORK : NAIVE_WORK,
    botInteractions: args.interactions ?? (quick ? 200 : 1_000),
    botWarmup: quick ? 20 : 50,
    // About five checkpoints whatever the count, so a long run still prints a short table.
    botCheckpointEvery: Math.max(1, Math.round((args.interactions ?? (quick ? 200 : 1_000)) / 5)),
    startupRuns: quick ? 1 : 3,
    curateAccepts: quick ? 5 : 20,
    conversationUsers: quick ? 30_000 : 100_000,
    seed: SEED,
  };
}

/** Measured queries of the naive matcher on a knowledge base of `size` entries. */
export function naiveQueries(plan: BenchPlan, size: number): number {
  return Math.min(
    plan.engineQueries,
    Math.max(NAIVE_MIN_QUERIES, Math.round(plan.naiveWork / size)),
  );
}
