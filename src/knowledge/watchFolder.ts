import { type FSWatcher, statSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describeError } from '../describeError.ts';
import type { Logger } from '../logger.ts';

/** How often the folder's identity is checked, for file systems whose events miss a replacement. */
const IDENTITY_CHECK_MS = 2000;

export interface WatchFolderOptions {
  readonly dir: string;
  readonly log: Logger;
  /** Editors write a file in several steps: `onChange` runs once they have been quiet this long. */
  readonly debounceMs: number;
  readonly onChange: () => void;
}

/**
 * Watches a folder's files, and keeps watching when the folder itself is replaced (`mv dir
 * dir.old && cp -r dir.old dir`, as editors and deploy tools do): a watch follows the old
 * folder, so the parent is watched too, and the watch is moved to the new folder (logged
 * `knowledge.watch_rearmed`). Returns a stop function.
 */
export function watchFolder(options: WatchFolderOptions): () => void {
  const { dir, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let identity: string | undefined;

  const identityOf = (): string | undefined => {
    try {
      const stat = statSync(dir);
      return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : undefined;
    } catch {
      return undefined;
    }
  };
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (follow()) options.onChange();
    }, options.debounceMs);
  };
  const arm = (): boolean => {
    watcher?.close();
    watcher = undefined;
    try {
      watcher = watch(dir, changed);
      watcher.on('error', (error) => {
        log.warn('knowledge.watch_failed', { dir, error: describeError(error) });
        watcher?.close();
        watcher = undefined;
        identity = undefined;
      });
      identity = identityOf();
      return true;
    } catch (error) {
      log.error('knowledge.watch_failed', { dir, error: describeError(error) });
      identity = undefined;
      return false;
    }
  };
  /** Moves the watch to the folder now at `dir` if it was replaced; false while there is none. */
  const follow = (): boolean => {
    const now = identityOf();
    if (now === identity) return now !== undefined;
    if (now === undefined) {
      log.warn('knowledge.watch_lost', { dir, reason: 'the folder is gone; waiting for it' });
      watcher?.close();
      watcher = undefined;
      identity = undefined;
      return false;
    }
    if (!arm()) return false;
    log.info('knowledge.watch_rearmed', { dir, reason: 'the folder was replaced' });
    return true;
  };

  arm();
  let parent: FSWatcher | undefined;
  try {
    parent = watch(dirname(dir), (_event, name) => {
      if (name === basename(dir)) changed();
    });
    parent.on('error', () => parent?.close());
  } catch {
    // The periodic check below still notices a replaced folder.
  }
  const check = setInterval(() => {
    if (identityOf() !== identity) changed();
  }, IDENTITY_CHECK_MS);
  check.unref();

  return () => {
    clearTimeout(timer);
    clearInterval(check);
    watcher?.close();
    parent?.close();
  };
}
