import type { Suggestion } from '../answering/answer.ts';
import type { AnswerEngine } from '../answering/engine.ts';
import type { SmallTalkKind, SmallTalkWords } from '../answering/language/conversationSchema.ts';

/**
 * The bot's own lines in a conversation (small talk, "ask me the whole question"), worded by the
 * language and filled in with the story served: its title and one of its example questions.
 */
export interface BotReplies {
  /** The reply to small talk of a kind, and the example question it offers. */
  smallTalk(kind: SmallTalkKind): {
    readonly text: string;
    readonly example: Suggestion | undefined;
  };
  /** A template of the language, filled in. */
  fill(template: string): string;
  /** The story's example questions, each as the entry it reaches (for buttons). */
  examples(): Suggestion[];
}

/**
 * The replies for one message: `seed` picks among a kind's replies and the story's examples, so
 * the same message gets the same reply and different messages vary.
 */
export function botReplies(engine: AnswerEngine, words: SmallTalkWords, seed: number): BotReplies {
  const { story } = engine;
  const example = story.examples[seed % Math.max(1, story.examples.length)] ?? story.title;
  const fill = (template: string): string =>
    template.replaceAll('{story}', story.title).replaceAll('{example}', example);
  const examples = (): Suggestion[] => examplesOf(engine);
  return {
    fill,
    examples,
    smallTalk(kind) {
      const replies = words.kinds.find((k) => k.kind === kind)?.replies ?? [];
      const template = replies[seed % Math.max(1, replies.length)] ?? '{example}';
      return { text: fill(template), example: examples().find((s) => s.question === example) };
    },
  };
}

// The entries a story's examples reach, once per engine (a reload builds a new one).
const reached = new WeakMap<AnswerEngine, Suggestion[]>();

function examplesOf(engine: AnswerEngine): Suggestion[] {
  let found = reached.get(engine);
  if (!found) {
    found = engine.story.examples.flatMap((question) => {
      const answer = engine.ask(question);
      return answer.status === 'answered' ? [{ id: answer.entry.id, question }] : [];
    });
    reached.set(engine, found);
  }
  return found;
}

/** A small, stable number from a message. */
export function seedOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}
