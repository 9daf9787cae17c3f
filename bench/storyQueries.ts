import type { Story } from '../src/knowledge/types.ts';
import { loadEvaluationSet } from '../test/eval/evaluationSet.ts';
import type { Query } from './queries.ts';

/** The realistic questions of the story's dev set, in scope and out of scope, as one query load. */
export function devQueries(): Query[] {
  const set = loadEvaluationSet('dev');
  return [
    ...set.inScope.map(({ question, expect }) => ({ question, expect })),
    ...set.outOfScope.map((question) => ({ question, expect: [] })),
  ];
}

/**
 * The shipped story's own phrasings: realistic questions outside every measured load, which
 * warm the code before jobs on synthetic knowledge.
 */
export function storyPhrasings(story: Story): Query[] {
  return story.entries.flatMap((entry) =>
    [entry.question, ...entry.alternates].map((question) => ({ question, expect: [entry.id] })),
  );
}
