import type { Worker } from 'node:worker_threads';
import { describeError } from '../describeError.ts';
import type { Logger } from '../logger.ts';
import { relayLog, startWorker } from '../workerThread.ts';
import { DATABASE } from './openDatabase.ts';
import type { CurationWorkerData, FromCurationWorker, ToCurationWorker } from './queueProtocol.ts';
import type { FeedbackOutcome, FeedbackRecord, QuestionRecord } from './records.ts';

/** How the queue behaves. */
export interface CurationQueueLimits {
  readonly capacity: number;
  readonly maxBatch: number;
  readonly openTimeoutMs: number;
  readonly startTimeoutMs: number;
  readonly retryAfterMs: number;
  readonly dropLogIntervalMs: number;
  readonly closeTimeoutMs: number;
}

/** The queue's settings; one frozen place to tune them. */
export const CURATION_QUEUE: CurationQueueLimits = Object.freeze({
  /**
   * Records held while the database is slow or locked. A record is a few hundred bytes, so the
   * queue stays under a few MB; past it new records are dropped (and counted), never waited for.
   */
  capacity: 5000,
  /** Records written per transaction: one wait for the lock covers a whole burst. */
  maxBatch: 500,
  /** Opening the database must answer within this, or recording is turned off (the bot goes on). */
  openTimeoutMs: 1000,
  /** Starting the worker thread (loading its code) on a machine under heavy load. */
  startTimeoutMs: 30_000,
  /** After a batch fails, the next try waits this long (a corrupt file must not spin the thread). */
  retryAfterMs: 1000,
  /** Drops are logged at once, then summed into at most one line per this interval. */
  dropLogIntervalMs: 10_000,
  /** How long `close` waits for queued records to be written. */
  closeTimeoutMs: 3000,
});

/** Whether records are being written: `opening` until the worker has the database open. */
export type CurationQueueState = 'opening' | 'open' | 'disabled' | 'closed';

/**
 * The bot's side of curation: takes records without ever waiting for the database, and has a
 * worker thread write them in batches. Nothing here throws or blocks; a record that cannot be
 * kept is counted as dropped and logged.
 */
export interface CurationQueue {
  state(): CurationQueueState;
  recordQuestion(record: QuestionRecord): void;
  /** Resolves once the vote is written (or dropped: `failed`). */
  recordFeedback(record: FeedbackRecord): Promise<FeedbackOutcome>;
  /** Records waiting to be written, and records dropped since start. */
  stats(): { readonly depth: number; readonly dropped: number };
  /** Writes what is queued (within `closeTimeoutMs`), then closes the database. */
  close(): Promise<void>;
}

export interface CurationQueueOptions {
  /** The SQLite file. */
  readonly path: string;
  /** The worker's entry (`curationWorker.ts`, or its bundle `curationWorker.js`). */
  readonly worker: URL;
  readonly log: Logger;
  /** How long the worker waits for another process's lock per batch. */
  readonly busyTimeoutMs?: number;
  readonly limits?: Partial<CurationQueueLimits>;
}

type Item =
  | { readonly kind: 'question'; readonly record: QuestionRecord }
  | {
      readonly kind: 'vote';
      readonly record: FeedbackRecord;
      readonly resolve: (outcome: FeedbackOutcome) => void;
    };

