import type { AnswerEngine } from './answering/engine.ts';
import type { LanguagePack } from './answering/language/languagePack.ts';
import { type Config, parseConfig, readEnvironment } from './config.ts';
import { loadLanguagePack } from './knowledge/loadLanguage.ts';
import { prepareStory } from './knowledge/prepareStory.ts';
import { formatProblem } from './knowledge/problem.ts';
import type { Logger } from './logger.ts';

/** Exit codes of every entry point. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, badConfig: 2 });

/** Parses the configuration or exits with one clear message per problem and code 2. */
export function configOrExit(): Config {
  const config = parseConfig(readEnvironment());
  if (config.ok) return config.value;
  process.stderr.write(
    `Invalid configuration:\n${config.error.map((e) => `  - ${e}`).join('\n')}\n`,
  );
  process.exit(EXIT.badConfig);
}

/** Loads the language the engine reads questions in, or exits listing what is wrong with it. */
export function languageOrExit(): LanguagePack {
  const language = loadLanguagePack();
  if (language.ok) return language.value;
  process.stderr.write(
    `The language data has problems:\n${language.error.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`,
  );
  process.exit(EXIT.failure);
}

/** Loads and checks the configured story, or exits listing what is wrong with its knowledge. */
export function engineOrExit(config: Config, language: LanguagePack, log: Logger): AnswerEngine {
  const started = performance.now();
  const prepared = prepareStory(config.storyDir, language);
  if (!prepared.ok) {
    log.error('knowledge.invalid', { dir: config.storyDir, problems: prepared.error.length });
    process.stderr.write(
      `The knowledge in ${config.storyDir} has problems:\n${prepared.error.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`,
    );
    process.exit(EXIT.failure);
  }
  const { engine } = prepared.value;
  log.info('knowledge.ready', {
    story: engine.story.id,
    entries: engine.story.entries.length,
    ms: Math.round(performance.now() - started),
  });
  return engine;
}
