/**
 * `npm run eval [-- --verbose] [--ranker=<name>] [<story folder> | <set.yaml> | <dialogues.yaml>…]`:
 * answer quality (in-scope accuracy and correct refusals) on the evaluation sets of every story
 * folder under `knowledge/` that has an `eval/` folder, or of the story folders and set files
 * given, for every ranker (`engine`, the bot's, `term-index` and `bm25` for comparison) or the one
 * named; how far each story's phrasings generalise (leave-phrasings-out); and conversation
 * quality on their dialogues (`eval/dialogues.yaml`, or a dialogue file given): turns right, small
 * talk handled, and article questions taken for small talk. `--verbose` lists every miss.
 */
import { readFileSync } from 'node:fs';

import { basename, dirname, join, resolve } from 'node:path';
import { type AnswerEngine, createAnswerEngine } from '../src/answering/engine.ts';
import type { LanguagePack } from '../src/answering/language/languagePack.ts';
import { RANKER_NAMES, RANKERS } from '../src/answering/rankers.ts';
import { createConversations } from '../src/conversation/conversations.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import { formatProblem } from '../src/knowledge/problem.ts';
import { isStoryFolder, storyFolders } from '../src/knowledge/storyFolders.ts';
import {
  type DialogueSet,
  evaluateDialogues,
  loadDialogueSets,
  readDialogueSet,
  takenForSmallTalk,
} from '../test/eval/dialogueSet.ts';
import {
  DIALOGUES_FILE,
  type EvaluationSet,
  evaluate,
  evaluationSetNames,
  loadEvaluationSet,
  readEvaluationSet,
} from '../test/eval/evaluationSet.ts';
import { KEPT_ALTERNATES, leavePhrasingsOut } from '../test/eval/leavePhrasingsOut.ts';

const KNOWLEDGE_DIR = 'knowledge';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const rankerArg = args.find((a) => a.startsWith('--ranker='))?.slice('--ranker='.length);
const rankers = rankerArg ? [rankerArg] : RANKER_NAMES;
for (const name of rankers) {
  if (!RANKERS[name]) {
    process.stderr.write(`unknown ranker "${name}"; known: ${RANKER_NAMES.join(', ')}\n`);
    process.exit(2);
  }
}

/** A story folder and the sets and dialogues to run on it. */
interface Target {
  readonly dir: string;
  readonly sets: readonly EvaluationSet[];
  readonly dialogues: readonly DialogueSet[];
}

/** A story folder's own sets and dialogues. */
function ownTarget(dir: string): Target {
  return {
    dir,
    sets: evaluationSetNames(dir).map((n) => loadEvaluationSet(n, dir)),
    dialogues: loadDialogueSets(dir),
  };
}

/** A YAML file of dialogues rather than of questions: named so, or holding `dialogues:`. */
function isDialogueFile(file: string): boolean {
  return basename(file).endsWith(DIALOGUES_FILE) || /^dialogues:/m.test(readFileSync(file, 'utf8'));
}

