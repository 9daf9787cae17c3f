import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AnswerEngine, createAnswerEngine } from '../../src/answering/engine.ts';
import { createConversations } from '../../src/conversation/conversations.ts';
import { OTHER_STORY_DIR, STORY_DIR, shippedLanguage, storyAt } from '../storyFixture.ts';
import { evaluateDialogues, loadDialogueSet } from './dialogueSet.ts';
import { evaluationSetNames, loadEvaluationSet } from './evaluationSet.ts';

/** The bar for conversations: below either figure, the build fails. */
const MIN_TURNS_RIGHT = 0.95;
const MIN_SMALL_TALK = 1;
/** The second story's bar, lower as its own questions' is (a small story of few phrasings). */
const OTHER_MIN_TURNS_RIGHT = 0.85;

const language = shippedLanguage();
const fresh = () => createConversations(language);

function dialoguesOf(dir: string) {
  const set = loadDialogueSet(dir);
  if (!set) throw new Error(`${dir} has no dialogues`);
  return set;
}

describe('conversations on the shipped story', () => {
  const engine = createAnswerEngine(storyAt(STORY_DIR), language);
  const set = dialoguesOf(STORY_DIR);

  it('has a realistic set: 50 dialogues of 2 to 5 turns, two people in a channel, 60 small-talk lines', () => {
    expect(set.dialogues.length).toBeGreaterThanOrEqual(50);
    for (const dialogue of set.dialogues) {
      expect(dialogue.turns.length).toBeGreaterThanOrEqual(2);
      expect(dialogue.turns.length).toBeLessThanOrEqual(5);
    }
    const interleaved = set.dialogues.filter((d) => new Set(d.turns.map((t) => t.user)).size > 1);
    expect(interleaved.length).toBeGreaterThanOrEqual(5);
    expect(set.smallTalk.length).toBeGreaterThanOrEqual(60);
  });

  it(`gives at least ${MIN_TURNS_RIGHT * 100}% of turns a right reply`, () => {
    const report = evaluateDialogues(engine, fresh, set);
    expect(report.turnsRight, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(
      MIN_TURNS_RIGHT,
    );
  });

  it('handles every small-talk line as small talk', () => {
    const report = evaluateDialogues(engine, fresh, set);
    expect(report.smallTalkHandled, report.smallTalkMisses.join('\n')).toBeGreaterThanOrEqual(
      MIN_SMALL_TALK,
    );
  });
});

describe('conversations on a second, small story', () => {
  it(`gives at least ${OTHER_MIN_TURNS_RIGHT * 100}% of turns a right reply, and small talk as such`, () => {
    const engine = createAnswerEngine(storyAt(OTHER_STORY_DIR), language);
    const report = evaluateDialogues(engine, fresh, dialoguesOf(OTHER_STORY_DIR));
    expect(report.turnsRight, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(
      OTHER_MIN_TURNS_RIGHT,
    );
    expect(report.smallTalkHandled).toBe(1);
  });
});

/** Every story folder with evaluation sets: the shipped ones and the tests' own. */
function storyDirsWithSets(): string[] {
  const roots = [
    fileURLToPath(new URL('../../knowledge', import.meta.url)),
    fileURLToPath(new URL('../stories', import.meta.url)),
  ];
  return roots
    .flatMap((root) => readdirSync(root).map((name) => join(root, name)))
    .filter((dir) => evaluationSetNames(dir).length > 0);
}

/**
 * What a conversation changes for a question read on its own: nothing, but that a message of
 * small talk gets a reply in kind. An article question is never taken for small talk.
 */
function readAlone(engine: AnswerEngine, questions: readonly string[], inScope: boolean) {
  const conversations = fresh();
  const smallTalk: string[] = [];
  const changed: string[] = [];
  for (const question of questions) {
    const turn = conversations.reply(engine, question);
    if (turn.kind === 'small-talk') {
      smallTalk.push(question);
      continue;
    }
    const alone = engine.ask(question);
    const same =
      turn.kind !== 'sources' &&
      (turn.kind === 'unclear'
        ? alone.status === 'unknown'
        : turn.answer.status === alone.status &&
          (alone.status !== 'answered' ||
            (turn.answer.status === 'answered' && turn.answer.entry.id === alone.entry.id)));
    if (!same) changed.push(question);
  }
  return { smallTalk: inScope ? smallTalk : [], changed };
}

describe.each(storyDirsWithSets())('the evaluation sets of %s, read alone', (dir) => {
  const engine = createAnswerEngine(storyAt(dir), language);
  // The held-out sets' questions are counted, never shown: no one tuning may read them.
  const shown = (name: string, questions: string[]) =>
    name === 'blind' ? `${questions.length} held-out questions` : questions.join('\n');

  it.each(evaluationSetNames(dir))(
    'takes no question of %s for small talk, and answers each as the engine does',
    (name) => {
      const set = loadEvaluationSet(name, dir);
      const inScope = readAlone(
        engine,
        set.inScope.map((i) => i.question),
        true,
      );
      const outOfScope = readAlone(engine, set.outOfScope, false);
      expect(inScope.smallTalk, shown(name, inScope.smallTalk)).toEqual([]);
      const changed = [...inScope.changed, ...outOfScope.changed];
      expect(changed, shown(name, changed)).toEqual([]);
    },
  );
});
