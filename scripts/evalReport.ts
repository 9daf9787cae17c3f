/**
 * `npm run eval [-- --verbose] [set…]`: answer quality on the story's evaluation sets (knowledge/<story>/eval/)
 * (in-scope accuracy and correct refusals), listing every miss with --verbose. A set may also be
 * given as a path to its YAML file.
 */

import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerEngine } from '../src/answering/engine.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import { evaluate, loadEvaluationSet, readEvaluationSet } from '../test/eval/evaluationSet.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sets = args.filter((a) => !a.startsWith('--'));
const story = loadStory(fileURLToPath(new URL('../knowledge/elton-putin-call', import.meta.url)));
if (!story.ok) {
  process.stderr.write(`${JSON.stringify(story.error, null, 2)}\n`);
  process.exit(1);
}
const language = loadLanguagePack();
if (!language.ok) throw new Error(JSON.stringify(language.error));
const engine = createAnswerEngine(story.value, language.value);
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

for (const name of sets.length > 0 ? sets : ['dev', 'holdout', 'fresh', 'blind']) {
  // A name is one of test/eval's sets; a path to a .yaml file is a set kept elsewhere.
  const set = name.endsWith('.yaml')
    ? readEvaluationSet(basename(name, '.yaml'), name)
    : loadEvaluationSet(name);
  const report = evaluate(engine, set);
  process.stdout.write(
    `${set.name}: in-scope accuracy ${percent(report.accuracy)} of ${report.inScopeCount}, ` +
      `correct refusals ${percent(report.refusals)} of ${report.outOfScopeCount}\n`,
  );
  if (!verbose) continue;
  for (const m of report.misses) {
    process.stdout.write(
      `  miss  ${m.confidence.toFixed(2)}  ${JSON.stringify(m.question)}  expected ${m.expected}, got ${m.got}\n`,
    );
  }
  for (const m of report.wrongAnswers) {
    process.stdout.write(
      `  wrong ${m.confidence.toFixed(2)}  ${JSON.stringify(m.question)}  answered ${m.got}\n`,
    );
  }
}
