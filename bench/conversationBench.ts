import { runChild } from './child.ts';
import { megabytes } from './memory.ts';
import type { BenchPlan } from './plan.ts';
import type { Progress } from './progress.ts';
import type { ConversationResult } from './protocol.ts';
import { type LatencyStats, latencyStats, round } from './stats.ts';

/** The conversation memory after many users: its size stays within its capacity. */
export interface ConversationFigures {
  readonly users: number;
  readonly replies: number;
  /** Most conversations the memory holds, and how long a quiet one is kept. */
  readonly capacity: number;
  readonly ttlMinutes: number;
  /** Per reply (small talk, follow-ups read in context, questions alone), in ms. */
  readonly latency: LatencyStats;
  readonly memory: readonly {
    readonly users: number;
    readonly remembered: number;
    /** Heap retained after a full collection, beyond what it was before the first user. */
    readonly retainedHeapGrowthMb: number;
  }[];
  /** Retained heap growth from the first checkpoint with the memory full to the last: flat. */
  readonly growthOnceFullMb: number | undefined;
}

const GRACE_MS = 60_000;

/** Plays `plan.conversationUsers` users' dialogues through the production memory, in a child. */
export async function benchConversations(
  plan: BenchPlan,
  progress: Progress,
): Promise<ConversationFigures> {
  progress(`conversations: ${plan.conversationUsers.toLocaleString('en-US')} users`);
  const outcome = await runChild<ConversationResult>(
    './conversationProcess.ts',
    [String(plan.conversationUsers)],
    { timeoutMs: plan.budgetMs * 4 + GRACE_MS },
  );
  const result = outcome.messages[0];
  if (outcome.end !== 'ok' || !result) {
    throw new Error(`conversation run failed (${outcome.end}): ${outcome.stderr.trim()}`);
  }
  const full = result.memory.find((m) => m.remembered >= result.capacity);
  const end = result.memory[result.memory.length - 1];
  const figures: ConversationFigures = {
    users: result.users,
    replies: result.replies,
    capacity: result.capacity,
    ttlMinutes: round(result.ttlMs / 60_000),
    latency: latencyStats(result.samples),
    memory: result.memory.map((m) => ({
      users: m.users,
      remembered: m.remembered,
      retainedHeapGrowthMb: megabytes(m.retainedHeapGrowthBytes),
    })),
    growthOnceFullMb:
      full && end && full !== end
        ? megabytes(end.retainedHeapGrowthBytes - full.retainedHeapGrowthBytes)
        : undefined,
  };
  const last = figures.memory[figures.memory.length - 1];
  progress(
    `conversations: ${last?.remembered} remembered after ${result.users} users, heap +${last?.retainedHeapGrowthMb} MB; p99 ${figures.latency.p99} ms`,
  );
  return figures;
}