/** Story folders, set files and dialogue files named on the command line, or every story with sets. */
function targets(paths: readonly string[]): Target[] {
  if (paths.length === 0) {
    return storyFolders(KNOWLEDGE_DIR)
      .map((name) => ownTarget(resolve(KNOWLEDGE_DIR, name)))
      .filter((target) => target.sets.length > 0 || target.dialogues.length > 0);
  }
  const byDir = new Map<string, Target>();
  const add = (dir: string, more: Partial<Target>): void => {
    const before = byDir.get(dir) ?? { dir, sets: [], dialogues: [] };
    byDir.set(dir, {
      dir,
      sets: [...before.sets, ...(more.sets ?? [])],
      dialogues: [...before.dialogues, ...(more.dialogues ?? [])],
    });
  };
  for (const path of paths) {
    const full = resolve(path);
    if (full.endsWith('.yaml')) {
      // A file in a story's eval/ folder, or kept elsewhere next to nothing: its story is the
      // folder above eval/.
      const dir = dirname(dirname(full));
      const name = basename(full, '.yaml');
      if (isDialogueFile(full)) add(dir, { dialogues: [readDialogueSet(name, full)] });
      else add(dir, { sets: [readEvaluationSet(name, full)] });
    } else if (isStoryFolder(full)) {
      const own = ownTarget(full);
      if (own.sets.length === 0 && own.dialogues.length === 0)
        process.stderr.write(`${full}: no evaluation sets or dialogues in eval/\n`);
      add(full, own);
    } else {
      process.stderr.write(`${full}: not a story folder, an evaluation set or a dialogue file\n`);
      process.exitCode = 2;
    }
  }
  return [...byDir.values()];
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(target: Target, language: LanguagePack): void {
  const story = loadStory(target.dir);
  if (!story.ok) {
    for (const problem of story.error) process.stderr.write(`${formatProblem(problem)}\n`);
    process.exitCode = 1;
    return;
  }
  for (const rankerName of rankers) {
    const ranker = RANKERS[rankerName]?.();
    const engine = createAnswerEngine(story.value, language, { ranker });
    const leftOut = leavePhrasingsOut(story.value, (reduced) =>
      createAnswerEngine(reduced, language, { ranker }),
    );
    process.stdout.write(
      leftOut.heldOut === 0
        ? `${story.value.id}/leave-phrasings-out [${rankerName}]: nothing to hold out (no entry has more than ${KEPT_ALTERNATES} alternates)\n`
        : `${story.value.id}/leave-phrasings-out [${rankerName}]: ${percent(leftOut.accuracy)} of ${leftOut.heldOut} held-out phrasings reach their entry (built on ${KEPT_ALTERNATES} per entry)\n`,
    );
    if (verbose) {
      for (const m of leftOut.misses) {
        process.stdout.write(
          `  miss  ${JSON.stringify(m.question)}  expected ${m.expected}, got ${m.got}\n`,
        );
      }
    }
    for (const set of target.sets) {
      const result = evaluate(engine, set);
      process.stdout.write(
        `${story.value.id}/${set.name} [${rankerName}]: in-scope accuracy ${percent(result.accuracy)} of ${result.inScopeCount}, ` +
          `correct refusals ${percent(result.refusals)} of ${result.outOfScopeCount}\n`,
      );
      if (!verbose) continue;
      for (const m of result.misses) {
        process.stdout.write(
          `  miss  ${m.confidence.toFixed(2)}  ${JSON.stringify(m.question)}  expected ${m.expected}, got ${m.got}\n`,
        );
      }
      for (const m of result.wrongAnswers) {
        process.stdout.write(
          `  wrong ${m.confidence.toFixed(2)}  ${JSON.stringify(m.question)}  answered ${m.got}\n`,
        );
      }
    }
    for (const dialogues of target.dialogues) {
      reportDialogues(
        `${story.value.id}/${dialogues.name} [${rankerName}]`,
        engine,
        target,
        dialogues,
        language,
      );
    }
  }
}

/** Conversation quality: turns right, small talk handled, article questions taken for small talk. */
function reportDialogues(
  label: string,
  engine: AnswerEngine,
  target: Target,
  dialogues: DialogueSet,
  language: LanguagePack,
): void {
  const conversations = () => createConversations(language);
  const result = evaluateDialogues(engine, conversations, dialogues);
  const questions = target.sets.flatMap((set) => set.inScope.map((item) => item.question));
  const taken = takenForSmallTalk(engine, conversations(), questions);
  process.stdout.write(
    `${label}: turns right ${percent(result.turnsRight)} of ${result.turns} (${result.dialogues} dialogues), ` +
      `small talk handled ${percent(result.smallTalkHandled)} of ${result.smallTalkLines}, ` +
      `article questions taken for small talk ${taken.length} of ${questions.length}\n`,
  );
  if (!verbose) return;
  for (const m of result.misses) {
    process.stdout.write(
      `  miss  #${m.dialogue}  ${JSON.stringify(m.question)}  expected ${m.expected}, got ${m.got}\n`,
    );
  }
  for (const line of result.smallTalkMisses) {
    process.stdout.write(`  not small talk  ${JSON.stringify(line)}\n`);
  }
  // Held-out questions are counted above, never listed.
  if (taken.length > 0)
    process.stdout.write(`  ${taken.length} article questions taken for small talk\n`);
}

const loaded = loadLanguagePack();
if (!loaded.ok) {
  for (const problem of loaded.error) process.stderr.write(`${formatProblem(problem)}\n`);
  process.exit(1);
}
const language: LanguagePack = loaded.value;
const chosen = targets(args.filter((a) => !a.startsWith('--')));
if (chosen.length === 0)
  process.stderr.write(`no story with evaluation sets under ${join(KNOWLEDGE_DIR)}\n`);
for (const target of chosen) report(target, language);
