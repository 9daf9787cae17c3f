import type { CheckReport } from './checks.ts';
import type { KnowledgeProblem } from './problem.ts';
import type { Story } from './types.ts';

/** What the reload worker is started with. */
export interface PrepareWorkerData {
  readonly dir: string;
}

/** What it sends back: the checked story, or every problem found. */
export type PreparedMessage =
  | {
      readonly ok: true;
      readonly story: Story;
      readonly report: CheckReport;
      /** What the engine's ranker learned, so the answering thread need not learn it again. */
      readonly trained: unknown;
    }
  | { readonly ok: false; readonly problems: readonly KnowledgeProblem[] };
