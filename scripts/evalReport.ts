/**
 * `npm run eval [-- --verbose] [--ranker=<name>] [<story folder> | <set.yaml>…]`: answer quality
 * (in-scope accuracy and correct refusals) on the evaluation sets of every story folder under
 * `knowledge/` that has an `eval/` folder, or of the story folders and set files given, for every
 * ranker (`engine`, the bot's, and `bm25` for comparison) or the one named, and how far each
 * story's phrasings generalise (leave-phrasings-out). `--verbose` lists every miss.
 */

import { basename, dirname, join, resolve } from 'node:path';
import { createAnswerEngine } from '../src/answering/engine.ts';
import type { LanguagePack } from '../src/answering/language/languagePack.ts';
import { RANKER_NAMES, RANKERS } from '../src/answering/rankers.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import { formatProblem } from '../src/knowledge/problem.ts';
import { isStoryFolder, storyFolders } from '../src/knowledge/storyFolders.ts';
import {
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

/** A story folder and the sets to run on it. */
interface Target {
  readonly dir: string;
  readonly sets: readonly EvaluationSet[];
}

/** Story folders and set files named on the command line, or every story with sets. */
function targets(paths: readonly string[]): Target[] {
  if (paths.length === 0) {
    return storyFolders(KNOWLEDGE_DIR)
      .map((name) => resolve(KNOWLEDGE_DIR, name))
      .filter((dir) => evaluationSetNames(dir).length > 0)
      .map((dir) => ({ dir, sets: evaluationSetNames(dir).map((n) => loadEvaluationSet(n, dir)) }));
  }
  const byDir = new Map<string, EvaluationSet[]>();
  for (const path of paths) {
    const full = resolve(path);
    if (full.endsWith('.yaml')) {
      // A set file in a story's eval/ folder, or kept elsewhere next to nothing: its story is the
      // folder above eval/.
      const dir = dirname(dirname(full));
      byDir.set(dir, [...(byDir.get(dir) ?? []), readEvaluationSet(basename(full, '.yaml'), full)]);
    } else if (isStoryFolder(full)) {
      const sets = evaluationSetNames(full).map((n) => loadEvaluationSet(n, full));
      if (sets.length === 0) process.stderr.write(`${full}: no evaluation sets in eval/\n`);
      byDir.set(full, [...(byDir.get(full) ?? []), ...sets]);
    } else {
      process.stderr.write(`${full}: not a story folder or an evaluation set file\n`);
      process.exitCode = 2;
    }
  }
  return [...byDir].map(([dir, sets]) => ({ dir, sets }));
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
      `${story.value.id}/leave-phrasings-out [${rankerName}]: ${percent(leftOut.accuracy)} of ${leftOut.heldOut} held-out phrasings reach their entry (built on ${KEPT_ALTERNATES} per entry)\n`,
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
  }
}

const language = loadLanguagePack();
if (!language.ok) {
  for (const problem of language.error) process.stderr.write(`${formatProblem(problem)}\n`);
  process.exit(1);
}
const chosen = targets(args.filter((a) => !a.startsWith('--')));
if (chosen.length === 0)
  process.stderr.write(`no story with evaluation sets under ${join(KNOWLEDGE_DIR)}\n`);
for (const target of chosen) report(target, language.value);
