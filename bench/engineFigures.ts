import type { MatcherKind } from './matchers.ts';
import { megabytes } from './memory.ts';
import type { BenchPlan } from './plan.ts';
import type { Correctness, JobResult, JobSpec, SlowQuery } from './protocol.ts';
import { type LatencyStats, latencyStats, median, round } from './stats.ts';

/** The figures of one matcher on one knowledge base. */
export interface MatcherFigures {
  readonly knowledge: string;
  readonly entries: number;
  readonly phrasings?: number;
  readonly matcher: MatcherKind;
  readonly status: 'ok' | 'timeout' | 'skipped' | 'failed';
  readonly note?: string;
  readonly buildMs?: number;
  readonly heapMb?: number;
  readonly rounds?: number;
  readonly warmup?: number;
  /** Queries per round as planned; `latency.count` says how many were measured in all. */
  readonly plannedQueries?: number;
  readonly latency?: LatencyStats;
  /** Questions per second of one thread busy answering: measured queries / their summed latency. */
  readonly qps?: number;
  readonly correct?: Correctness;
  readonly slowest?: readonly SlowQuery[];
}

/** Naive over engine, on the queries both ran: above 1 means the engine is faster. */
export interface Comparison {
  readonly knowledge: string;
  readonly queries: number;
  readonly medianRatio: number;
  readonly p99Ratio: number;
}

/** How the engine's cost grows from one synthetic size to the next. */
export interface Growth {
  readonly from: number;
  readonly to: number;
  readonly entriesRatio: number;
  readonly buildRatio: number;
  readonly medianRatio: number;
  readonly p99Ratio: number;
}

export interface EngineSection {
  readonly figures: readonly MatcherFigures[];
  readonly comparisons: readonly Comparison[];
  readonly growth: readonly Growth[];
}

/** A job's figures, with its raw samples kept for the comparison. */
export interface Measured {
  readonly figures: MatcherFigures;
  readonly samples?: readonly (readonly number[])[];
}

/** The figures of a finished job; a job that measured no query counts as out of time. */
export function figuresOf(result: JobResult, spec: JobSpec, plan: BenchPlan): MatcherFigures {
  const all = result.samples.flat();
  const buildMs = round(median(result.buildsMs));
  const common = {
    knowledge: result.knowledge,
    entries: result.entries,
    phrasings: result.phrasings,
    matcher: result.matcher,
    buildMs,
    heapMb: result.gcExposed ? megabytes(result.heapBytes) : Number.NaN,
    rounds: result.samples.length,
    warmup: result.warmup,
    plannedQueries: result.plannedQueries,
  };
  if (all.length === 0) {
    const note = `built in ${Math.round(buildMs).toLocaleString('en-US')} ms; no budget left for queries`;
    return { ...common, status: 'timeout', note };
  }
  const seconds = all.reduce((sum, ms) => sum + ms, 0) / 1000;
  const cut = result.samples.some((r) => r.length < result.plannedQueries);
  const fewer = spec.queries < plan.engineQueries && spec.knowledge !== 'story';
  const note = cut
    ? `stopped at the ${spec.budgetMs / 1000} s budget`
    : fewer
      ? `${spec.queries} of the ${plan.engineQueries} queries (the first ones): its cost grows with the size`
      : undefined;
  return {
    ...common,
    status: 'ok',
    ...(note && { note }),
    latency: latencyStats(all),
    qps: round(all.length / seconds),
    correct: result.correct,
    slowest: result.slowest,
  };
}

/** Ratios over the rounds and query prefix that both matchers measured. */
export function compare(
  engine: Measured | undefined,
  naive: Measured | undefined,
): Comparison | undefined {
  if (!engine?.samples || !naive?.samples) return undefined;
  const rounds = Math.min(engine.samples.length, naive.samples.length);
  const pick = (samples: readonly (readonly number[])[]): number[] =>
    samples
      .slice(0, rounds)
      .flatMap((r, i) =>
        r.slice(
          0,
          Math.min(r.length, naive.samples?.[i]?.length ?? 0, engine.samples?.[i]?.length ?? 0),
        ),
      );
  const e = latencyStats(pick(engine.samples));
  const n = latencyStats(pick(naive.samples));
  if (e.count === 0) return undefined;
  return {
    knowledge: engine.figures.knowledge,
    queries: e.count,
    medianRatio: round(n.p50 / e.p50),
    p99Ratio: round(n.p99 / e.p99),
  };
}

/** Ratios between consecutive synthetic sizes the engine was measured on. */
export function growthOf(engine: readonly MatcherFigures[]): Growth[] {
  const measured = engine.filter(
    (f) => f.knowledge !== 'story' && f.latency && f.buildMs !== undefined,
  );
  return measured.slice(1).flatMap((to, i) => {
    const from = measured[i];
    if (!from?.latency || !to.latency || from.buildMs === undefined || to.buildMs === undefined)
      return [];
    return [
      {
        from: from.entries,
        to: to.entries,
        entriesRatio: round(to.entries / from.entries),
        buildRatio: round(to.buildMs / from.buildMs),
        medianRatio: round(to.latency.p50 / from.latency.p50),
        p99Ratio: round(to.latency.p99 / from.latency.p99),
      },
    ];
  });
}
