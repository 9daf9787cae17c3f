import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AnswerEngine } from '../../src/answering/engine.ts';
import type { Conversations } from '../../src/conversation/conversations.ts';
import type { Answered, Turn } from '../../src/conversation/turn.ts';
import {
  DIALOGUES_FILE,
  type InScopeQuestion,
  judge,
  saysArticleDoesNotSay,
} from './evaluationSet.ts';

/**
 * A turn of a dialogue is labelled by what a right reply does: `expect` a kind of reply
 * (small talk, a refusal, the previous answer's sources, more on its subject), or `must` say
 * words (every group needs one of its words or phrases in the reply or its quotes) and `starts`
 * as a yes/no reply opens. `user` tells two people apart in one channel.
 */
const turnSchema = z
  .strictObject({
    q: z.string().min(1),
    user: z.string().min(1).optional(),
    expect: z.enum(['small-talk', 'refuse', 'sources', 'more']).optional(),
    must: z.array(z.array(z.string().min(1)).min(1)).optional(),
    starts: z.enum(['yes', 'no']).optional(),
  })
  .refine((turn) => turn.expect !== undefined || turn.must !== undefined, {
    message: 'a turn needs `expect` or `must`',
  });

const fileSchema = z.strictObject({
  dialogues: z.array(z.strictObject({ turns: z.array(turnSchema).min(1) })),
  small_talk: z.array(z.string().min(1)).default([]),
});

export type DialogueTurn = z.infer<typeof turnSchema>;

export interface DialogueSet {
  readonly name: string;
  readonly dialogues: readonly { readonly turns: readonly DialogueTurn[] }[];
  readonly smallTalk: readonly string[];
}

/** Reads a dialogue file (a path or a URL). */
export function readDialogueSet(name: string, file: string | URL): DialogueSet {
  const data = fileSchema.parse(parse(readFileSync(file, 'utf8')));
  return { name, dialogues: data.dialogues, smallTalk: data.small_talk };
}

/** A story folder's own dialogues, or `undefined` when it has none. */
/** Every dialogue set of a story folder: `eval/dialogues.yaml` and any `eval/*-dialogues.yaml`. */
export function loadDialogueSets(storyDir: string): DialogueSet[] {
  const dir = join(storyDir, 'eval');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(DIALOGUES_FILE))
    .sort((a, b) => (a === DIALOGUES_FILE ? -1 : b === DIALOGUES_FILE ? 1 : a.localeCompare(b)))
    .map((file) => readDialogueSet(file.replace(/\.yaml$/, ''), join(dir, file)));
}

export function loadDialogueSet(storyDir: string): DialogueSet | undefined {
  const file = join(storyDir, 'eval', DIALOGUES_FILE);
  return existsSync(file) ? readDialogueSet('dialogues', file) : undefined;
}

export interface TurnMiss {
  readonly dialogue: number;
  readonly question: string;
  readonly expected: string;
  readonly got: string;
}

export interface DialogueReport {
  readonly name: string;
  readonly dialogues: number;
  readonly turns: number;
  /** Share of turns given a right reply. */
  readonly turnsRight: number;
  readonly smallTalkLines: number;
  /** Share of small-talk lines handled as small talk. */
  readonly smallTalkHandled: number;
  readonly misses: readonly TurnMiss[];
  readonly smallTalkMisses: readonly string[];
}

/** What a reply said, for a miss. */
function describe(turn: Turn): string {
  switch (turn.kind) {
    case 'answer':
      return turn.answer.status === 'answered'
        ? `${turn.answer.entry.id} (${turn.reading}): ${turn.answer.text.slice(0, 70)}`
        : `unknown(${turn.answer.suggestions.map((s) => s.id).join(',')})`;
    case 'sources':
      return `sources of ${turn.answer.entry.id}`;
    case 'small-talk':
      return `small talk (${turn.talk})`;
    case 'unclear':
      return 'unclear';
  }
}

/** The answer a reply gives about the article, if it gives one. */
function answerOf(turn: Turn): Answered | undefined {
  if (turn.kind === 'answer') return turn.answer.status === 'answered' ? turn.answer : undefined;
  return turn.kind === 'sources' ? turn.answer : undefined;
}

/** Why a reply is wrong for a turn, or `undefined` when it is right. */
export function judgeTurn(
  turn: DialogueTurn,
  reply: Turn,
  previous: Answered | undefined,
): string | undefined {
  const answer = answerOf(reply);
  switch (turn.expect) {
    case 'small-talk':
      return reply.kind === 'small-talk' ? undefined : 'not small talk';
    case 'refuse': {
      const refused =
        reply.kind === 'unclear' ||
        (reply.kind === 'answer' &&
          (reply.answer.status === 'unknown' || saysArticleDoesNotSay(reply.answer)));
      return refused ? undefined : 'not refused';
    }
    case 'sources':
      return reply.kind === 'sources' && reply.answer.entry.id === previous?.entry.id
        ? undefined
        : "not the previous answer's sources";
    case 'more': {
      if (reply.kind !== 'answer' || !answer || !previous) return 'no more on the subject';
      const related = reply.reading === 'more' || previous.entry.related.includes(answer.entry.id);
      return related ? undefined : 'no more on the subject';
    }
    default: {
      if (!answer) return reply.kind === 'answer' ? 'refused' : `${reply.kind} reply`;
      const item: InScopeQuestion = {
        question: turn.q,
        expect: [],
        must: turn.must ?? [],
        starts: turn.starts,
      };
      return judge(item, answer);
    }
  }
}

/**
 * Plays every dialogue through the conversations, each person of each dialogue in a
 * conversation of their own, and every small-talk line in a conversation of its own.
 */
export function evaluateDialogues(
  engine: AnswerEngine,
  conversations: () => Conversations,
  set: DialogueSet,
): DialogueReport {
  const misses: TurnMiss[] = [];
  let turns = 0;
  set.dialogues.forEach((dialogue, d) => {
    const talk = conversations();
    const previous = new Map<string, Answered>();
    for (const turn of dialogue.turns) {
      const user = turn.user ?? 'a';
      const reply = talk.reply(engine, turn.q, `dialogue-${d}:${user}`);
      turns += 1;
      const why = judgeTurn(turn, reply, previous.get(user));
      if (why !== undefined) {
        const expected = [
          turn.expect,
          ...(turn.must ?? []).map((group) => `[${group.join('/')}]`),
          turn.starts && `starts ${turn.starts}`,
        ].filter(Boolean);
        misses.push({
          dialogue: d,
          question: turn.q,
          expected: `${expected.join(' ')} (${why})`,
          got: describe(reply),
        });
      }
      const answer = answerOf(reply);
      if (answer) previous.set(user, answer);
    }
  });
  const smallTalkMisses = set.smallTalk.filter(
    (line) => conversations().reply(engine, line).kind !== 'small-talk',
  );
  return {
    name: set.name,
    dialogues: set.dialogues.length,
    turns,
    turnsRight: turns === 0 ? 1 : 1 - misses.length / turns,
    smallTalkLines: set.smallTalk.length,
    smallTalkHandled:
      set.smallTalk.length === 0 ? 1 : 1 - smallTalkMisses.length / set.smallTalk.length,
    misses,
    smallTalkMisses,
  };
}

/** The questions of a set taken for small talk when read on their own: none should be. */
export function takenForSmallTalk(
  engine: AnswerEngine,
  conversations: Conversations,
  questions: readonly string[],
): string[] {
  return questions.filter((q) => conversations.reply(engine, q).kind === 'small-talk');
}
