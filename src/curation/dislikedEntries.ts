import type { FeedbackRow } from './records.ts';
import type { DislikedEntry, ReportEngine } from './reportTypes.ts';

/**
 * The entries voted 👎 at least once, most 👎 first (fewer 👍 first among equals), each with the
 * questions that got the 👎 answers. `rows` are newest first.
 */
export function dislikedEntries(
  rows: readonly FeedbackRow[],
  engine: Pick<ReportEngine, 'entry'>,
  options: { readonly downQuestions: number },
): DislikedEntry[] {
  const byEntry = new Map<string, FeedbackRow[]>();
  for (const row of rows) {
    const votes = byEntry.get(row.entryId);
    if (votes) votes.push(row);
    else byEntry.set(row.entryId, [row]);
  }
  const entries: DislikedEntry[] = [];
  for (const [entryId, votes] of byEntry) {
    const down = votes.filter((v) => v.vote === 'down');
    if (down.length === 0) continue;
    entries.push({
      entryId,
      question: engine.entry(entryId)?.question ?? null,
      down: down.length,
      up: votes.length - down.length,
      downQuestions: [...new Set(down.map((v) => v.question))].slice(0, options.downQuestions),
      // ISO 8601 times in UTC sort as text.
      lastVoteAt:
        votes
          .map((v) => v.at)
          .sort()
          .at(-1) ?? '',
    });
  }
  return entries.sort(
    (a, b) => b.down - a.down || a.up - b.up || b.lastVoteAt.localeCompare(a.lastVoteAt),
  );
}
