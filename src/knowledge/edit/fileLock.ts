import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { err, ok, type Result } from '../../result.ts';

/** How the lock behaves; one frozen place to tune it. */
export const FILE_LOCK = Object.freeze({
  /** How long to wait for another holder (an edit takes about a second). */
  waitMs: 15_000,
  /** Pause between two tries. */
  retryMs: 25,
  /**
   * A lock older than this is taken as left behind by a holder that died (a crash, a kill -9)
   * even if its process cannot be checked (another machine sharing the folder).
   */
  staleMs: 120_000,
});

export interface FileLockOptions {
  readonly waitMs?: number;
  readonly retryMs?: number;
  readonly staleMs?: number;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly at: number;
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `run` while holding the lock file `lockPath`, so that processes editing the same file take
 * turns (two curators' edits never overwrite each other). The lock is a file created exclusively;
 * a lock whose process is gone (same machine) or that is older than `staleMs` is taken over. Waits
 * synchronously: for worker threads and command-line tools, never for the thread that answers.
 * Returns why when the lock stays taken for `waitMs`.
 */
export function withFileLock<T>(
  lockPath: string,
  run: () => T,
  options: FileLockOptions = {},
): Result<T, string> {
  const { waitMs, retryMs, staleMs } = { ...FILE_LOCK, ...options };
  const deadline = Date.now() + waitMs;
  for (;;) {
    const taken = tryLock(lockPath);
    if (taken === 'locked') break;
    if (taken !== 'busy') return err(taken);
    if (isStale(lockPath, staleMs)) {
      removeQuietly(lockPath);
      continue;
    }
    if (Date.now() >= deadline)
      return err('another edit of the knowledge is still running; try again in a moment');
    Atomics.wait(SLEEPER, 0, 0, retryMs);
  }
  try {
    return ok(run());
  } finally {
    removeQuietly(lockPath);
  }
}

/** `locked`, `busy` (someone holds it), or why the lock file cannot be made. */
function tryLock(lockPath: string): 'locked' | 'busy' | string {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'busy';
    return `cannot lock the knowledge for editing: ${(error as Error).message}`;
  }
  try {
    const holder: Holder = { pid: process.pid, host: hostname(), at: Date.now() };
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return 'locked';
}

function isStale(lockPath: string, staleMs: number): boolean {
  let holder: Partial<Holder> = {};
  let age = 0;
  try {
    age = Date.now() - statSync(lockPath).mtimeMs;
    holder = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<Holder>;
  } catch {
    // Gone already (the next try takes it), or being written: judge by its age alone.
  }
  if (age > staleMs) return true;
  if (holder.host !== hostname() || typeof holder.pid !== 'number') return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already removed (taken over as stale): nothing to do.
  }
}
