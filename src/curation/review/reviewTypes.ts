import type { SmallTalkKind } from '../../answering/language/conversationSchema.ts';
import type { KnowledgeProblem } from '../../knowledge/problem.ts';
import type { Result } from '../../result.ts';
import type { CurationReport, DislikedEntry, QuestionGroup } from '../reportTypes.ts';

/** What a curator reviews: the report's groups of questions, most asked first, and the 👎 entries. */
export interface ReviewQueue {
  readonly story: string;
  readonly generatedAt: string;
  /** Groups no decision covers, most asked first (at most `REVIEW.maxGroups`). */
  readonly groups: readonly QuestionGroup[];
  readonly disliked: readonly DislikedEntry[];
  readonly totals: CurationReport['totals'];
  /** How many databases were read (this host's and the others configured). */
  readonly databases: number;
  /** Databases that could not be read, with why: the queue is built from the others. */
  readonly unreadable: readonly string[];
  /** The kinds of small talk a group can be marked as, in the language's order. */
  readonly smallTalkKinds: readonly SmallTalkChoice[];
  /** For groups (by id) whose question has words of small talk: the kind it comes closest to. */
  readonly likelySmallTalk: Readonly<Record<string, SmallTalkKind>>;
}

/** A kind of small talk, with a few of the language's phrases of it ("hi, hey, hello"). */
export interface SmallTalkChoice {
  readonly kind: SmallTalkKind;
  readonly examples: readonly string[];
}

/** Add the most asked phrasing of a group to an entry. */
export interface AcceptRequest {
  readonly groupId: string;
  readonly entryId: string;
  /** A keyed hash of the curator (see `curatorKeyOf`), for the audit trail. */
  readonly curatorKey: string;
}

/** Take a group off the queue for a while (off-topic, spam, already handled). */
export interface DismissRequest {
  readonly groupId: string;
  readonly curatorKey: string;
}

/** Mark the most asked phrasing of a group as small talk of the story, of a kind. */
export interface SmallTalkRequest {
  readonly groupId: string;
  readonly kind: SmallTalkKind;
  readonly curatorKey: string;
}

/** What became of an accept. In every case but `added`, the knowledge is unchanged. */
export type AcceptOutcome =
  | {
      /** `added`: written and checked; `already`: the entry had it (nothing written). */
      readonly status: 'added' | 'already';
      readonly entryId: string;
      readonly entryQuestion: string;
      /** The phrasing as written into `qa.yaml`. */
      readonly phrasing: string;
      /** Every phrasing of the group as asked (most asked first): what should now be answered. */
      readonly groupQuestions: readonly string[];
      /** Set when the decision could not be written to the audit trail (the edit stands). */
      readonly auditProblem?: string;
    }
  /** The group is no longer in the queue: decided by someone else, or regrouped by new questions. */
  | { readonly status: 'gone' }
  /** The phrasing would break the knowledge (`problems` from kb:check), or will not do at all. */
  | {
      readonly status: 'refused';
      readonly phrasing: string;
      readonly reason: string;
      readonly problems: readonly KnowledgeProblem[];
    }
  /** Something in the way: the knowledge locked by another edit, a file or database failing. */
  | { readonly status: 'failed'; readonly reason: string };

/** What became of marking a group as small talk. In every case but `marked`, the knowledge is unchanged. */
export type SmallTalkOutcome =
  | {
      /** `marked`: written and checked; `already`: the story reads it as small talk already. */
      readonly status: 'marked' | 'already';
      /** The kind it was marked as (for `already`: the kind it is read as). */
      readonly kind: SmallTalkKind;
      /** The phrase as written into `qa.yaml` (the group's most asked phrasing, cleaned). */
      readonly phrase: string;
      /** Every phrasing of the group as asked (most asked first): what should now be small talk. */
      readonly groupQuestions: readonly string[];
      /** Set when the decision could not be written to the audit trail (the edit stands). */
      readonly auditProblem?: string;
    }
  | { readonly status: 'gone' }
  /** With it as small talk the knowledge would fail kb:check (`problems`), or it will not do at all. */
  | {
      readonly status: 'refused';
      readonly phrase: string;
      readonly reason: string;
      readonly problems: readonly KnowledgeProblem[];
    }
  | { readonly status: 'failed'; readonly reason: string };

/** What became of a dismissal. */
export type DismissOutcome =
  | { readonly status: 'dismissed'; readonly question: string; readonly hiddenUntil: string }
  | { readonly status: 'gone' }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * The review as a service: the same operations whether they run in a worker thread beside the
 * bot or in the command-line tool's own thread.
 */
export interface ReviewService {
  queue(): Promise<Result<ReviewQueue, string>>;
  accept(request: AcceptRequest): Promise<AcceptOutcome>;
  dismiss(request: DismissRequest): Promise<DismissOutcome>;
  smallTalk(request: SmallTalkRequest): Promise<SmallTalkOutcome>;
  close(): Promise<void>;
}
