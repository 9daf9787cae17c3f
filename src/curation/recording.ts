import type { Answer } from '../answering/answer.ts';
import { normalizeText } from '../answering/normalizeText.ts';
import type { FeedbackOutcome, FeedbackRecord, Origin, QuestionRecord } from './records.ts';
import { voterKeyOf } from './voterKey.ts';

/** Where question records go: the curation queue (or, in tests and tools, the store itself). */
export interface QuestionSink {
  recordQuestion(record: QuestionRecord): void;
}

/** Where votes go; the outcome may come later (the queue writes from a worker thread). */
export interface FeedbackSink {
  recordFeedback(record: FeedbackRecord): FeedbackOutcome | Promise<FeedbackOutcome>;
}

/** Answers below this confidence are recorded too: right or not, they show a phrasing to add. */
export const LOW_CONFIDENCE = 0.6;

/** Whether curators should see this question: not answered, or answered without much confidence. */
export function shouldRecord(answer: Answer): boolean {
  if (answer.status === 'unknown') return answer.reason !== 'empty';
  return answer.confidence < LOW_CONFIDENCE || answer.suggestions.length > 0;
}

export function questionRecordOf(answer: Answer, origin: Origin): QuestionRecord {
  return {
    question: answer.question,
    normalized: normalizeText(answer.question),
    status: answer.status,
    bestEntryId:
      answer.status === 'answered' ? answer.entry.id : (answer.suggestions[0]?.id ?? null),
    confidence: answer.confidence,
    origin,
  };
}

/** Records the questions curators should see; cheap no-op for the others. */
export function createQuestionRecorder(
  sink: QuestionSink,
): (answer: Answer, origin: Origin) => void {
  return (answer, origin) => {
    if (shouldRecord(answer)) sink.recordQuestion(questionRecordOf(answer, origin));
  };
}

/** A press of 👍 or 👎 under one answer. The user id only keeps votes one per user per answer. */
export interface FeedbackVote {
  readonly answerKey: string;
  readonly userId: string;
  readonly entryId: string;
  readonly question: string;
  readonly vote: 'up' | 'down';
  readonly origin: Origin;
}

/** Stores votes under a keyed hash of the voter: the database never holds a user id. */
export function createFeedbackRecorder(
  sink: FeedbackSink,
  secret: string,
): (vote: FeedbackVote) => Promise<FeedbackOutcome> {
  return async ({ userId, ...vote }) =>
    sink.recordFeedback({
      ...vote,
      voterKey: voterKeyOf({ secret, userId, answerKey: vote.answerKey }),
    });
}
