/**
 * The conversation memory under many users, in a process of its own (run by conversationBench.ts
 * with --expose-gc): every user plays one dialogue of the shipped story's dialogue set, each
 * person of it in a conversation of their own, with the production memory (its capacity and
 * time to live). Reports the latency of each reply, and at checkpoints how many conversations
 * are remembered and the heap retained after a full collection.
 *
 * Args: the number of users. Sends one ConversationResult over IPC.
 */
import { createAnswerEngine } from '../src/answering/engine.ts';
import { createConversations } from '../src/conversation/conversations.ts';
import { MEMORY } from '../src/conversation/memory.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import { loadDialogueSet } from '../test/eval/dialogueSet.ts';
import { STORY_DIR } from '../test/storyFixture.ts';
import { GC_EXPOSED, retainedHeap } from './memory.ts';
import type { ConversationResult } from './protocol.ts';

/** Users are spread over this many channels, as in a few busy servers. */
const CHANNELS = 50;

const users = Number(process.argv[2] ?? 0);
const language = loadLanguagePack();
const story = loadStory(STORY_DIR);
const dialogues = loadDialogueSet(STORY_DIR);
if (!language.ok || !story.ok || !dialogues || users <= 0) {
  throw new Error('the shipped language, story and dialogues must load, and users be positive');
}
const engine = createAnswerEngine(story.value, language.value);
const conversations = createConversations(language.value);
const checkpoints = new Set(
  [1_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, users].filter((n) => n <= users),
);

// Warm: the first replies read the story's words and fill the engine's caches.
for (const dialogue of dialogues.dialogues) {
  for (const turn of dialogue.turns) conversations.reply(engine, turn.q, 'warm-up');
}
// Latencies go into an array allocated before the baseline, so the heap growth measured is the
// conversations' alone.
const turnsAtMost = Math.max(...dialogues.dialogues.map((d) => d.turns.length));
const samples = new Float64Array(users * turnsAtMost);
let replies = 0;
const memory: ConversationResult['memory'][number][] = [];
const baseHeap = retainedHeap();
const started = performance.now();
for (let user = 0; user < users; user++) {
  const dialogue = dialogues.dialogues[user % dialogues.dialogues.length];
  for (const turn of dialogue?.turns ?? []) {
    const key = `channel-${user % CHANNELS}:user-${user}-${turn.user ?? 'a'}`;
    const t0 = performance.now();
    conversations.reply(engine, turn.q, key);
    samples[replies++] = performance.now() - t0;
  }
  if (checkpoints.has(user + 1)) {
    memory.push({
      users: user + 1,
      remembered: conversations.size,
      retainedHeapGrowthBytes: retainedHeap() - baseHeap,
    });
  }
}
const result: ConversationResult = {
  users,
  replies,
  seconds: (performance.now() - started) / 1000,
  capacity: MEMORY.capacity,
  ttlMs: MEMORY.ttlMs,
  samples: Array.from(samples.subarray(0, replies)),
  memory,
  gcExposed: GC_EXPOSED,
};
process.send?.(result);
