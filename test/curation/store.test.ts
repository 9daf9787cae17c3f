import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../../src/curation/records.ts';
import { type CurationStore, openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, questionRecord, recordingLogger, steppingClock } from './helpers.ts';

const HOSTILE = Object.freeze({
  sql: "'); DROP TABLE questions; -- \" OR 1=1; SELECT * FROM feedback WHERE '' = '",
  long: 'why '.repeat(2500),
  nul: 'before\u0000after\u0000',
  emoji: 'did 🎹👨‍👩‍👧‍👦🏳️‍🌈 call 🇷🇺?',
  loneSurrogates: 'high \uD83D alone, low \uDE00 alone, pair 😀 intact',
  controls: '\u001b[2J\u001b[31mred\r\n\u202Eevil\uFEFF',
});

function vote(overrides: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    answerKey: 'reply-1',
    voterKey: 'k9J2f0aQ-salted-hash',
    entryId: 'call-topic',
    question: 'why did elton call putin',
    vote: 'down',
    origin: 'guild',
    ...overrides,
  };
}

describe('curation store', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: CurationStore;
  let log: ReturnType<typeof recordingLogger>;

  beforeEach(() => {
    temp = makeTempDir();
    log = recordingLogger();
    store = openCurationStore({
      // The folder does not exist yet: the store creates it.
      path: join(temp.dir, 'data', 'nested', 'curation.sqlite'),
      log,
      now: steppingClock(new Date('2024-05-01T00:00:00.000Z'), 1000),
    });
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  it('records questions with their time and reads them back newest first', () => {
    store.recordQuestion(questionRecord({ question: 'first?', normalized: 'first' }));
    store.recordQuestion(
      questionRecord({
        question: 'Second?',
        normalized: 'second',
        status: 'answered',
        bestEntryId: null,
        confidence: 0.58,
        origin: 'dm',
      }),
    );
    expect(store.enabled).toBe(true);
    expect(store.readQuestions()).toEqual({
      ok: true,
      value: [
        {
          at: '2024-05-01T00:00:02.000Z',
          question: 'Second?',
          normalized: 'second',
          status: 'answered',
          bestEntryId: null,
          confidence: 0.58,
          origin: 'dm',
        },
        {
          at: '2024-05-01T00:00:01.000Z',
          question: 'first?',
          normalized: 'first',
          status: 'unknown',
          bestEntryId: 'who-elton-john',
          confidence: 0.19,
          origin: 'guild',
        },
      ],
    });
    expect(log.events).toEqual([]);
  });

  it('reads at most `limit` rows', () => {
    for (let i = 0; i < 5; i += 1) store.recordQuestion(questionRecord({ question: `q${i}` }));
    const rows = store.readQuestions(2);
    expect(rows.ok && rows.value.map((r) => r.question)).toEqual(['q4', 'q3']);
  });

  it.each(Object.entries(HOSTILE))('stores and reads back %s text exactly', (_, text) => {
    store.recordQuestion(questionRecord({ question: text, normalized: text }));
    expect(store.recordFeedback(vote({ question: text }))).toBe('counted');
    const questions = store.readQuestions();
    const feedback = store.readFeedback();
    expect(questions.ok && questions.value[0]?.question).toBe(text);
    expect(feedback.ok && feedback.value[0]?.question).toBe(text);
    // The tables are still there: nothing in the text was executed.
    expect(store.readQuestions().ok && store.readFeedback().ok).toBe(true);
    expect(log.events).toEqual([]);
  });

  it('keeps every character of a 10,000-character question, NUL bytes included', () => {
    const text = `${'x'.repeat(4999)}\u0000${'y'.repeat(5000)}`;
    store.recordQuestion(questionRecord({ question: text }));
    const rows = store.readQuestions();
    expect(rows.ok && rows.value[0]?.question.length).toBe(10_000);
    expect(rows.ok && rows.value[0]?.question).toBe(text);
  });

  it('stores a readable form of text with lone surrogates, and the exact text beside it', () => {
    store.recordQuestion(questionRecord({ question: HOSTILE.loneSurrogates }));
    store.close();
    const db = new Database(join(temp.dir, 'data', 'nested', 'curation.sqlite'), {
      readonly: true,
    });
    const row = db.prepare('SELECT question, question_exact FROM questions').get();
    db.close();
    expect(row).toEqual({
      question: 'high \uFFFD alone, low \uFFFD alone, pair 😀 intact',
      question_exact: JSON.stringify(HOSTILE.loneSurrogates),
    });
  });

  it('counts a vote once per voter per answer', () => {
    expect(store.recordFeedback(vote())).toBe('counted');
    expect(store.recordFeedback(vote())).toBe('duplicate');
    expect(store.recordFeedback(vote({ question: 'asked again' }))).toBe('duplicate');
    // Another voter on the same answer, and the same voter on another answer, both count.
    expect(store.recordFeedback(vote({ voterKey: 'other-hash' }))).toBe('counted');
    expect(store.recordFeedback(vote({ answerKey: 'reply-2' }))).toBe('counted');
    const rows = store.readFeedback();
    expect(rows.ok && rows.value).toHaveLength(3);
  });

  it('changes the vote when the voter presses the other button', () => {
    expect(store.recordFeedback(vote({ vote: 'down' }))).toBe('counted');
    expect(store.recordFeedback(vote({ vote: 'up' }))).toBe('changed');
    expect(store.recordFeedback(vote({ vote: 'up' }))).toBe('duplicate');
    expect(store.recordFeedback(vote({ vote: 'down' }))).toBe('changed');
    const rows = store.readFeedback();
    expect(rows.ok && rows.value).toEqual([
      {
        answerKey: 'reply-1',
        entryId: 'call-topic',
        question: 'why did elton call putin',
        vote: 'down',
        origin: 'guild',
        at: '2024-05-01T00:00:04.000Z',
      },
    ]);
  });

  it('refuses a voter key that looks like a raw Discord user id', () => {
    expect(store.recordFeedback(vote({ voterKey: '80351110224678912' }))).toBe('failed');
    expect(log.events).toEqual([
      expect.objectContaining({ level: 'warn', event: 'curation.write_failed' }),
    ]);
    const rows = store.readFeedback();
    expect(rows.ok && rows.value).toEqual([]);
  });

  it("keeps curators' decisions: what, which entry, when, until when, and a hash of who", () => {
    const accepted = store.recordDecision({
      action: 'accept',
      question: 'did vlad ring <@123456789012345678> up',
      entryId: 'did-putin-call',
      curatorKey: 'curator-salted-hash',
      phrasings: ['did vlad ring @user up'],
      hideForMs: 0,
    });
    const dismissed = store.recordDecision({
      action: 'dismiss',
      question: HOSTILE.sql,
      entryId: null,
      curatorKey: 'curator-salted-hash',
      phrasings: [HOSTILE.sql, HOSTILE.loneSurrogates],
      hideForMs: 86_400_000,
    });
    expect(accepted).toEqual({
      ok: true,
      value: expect.objectContaining({ at: '2024-05-01T00:00:01.000Z' }),
    });
    expect(dismissed.ok && dismissed.value.hiddenUntil).toBe('2024-05-02T00:00:02.000Z');
    const rows = store.readDecisions();
    expect(rows.ok && rows.value).toEqual([
      {
        at: '2024-05-01T00:00:02.000Z',
        action: 'dismiss',
        question: HOSTILE.sql,
        entryId: null,
        smallTalkKind: null,
        curatorKey: 'curator-salted-hash',
        phrasings: [HOSTILE.sql, HOSTILE.loneSurrogates],
        hiddenUntil: '2024-05-02T00:00:02.000Z',
      },
      {
        at: '2024-05-01T00:00:01.000Z',
        action: 'accept',
        question: 'did vlad ring @user up',
        entryId: 'did-putin-call',
        smallTalkKind: null,
        curatorKey: 'curator-salted-hash',
        phrasings: ['did vlad ring @user up'],
        hiddenUntil: '2024-05-01T00:00:01.000Z',
      },
    ]);
  });

  it('keeps a group marked as small talk as a decision of its own kind, with the kind of small talk', () => {
    const marked = store.recordDecision({
      action: 'small-talk',
      question: 'hiya mates',
      entryId: null,
      smallTalkKind: 'greeting',
      curatorKey: 'curator-salted-hash',
      phrasings: ['hiya mates', 'hiya mate'],
      hideForMs: 0,
    });
    expect(marked.ok && marked.value).toMatchObject({
      action: 'small-talk',
      smallTalkKind: 'greeting',
    });
    const rows = store.readDecisions();
    expect(
      rows.ok && rows.value.map((r) => [r.action, r.question, r.entryId, r.smallTalkKind]),
    ).toEqual([['small-talk', 'hiya mates', null, 'greeting']]);
    // The database holds to it: small talk always has its kind, other decisions never do.
    for (const action of ['small-talk', 'dismiss'] as const) {
      const wrong = store.recordDecision({
        action,
        question: 'x',
        entryId: null,
        ...(action === 'dismiss' && { smallTalkKind: 'greeting' }),
        curatorKey: 'curator-salted-hash',
        phrasings: ['x'],
        hideForMs: 0,
      });
      expect(wrong.ok, action).toBe(false);
    }
  });

  it('refuses a curator key that looks like a raw Discord user id', () => {
    const refused = store.recordDecision({
      action: 'dismiss',
      question: 'spam',
      entryId: null,
      curatorKey: '123456789012345678',
      phrasings: ['spam'],
      hideForMs: 0,
    });
    expect(refused.ok).toBe(false);
    const rows = store.readDecisions();
    expect(rows.ok && rows.value).toEqual([]);
  });

  it('keeps nothing that identifies a person', () => {
    const db = new Database(join(temp.dir, 'data', 'nested', 'curation.sqlite'), {
      readonly: true,
    });
    const columns = (table: string) =>
      db.prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
    expect(columns('questions')).toEqual([
      'id',
      'at',
      'question',
      'question_exact',
      'normalized',
      'status',
      'best_entry_id',
      'confidence',
      'origin',
    ]);
    expect(columns('feedback')).toEqual([
      'id',
      'at',
      'answer_key',
      'voter_key',
      'entry_id',
      'question',
      'question_exact',
      'vote',
      'origin',
    ]);
    db.close();
  });

  it('stores mentions and pasted ids as placeholders, in every column', () => {
    const text =
      'what does <@111111111111111111> think of <@!222222222222222222>, <@&333333333333333333> and <#444444444444444444>, says 555555555555555555 \uD83D';
    store.recordQuestion(questionRecord({ question: text, normalized: text }));
    store.recordFeedback(vote({ question: text }));
    const db = new Database(join(temp.dir, 'data', 'nested', 'curation.sqlite'), {
      readonly: true,
    });
    const rows = [
      ...db.prepare('SELECT question, question_exact, normalized FROM questions').all(),
      ...db.prepare('SELECT question, question_exact FROM feedback').all(),
    ];
    db.close();
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}/);
    const read = store.readQuestions();
    expect(read.ok && read.value[0]?.question).toBe(
      'what does @user think of @user, @role and #channel, says [id] \uD83D',
    );
  });

  it('stores a question whose confidence is not a number rather than losing it', () => {
    store.recordQuestion(questionRecord({ confidence: Number.NaN }));
    const rows = store.readQuestions();
    expect(rows.ok && rows.value[0]?.confidence).toBe(0);
  });

  it('puts the file in WAL mode, so a reader never blocks the writers', () => {
    store.close();
    const path = join(temp.dir, 'data', 'nested', 'curation.sqlite');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('drops records after close, with a log line, without throwing', () => {
    store.close();
    store.recordQuestion(questionRecord());
    expect(store.recordFeedback(vote())).toBe('failed');
    expect(store.readQuestions().ok).toBe(false);
    expect(log.events.map((e) => e.event)).toEqual([
      'curation.write_failed',
      'curation.write_failed',
    ]);
    store.close();
  });
});
