import type { Database, Statement } from 'better-sqlite3';
import type { DecisionAction, DecisionRow, FeedbackRow, Origin, QuestionRow } from './records.ts';
import { fromStored } from './storedText.ts';

/** Named parameters of a question row. */
export interface QuestionParams {
  at: string;
  question: string;
  questionExact: string | null;
  normalized: string;
  status: 'answered' | 'unknown';
  bestEntryId: string | null;
  confidence: number;
  origin: Origin;
}

/** Named parameters of a vote row. */
export interface VoteParams {
  at: string;
  answerKey: string;
  voterKey: string;
  entryId: string;
  question: string;
  questionExact: string | null;
  vote: 'up' | 'down';
  origin: Origin;
}

/** Named parameters of a decision row. */
export interface DecisionParams {
  at: string;
  action: DecisionAction;
  question: string;
  questionExact: string | null;
  entryId: string | null;
  smallTalkKind: string | null;
  curatorKey: string;
  /** JSON array of normalised phrasings. */
  phrasings: string;
  hiddenUntil: string;
}

/** The store's SQL, prepared once per connection. Every value is a bound parameter. */
export interface Statements {
  readonly insertQuestion: Statement<QuestionParams>;
  readonly voteOf: Statement<[string, string], string>;
  readonly insertVote: Statement<VoteParams>;
  readonly changeVote: Statement<Pick<VoteParams, 'at' | 'answerKey' | 'voterKey' | 'vote'>>;
  readonly newestQuestions: Statement<[number]>;
  readonly newestVotes: Statement<[number]>;
  readonly insertDropped: Statement<{ at: string; count: number }>;
  readonly droppedTotal: Statement<[], number>;
  readonly insertDecision: Statement<DecisionParams>;
  readonly newestDecisions: Statement<[number]>;
}

export function prepareStatements(db: Database): Statements {
  return {
    insertQuestion: db.prepare<QuestionParams>(
      `INSERT INTO questions
         (at, question, question_exact, normalized, status, best_entry_id, confidence, origin)
       VALUES (@at, @question, @questionExact, @normalized, @status, @bestEntryId, @confidence, @origin)`,
    ),
    voteOf: db
      .prepare<[string, string], string>(
        'SELECT vote FROM feedback WHERE answer_key = ? AND voter_key = ?',
      )
      .pluck(),
    insertVote: db.prepare<VoteParams>(
      `INSERT INTO feedback
         (at, answer_key, voter_key, entry_id, question, question_exact, vote, origin)
       VALUES (@at, @answerKey, @voterKey, @entryId, @question, @questionExact, @vote, @origin)`,
    ),
    changeVote: db.prepare<Pick<VoteParams, 'at' | 'answerKey' | 'voterKey' | 'vote'>>(
      'UPDATE feedback SET vote = @vote, at = @at WHERE answer_key = @answerKey AND voter_key = @voterKey',
    ),
    newestQuestions: db.prepare<[number]>(
      `SELECT at, question, question_exact, normalized, status, best_entry_id, confidence, origin
       FROM questions ORDER BY id DESC LIMIT ?`,
    ),
    newestVotes: db.prepare<[number]>(
      `SELECT at, answer_key, entry_id, question, question_exact, vote, origin
       FROM feedback ORDER BY at DESC, id DESC LIMIT ?`,
    ),
    insertDropped: db.prepare<{ at: string; count: number }>(
      'INSERT INTO dropped_records (at, count) VALUES (@at, @count)',
    ),
    droppedTotal: db
      .prepare<[], number>('SELECT coalesce(sum(count), 0) FROM dropped_records')
      .pluck(),
    insertDecision: db.prepare<DecisionParams>(
      `INSERT INTO decisions
         (at, action, question, question_exact, entry_id, small_talk_kind, curator_key, phrasings, hidden_until)
       VALUES (@at, @action, @question, @questionExact, @entryId, @smallTalkKind, @curatorKey, @phrasings, @hiddenUntil)`,
    ),
    newestDecisions: db.prepare<[number]>(
      `SELECT at, action, question, question_exact, entry_id, small_talk_kind, curator_key, phrasings,
         hidden_until
       FROM decisions ORDER BY at DESC, id DESC LIMIT ?`,
    ),
  };
}

interface QuestionColumns {
  at: string;
  question: string;
  question_exact: string | null;
  normalized: string;
  status: 'answered' | 'unknown';
  best_entry_id: string | null;
  confidence: number;
  origin: Origin;
}

interface FeedbackColumns {
  at: string;
  answer_key: string;
  entry_id: string;
  question: string;
  question_exact: string | null;
  vote: 'up' | 'down';
  origin: Origin;
}

export function toQuestionRow(row: unknown): QuestionRow {
  const r = row as QuestionColumns;
  return {
    at: r.at,
    question: fromStored(r.question, r.question_exact),
    normalized: r.normalized,
    status: r.status,
    bestEntryId: r.best_entry_id,
    confidence: r.confidence,
    origin: r.origin,
  };
}

export function toFeedbackRow(row: unknown): FeedbackRow {
  const r = row as FeedbackColumns;
  return {
    at: r.at,
    answerKey: r.answer_key,
    entryId: r.entry_id,
    question: fromStored(r.question, r.question_exact),
    vote: r.vote,
    origin: r.origin,
  };
}

interface DecisionColumns {
  at: string;
  action: DecisionAction;
  question: string;
  question_exact: string | null;
  entry_id: string | null;
  small_talk_kind: string | null;
  curator_key: string;
  phrasings: string;
  hidden_until: string;
}

export function toDecisionRow(row: unknown): DecisionRow {
  const r = row as DecisionColumns;
  const phrasings: unknown = JSON.parse(r.phrasings);
  return {
    at: r.at,
    action: r.action,
    question: fromStored(r.question, r.question_exact),
    entryId: r.entry_id,
    smallTalkKind: r.small_talk_kind,
    curatorKey: r.curator_key,
    phrasings: Array.isArray(phrasings) ? phrasings.map(String) : [],
    hiddenUntil: r.hidden_until,
  };
}
