import type { Answer } from '../answering/answer.ts';
import type { AnswerEngine } from '../answering/engine.ts';
import type { Conversations } from '../conversation/conversations.ts';
import type { FeedbackVote } from '../curation/recording.ts';
import type { FeedbackOutcome } from '../curation/records.ts';
import type { Curator } from '../curation/review/curator.ts';
import type { KnowledgeProblem } from '../knowledge/problem.ts';
import type { Logger } from '../logger.ts';
import type { BotMetrics } from '../metrics/metrics.ts';
import type { Result } from '../result.ts';
import type { SlashCommand } from './commands/command.ts';
import type { Popularity } from './popularity.ts';
import type { QuestionGate } from './questionGate.ts';
import type { QuestionKeys } from './questionKeys.ts';

/** Where a question came from, without saying who asked it. */
export type Origin = 'guild' | 'dm';

/** What every Discord handler needs; built once by the bot and passed down. */
export interface BotContext {
  /** The engine currently serving; a function so reloaded knowledge takes effect at once. */
  readonly engine: () => AnswerEngine;
  /** What each conversation (a user in a channel, a DM) remembers, for small talk and follow-ups. */
  readonly conversations: Conversations;
  readonly log: Logger;
  /** The per-user question limit, with its one notice. */
  readonly gate: QuestionGate;
  readonly popularity: Popularity;
  /** The questions behind the feedback buttons on screen. */
  readonly questionKeys: QuestionKeys;
  /** The slash commands: dispatched by name, listed by /help. */
  readonly commands: readonly SlashCommand[];
  /** Called with every answer to a question typed by a user (for curators' reports). */
  readonly onAnswer?: (answer: Answer, origin: Origin) => void;
  /** Reloads and checks the knowledge (the owner-only /reload). */
  readonly reloadKnowledge?: (
    reason: string,
  ) => Promise<Result<{ readonly entries: number }, readonly KnowledgeProblem[]>>;
  /** Users allowed to run owner-only commands. */
  readonly ownerIds: readonly string[];
  /** The owners' review of what people asked (`/curate`); absent when not wired. */
  readonly curator?: Curator;
  /** Counts questions by front end and outcome, with their latency; absent without metrics. */
  readonly metrics?: Pick<BotMetrics, 'question'>;
  /** Stores a 👍 / 👎 (counted once per user per answer); absent when nothing is recorded. */
  readonly recordFeedback?: (vote: FeedbackVote) => Promise<FeedbackOutcome>;
}

/** The outcome of handling one event, for the log line. */
export type Outcome =
  | 'answered'
  | 'unknown'
  /** Greetings, thanks and the like: answered as conversation, not as an article question. */
  | 'small-talk'
  | 'rate-limited'
  | 'shown'
  | 'ignored'
  | 'stale'
  /** A forged component (not on the bot's message, or not one it made): refused politely. */
  | 'refused'
  | 'error';

/** Notes what entry was asked (for autocomplete) and hands the answer to the curators' recorder. */
export function noteAnswer(ctx: BotContext, answer: Answer, origin: Origin): void {
  if (answer.status === 'answered') ctx.popularity.record(answer.entry.id);
  ctx.onAnswer?.(answer, origin);
}
