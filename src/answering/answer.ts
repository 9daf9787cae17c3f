import type { Entry, Source, Verdict } from '../knowledge/types.ts';

/** A question the user may have meant, offered when the engine is unsure. */
export interface Suggestion {
  readonly id: string;
  readonly question: string;
}

/** Why a question got no answer; front ends word their reply after it. */
export type UnknownReason =
  /** Nothing to answer: empty, or only punctuation, emoji or mentions. */
  | 'empty'
  /** Longer than any real question; not searched. */
  | 'too-long'
  /** Searched, but no entry of the knowledge answers it with confidence. */
  | 'not-covered';

/** The engine's outcome for one question: every front end renders this same value. */
export type Answer =
  | {
      readonly status: 'answered';
      readonly question: string;
      readonly entry: Entry;
      /** The reply to this question: the entry's fact, opened by "Yes —"/"No —" for a yes/no question. */
      readonly text: string;
      /** Set when a yes/no question was asked: the answer it got. */
      readonly verdict: Verdict | undefined;
      readonly sources: readonly Source[];
      /** How sure the engine is, in [0, 1]. */
      readonly confidence: number;
      /** Other questions the user may have meant (close runners-up), at most three. */
      readonly suggestions: readonly Suggestion[];
      /** Follow-up questions the knowledge links to this entry. */
      readonly related: readonly Suggestion[];
    }
  | {
      readonly status: 'unknown';
      readonly question: string;
      readonly reason: UnknownReason;
      readonly confidence: number;
      readonly suggestions: readonly Suggestion[];
    };
