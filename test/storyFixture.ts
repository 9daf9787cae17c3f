import { fileURLToPath } from 'node:url';
import { type AnswerEngine, createAnswerEngine } from '../src/answering/engine.ts';
import { loadStory } from '../src/knowledge/loadStory.ts';
import type { Story } from '../src/knowledge/types.ts';

/** The folder of the story the bot ships with. */
export const STORY_DIR = fileURLToPath(new URL('../knowledge/elton-putin-call', import.meta.url));

let story: Story | undefined;
let engine: AnswerEngine | undefined;

/** The shipped story, loaded once per test file. */
export function shippedStory(): Story {
  if (!story) {
    const loaded = loadStory(STORY_DIR);
    if (!loaded.ok)
      throw new Error(`shipped knowledge does not load: ${JSON.stringify(loaded.error)}`);
    story = loaded.value;
  }
  return story;
}

/** The engine on the shipped story, built once per test file. */
export function shippedEngine(): AnswerEngine {
  engine ??= createAnswerEngine(shippedStory());
  return engine;
}
