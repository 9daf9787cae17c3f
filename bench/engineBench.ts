import { CHILD_EXEC_ARGV, runChild } from './child.ts';
import {
  type Comparison,
  compare,
  type EngineSection,
  figuresOf,
  growthOf,
  type MatcherFigures,
  type Measured,
} from './engineFigures.ts';
import type { MatcherKind } from './matchers.ts';
import { type BenchPlan, NAIVE_STORY_ROUNDS, naiveQueries } from './plan.ts';
import type { Progress } from './progress.ts';
import type { JobMessage, JobSpec } from './protocol.ts';
import { productionRuntime } from './runtime.ts';

/** Time a job may take past its budget to finish the query it is on and report. */
const GRACE_MS = 10_000;
const MATCHERS: readonly MatcherKind[] = ['engine', 'bm25', 'fuse'];

/** Runs every matcher on the story and on each synthetic size, each job in its own process. */
export async function benchEngines(plan: BenchPlan, progress: Progress): Promise<EngineSection> {
  const figures: MatcherFigures[] = [];
  const comparisons: Comparison[] = [];
  const previous = new Map<MatcherKind, MatcherFigures>();
  for (const knowledge of ['story' as const, ...plan.sizes]) {
    const measured = new Map<MatcherKind, Measured>();
    for (const matcher of MATCHERS) {
      const skip =
        knowledge === 'story' ? undefined : skipReason(plan, knowledge, previous.get(matcher));
      let result: Measured;
      if (skip !== undefined && knowledge !== 'story') {
        progress(`${matcher} on synthetic-${knowledge}: skipped (${skip})`);
        const name = `synthetic-${knowledge}`;
        result = {
          figures: { knowledge: name, entries: knowledge, matcher, status: 'skipped', note: skip },
        };
      } else {
        result = await runJob(specFor(plan, knowledge, matcher), plan, progress);
      }
      measured.set(matcher, result);
      figures.push(result.figures);
      if (knowledge !== 'story') previous.set(matcher, result.figures);
    }
    const comparison = compare(measured.get('engine'), measured.get('fuse'));
    if (comparison) comparisons.push(comparison);
  }
  return { figures, comparisons, growth: growthOf(figures.filter((f) => f.matcher === 'engine')) };
}

function specFor(plan: BenchPlan, knowledge: 'story' | number, matcher: MatcherKind): JobSpec {
  const naive = matcher === 'fuse';
  if (knowledge === 'story') {
    return {
      knowledge,
      matcher,
      queries: plan.engineQueries,
      rounds: naive ? Math.min(NAIVE_STORY_ROUNDS, plan.storyRounds) : plan.storyRounds,
      // All of dev.yaml (see matcherJob.ts).
      warmup: Number.MAX_SAFE_INTEGER,
      budgetMs: plan.budgetMs,
      seed: plan.seed,
    };
  }
  const queries = naive ? naiveQueries(plan, knowledge) : plan.engineQueries;
  return {
    knowledge,
    matcher,
    queries,
    rounds: 1,
    // The job has already warmed the code on the story; at 10,000 entries and more a naive
    // query takes seconds, and its first one is as warm as any after it.
    warmup: naive ? Math.floor(queries / 10) : plan.engineWarmup,
    budgetMs: plan.budgetMs,
    seed: plan.seed,
  };
}

/**
 * Building the knowledge costs at least linear time in its size (every phrasing is read), so
 * a size whose smaller neighbour's build, scaled linearly, overruns the budget is not started.
 */
function skipReason(
  plan: BenchPlan,
  size: number,
  last: MatcherFigures | undefined,
): string | undefined {
  if (!last) return undefined;
  if (last.status === 'timeout') return `${last.knowledge} did not finish within the budget`;
  if (last.status === 'skipped') return `${last.knowledge} was skipped too`;
  if (last.buildMs === undefined) return undefined;
  const expected = (last.buildMs * size) / last.entries;
  if (expected <= plan.budgetMs) return undefined;
  return `build would take ≥ ${seconds(expected)} s (${seconds(last.buildMs)} s at ${last.entries.toLocaleString('en-US')} entries, growing at least linearly) > ${plan.budgetMs / 1000} s budget`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
}

async function runJob(spec: JobSpec, plan: BenchPlan, progress: Progress): Promise<Measured> {
  const name = spec.knowledge === 'story' ? 'story' : `synthetic-${spec.knowledge}`;
  progress(`${spec.matcher} on ${name}: building and querying…`);
  const outcome = await runChild<JobMessage>('./matcherJob.ts', [JSON.stringify(spec)], {
    // The node flags the bot runs with: its young generation and V8's worker pool shape the tail.
    execArgv: [...CHILD_EXEC_ARGV, ...productionRuntime().nodeFlags],
    timeoutMs: plan.budgetMs + GRACE_MS,
    onMessage: (message) => {
      if (message.type === 'progress') progress(`${spec.matcher} on ${name}: ${message.text}`);
    },
  });
  const base = {
    knowledge: name,
    entries: spec.knowledge === 'story' ? 0 : spec.knowledge,
    matcher: spec.matcher,
  };
  const result = outcome.messages.find((m) => m.type === 'result')?.result;
  if (outcome.end === 'timeout') {
    const note = `build did not finish within ${(plan.budgetMs + GRACE_MS) / 1000} s; stopped`;
    progress(`${spec.matcher} on ${name}: ${note}`);
    return { figures: { ...base, status: 'timeout', note } };
  }
  if (!result) {
    const error = outcome.messages.find((m) => m.type === 'error');
    const message = error?.type === 'error' ? error.message : outcome.stderr.trim();
    progress(`${spec.matcher} on ${name}: failed\n${message}`);
    return { figures: { ...base, status: 'failed', note: message.split('\n')[0] ?? 'failed' } };
  }
  const figures = figuresOf(result, spec, plan);
  progress(
    `${spec.matcher} on ${name}: p50 ${figures.latency?.p50 ?? '-'} ms, p99 ${figures.latency?.p99 ?? '-'} ms over ${figures.latency?.count ?? 0} queries`,
  );
  return { figures, samples: result.samples };
}
