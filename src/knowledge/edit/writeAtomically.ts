import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content all at once: the text goes to a temporary file beside it (same folder,
 * so the rename stays on one file system), is flushed to disk, and is renamed over the file. A
 * reader (the bot reloading, `kb:check`, an editor) sees the old file or the new one, never half
 * of one; a crash leaves the old file and at most a stray temporary file. The file keeps its mode.
 */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let mode = 0o644;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    // A new file: the default mode.
  }
  const fd = openSync(temporary, 'wx', mode);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never written: nothing to clean up.
    }
    throw error;
  }
}
