import { type ChildProcess, fork } from 'node:child_process';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Node flags of every measuring process: tsx to run TypeScript (as `npm start` does), and
 * --expose-gc so heap figures are taken after a full collection. Set here, the bench needs no
 * flag on its own command line.
 */
export const CHILD_EXEC_ARGV: readonly string[] = Object.freeze([
  '--expose-gc',
  '--import',
  import.meta.resolve('tsx'),
]);

export interface ChildOutcome<M> {
  readonly messages: readonly M[];
  /** 'timeout': ended by the bench after `timeoutMs`; 'crash': exited non-zero on its own. */
  readonly end: 'ok' | 'timeout' | 'crash';
  readonly stderr: string;
}

export interface ChildOptions<M> {
  /** The process is killed after this long, whatever it is doing. */
  readonly timeoutMs: number;
  /** Node flags; default CHILD_EXEC_ARGV (tsx). A bundled entry runs with plain node flags. */
  readonly execArgv?: readonly string[];
  readonly onMessage?: (message: M) => void;
  readonly env?: NodeJS.ProcessEnv;
}

/** A running bench/*.ts process with an IPC channel. */
export interface ChildHandle<M, C> {
  readonly process: ChildProcess;
  send(command: C): void;
  /** The next message (from now on) that satisfies the predicate. */
  next(predicate: (message: M) => boolean, timeoutMs: number): Promise<M>;
  readonly exited: Promise<ChildOutcome<M>>;
}

/**
 * Starts a process with an IPC channel and kills it after `timeoutMs`: `file` is a bench/*.ts
 * file relative to this folder (run with tsx), or an absolute path (e.g. a bundle).
 */
export function startChild<M, C = never>(
  file: string,
  args: readonly string[],
  options: ChildOptions<M>,
): ChildHandle<M, C> {
  const path = isAbsolute(file) ? file : fileURLToPath(new URL(file, import.meta.url));
  const child = fork(path, [...args], {
    execArgv: [...(options.execArgv ?? CHILD_EXEC_ARGV)],
    // A child's stdout goes to our stderr: with --json, stdout carries the one JSON object only.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: options.env ?? process.env,
  });
  const messages: M[] = [];
  const waiters = new Set<(message: M) => void>();
  let stderr = '';
  let timedOut = false;
  child.stdout?.pipe(process.stderr);
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on('message', (raw) => {
    const message = raw as M;
    messages.push(message);
    options.onMessage?.(message);
    for (const waiter of [...waiters]) waiter(message);
  });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const exited = new Promise<ChildOutcome<M>>((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ messages, end: timedOut ? 'timeout' : code === 0 ? 'ok' : 'crash', stderr });
    });
  });
  return {
    process: child,
    send(command) {
      // A process that already exited has no channel; sending would throw.
      if (child.connected) child.send(command as object);
    },
    exited,
    next(predicate, timeoutMs) {
      return new Promise((resolve, reject) => {
        const waiter = (message: M): void => {
          if (!predicate(message)) return;
          waiters.delete(waiter);
          clearTimeout(timeout);
          resolve(message);
        };
        const timeout = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${file}: no expected message within ${timeoutMs} ms\n${stderr}`));
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then(() => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timeout);
          reject(new Error(`${file} exited before the expected message\n${stderr}`));
        });
      });
    },
  };
}

/** Runs a process to its end, collecting its messages. */
export function runChild<M>(
  file: string,
  args: readonly string[],
  options: ChildOptions<M>,
): Promise<ChildOutcome<M>> {
  return startChild<M>(file, args, options).exited;
}
