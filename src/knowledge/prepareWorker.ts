/**
 * The reload worker thread: loads a story folder and runs every knowledge check (hundreds of
 * questions asked of a fresh engine) away from the thread that answers. Sends back the checked
 * story, as plain data, or its problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguagePack } from './loadLanguage.ts';
import type { PreparedMessage, PrepareWorkerData } from './prepareProtocol.ts';
import { prepareStory } from './prepareStory.ts';

const port = parentPort;
if (!port) throw new Error('prepareWorker.ts runs as a worker thread');
const { dir } = workerData as PrepareWorkerData;
// The worker reads the language data itself: a language pack is built once per thread.
const language = loadLanguagePack();
const prepared = language.ok ? prepareStory(dir, language.value) : language;
const message: PreparedMessage = prepared.ok
  ? {
      ok: true,
      story: prepared.value.engine.story,
      report: prepared.value.report,
      trained: prepared.value.engine.trained,
    }
  : { ok: false, problems: prepared.error };
port.postMessage(message);
port.close();
