/**
 * Where the engine spends its time: builds it on the story or a synthetic knowledge base and
 * answers a query load, profiling the build and the queries separately (V8 inspector, in
 * process). Prints both summaries; writes the .cpuprofile files for DevTools too.
 *
 *   npx tsx bench/profileEngine.ts 10000 [--queries=500] [--matcher=fuse]
 *   npx tsx bench/profileEngine.ts story
 *
 * --correct-alternates spells the misspelt alternates right: a diagnostic for sizes whose full
 * build takes too long to wait for (spelling correction of the alternates dominates it), so
 * the queries can still be profiled on knowledge of that size.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedStory } from '../test/storyFixture.ts';
import { type CpuProfile, describeProfile } from './cpuProfile.ts';
import { createMatcher, type MatcherKind } from './matchers.ts';
import { syntheticQueries } from './queries.ts';
import { devQueries } from './storyQueries.ts';
import { syntheticKnowledge } from './syntheticStory.ts';
import { wordPools } from './wordList.ts';

const SEED = 20_240_601;
const TOP = 20;

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const size = args.find((a) => !a.startsWith('--')) ?? '10000';
const matcherKind = (option('matcher') ?? 'engine') as MatcherKind;
const count = Number(option('queries') ?? 500);
const misspeltAlternates = !args.includes('--correct-alternates');

const session = new Session();
session.connect();
await session.post('Profiler.enable');
// 100 µs: fine enough for sub-millisecond queries, coarse enough not to slow a long build.
await session.post('Profiler.setSamplingInterval', { interval: 100 });

async function profiled(name: string, work: () => void): Promise<void> {
  await session.post('Profiler.start');
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const file = join(tmpdir(), `bench-${matcherKind}-${size}-${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  process.stdout.write(
    `\n== ${name}: ${ms.toFixed(0)} ms (${file})\n${describeProfile(profile, TOP)}\n`,
  );
}

const pools = wordPools();
const knowledge =
  size === 'story'
    ? undefined
    : syntheticKnowledge(Number(size), pools, SEED, { misspeltAlternates });
const story = knowledge?.story ?? shippedStory();
const queries = knowledge
  ? syntheticQueries(knowledge.topics, pools, count, SEED + 1)
  : devQueries();
// Warm the code on the small story first, so the profiles show steady state, not the JIT.
const warm = createMatcher(matcherKind, shippedStory());
for (const q of devQueries()) warm.ask(q.question);

let matcher = warm;
await profiled('build', () => {
  matcher = createMatcher(matcherKind, story);
});
await profiled('queries', () => {
  for (const q of queries) matcher.ask(q.question);
});
