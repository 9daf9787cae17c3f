/**
 * Start-up, measured in a fresh process as `npm start` starts the bot (bundled, plain node:
 * see runtime.ts): nothing loaded, nothing cached. Reports over IPC how long loading the code
 * took and how long reading the language and `prepareStory` (knowledge read and checked, index
 * built: what the bot does before it answers) took.
 *
 * Env: BENCH_STORY_DIR.
 */
import type { StartupSample } from './protocol.ts';

const importStart = performance.now();
const { prepareStory } = await import('../src/knowledge/prepareStory.ts');
const { loadLanguagePack } = await import('../src/knowledge/loadLanguage.ts');
const imported = performance.now();
// The language is read before the story, as every entry point does: both are start-up.
const language = loadLanguagePack();
const prepared = language.ok
  ? prepareStory(process.env.BENCH_STORY_DIR ?? '', language.value)
  : language;
const ready = performance.now();

const sample: StartupSample = {
  ok: prepared.ok,
  importMs: imported - importStart,
  prepareMs: ready - imported,
  readyAtMs: ready,
};
process.send?.(sample, undefined, {}, () => process.disconnect());
