import type { Matcher } from './matchers.ts';
import type { Correctness } from './protocol.ts';
import type { Query } from './queries.ts';

/** Times each query once, in the given order; stops early at `deadline` (performance.now()). */
export function timeQueries(
  matcher: Matcher,
  queries: readonly Query[],
  order: readonly number[],
  deadline: number,
): { samples: number[]; answers: (string | undefined)[] } {
  const samples: number[] = [];
  const answers: (string | undefined)[] = [];
  for (const i of order) {
    const query = queries[i];
    if (!query) continue;
    const start = performance.now();
    if (start > deadline) break;
    answers[i] = matcher.ask(query.question);
    samples[i] = performance.now() - start;
  }
  return { samples, answers };
}

/** In-scope answered with an expected entry, off-topic refused: as shares of the queries asked. */
export function correctness(
  queries: readonly Query[],
  answers: readonly (string | undefined)[],
): Correctness {
  let inScope = 0;
  let inScopeCount = 0;
  let offTopic = 0;
  let offTopicCount = 0;
  answers.forEach((answer, i) => {
    const query = queries[i];
    if (!query) return;
    if (query.expect.length === 0) {
      offTopicCount++;
      if (answer === undefined) offTopic++;
    } else {
      inScopeCount++;
      if (answer !== undefined && query.expect.includes(answer)) inScope++;
    }
  });
  return {
    inScope: inScopeCount ? inScope / inScopeCount : Number.NaN,
    inScopeCount,
    offTopic: offTopicCount ? offTopic / offTopicCount : Number.NaN,
    offTopicCount,
  };
}
