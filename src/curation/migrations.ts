import type { Database } from 'better-sqlite3';
import { err, ok, type Result } from '../result.ts';

/** One step of the schema; applied once, in order, and never edited after it has shipped. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/**
 * The schema's history. Add a step at the end to change it; the store migrates any older file
 * (including an empty one) on open. `PRAGMA user_version` holds the version a file is at.
 */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  Object.freeze({
    version: 1,
    description: 'questions the bot could not answer, or answered unsure',
    sql: `
      CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        question TEXT NOT NULL,
        question_exact TEXT,
        normalized TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('answered', 'unknown')),
        best_entry_id TEXT,
        confidence REAL NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('guild', 'dm', 'console'))
      ) STRICT;
      CREATE INDEX questions_normalized ON questions (normalized);`,
  }),
  Object.freeze({
    version: 2,
    description: 'one 👍 or 👎 per voter per answer',
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        answer_key TEXT NOT NULL,
        voter_key TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        question TEXT NOT NULL,
        question_exact TEXT,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        origin TEXT NOT NULL CHECK (origin IN ('guild', 'dm', 'console')),
        UNIQUE (answer_key, voter_key)
      ) STRICT;
      CREATE INDEX feedback_entry ON feedback (entry_id);`,
  }),
  Object.freeze({
    version: 3,
    description: 'how many records the bot had to drop (queue full, database busy)',
    sql: `
      CREATE TABLE dropped_records (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0)
      ) STRICT;`,
  }),
  Object.freeze({
    version: 4,
    description: "curators' decisions: phrasings accepted into the knowledge, groups dismissed",
    sql: `
      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'dismiss')),
        question TEXT NOT NULL,
        question_exact TEXT,
        entry_id TEXT,
        curator_key TEXT NOT NULL,
        phrasings TEXT NOT NULL CHECK (json_valid(phrasings)),
        hidden_until TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decisions_at ON decisions (at);`,
  }),
  Object.freeze({
    version: 5,
    description: "curators' decisions may mark a group as small talk of the story, of a kind",
    // SQLite cannot change a CHECK in place: the table is made again and its rows copied over.
    sql: `
      CREATE TABLE decisions_v5 (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'dismiss', 'small-talk')),
        question TEXT NOT NULL,
        question_exact TEXT,
        entry_id TEXT,
        small_talk_kind TEXT CHECK ((action = 'small-talk') = (small_talk_kind IS NOT NULL)),
        curator_key TEXT NOT NULL,
        phrasings TEXT NOT NULL CHECK (json_valid(phrasings)),
        hidden_until TEXT NOT NULL
      ) STRICT;
      INSERT INTO decisions_v5
        (id, at, action, question, question_exact, entry_id, curator_key, phrasings, hidden_until)
        SELECT id, at, action, question, question_exact, entry_id, curator_key, phrasings, hidden_until
        FROM decisions;
      DROP TABLE decisions;
      ALTER TABLE decisions_v5 RENAME TO decisions;
      CREATE INDEX decisions_at ON decisions (at);`,
  }),
]);

/** The version this code reads and writes. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;

/** The schema version a database file is at (0 for a new or empty file). */
export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the file up to `SCHEMA_VERSION`, or says why it cannot. A file from a newer version is
 * refused rather than written to: this code does not know its tables.
 */
export function migrate(db: Database): Result<number, string> {
  const found = schemaVersion(db);
  if (found === SCHEMA_VERSION) return ok(found);
  if (found > SCHEMA_VERSION) return err(newerSchema(found));
  // Under the write lock, read the version again: another shard opening the same new file may
  // have migrated it since, and running the steps twice would fail on existing tables.
  const apply = db.transaction((): Result<number, string> => {
    const from = schemaVersion(db);
    if (from > SCHEMA_VERSION) return err(newerSchema(from));
    for (const step of MIGRATIONS) {
      if (step.version <= from) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
    return ok(SCHEMA_VERSION);
  });
  return apply.immediate();
}

function newerSchema(found: number): string {
  return `the database is at schema version ${found}, newer than this code's ${SCHEMA_VERSION}`;
}
