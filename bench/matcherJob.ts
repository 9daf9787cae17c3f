/**
 * One measurement job, run in a process of its own by the bench (see engineBench.ts): a fresh
 * heap gives honest heap figures, one knowledge base's caches and JIT state do not leak into the
 * next, and the bench can stop a build that overruns its budget by ending the process.
 *
 * argv[2]: a JobSpec as JSON. Reports JobMessages over the IPC channel.
 */
import type { Story } from '../src/knowledge/types.ts';
import { shippedStory } from '../test/storyFixture.ts';
import { createMatcher, type Matcher, type MatcherKind } from './matchers.ts';
import { correctness, timeQueries } from './measure.ts';
import { fullGc, GC_EXPOSED, retainedHeap } from './memory.ts';
import type { JobMessage, JobResult, JobSpec, SlowQuery } from './protocol.ts';
import { type Query, syntheticQueries } from './queries.ts';
import { createRng, shuffled } from './rng.ts';
import { round } from './stats.ts';
import { devQueries, storyPhrasings } from './storyQueries.ts';
import { syntheticKnowledge } from './syntheticStory.ts';
import { wordPools } from './wordList.ts';

interface Load {
  readonly name: string;
  readonly story: Story;
  readonly queries: readonly Query[];
  /** Asked of a throwaway matcher on the shipped story: warms the code, fills no measured cache. */
  readonly codeWarmup: readonly Query[];
  /** Asked of the first measured matcher before it is measured. */
  readonly warmup: readonly Query[];
}

/** Warm-up queries come from another seed than the measured ones: their typos are new to the engine. */
const WARMUP_SEED_OFFSET = 1_000_003;

function send(message: JobMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

/** Story phrasings that warm the code before a synthetic job. */
const CODE_WARMUP = 50;

function load(spec: JobSpec): Load {
  if (spec.knowledge === 'story') {
    const queries = devQueries();
    // The measured questions themselves, on a throwaway matcher: the JIT has then compiled
    // every path they take, while the measured matchers' caches (the spelling memo) have seen
    // none of them, as for a question a long-running bot meets for the first time.
    const codeWarmup = queries.slice(0, spec.warmup);
    return { name: 'story', story: shippedStory(), queries, codeWarmup, warmup: [] };
  }
  const pools = wordPools();
  const { story, topics } = syntheticKnowledge(spec.knowledge, pools, spec.seed);
  return {
    name: `synthetic-${spec.knowledge}`,
    story,
    queries: syntheticQueries(topics, pools, spec.queries, spec.seed + 1),
    // Building a large throwaway matcher would cost as much as the measured one: the code is
    // warmed on the story, then the measured matcher on queries of another seed.
    codeWarmup: storyPhrasings(shippedStory()).slice(0, CODE_WARMUP),
    warmup: syntheticQueries(topics, pools, spec.warmup, spec.seed + WARMUP_SEED_OFFSET),
  };
}

/**
 * Builds and queries a throwaway matcher on the small shipped story, so the measured build and
 * queries are not also measuring the JIT compiling them (nor the one-off load of SUBTLEX).
 */
function warmUpCode(kind: MatcherKind, questions: readonly Query[]): void {
  const matcher = createMatcher(kind, shippedStory());
  for (const { question } of questions) matcher.ask(question);
}

function run(spec: JobSpec): JobResult {
  const started = performance.now();
  const deadline = started + spec.budgetMs;
  const { name, story, queries, codeWarmup, warmup } = load(spec);
  warmUpCode(spec.matcher, codeWarmup);
  const rng = createRng(spec.seed);
  const buildsMs: number[] = [];
  const samples: number[][] = [];
  let heapBytes = 0;
  let answers: (string | undefined)[] = [];
  // The first round always runs: a build that overruns the budget is still worth its figure.
  for (let pass = 0; pass < spec.rounds && (pass === 0 || performance.now() < deadline); pass++) {
    const heapBefore = retainedHeap();
    const start = performance.now();
    let matcher: Matcher | undefined = createMatcher(spec.matcher, story);
    buildsMs.push(performance.now() - start);
    if (pass === 0) {
      heapBytes = retainedHeap() - heapBefore;
      void send({ type: 'progress', text: `built in ${Math.round(buildsMs[0] ?? 0)} ms` });
      timeQueries(matcher, warmup, [...warmup.keys()], deadline);
    }
    fullGc();
    const inOrder = [...queries.keys()];
    if (spec.rounds === 1) {
      // One round stopped at the deadline keeps the queries it ran: a prefix of the list.
      const timed = timeQueries(matcher, queries, inOrder, deadline);
      samples.push(timed.samples);
      answers = timed.answers;
    } else {
      // Shuffled per round, so no question always runs right after the same other one.
      const timed = timeQueries(matcher, queries, shuffled(inOrder, rng), deadline);
      samples.push(fullRoundOnly(timed.samples, queries.length));
      if (pass === 0) answers = timed.answers;
    }
    matcher = undefined;
  }
  return {
    knowledge: name,
    entries: story.entries.length,
    phrasings: story.entries.reduce((n, entry) => n + 1 + entry.alternates.length, 0),
    matcher: spec.matcher,
    buildsMs,
    heapBytes,
    warmup: codeWarmup.length + warmup.length,
    samples: samples.filter((pass) => pass.length > 0),
    plannedQueries: queries.length,
    correct: correctness(queries, answers),
    slowest: slowestOf(queries, samples),
    gcExposed: GC_EXPOSED,
  };
}

/** Questions reported as the slowest of a job. */
const SLOWEST = 5;

function slowestOf(
  queries: readonly Query[],
  samples: readonly (readonly number[])[],
): SlowQuery[] {
  const worst = new Map<number, number>();
  for (const pass of samples) {
    pass.forEach((ms, i) => {
      worst.set(i, Math.max(ms, worst.get(i) ?? 0));
    });
  }
  return [...worst]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SLOWEST)
    .map(([i, ms]) => ({ question: queries[i]?.question ?? '?', ms: round(ms) }));
}

/** A shuffled round cut short has holes anywhere; only complete rounds are comparable. */
function fullRoundOnly(samples: readonly number[], count: number): number[] {
  let timed = 0;
  // for…of visits holes as undefined, where every() would skip them.
  for (const value of samples) if (value !== undefined) timed++;
  return timed === count ? [...samples] : [];
}

const spec = JSON.parse(process.argv[2] ?? '{}') as JobSpec;
try {
  await send({ type: 'result', result: run(spec) });
} catch (error) {
  await send({ type: 'error', message: (error as Error).stack ?? String(error) });
}
process.disconnect?.();
