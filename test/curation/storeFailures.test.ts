import { chmodSync, closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../../src/curation/records.ts';
import { openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, questionRecord, recordingLogger } from './helpers.ts';

const VOTE: FeedbackRecord = Object.freeze({
  answerKey: 'reply-1',
  voterKey: 'salted-hash',
  entryId: 'summary',
  question: 'what happened',
  vote: 'down',
  origin: 'dm',
});

// Root writes through any file mode, so a chmod-based read-only test proves nothing there.
const RUNNING_AS_ROOT = process.getuid?.() === 0;

describe('curation store when the database is unusable', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let log: ReturnType<typeof recordingLogger>;
  beforeEach(() => {
    temp = makeTempDir();
    log = recordingLogger();
  });
  afterEach(() => {
    chmodSync(temp.dir, 0o700);
    temp.cleanup();
  });

  /** Every method of a store that cannot write: none throws, and the bot can go on. */
  function expectDropsWithoutThrowing(store: ReturnType<typeof openCurationStore>): void {
    expect(() => store.recordQuestion(questionRecord())).not.toThrow();
    expect(store.recordFeedback(VOTE)).toBe('failed');
    expect(() => store.close()).not.toThrow();
  }

  it('opens a file that is not a database as a disabled store, with one log line', () => {
    const path = join(temp.dir, 'curation.sqlite');
    writeFileSync(path, 'definitely not SQLite '.repeat(500));
    const store = openCurationStore({ path, log });
    expect(store.enabled).toBe(false);
    expect(store.readQuestions()).toEqual({
      ok: false,
      error: expect.stringContaining('file is not a database'),
    });
    expectDropsWithoutThrowing(store);
    const warnings = log.events.filter((e) => e.level === 'warn');
    expect(warnings).toEqual([
      {
        level: 'warn',
        event: 'curation.open_failed',
        fields: { path, reason: 'SQLITE_NOTADB: file is not a database' },
      },
    ]);
  });

  it('logs and goes on when the pages of an open database are corrupt', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const first = openCurationStore({ path, log });
    for (let i = 0; i < 50; i += 1) first.recordQuestion(questionRecord({ question: `q${i}` }));
    first.close();
    // Keep the header (page 1), scribble over the tables' pages.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096);
    closeSync(fd);

    const store = openCurationStore({ path, log });
    expect(store.readQuestions()).toEqual({ ok: false, error: expect.stringMatching(/malformed/) });
    expect(() => store.recordQuestion(questionRecord())).not.toThrow();
    // The votes live on other pages: they still work, and the bot goes on.
    expect(store.recordFeedback(VOTE)).toBe('counted');
    store.close();
    expect(log.events.map((e) => [e.level, e.event, e.fields.reason])).toEqual([
      ['warn', 'curation.read_failed', 'SQLITE_CORRUPT: database disk image is malformed'],
      ['warn', 'curation.write_failed', 'SQLITE_CORRUPT: database disk image is malformed'],
    ]);
  });

  it('opens a path it cannot create as a disabled store', () => {
    const file = join(temp.dir, 'a-file');
    writeFileSync(file, '');
    const store = openCurationStore({ path: join(file, 'curation.sqlite'), log });
    expect(store.enabled).toBe(false);
    expectDropsWithoutThrowing(store);
    expect(log.events.filter((e) => e.level === 'warn').map((e) => e.event)).toEqual([
      'curation.open_failed',
    ]);
  });

  it('logs each refused write of a read-only database and keeps reading', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const writer = openCurationStore({ path, log });
    writer.recordQuestion(questionRecord({ question: 'kept' }));
    writer.close();

    const store = openCurationStore({ path, log, readonly: true });
    expect(store.enabled).toBe(true);
    expectDropsWithoutThrowing(store);
    expect(log.events).toEqual([
      expect.objectContaining({
        event: 'curation.write_failed',
        fields: {
          op: 'recordQuestion',
          reason: 'SQLITE_READONLY: attempt to write a readonly database',
        },
      }),
      expect.objectContaining({
        event: 'curation.write_failed',
        fields: expect.objectContaining({ op: 'recordFeedback' }),
      }),
    ]);
  });

  it.skipIf(RUNNING_AS_ROOT)('survives a database file and folder without write permission', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const writer = openCurationStore({ path, log });
    writer.recordQuestion(questionRecord());
    writer.close();
    chmodSync(path, 0o444);
    chmodSync(temp.dir, 0o555);
    const store = openCurationStore({ path, log });
    expectDropsWithoutThrowing(store);
    expect(log.events.filter((e) => e.level === 'warn').length).toBeGreaterThan(0);
  });

  it('logs a write that times out on a lock, and writes again once the lock is gone', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const store = openCurationStore({ path, log, busyTimeoutMs: 50 });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');

    expect(() => store.recordQuestion(questionRecord({ question: 'lost' }))).not.toThrow();
    expect(store.recordFeedback(VOTE)).toBe('failed');
    expect(log.events.map((e) => e.fields.reason)).toEqual([
      'SQLITE_BUSY: database is locked',
      'SQLITE_BUSY: database is locked',
    ]);

    other.exec('COMMIT');
    other.close();
    store.recordQuestion(questionRecord({ question: 'kept' }));
    expect(store.recordFeedback(VOTE)).toBe('counted');
    const rows = store.readQuestions();
    expect(rows.ok && rows.value.map((r) => r.question)).toEqual(['kept']);
    store.close();
  });

  it('refuses a file written by a newer version instead of writing to unknown tables', () => {
    const path = join(temp.dir, 'curation.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const store = openCurationStore({ path, log });
    expect(store.enabled).toBe(false);
    expectDropsWithoutThrowing(store);
    expect(String(log.events[0]?.fields.reason)).toMatch(/schema version 99, newer/);
  });
});
