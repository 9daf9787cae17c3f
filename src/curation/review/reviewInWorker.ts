import type { Worker } from 'node:worker_threads';
import { describeError } from '../../describeError.ts';
import type { Logger } from '../../logger.ts';
import { err } from '../../result.ts';
import { relayLog, startWorker } from '../../workerThread.ts';
import type {
  FromReviewWorker,
  ReviewCall,
  ReviewReply,
  ReviewWorkerData,
  ToReviewWorker,
} from './reviewProtocol.ts';
import type { ReviewService } from './reviewTypes.ts';

/** How the review worker is kept; one frozen place to tune it. */
export const REVIEW_WORKER = Object.freeze({
  /** A call with no reply after this is abandoned (and the worker restarted on the next call). */
  callTimeoutMs: 120_000,
  /** The worker (and the knowledge it holds) is let go after this long without a call. */
  idleMs: 10 * 60_000,
});

export interface ReviewInWorkerOptions {
  /** The worker's entry: `reviewWorker.ts`, or its bundle `reviewWorker.js`. */
  readonly worker: URL;
  readonly data: ReviewWorkerData;
  readonly log: Logger;
  readonly callTimeoutMs?: number;
  readonly idleMs?: number;
}

/**
 * The review run by a worker thread, started on first use and let go when idle: what the bot
 * uses, so that reviewing and editing never hold up an answer. A worker that fails or stops
 * turns the calls in flight into `failed` outcomes, and the next call starts a new one.
 */
export function reviewInWorker(options: ReviewInWorkerOptions): ReviewService {
  const { log } = options;
  const callTimeoutMs = options.callTimeoutMs ?? REVIEW_WORKER.callTimeoutMs;
  const idleMs = options.idleMs ?? REVIEW_WORKER.idleMs;
  let worker: Worker | undefined;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;
  const pending = new Map<number, (reply: ReviewReply | string) => void>();

  const stop = (reason: string): void => {
    const stopped = worker;
    worker = undefined;
    for (const settle of pending.values()) settle(reason);
    pending.clear();
    if (stopped) void stopped.terminate();
  };

  const started = (): Worker => {
    if (worker) return worker;
    const fresh = startWorker(options.worker, options.data);
    fresh.unref();
    fresh.on('message', (message: FromReviewWorker) => {
      if (message.type === 'log') relayLog(log, message);
      else pending.get(message.id)?.(message.reply);
    });
    fresh.on('error', (error) => {
      log.error('curation.review_worker_failed', { error: describeError(error) });
      if (worker === fresh) stop(`the review worker failed: ${describeError(error)}`);
    });
    fresh.on('exit', (code) => {
      if (worker === fresh) stop(`the review worker stopped (exit code ${code})`);
    });
    worker = fresh;
    return fresh;
  };

  const idleSoon = (): void => {
    clearTimeout(idleTimer);
    if (pending.size > 0) return;
    idleTimer = setTimeout(() => {
      const idle = worker;
      worker = undefined;
      idle?.postMessage({ type: 'close' } satisfies ToReviewWorker);
    }, idleMs);
    idleTimer.unref();
  };

  const call = (request: ReviewCall): Promise<ReviewReply | string> =>
    new Promise((resolve) => {
      clearTimeout(idleTimer);
      let target: Worker;
      try {
        target = started();
      } catch (error) {
        resolve(`the review worker could not start: ${describeError(error)}`);
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        log.error('curation.review_timeout', { op: request.op, ms: callTimeoutMs });
        stop(`no reply from the review worker after ${callTimeoutMs / 1000} s`);
      }, callTimeoutMs);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        idleSoon();
        resolve(reply);
      });
      target.postMessage({ type: 'call', id, call: request } satisfies ToReviewWorker);
    });

  return {
    async queue() {
      const reply = await call({ op: 'queue' });
      if (typeof reply === 'string') return err(reply);
      return reply.op === 'queue' ? reply.result : err('the review worker answered another call');
    },
    async accept(request) {
      const reply = await call({ op: 'accept', request });
      if (typeof reply === 'string') return { status: 'failed', reason: reply };
      return reply.op === 'accept'
        ? reply.result
        : { status: 'failed', reason: 'the review worker answered another call' };
    },
    async dismiss(request) {
      const reply = await call({ op: 'dismiss', request });
      if (typeof reply === 'string') return { status: 'failed', reason: reply };
      return reply.op === 'dismiss'
        ? reply.result
        : { status: 'failed', reason: 'the review worker answered another call' };
    },
    async smallTalk(request) {
      const reply = await call({ op: 'smallTalk', request });
      if (typeof reply === 'string') return { status: 'failed', reason: reply };
      return reply.op === 'smallTalk'
        ? reply.result
        : { status: 'failed', reason: 'the review worker answered another call' };
    },
    async close() {
      clearTimeout(idleTimer);
      const closing = worker;
      worker = undefined;
      for (const settle of pending.values()) settle('the bot is stopping');
      pending.clear();
      if (!closing) return;
      const exited = new Promise<void>((resolve) => closing.once('exit', () => resolve()));
      closing.postMessage({ type: 'close' } satisfies ToReviewWorker);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      await closing.terminate();
    },
  };
}
