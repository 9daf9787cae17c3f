/** Something wrong with a story's knowledge, located precisely enough for a curator to fix it. */
export interface KnowledgeProblem {
  readonly file: string;
  readonly entryId?: string;
  readonly reason: string;
}

/** One line per problem: `file [entry]: reason`. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.entryId ? `${problem.file} [${problem.entryId}]` : problem.file;
  return `${where}: ${problem.reason}`;
}
