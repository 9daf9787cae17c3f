import { join } from 'node:path';
import { type AnswerEngine, createAnswerEngine } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { err, ok, type Result } from '../result.ts';
import { type CheckReport, checkStory } from './checks.ts';
import { loadStory, STORY_FILES } from './loadStory.ts';
import type { KnowledgeProblem } from './problem.ts';
import { readKnowledgeFile } from './readKnowledgeFile.ts';
import { routingEngine } from './routingEngine.ts';

/** A story that passed every check, with the engine built on it. */
export interface PreparedStory {
  readonly engine: AnswerEngine;
  readonly report: CheckReport;
  /** How long building the engine held the calling thread, when it was measured (ms). */
  readonly buildMs?: number;
}

/**
 * Loads a story folder, builds its engine and runs every knowledge check. The bot serves only
 * knowledge that passes: a broken quote or an ambiguous phrasing is refused before it goes live.
 * `readFile` reads the story's files (to check an edit before it is written).
 */
export function prepareStory(
  dir: string,
  language: LanguagePack,
  readFile: (path: string) => string = readKnowledgeFile,
): Result<PreparedStory, KnowledgeProblem[]> {
  const loaded = loadStory(dir, readFile);
  if (!loaded.ok) return loaded;
  const engine = createAnswerEngine(loaded.value, language);
  const routing = routingEngine(loaded.value, language);
  const report = checkStory(
    loaded.value,
    { ask: (q) => routing.ask(q), language },
    {
      qa: join(dir, STORY_FILES.qa),
      story: join(dir, STORY_FILES.story),
    },
  );
  if (report.problems.length > 0) return err([...report.problems]);
  return ok({ engine, report });
}
