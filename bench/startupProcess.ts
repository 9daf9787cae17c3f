/**
 * Start-up, measured in a fresh process as `npm start` starts the bot (bundled, plain node:
 * see runtime.ts): nothing loaded, nothing cached. Reports over IPC how long loading the code
 * took and how long `prepareStory` (knowledge read and checked, index built: what the bot does
 * before it answers) took.
 *
 * Env: BENCH_STORY_DIR.
 */
import type { StartupSample } from './protocol.ts';

const importStart = performance.now();
const { prepareStory } = await import('../src/knowledge/prepareStory.ts');
const imported = performance.now();
const prepared = prepareStory(process.env.BENCH_STORY_DIR ?? '');
const ready = performance.now();

const sample: StartupSample = {
  ok: prepared.ok,
  importMs: imported - importStart,
  prepareMs: ready - imported,
  readyAtMs: ready,
};
process.send?.(sample, undefined, {}, () => process.disconnect());
