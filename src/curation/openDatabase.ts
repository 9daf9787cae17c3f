import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../result.ts';
import { describeFailure } from './failure.ts';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations.ts';

/** How the database file is opened; one frozen place to tune it. */
export const DATABASE = Object.freeze({
  /**
   * How long a write waits for another connection's lock before failing with SQLITE_BUSY. Two
   * shards write to one file; a write takes well under a millisecond, so 5 s only runs out when
   * something holds the lock far longer than it should.
   */
  busyTimeoutMs: 5000,
});

export interface OpenDatabaseOptions {
  readonly readonly: boolean;
  readonly busyTimeoutMs: number;
}

/**
 * Opens (creating it and its folder if needed) and migrates the file, or says why it cannot.
 * Read-only opening never creates, migrates or writes: the report uses it so that running the
 * report can never damage or lock out the bot's database.
 */
export function openDatabase(
  path: string,
  options: OpenDatabaseOptions,
): Result<Database.Database, string> {
  let db: Database.Database | undefined;
  try {
    if (!options.readonly) makeFolders(dirname(path));
    db = new Database(path, {
      readonly: options.readonly,
      fileMustExist: options.readonly,
      timeout: options.busyTimeoutMs,
    });
    const ready = options.readonly ? checkReadable(db) : prepareWritable(db);
    if (!ready.ok) {
      db.close();
      return ready;
    }
    return ok(db);
  } catch (error) {
    // A file that is not a database, a path we may not write, a disk that is full: all end here.
    try {
      db?.close();
    } catch {
      // Closing a half-open handle can fail too; the reason that matters is the first one.
    }
    return err(describeFailure(error));
  }
}

function prepareWritable(db: Database.Database): Result<number, string> {
  // WAL lets the report read while the bot writes, and lets writers queue instead of failing.
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL survives a crash of the process; a power cut may lose the last records,
  // which for curation notes is a fair trade for not syncing the disk on every question.
  db.pragma('synchronous = NORMAL');
  return migrate(db);
}

function checkReadable(db: Database.Database): Result<number, string> {
  const version = schemaVersion(db);
  if (version === SCHEMA_VERSION) return ok(version);
  return err(
    `the database is at schema version ${version}, this code reads ${SCHEMA_VERSION}; ` +
      'start the bot once so that it migrates the file',
  );
}

/**
 * Creates a folder and its missing parents one level at a time. Node 20's recursive mkdir loops
 * forever on some paths (under /proc, for one); one level at a time, every bad path fails at once
 * with the reason (ENOENT, EACCES, EROFS, "not a folder").
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(current);
    } catch {
      stat = undefined;
    }
    if (stat) {
      if (!stat.isDirectory()) throw new Error(`${current} is not a folder`);
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) mkdirSync(folder);
}
