/** `npm run kb:check`: validates the knowledge of every story folder; non-zero exit on any problem. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnswerEngine } from '../answering/engine.ts';
import { checkStory } from './checks.ts';
import { loadLanguagePack } from './loadLanguage.ts';
import { loadStory, STORY_FILES } from './loadStory.ts';
import { formatProblem } from './problem.ts';

const root = resolve(process.argv[2] ?? 'knowledge');
const stories = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
let failed = stories.length === 0;
if (stories.length === 0) process.stderr.write(`no story folders under ${root}\n`);

for (const name of stories) {
  const dir = join(root, name);
  const loaded = loadStory(dir);
  if (!loaded.ok) {
    failed = true;
    for (const problem of loaded.error) process.stderr.write(`${formatProblem(problem)}\n`);
    continue;
  }
  const story = loaded.value;
  const language = loadLanguagePack();
  if (!language.ok) throw new Error(JSON.stringify(language.error));
  const engine = createAnswerEngine(story, language.value);
  const report = checkStory(story, (q) => engine.ask(q), {
    qa: join(dir, STORY_FILES.qa),
    story: join(dir, STORY_FILES.story),
  });
  for (const problem of report.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (report.problems.length > 0) failed = true;
  const phrasings = story.entries.reduce((n, e) => n + 1 + e.alternates.length, 0);
  const paragraphs = story.article.paragraphs.length - 1;
  const cited = paragraphs - report.uncitedParagraphs.length;
  process.stdout.write(
    `${name}: ${story.entries.length} entries, ${phrasings} phrasings, ${report.problems.length} problem(s); ` +
      `coverage ${cited}/${paragraphs} paragraphs cited` +
      (report.uncitedParagraphs.length > 0
        ? ` (not cited: ${report.uncitedParagraphs.join(', ')})`
        : '') +
      '\n',
  );
}
process.exitCode = failed ? 1 : 0;
