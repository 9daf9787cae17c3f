import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const HOLDER = fileURLToPath(new URL('./fixtures/lockHolder.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A second process holding the write lock of the SQLite file at `path` until `release()`. */
export interface LockHolder {
  release(): Promise<void>;
}

/** Starts the holder and resolves once it has the lock. */
export async function holdWriteLock(path: string): Promise<LockHolder> {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    process.execPath,
    ['--import', 'tsx', HOLDER, path],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code}): ${errors}`)));
  });
  return {
    async release() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}
