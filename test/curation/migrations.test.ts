import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/curation/migrations.ts';
import { openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, questionRecord, recordingLogger } from './helpers.ts';

function versionOf(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
}

describe('curation schema migrations', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let path: string;
  beforeEach(() => {
    temp = makeTempDir();
    path = join(temp.dir, 'curation.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('are numbered 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('create the schema in an empty file', () => {
    writeFileSync(path, '');
    const log = recordingLogger();
    const store = openCurationStore({ path, log });
    store.recordQuestion(questionRecord());
    expect(
      store.recordFeedback({
        answerKey: 'a',
        voterKey: 'v',
        entryId: 'summary',
        question: 'q',
        vote: 'up',
        origin: 'console',
      }),
    ).toBe('counted');
    store.close();
    expect(versionOf(path)).toBe(SCHEMA_VERSION);
    expect(log.events).toEqual([]);
  });

  it('bring a file of an older version up to date and keep its rows', () => {
    // A file as the first version of the bot left it: questions only, no feedback table.
    const old = new Database(path);
    old.exec(MIGRATIONS[0]?.sql ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO questions (at, question, normalized, status, best_entry_id, confidence, origin)
         VALUES ('2024-01-01T00:00:00.000Z', 'old question', 'old question', 'unknown', NULL, 0.1, 'guild')`,
      )
      .run();
    old.close();

    const store = openCurationStore({ path, log: recordingLogger() });
    const rows = store.readQuestions();
    expect(rows.ok && rows.value.map((r) => r.question)).toEqual(['old question']);
    expect(
      store.recordFeedback({
        answerKey: 'a',
        voterKey: 'v',
        entryId: 'summary',
        question: 'q',
        vote: 'down',
        origin: 'guild',
      }),
    ).toBe('counted');
    store.close();
    expect(versionOf(path)).toBe(SCHEMA_VERSION);
  });

  it("keep the curators' decisions of a version 4 file, which may then mark small talk", () => {
    const old = new Database(path);
    for (const step of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(step.sql);
    old.pragma('user_version = 4');
    old
      .prepare(
        `INSERT INTO decisions (at, action, question, entry_id, curator_key, phrasings, hidden_until)
         VALUES ('2024-01-01T00:00:00.000Z', 'accept', 'old phrasing', 'summary', 'hash', '["old phrasing"]',
                 '2024-01-01T00:00:00.000Z')`,
      )
      .run();
    old.close();

    const store = openCurationStore({ path, log: recordingLogger() });
    const marked = store.recordDecision({
      action: 'small-talk',
      question: 'hiya mates',
      entryId: null,
      smallTalkKind: 'greeting',
      curatorKey: 'hash',
      phrasings: ['hiya mates'],
      hideForMs: 0,
    });
    expect(marked.ok).toBe(true);
    const rows = store.readDecisions();
    store.close();
    expect(rows.ok && rows.value.map((r) => [r.action, r.question, r.smallTalkKind])).toEqual([
      ['small-talk', 'hiya mates', 'greeting'],
      ['accept', 'old phrasing', null],
    ]);
    expect(versionOf(path)).toBe(SCHEMA_VERSION);
  });

  it('leave an up-to-date file alone when it is opened again', () => {
    const first = openCurationStore({ path, log: recordingLogger() });
    first.recordQuestion(questionRecord({ question: 'kept' }));
    first.close();
    const again = openCurationStore({ path, log: recordingLogger() });
    const rows = again.readQuestions();
    again.close();
    expect(rows.ok && rows.value.map((r) => r.question)).toEqual(['kept']);
    expect(versionOf(path)).toBe(SCHEMA_VERSION);
  });

  it('are never run by a read-only store, which asks for the bot to migrate first', () => {
    const old = new Database(path);
    old.exec(MIGRATIONS[0]?.sql ?? '');
    old.pragma('user_version = 1');
    old.close();
    const log = recordingLogger();
    const store = openCurationStore({ path, log, readonly: true });
    expect(store.enabled).toBe(false);
    expect(String(log.events[0]?.fields.reason)).toMatch(/schema version 1.*start the bot once/);
    expect(versionOf(path)).toBe(1);
  });
});
