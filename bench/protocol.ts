import type { MatcherKind } from './matchers.ts';

/** One measurement run in its own process: one matcher on one knowledge base. */
export interface JobSpec {
  /** 'story' for the shipped story, or the number of entries of a synthetic one. */
  readonly knowledge: 'story' | number;
  readonly matcher: MatcherKind;
  /** Measured queries per round (synthetic knowledge; the story always uses all of dev.yaml). */
  readonly queries: number;
  /** Rounds, each on a freshly built matcher. */
  readonly rounds: number;
  readonly warmup: number;
  /** Queries stop once the job has run this long; the build alone may overrun it. */
  readonly budgetMs: number;
  readonly seed: number;
}

/** Share of the queries handled right: in scope answered with an expected entry, off topic refused. */
export interface Correctness {
  readonly inScope: number;
  readonly inScopeCount: number;
  readonly offTopic: number;
  readonly offTopicCount: number;
}

export interface SlowQuery {
  readonly question: string;
  readonly ms: number;
}

export interface JobResult {
  readonly knowledge: string;
  readonly entries: number;
  /** Question strings: canonical plus alternates. */
  readonly phrasings: number;
  readonly matcher: MatcherKind;
  readonly buildsMs: readonly number[];
  /** Heap retained by the built matcher (after a full GC), beyond the knowledge itself. */
  readonly heapBytes: number;
  readonly warmup: number;
  /** Per round, the latency of each query in query-list order (a prefix when stopped early). */
  readonly samples: readonly (readonly number[])[];
  readonly plannedQueries: number;
  readonly correct: Correctness;
  /** The questions with the longest latency (in any round), slowest first: where p99 comes from. */
  readonly slowest: readonly SlowQuery[];
  readonly gcExposed: boolean;
}

/** What a job process tells the bench while it runs. */
export type JobMessage =
  | { readonly type: 'progress'; readonly text: string }
  | { readonly type: 'result'; readonly result: JobResult }
  | { readonly type: 'error'; readonly message: string };

/** What a start-up process reports, in milliseconds. */
export interface StartupSample {
  readonly ok: boolean;
  readonly importMs: number;
  readonly prepareMs: number;
  /** Since the start of the process: node's own start-up included. */
  readonly readyAtMs: number;
}

/** Memory of the bot process at one moment. */
export interface MemoryReading {
  /** Resident set size as the OS sees it. */
  readonly rssBytes: number;
  /** Heap in use, garbage included: no collection is forced for it. */
  readonly heapUsedBytes: number;
  /** Heap still in use after a forced full collection, when one was asked for. */
  readonly retainedHeapBytes?: number;
}

/** The bench to the bot process. */
export type BotCommand =
  | { readonly type: 'memory'; readonly collect: boolean }
  | { readonly type: 'stop' };

/** The bot process to the bench. */
export type BotMessage =
  | { readonly type: 'ready'; readonly codeRssBytes: number }
  | ({ readonly type: 'memory' } & MemoryReading)
  | { readonly type: 'stopped' };

/** The bench to the curating bot process. */
export type CurateCommand =
  /** Starts a new window of event-loop delay readings. */
  | { readonly type: 'loop-reset' }
  /** The longest event-loop delay since the reset, and the 99th percentile. */
  | { readonly type: 'loop-read' }
  | { readonly type: 'stop' };

/** The curating bot process to the bench. */
export type CurateMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'loop'; readonly maxMs: number; readonly p99Ms: number }
  /** From its log: a reload done (total, and the part on the answering thread). */
  | { readonly type: 'reloaded'; readonly ms: number; readonly blockedMs: number }
  /** From its log: an accept in the review worker (queue, lock, edit, checks, write, decision). */
  | { readonly type: 'accepted'; readonly ms: number }
  | { readonly type: 'stopped' };
/** What the conversation process reports (see conversationProcess.ts). */
export interface ConversationResult {
  readonly users: number;
  readonly replies: number;
  readonly seconds: number;
  readonly capacity: number;
  readonly ttlMs: number;
  /** The latency of every reply, in ms. */
  readonly samples: readonly number[];
  readonly memory: readonly {
    readonly users: number;
    /** Conversations the memory holds. */
    readonly remembered: number;
    readonly retainedHeapGrowthBytes: number;
  }[];
  readonly gcExposed: boolean;
}
