/**
 * `npm run kb:check [-- <folder>…]`: validates the knowledge of story folders; non-zero exit on any
 * problem. A folder is a story folder (it holds qa.yaml) or a knowledge folder, whose every story
 * folder is checked; `knowledge/` by default. Also prints each story's citation coverage and the
 * synonyms that sit in two groups (each reads as both: sometimes meant, often a slip).
 */
import { basename, join, resolve } from 'node:path';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { sharedSynonyms } from '../answering/synonyms.ts';
import { checkStory } from './checks.ts';
import { loadLanguagePack } from './loadLanguage.ts';
import { loadStory, STORY_FILES } from './loadStory.ts';
import { formatProblem } from './problem.ts';
import { routingEngine } from './routingEngine.ts';
import { isStoryFolder, storyFolders } from './storyFolders.ts';

const write = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const fail = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Checks one story folder; true when it has no problem. */
function checkFolder(dir: string, language: LanguagePack): boolean {
  const name = basename(dir);
  const loaded = loadStory(dir);
  if (!loaded.ok) {
    for (const problem of loaded.error) fail(formatProblem(problem));
    return false;
  }
  const story = loaded.value;
  const engine = routingEngine(story, language);
  const report = checkStory(
    story,
    { ask: (q) => engine.ask(q), language },
    {
      qa: join(dir, STORY_FILES.qa),
      story: join(dir, STORY_FILES.story),
    },
  );
  for (const problem of report.problems) fail(formatProblem(problem));
  const phrasings = story.entries.reduce((n, e) => n + 1 + e.alternates.length, 0);
  const paragraphs = story.article.paragraphs.length - 1;
  const cited = paragraphs - report.uncitedParagraphs.length;
  write(
    `${name}: ${story.entries.length} entries, ${phrasings} phrasings, ${report.problems.length} problem(s); ` +
      `coverage ${cited}/${paragraphs} paragraphs cited` +
      (report.uncitedParagraphs.length > 0
        ? ` (not cited: ${report.uncitedParagraphs.join(', ')})`
        : ''),
  );
  const shared = sharedSynonyms(story.synonyms, language);
  if (shared.length > 0) {
    write(`  synonyms in two groups (each reads as every group listed):`);
    for (const { member, groups } of shared) write(`    "${member}": ${groups.join(', ')}`);
  }
  return report.problems.length === 0;
}

const language = loadLanguagePack();
if (!language.ok) {
  for (const problem of language.error) fail(formatProblem(problem));
  process.exit(1);
}
const targets = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const dirs = (targets.length > 0 ? targets : ['knowledge']).flatMap((target) => {
  const dir = resolve(target);
  if (isStoryFolder(dir)) return [dir];
  const names = storyFolders(dir);
  if (names.length === 0) fail(`no story folders under ${dir}`);
  return names.length > 0 ? names.map((n) => join(dir, n)) : [undefined];
});
let failed = false;
for (const dir of dirs) {
  if (dir === undefined || !checkFolder(dir, language.value)) failed = true;
}
process.exitCode = failed ? 1 : 0;
