import { err, ok, type Result } from '../result.ts';
import { dislikedEntries } from './dislikedEntries.ts';
import type { FeedbackRow, QuestionRow } from './records.ts';
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
  return ok({ questions: questions.value, feedback: feedback.value, dropped: dropped.value });
}

/**
 * Builds the curators' report from recorded rows, judging them against the current knowledge:
 * the questions asked most often without a good answer, grouped by similarity, each with the
 * entry it came closest to; and the entries with the most 👎. Pure apart from the engine.
 */
export function buildReport(
  input: ReportInput,
  engine: ReportEngine,
  options: Partial<ReportOptions> = {},
): CurationReport {
  const settings = { ...REPORT, now: () => new Date(), ...options };
  const groups = unansweredGroups(input.questions, engine, settings);
  const up = input.feedback.filter((row) => row.vote === 'up').length;
  return {
    story: engine.story.id,
    generatedAt: settings.now().toISOString(),
    totals: {
      questions: input.questions.length,
      groups: groups.length,
      up,
      down: input.feedback.length - up,
      dropped: input.dropped,
    },
    unanswered: groups.slice(0, settings.groups),
    disliked: dislikedEntries(input.feedback, engine, settings).slice(0, settings.entries),
  };
}
