import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerEngine } from '../../answering/engine.ts';
import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { STORY_FILES } from '../../knowledge/loadStory.ts';
import { prepareStory } from '../../knowledge/prepareStory.ts';
import { formatProblem } from '../../knowledge/problem.ts';
import { err, ok, type Result } from '../../result.ts';

/**
 * The engine on the knowledge on disk, loaded and checked once and again whenever its files
 * change; or why it cannot be (the knowledge fails kb:check).
 */
export function diskEngine(
  storyDir: string,
  language: LanguagePack,
): () => Result<AnswerEngine, string> {
  let cached: { readonly stamp: string; readonly engine: AnswerEngine } | undefined;
  return () => {
    const stamp = stampOf(storyDir);
    if (cached && cached.stamp === stamp) return ok(cached.engine);
    const prepared = prepareStory(storyDir, language);
    if (!prepared.ok) {
      const first = prepared.error[0];
      return err(
        `the knowledge in ${storyDir} fails kb:check (${prepared.error.length} problem(s)${first ? `, first: ${formatProblem(first)}` : ''}); fix it before curating`,
      );
    }
    cached = { stamp, engine: prepared.value.engine };
    return ok(prepared.value.engine);
  };
}

/** The story files' modification times and sizes: a change means the knowledge must load again. */
function stampOf(dir: string): string {
  return Object.values(STORY_FILES)
    .map((name) => {
      try {
        const stat = statSync(join(dir, name));
        return `${stat.mtimeMs}:${stat.size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}
