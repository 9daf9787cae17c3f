import type { Answer } from '../../src/answering/answer.ts';
import type { Story } from '../../src/knowledge/types.ts';

/** How many alternates each entry keeps when the rest are held out. */
export const KEPT_ALTERNATES = 6;

export interface LeaveOutReport {
  /** Share of held-out phrasings answered by their own entry. */
  readonly accuracy: number;
  readonly heldOut: number;
  readonly misses: readonly {
    readonly question: string;
    readonly expected: string;
    readonly got: string;
  }[];
}

/**
 * Generalisation from the knowledge alone: builds the engine on each entry's question and first
 * `keep` alternates, then asks it every alternate left out. A phrasing the engine was built on
 * always reaches its entry (kb:check sees to it); one it never saw shows how far it reaches.
 */
export function leavePhrasingsOut(
  story: Story,
  build: (story: Story) => { ask(question: string): Answer },
  keep: number = KEPT_ALTERNATES,
): LeaveOutReport {
  const reduced: Story = {
    ...story,
    entries: story.entries.map((entry) => ({
      ...entry,
      alternates: entry.alternates.slice(0, keep),
    })),
  };
  const engine = build(reduced);
  const misses: { question: string; expected: string; got: string }[] = [];
  let heldOut = 0;
  for (const entry of story.entries) {
    for (const question of entry.alternates.slice(keep)) {
      heldOut++;
      const answer = engine.ask(question);
      const got = answer.status === 'answered' ? answer.entry.id : 'unknown';
      if (got !== entry.id) misses.push({ question, expected: entry.id, got });
    }
  }
  return { accuracy: heldOut === 0 ? 1 : 1 - misses.length / heldOut, heldOut, misses };
}
