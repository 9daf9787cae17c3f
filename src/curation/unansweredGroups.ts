import { groupIdOf } from './decisions.ts';
import { groupBySimilarity } from './grouping.ts';
import type { Origin, QuestionRow } from './records.ts';
import type { NearestEntry, QuestionGroup, ReportEngine } from './reportTypes.ts';

// "What did the mayor eat for breakfast" and "mayor breakfast?" ask the same thing: a question word
// that only marks a question is left out of the comparison. When, where and why ask for
// different facts (a time, a place, a reason) and stay in.
const MARKS_A_QUESTION: ReadonlySet<string> = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'how',
]);

export interface UnansweredOptions {
  readonly examples: number;
  readonly similarity: number;
}

/**
 * Groups recorded questions (newest first) into questions, most asked first, each with the
 * entry the current knowledge comes closest to. Returns every group; the caller cuts the list.
 */
export function unansweredGroups(
  rows: readonly QuestionRow[],
  engine: ReportEngine,
  options: UnansweredOptions,
): QuestionGroup[] {
  // The engine's own reading of a question: stems, synonyms resolved, typos corrected, filler
  // dropped. Two phrasings the engine reads alike belong in one group.
  const tokens = (row: QuestionRow): ReadonlySet<string> =>
    new Set(
      engine
        .explain(row.question)
        .terms.filter((term) => term.weight > 0 && !MARKS_A_QUESTION.has(term.stem))
        .map((term) => term.stem),
    );
  const groups = groupBySimilarity(rows, {
    key: (row) => row.normalized,
    tokens,
    threshold: options.similarity,
  });
  return groups.flatMap((members) => {
    const first = members[0];
    if (first === undefined) return [];
    const phrasings = onePerPhrasing(members);
    const examples = phrasings.slice(1).map((row) => row.question);
    const origins: Record<Origin, number> = { guild: 0, dm: 0, console: 0 };
    for (const row of members) origins[row.origin] += 1;
    return [
      {
        id: groupIdOf(first.normalized),
        count: members.length,
        origins,
        representative: first.question,
        examples: examples.slice(0, options.examples),
        phrasings: phrasings.map((row) => row.normalized),
        // ISO 8601 times in UTC sort as text.
        lastAskedAt:
          members
            .map((row) => row.at)
            .sort()
            .at(-1) ?? first.at,
        nearest: nearestEntry(engine, first.question),
        answeredNow: engine.ask(first.question).status === 'answered',
      },
    ];
  });
}

function nearestEntry(engine: ReportEngine, question: string): NearestEntry | null {
  const top = engine.explain(question).ranking[0];
  const entry = top ? engine.entry(top.id) : undefined;
  if (!top || !entry) return null;
  return { id: entry.id, question: entry.question, confidence: top.score };
}

/** The first (newest) row of each phrasing, in the group's order: most frequent phrasing first. */
function onePerPhrasing(members: readonly QuestionRow[]): QuestionRow[] {
  const seen = new Set<string>();
  return members.filter((row) => !seen.has(row.normalized) && seen.add(row.normalized));
}
