import { fileURLToPath } from 'node:url';
import { type AnswerEngine, createAnswerEngine } from '../src/answering/engine.ts';
import type { LanguagePack } from '../src/answering/language/languagePack.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import type { Story } from '../src/knowledge/types.ts';

/** The folder of the story the bot ships with. */
export const STORY_DIR = fileURLToPath(new URL('../knowledge/elton-putin-call', import.meta.url));

/**
 * A second, small story written for the tests (a town's bridge closing for repairs): the bot
 * must serve any story folder, not only the one it ships with.
 */
export const OTHER_STORY_DIR = fileURLToPath(new URL('./stories/harbor-bridge', import.meta.url));

/** The language folder the bot ships with. */
export const LANGUAGE_DIR = fileURLToPath(new URL('../language/en', import.meta.url));

let story: Story | undefined;
let engine: AnswerEngine | undefined;
let language: LanguagePack | undefined;

/** The shipped language (English), loaded once per test file. */
export function shippedLanguage(): LanguagePack {
  if (!language) {
    const loaded = loadLanguagePack(LANGUAGE_DIR);
    if (!loaded.ok)
      throw new Error(`shipped language does not load: ${JSON.stringify(loaded.error)}`);
    language = loaded.value;
  }
  return language;
}

/** Loads a story folder, throwing on any problem: for fixtures that must load. */
export function storyAt(dir: string): Story {
  const loaded = loadStory(dir);
  if (!loaded.ok) throw new Error(`${dir} does not load: ${JSON.stringify(loaded.error)}`);
  return loaded.value;
}

/** The shipped story, loaded once per test file. */
export function shippedStory(): Story {
  story ??= storyAt(STORY_DIR);
  return story;
}

/** The engine on the shipped story, built once per test file. */
export function shippedEngine(): AnswerEngine {
  engine ??= createAnswerEngine(shippedStory(), shippedLanguage());
  return engine;
}
