import { type MessagePort, Worker } from 'node:worker_threads';
import type { LogLevel } from './config.ts';
import type { LogFields, Logger } from './logger.ts';

/**
 * Starts a worker thread on `entry`: a bundled `.js` file under plain Node, or a `.ts` source
 * file (tests, `tsx`), which the worker first registers the TypeScript loader for. Node 20 does
 * not hand a worker the parent's loader, so the `.ts` case bootstraps from a one-line script.
 */
export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A log line made in a worker, sent to the main thread's logger (which redacts secrets). */
export interface LogMessage {
  readonly type: 'log';
  readonly level: LogLevel;
  readonly event: string;
  readonly fields: LogFields | undefined;
}

/** A logger for code running in a worker: every line goes to the main thread. */
export function portLogger(port: MessagePort): Logger {
  const at =
    (level: LogLevel) =>
    (event: string, fields?: LogFields): void => {
      port.postMessage({ type: 'log', level, event, fields } satisfies LogMessage);
    };
  // The main thread's logger decides what is written.
  return {
    enabled: () => true,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}

/** Writes a worker's log line with the main thread's logger. */
export function relayLog(log: Logger, message: LogMessage): void {
  log[message.level](message.event, message.fields);
}