/** Starts the worker and returns the queue at once; records wait in the queue while it opens. */
export function createCurationQueue(options: CurationQueueOptions): CurationQueue {
  const limits = { ...CURATION_QUEUE, ...options.limits };
  const { log, path } = options;
  let state: CurationQueueState = 'opening';
  let queued: Item[] = [];
  let inFlight: { items: Item[]; dropped: number } | undefined;
  /** Dropped records not yet counted in the database. */
  let unreported = 0;
  let dropped = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let idle: (() => void) | undefined;
  let closing = false;
  /** Resolved once opening ends, either way (the open timeout bounds the wait). */
  let opened: () => void = () => {};
  const openingDone = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const drops = dropLogger(log, limits.dropLogIntervalMs);

  const data: CurationWorkerData = {
    path,
    busyTimeoutMs: options.busyTimeoutMs ?? DATABASE.busyTimeoutMs,
  };
  let worker: Worker;
  try {
    worker = startWorker(options.worker, data);
  } catch (error) {
    log.warn('curation.open_failed', { path, reason: describeError(error) });
    return closedQueue('disabled');
  }
  // Recording must never keep the process alive on its own.
  worker.unref();

  // The clock for opening starts once the worker runs: loading its code is not opening the file.
  let openTimer = setTimeout(() => {
    disable(`the curation worker did not start within ${limits.startTimeoutMs} ms`);
  }, limits.startTimeoutMs);
  openTimer.unref();

  const settle = (items: readonly Item[], outcomes?: readonly FeedbackOutcome[]): void => {
    let vote = 0;
    for (const item of items) {
      if (item.kind === 'vote') item.resolve(outcomes?.[vote++] ?? 'failed');
    }
  };

  /** Turns recording off: the database cannot be used. Every queued record is let go. */
  const disable = (reason: string): void => {
    if (state === 'disabled' || state === 'closed') return;
    clearTimeout(openTimer);
    log.warn('curation.disabled', { path, reason, recording: 'off' });
    state = 'disabled';
    opened();
    settle(queued);
    if (inFlight) settle(inFlight.items);
    queued = [];
    inFlight = undefined;
    void worker.terminate();
    idle?.();
  };

  const flush = (): void => {
    // On close, a batch may carry nothing but the count of dropped records, so the report has it.
    const nothing = queued.length === 0 && !(closing && unreported > 0);
    if (state !== 'open' || inFlight || retryTimer || nothing) {
      if (!inFlight && nothing) idle?.();
      return;
    }
    const items = queued.splice(0, limits.maxBatch);
    inFlight = { items, dropped: unreported };
    unreported = 0;
    const questions = items.flatMap((item) => (item.kind === 'question' ? [item.record] : []));
    const votes = items.flatMap((item) => (item.kind === 'vote' ? [item.record] : []));
    const message: ToCurationWorker = {
      type: 'write',
      batch: { questions, votes, dropped: inFlight.dropped },
    };
    worker.postMessage(message);
  };

  const written = (outcomes: readonly FeedbackOutcome[] | null): void => {
    const batch = inFlight;
    inFlight = undefined;
    if (!batch) return;
    settle(batch.items, outcomes ?? undefined);
    if (outcomes === null) {
      // The store logged why; the records of the batch are lost, and counted.
      dropped += batch.items.length;
      unreported += batch.dropped + batch.items.length;
      drops.note(batch.items.length, dropped, 'the database refused the write');
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        flush();
      }, limits.retryAfterMs);
      retryTimer.unref();
      return;
    }
    flush();
  };

  worker.on('message', (message: FromCurationWorker) => {
    if (message.type === 'log') relayLog(log, message);
    else if (message.type === 'opening') {
      clearTimeout(openTimer);
      openTimer = setTimeout(() => {
        disable(`opening the database took over ${limits.openTimeoutMs} ms`);
      }, limits.openTimeoutMs);
      openTimer.unref();
    } else if (message.type === 'opened') {
      if (state !== 'opening') return;
      clearTimeout(openTimer);
      if (!message.enabled) {
        // The store has logged why (curation.open_failed); say that recording is off.
        disable('the database could not be opened (see curation.open_failed)');
        return;
      }
      state = 'open';
      opened();
      flush();
    } else if (message.type === 'written') written(message.outcomes);
  });
  worker.on('error', (error) => disable(`the curation worker failed: ${describeError(error)}`));
  worker.on('exit', (code) => disable(`the curation worker stopped (exit code ${code})`));

  const enqueue = (item: Item): void => {
    if (state === 'disabled' || state === 'closed') {
      if (item.kind === 'vote') item.resolve('failed');
      return;
    }
    if (queued.length >= limits.capacity) {
      dropped += 1;
      unreported += 1;
      drops.note(1, dropped, 'the queue is full');
      if (item.kind === 'vote') item.resolve('failed');
      return;
    }
    queued.push(item);
    // One batch per turn of the event loop: a burst of questions becomes one transaction.
    if (queued.length === 1) setImmediate(flush);
  };

  return {
    state: () => state,
    recordQuestion(record) {
      enqueue({ kind: 'question', record });
    },
    recordFeedback(record) {
      return new Promise((resolve) => enqueue({ kind: 'vote', record, resolve }));
    },
    stats: () => ({ depth: queued.length + (inFlight?.items.length ?? 0), dropped }),
    async close() {
      if (state === 'closed') return;
      closing = true;
      if (state === 'opening') await openingDone;
      if (state === 'open' && (queued.length > 0 || inFlight || unreported > 0)) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, limits.closeTimeoutMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
          flush();
        });
      }
      const wasOpen = state === 'open';
      const left = queued.length + (inFlight?.items.length ?? 0);
      if (left > 0) drops.note(left, dropped + left, 'the bot stopped before they were written');
      settle(queued);
      if (inFlight) settle(inFlight.items);
      state = 'closed';
      clearTimeout(openTimer);
      clearTimeout(retryTimer);
      drops.stop();
      // A disabled queue has asked its worker to stop already; a worker stuck in a system call
      // (a hung file system) may never confirm it, and must not hold up the shutdown.
      if (!wasOpen) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'close' } satisfies ToCurationWorker);
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, limits.closeTimeoutMs));
      await Promise.race([exited, timeout]);
      await worker.terminate();
    },
  };
}

/** A queue that records nothing (the worker could not even start). */
function closedQueue(state: CurationQueueState): CurationQueue {
  return {
    state: () => state,
    recordQuestion: () => {},
    recordFeedback: async () => 'failed',
    stats: () => ({ depth: 0, dropped: 0 }),
    close: async () => {},
  };
}

/** Logs dropped records at once, then at most once per interval with the count since. */
function dropLogger(
  log: Logger,
  intervalMs: number,
): { note(count: number, total: number, reason: string): void; stop(): void } {
  let pending = 0;
  let total = 0;
  let reason = '';
  let timer: NodeJS.Timeout | undefined;
  const emit = (): void => {
    if (pending > 0) log.warn('curation.dropped', { count: pending, total, reason });
    pending = 0;
  };
  return {
    note(count, all, why) {
      pending += count;
      total = all;
      reason = why;
      if (timer) return;
      emit();
      timer = setTimeout(() => {
        timer = undefined;
        emit();
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      emit();
    },
  };
}
