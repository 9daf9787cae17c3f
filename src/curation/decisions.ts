import { createHash } from 'node:crypto';
import type { DecisionRow, QuestionRow } from './records.ts';

/** How curators' decisions act on the review queue; one frozen place to tune it. */
export const DECISIONS = Object.freeze({
  /**
   * A dismissed question stays off the review queue this long: asked again within it, it is still
   * dismissed; asked after it, it starts a new group (people keep asking, so look again).
   */
  dismissForMs: 30 * 24 * 60 * 60 * 1000,
  /** Decisions listed by the report. */
  recent: 10,
});

/**
 * The short, stable id of a group of questions: a hash of its leading phrasing (normalised). Buttons
 * carry it; the handler finds the group again by it, or learns that it is gone (decided by someone
 * else meanwhile, or regrouped by new questions).
 */
export function groupIdOf(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

/**
 * The questions no decision covers: a decision takes its phrasings off the queue for every
 * question asked up to its `hiddenUntil` (the time of an accept; 30 days after a dismissal).
 */
export function undecidedQuestions(
  rows: readonly QuestionRow[],
  decisions: readonly DecisionRow[],
): QuestionRow[] {
  if (decisions.length === 0) return [...rows];
  const hiddenUntil = new Map<string, string>();
  for (const decision of decisions) {
    for (const phrasing of decision.phrasings) {
      const current = hiddenUntil.get(phrasing);
      // ISO 8601 times in UTC sort as text.
      if (current === undefined || decision.hiddenUntil > current)
        hiddenUntil.set(phrasing, decision.hiddenUntil);
    }
  }
  return rows.filter((row) => {
    const until = hiddenUntil.get(row.normalized);
    return until === undefined || row.at > until;
  });
}
