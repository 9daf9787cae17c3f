import type { LogMessage } from '../workerThread.ts';
import type { FeedbackOutcome } from './records.ts';
import type { CurationBatch } from './store.ts';

/** What the curation worker is started with. */
export interface CurationWorkerData {
  readonly path: string;
  /** How long one batch waits for another process's lock; the worker may wait, answers never do. */
  readonly busyTimeoutMs: number;
}

/** Messages to the curation worker. */
export type ToCurationWorker =
  | { readonly type: 'write'; readonly batch: CurationBatch }
  | { readonly type: 'close' };

/** Messages from the curation worker. */
export type FromCurationWorker =
  /** Sent first: the worker runs and is opening the database (the open timeout starts now). */
  | { readonly type: 'opening' }
  | { readonly type: 'opened'; readonly enabled: boolean }
  /** The outcome of each vote of the batch, or null when the batch could not be written. */
  | { readonly type: 'written'; readonly outcomes: readonly FeedbackOutcome[] | null }
  | LogMessage;
