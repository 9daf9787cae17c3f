import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger.ts';
import { err, ok, type Result } from '../result.ts';
import { describeFailure } from './failure.ts';
import { DATABASE, openDatabase } from './openDatabase.ts';
import type {
  DecisionRecord,
  DecisionRow,
  FeedbackOutcome,
  FeedbackRecord,
  FeedbackRow,
  QuestionRecord,
  QuestionRow,
} from './records.ts';
import {
  prepareStatements,
  type Statements,
  toDecisionRow,
  toFeedbackRow,
  toQuestionRow,
} from './statements.ts';
import { toStored } from './storedText.ts';

/**
 * Where the bot notes what curators should look at: questions it could not answer well, and
 * votes on its answers. Nothing it does may throw or stop the bot: a locked, full, read-only or
 * corrupt database costs a log line and the record, never an answer.
 */
export interface CurationStore {
  /** False when the database could not be opened: records are dropped and reads fail. */
  readonly enabled: boolean;
  /** Notes a question; the caller decides which (unanswered, or answered with low confidence). */
  recordQuestion(record: QuestionRecord): void;
  /** Counts a vote once per voter per answer; pressing the other button changes it. */
  recordFeedback(record: FeedbackRecord): FeedbackOutcome;
  /**
   * Writes questions, votes and a count of dropped records in one transaction (one wait for the
   * lock): the outcome of each vote in order, or `undefined` when nothing could be written (logged).
   */
  writeBatch(batch: CurationBatch): FeedbackOutcome[] | undefined;
  /** How many records the bot has had to drop, over the database's life. */
  readDroppedTotal(): Result<number, string>;
  /** The most recently recorded questions, newest first. */
  readQuestions(limit?: number): Result<QuestionRow[], string>;
  /** The most recent votes, newest first. */
  readFeedback(limit?: number): Result<FeedbackRow[], string>;
  /**
   * Notes a curator's decision (audit trail; takes its phrasings off the review queue): the row
   * written, or why it could not be (logged).
   */
  recordDecision(record: DecisionRecord): Result<DecisionRow, string>;
  /** The most recent decisions, newest first. */
  readDecisions(limit?: number): Result<DecisionRow[], string>;
  close(): void;
}

/** What one transaction writes: questions, votes, and how many records were dropped before it. */
export interface CurationBatch {
  readonly questions: readonly QuestionRecord[];
  readonly votes: readonly FeedbackRecord[];
  readonly dropped: number;
}

export interface CurationStoreOptions {
  /** The SQLite file; it and its folder are created if missing (unless `readonly`). */
  readonly path: string;
  readonly log: Logger;
  readonly now?: () => Date;
  /** Read only: never creates, migrates or writes the file (for the report). */
  readonly readonly?: boolean;
  /** How long a write waits for another process's lock; `DATABASE.busyTimeoutMs` by default. */
  readonly busyTimeoutMs?: number;
}

/** How many rows a read returns when the caller does not say. */
export const READ_LIMIT = 10_000;

// A Discord user id is 17 to 20 digits; a voter key that looks like one was not hashed.
const RAW_USER_ID = /^\d{17,20}$/;

/**
 * Opens the store at `options.path`. Never throws: if the file cannot be opened (corrupt, not a
 * database, unwritable folder, newer schema) it logs `curation.open_failed` once and returns a
 * disabled store that drops every record, so the bot keeps answering.
 */
export function openCurationStore(options: CurationStoreOptions): CurationStore {
  const opened = openDatabase(options.path, {
    readonly: options.readonly ?? false,
    busyTimeoutMs: options.busyTimeoutMs ?? DATABASE.busyTimeoutMs,
  });
  if (!opened.ok) {
    options.log.warn('curation.open_failed', { path: options.path, reason: opened.error });
    return disabledStore(opened.error, options.log);
  }
  let statements: Statements;
  try {
    statements = prepareStatements(opened.value);
  } catch (error) {
    const reason = describeFailure(error);
    options.log.warn('curation.open_failed', { path: options.path, reason });
    opened.value.close();
    return disabledStore(reason, options.log);
  }
  return liveStore(opened.value, statements, options);
}

