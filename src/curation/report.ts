import { err, ok, type Result } from '../result.ts';
import { DECISIONS, undecidedQuestions } from './decisions.ts';
import { dislikedEntries } from './dislikedEntries.ts';
import type { DecisionRow, FeedbackRow, QuestionRow } from './records.ts';
import type { CurationReport, ReportEngine } from './reportTypes.ts';
import type { CurationStore } from './store.ts';
import { unansweredGroups } from './unansweredGroups.ts';

export type {
  CurationReport,
  DislikedEntry,
  NearestEntry,
  QuestionGroup,
  ReportEngine,
} from './reportTypes.ts';

/** What the report shows by default; one frozen place to tune it. */
export const REPORT = Object.freeze({
  /** Groups of unanswered questions listed. */
  groups: 20,
  /** Other phrasings shown per group. */
  examples: 3,
  /**
   * Jaccard similarity of two phrasings' content stems needed to group them. 0.6 joins "why did
   * the mayor call the judge" with "why would the mayor phone the judge" (same stems) and "mayor
   * breakfast?" with "what did the mayor eat for breakfast" (2 of 3), but keeps "how old is the
   * mayor" apart from "how old is the judge" (1 of 3): a different person is a different question.
   */
  similarity: 0.6,
  /** Entries listed under 👎. */
  entries: 10,
  /** Questions shown per 👎 entry. */
  downQuestions: 5,
  /** Newest rows read from the store, of each kind. */
  readLimit: 20_000,
});

export interface ReportOptions {
  readonly groups: number;
  readonly examples: number;
  readonly similarity: number;
  readonly entries: number;
  readonly downQuestions: number;
  readonly now: () => Date;
}

/** The rows a report is built from, newest first. */
export interface ReportInput {
  readonly questions: readonly QuestionRow[];
  readonly feedback: readonly FeedbackRow[];
  /** Records the bot had to drop (queue full, database busy), over the database's life. */
  readonly dropped: number;
  /** Curators' decisions, newest first: their questions are left out of the groups. */
  readonly decisions?: readonly DecisionRow[];
}

/** Reads what a report needs from the store, or the reason it cannot. */
export function readReportInput(
  store: CurationStore,
  limit: number = REPORT.readLimit,
): Result<ReportInput, string> {
  const questions = store.readQuestions(limit);
  if (!questions.ok) return questions;
  const feedback = store.readFeedback(limit);
  if (!feedback.ok) return err(feedback.error);
  const dropped = store.readDroppedTotal();
  if (!dropped.ok) return err(dropped.error);
  const decisions = store.readDecisions(limit);
  if (!decisions.ok) return err(decisions.error);
  return ok({
    questions: questions.value,
    feedback: feedback.value,
    dropped: dropped.value,
    decisions: decisions.value,
  });
}

/**
 * One input from the databases of several shards or hosts: every row of each, newest first, and
 * the dropped records summed. A decision taken on one host applies to the questions of all.
 */
export function mergeReportInputs(inputs: readonly ReportInput[]): ReportInput {
  if (inputs.length === 1 && inputs[0]) return inputs[0];
  // ISO 8601 times in UTC sort as text; sort is stable, so ties keep the order of the inputs.
  const newestFirst = <T extends { readonly at: string }>(rows: T[]): T[] =>
    rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {
    questions: newestFirst(inputs.flatMap((input) => input.questions)),
    feedback: newestFirst(inputs.flatMap((input) => input.feedback)),
    dropped: inputs.reduce((sum, input) => sum + input.dropped, 0),
    decisions: newestFirst(inputs.flatMap((input) => input.decisions ?? [])),
  };
}

/**
 * Builds the curators' report from recorded rows, judging them against the current knowledge:
 * the questions asked most often without a good answer, grouped by similarity, each with the
 * entry it came closest to (leaving out what curators have decided on); the entries with the most
 * 👎; and the latest decisions. Pure apart from the engine.
 */
export function buildReport(
  input: ReportInput,
  engine: ReportEngine,
  options: Partial<ReportOptions> = {},
): CurationReport {
  const settings = { ...REPORT, now: () => new Date(), ...options };
  const decisions = input.decisions ?? [];
  const open = undecidedQuestions(input.questions, decisions);
  const groups = unansweredGroups(open, engine, settings);
  const up = input.feedback.filter((row) => row.vote === 'up').length;
  return {
    story: engine.story.id,
    generatedAt: settings.now().toISOString(),
    totals: {
      questions: input.questions.length,
      groups: groups.length,
      decided: input.questions.length - open.length,
      up,
      down: input.feedback.length - up,
      dropped: input.dropped,
    },
    unanswered: groups.slice(0, settings.groups),
    disliked: dislikedEntries(input.feedback, engine, settings).slice(0, settings.entries),
    decisions: decisions.slice(0, DECISIONS.recent),
  };
}
