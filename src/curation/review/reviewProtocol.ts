import type { Result } from '../../result.ts';
import type { LogMessage } from '../../workerThread.ts';
import type {
  AcceptOutcome,
  AcceptRequest,
  DismissOutcome,
  DismissRequest,
  ReviewQueue,
  SmallTalkOutcome,
  SmallTalkRequest,
} from './reviewTypes.ts';

/** What the review worker is started with. */
export interface ReviewWorkerData {
  readonly storyDir: string;
  readonly ownDb: string;
  readonly otherDbs: readonly string[];
}

/** One operation of the review. */
export type ReviewCall =
  | { readonly op: 'queue' }
  | { readonly op: 'accept'; readonly request: AcceptRequest }
  | { readonly op: 'dismiss'; readonly request: DismissRequest }
  | { readonly op: 'smallTalk'; readonly request: SmallTalkRequest };

/** What each operation gives back. */
export type ReviewReply =
  | { readonly op: 'queue'; readonly result: Result<ReviewQueue, string> }
  | { readonly op: 'accept'; readonly result: AcceptOutcome }
  | { readonly op: 'dismiss'; readonly result: DismissOutcome }
  | { readonly op: 'smallTalk'; readonly result: SmallTalkOutcome };

/** Messages to the review worker: calls (answered in order, one at a time), or close. */
export type ToReviewWorker =
  | { readonly type: 'call'; readonly id: number; readonly call: ReviewCall }
  | { readonly type: 'close' };

/** Messages from it: replies to calls, and log lines. */
export type FromReviewWorker =
  | { readonly type: 'reply'; readonly id: number; readonly reply: ReviewReply }
  | LogMessage;
