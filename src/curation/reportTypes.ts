import type { AnswerEngine } from '../answering/engine.ts';
import type { DecisionRow, Origin } from './records.ts';

/** The part of the answer engine the report uses: the current knowledge, to judge old questions. */
export type ReportEngine = Pick<AnswerEngine, 'ask' | 'explain' | 'entry' | 'story'>;

/** The entry of the knowledge a question comes closest to, and how close. */
export interface NearestEntry {
  readonly id: string;
  /** The entry's canonical question. */
  readonly question: string;
  /** The engine's confidence for this entry, in [0, 1]. */
  readonly confidence: number;
}

/** Phrasings of one question the bot could not answer well, grouped by similarity. */
export interface QuestionGroup {
  /** A short id of the group, from its leading phrasing (see `groupIdOf`). */
  readonly id: string;
  /** How many times a phrasing of it was recorded. */
  readonly count: number;
  /** How many of those came from servers, DMs and the console. */
  readonly origins: Readonly<Record<Origin, number>>;
  /** Its most frequent phrasing, as last typed. */
  readonly representative: string;
  /** Other phrasings, most frequent first. */
  readonly examples: readonly string[];
  /** Every phrasing of the group, normalised: what a decision on it takes off the queue. */
  readonly phrasings: readonly string[];
  readonly lastAskedAt: string;
  /**
   * The entry the current knowledge ranks first for the representative: the one to add it to as
   * an alternate phrasing, or, if it is far off, the sign that a new entry is needed.
   */
  readonly nearest: NearestEntry | null;
  /** True when the current knowledge answers the representative: fixed since it was recorded. */
  readonly answeredNow: boolean;
}

/** An entry people voted 👎 on, with what they had asked. */
export interface DislikedEntry {
  readonly entryId: string;
  /** The entry's canonical question; null if the entry is no longer in the knowledge. */
  readonly question: string | null;
  readonly down: number;
  readonly up: number;
  /** The questions that got the 👎 answers, newest first. */
  readonly downQuestions: readonly string[];
  readonly lastVoteAt: string;
}

/** What the curators read: where the knowledge falls short, most pressing first. */
export interface CurationReport {
  readonly story: string;
  readonly generatedAt: string;
  readonly totals: {
    /** Recorded questions read (unanswered or answered unsure). */
    readonly questions: number;
    readonly groups: number;
    /** Of those, the questions a curator's decision has taken off the queue (not grouped). */
    readonly decided: number;
    readonly up: number;
    readonly down: number;
    /** Records the bot could not keep (queue full, database busy or locked too long). */
    readonly dropped: number;
  };
  readonly unanswered: readonly QuestionGroup[];
  readonly disliked: readonly DislikedEntry[];
  /** The curators' latest decisions, newest first. */
  readonly decisions: readonly DecisionRow[];
}