function liveStore(db: Database, sql: Statements, options: CurationStoreOptions): CurationStore {
  const { log } = options;
  const now = options.now ?? (() => new Date());
  let closed = false;

  /** Runs one write; a failure is logged as one line and becomes `fallback`. */
  const write = <T>(op: string, fallback: T, run: () => T): T => {
    if (closed) {
      log.warn('curation.write_failed', { op, reason: 'the store is closed' });
      return fallback;
    }
    try {
      return run();
    } catch (error) {
      log.warn('curation.write_failed', { op, reason: describeFailure(error) });
      return fallback;
    }
  };

  /** Runs one read; a failure is logged and returned as the reason. */
  const read = <T>(op: string, run: () => T[]): Result<T[], string> => {
    if (closed) return err('the store is closed');
    try {
      return ok(run());
    } catch (error) {
      const reason = describeFailure(error);
      log.warn('curation.read_failed', { op, reason });
      return err(reason);
    }
  };

  const insertQuestion = (record: QuestionRecord, at: string): void => {
    const question = toStored(record.question);
    sql.insertQuestion.run({
      at,
      question: question.text,
      questionExact: question.exact,
      // A grouping key, not something to read back exactly: the readable form will do.
      normalized: toStored(record.normalized).text,
      status: record.status,
      bestEntryId: record.bestEntryId,
      // NaN would be stored as NULL and refused; a question without a score is still worth keeping.
      confidence: Number.isFinite(record.confidence) ? record.confidence : 0,
      origin: record.origin,
    });
  };

  const castVote = (record: FeedbackRecord, at: string): FeedbackOutcome => {
    const previous = sql.voteOf.get(record.answerKey, record.voterKey);
    if (previous === record.vote) return 'duplicate';
    const { answerKey, voterKey } = record;
    if (previous !== undefined) {
      sql.changeVote.run({ at, answerKey, voterKey, vote: record.vote });
      return 'changed';
    }
    const question = toStored(record.question);
    sql.insertVote.run({
      ...record,
      at,
      question: question.text,
      questionExact: question.exact,
    });
    return 'counted';
  };
  // IMMEDIATE takes the write lock before reading the current vote, so two shards handling the
  // same voter cannot both see "no vote yet"; a deferred transaction would also fail at once
  // (SQLITE_BUSY_SNAPSHOT) instead of waiting when it upgrades from read to write.
  const vote = db.transaction(castVote);
  const batch = db.transaction((records: CurationBatch, at: string): FeedbackOutcome[] => {
    for (const record of records.questions) insertQuestion(record, at);
    const outcomes = records.votes.map((record) =>
      RAW_USER_ID.test(record.voterKey) ? rawVoterKey() : castVote(record, at),
    );
    if (records.dropped > 0) sql.insertDropped.run({ at, count: records.dropped });
    return outcomes;
  });

  const rawVoterKey = (): FeedbackOutcome => {
    log.warn('curation.write_failed', {
      op: 'recordFeedback',
      reason: 'the voter key looks like a raw user id; pass a salted hash (voterKeyOf)',
    });
    return 'failed';
  };

  return {
    enabled: true,
    recordQuestion(record: QuestionRecord): void {
      write('recordQuestion', undefined, () => insertQuestion(record, now().toISOString()));
    },
    recordFeedback(record: FeedbackRecord): FeedbackOutcome {
      if (RAW_USER_ID.test(record.voterKey)) return rawVoterKey();
      return write<FeedbackOutcome>('recordFeedback', 'failed', () =>
        vote.immediate(record, now().toISOString()),
      );
    },
    writeBatch(records: CurationBatch): FeedbackOutcome[] | undefined {
      return write<FeedbackOutcome[] | undefined>('writeBatch', undefined, () =>
        batch.immediate(records, now().toISOString()),
      );
    },
    readDroppedTotal(): Result<number, string> {
      const total = read('readDroppedTotal', () => [sql.droppedTotal.get() ?? 0]);
      return total.ok ? ok(total.value[0] ?? 0) : total;
    },
    readQuestions(limit = READ_LIMIT): Result<QuestionRow[], string> {
      return read('readQuestions', () =>
        sql.newestQuestions.all(rowLimit(limit)).map(toQuestionRow),
      );
    },
    readFeedback(limit = READ_LIMIT): Result<FeedbackRow[], string> {
      return read('readFeedback', () => sql.newestVotes.all(rowLimit(limit)).map(toFeedbackRow));
    },
    recordDecision(record: DecisionRecord): Result<DecisionRow, string> {
      if (RAW_USER_ID.test(record.curatorKey)) {
        const reason =
          'the curator key looks like a raw user id; pass a salted hash (curatorKeyOf)';
        log.warn('curation.write_failed', { op: 'recordDecision', reason });
        return err(reason);
      }
      const at = now();
      const row: DecisionRow = {
        at: at.toISOString(),
        action: record.action,
        question: record.question,
        entryId: record.entryId,
        smallTalkKind: record.smallTalkKind ?? null,
        curatorKey: record.curatorKey,
        phrasings: [...record.phrasings],
        hiddenUntil: new Date(at.getTime() + Math.max(0, record.hideForMs)).toISOString(),
      };
      const question = toStored(row.question);
      const failure = write<string | undefined>(
        'recordDecision',
        'the database refused the write (see the log)',
        () => {
          sql.insertDecision.run({
            ...row,
            question: question.text,
            questionExact: question.exact,
            phrasings: JSON.stringify(row.phrasings),
          });
          return undefined;
        },
      );
      return failure === undefined ? ok(row) : err(failure);
    },
    readDecisions(limit = READ_LIMIT): Result<DecisionRow[], string> {
      return read('readDecisions', () =>
        sql.newestDecisions.all(rowLimit(limit)).map(toDecisionRow),
      );
    },
    close(): void {
      if (closed) return;
      closed = true;
      try {
        db.close();
      } catch (error) {
        log.warn('curation.close_failed', { reason: describeFailure(error) });
      }
    },
  };
}

function rowLimit(limit: number): number {
  return Number.isInteger(limit) && limit > 0 ? limit : READ_LIMIT;
}

/** The store given when the database cannot be opened: it drops everything, quietly. */
function disabledStore(reason: string, log: Logger): CurationStore {
  const unavailable = `curation store disabled: ${reason}`;
  return {
    enabled: false,
    recordQuestion: () => log.debug('curation.dropped', { op: 'recordQuestion' }),
    recordFeedback: () => {
      log.debug('curation.dropped', { op: 'recordFeedback' });
      return 'failed';
    },
    writeBatch: () => undefined,
    readDroppedTotal: () => err(unavailable),
    readQuestions: () => err(unavailable),
    readFeedback: () => err(unavailable),
    recordDecision: () => err(unavailable),
    readDecisions: () => err(unavailable),
    close: () => {},
  };
}
