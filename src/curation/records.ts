/**
 * What the curation store keeps. Nothing here identifies a person: no user id, no name, no guild
 * or channel id. Votes carry a `voterKey` that the caller has already hashed (see `voterKey.ts`).
 */

/** Where a question came from; enough for a curator to weigh it, not enough to trace anyone. */
export type Origin = 'guild' | 'dm' | 'console';

/** A question the bot could not answer, or answered without much confidence. */
export interface QuestionRecord {
  /** The question as the user typed it. */
  readonly question: string;
  /** `normalizeText(question)`: identical normalised texts are one phrasing in the report. */
  readonly normalized: string;
  readonly status: 'answered' | 'unknown';
  /** The entry the engine answered with or ranked first, if any. */
  readonly bestEntryId: string | null;
  /** The engine's confidence, in [0, 1]. */
  readonly confidence: number;
  readonly origin: Origin;
}

/** A 👍 or 👎 on one answer. */
export interface FeedbackRecord {
  /** Identifies the answer voted on (e.g. the id of the bot's reply message); never a user's id. */
  readonly answerKey: string;
  /**
   * A salted hash of the voter, made by the caller: the store never sees a raw user id. A value
   * that looks like a raw Discord id (17 to 20 digits) is refused.
   */
  readonly voterKey: string;
  readonly entryId: string;
  /** The question the answer replied to, so a curator sees what the 👎 was about. */
  readonly question: string;
  readonly vote: 'up' | 'down';
  readonly origin: Origin;
}

/**
 * What became of a vote: `counted` (first vote of this voter on this answer), `changed` (the
 * voter pressed the other button), `duplicate` (same vote again, not counted twice) or `failed`
 * (not stored: the database is unavailable; already logged).
 */
export type FeedbackOutcome = 'counted' | 'changed' | 'duplicate' | 'failed';

/** A recorded question as read back, with the time it was recorded (ISO 8601, UTC). */
export interface QuestionRow extends QuestionRecord {
  readonly at: string;
}

/** A vote as read back: the voter key stays in the database, the report has no use for it. */
export interface FeedbackRow {
  readonly answerKey: string;
  readonly entryId: string;
  readonly question: string;
  readonly vote: 'up' | 'down';
  readonly origin: Origin;
  /** When the vote was cast or last changed (ISO 8601, UTC). */
  readonly at: string;
}

/**
 * What a curator did with a group of recorded questions: added it to an entry as a phrasing,
 * dismissed it, or marked it as small talk of the story.
 */
export type DecisionAction = 'accept' | 'dismiss' | 'small-talk';

/** A curator's decision on a group of questions: the audit trail, and what leaves the review queue. */
export interface DecisionRecord {
  readonly action: DecisionAction;
  /**
   * `accept`: the phrasing added to the knowledge; `dismiss`: the group's most asked phrasing;
   * `small-talk`: the phrase added to the story's small talk.
   */
  readonly question: string;
  /** `accept`: the entry the phrasing was added to; otherwise null. */
  readonly entryId: string | null;
  /** `small-talk`: the kind of small talk it was marked as (`greeting`, …); otherwise absent. */
  readonly smallTalkKind?: string;
  /**
   * A keyed hash of the curator, made by the caller (see `curatorKey.ts`): the store never sees a
   * raw user id, and refuses a value that looks like one.
   */
  readonly curatorKey: string;
  /** The normalised phrasings (`QuestionRecord.normalized`) of the group decided on. */
  readonly phrasings: readonly string[];
  /**
   * How long after the decision those phrasings stay off the review queue: questions asked until
   * then count as decided (0 for an accept: only the questions asked before it).
   */
  readonly hideForMs: number;
}

/** A decision as read back. */
export interface DecisionRow extends Omit<DecisionRecord, 'hideForMs' | 'smallTalkKind'> {
  /** `small-talk`: the kind of small talk; otherwise null. */
  readonly smallTalkKind: string | null;
  /** When it was taken (ISO 8601, UTC). */
  readonly at: string;
  /** Questions with its phrasings asked up to this time are off the review queue (ISO 8601, UTC). */
  readonly hiddenUntil: string;
}
