import { type AnswerEngine, createAnswerEngine } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { describeError } from '../describeError.ts';
import { err, ok, type Result } from '../result.ts';
import { startWorker } from '../workerThread.ts';
import type { PreparedMessage, PrepareWorkerData } from './prepareProtocol.ts';
import type { PreparedStory } from './prepareStory.ts';
import type { KnowledgeProblem } from './problem.ts';

/** A reload that takes longer than this is abandoned (the old knowledge keeps answering). */
const PREPARE_TIMEOUT_MS = 120_000;

/**
 * `prepareStory` with the loading and the checks in a worker thread: the answering thread only
 * builds the engine on the checked story (an engine is made of closures and cannot cross threads).
 * `worker` is the entry `prepareWorker.ts`, or its bundle `prepareWorker.js`.
 */
export function prepareInWorker(
  worker: URL,
  language: LanguagePack,
): (dir: string) => Promise<Result<PreparedStory, KnowledgeProblem[]>> {
  return async (dir) => {
    const checked = await runWorker(worker, dir);
    if (!checked.ok) return checked;
    const started = performance.now();
    // The facts for yes/no questions are read between questions, not while the answering thread
    // builds the engine.
    const engine = createAnswerEngine(deepFreeze(checked.value.story), language, {
      trained: checked.value.trained,
      readFactsAtBuild: false,
    });
    readBetweenQuestions(engine);
    return ok({
      engine,
      report: checked.value.report,
      buildMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

/** Facts read in one turn of the event loop: about 3 ms, so a question waits no longer. */
const FACTS_PER_TURN = 8;

/** Reads an engine's facts a few at a time, each batch in a turn of the event loop of its own. */
function readBetweenQuestions(engine: AnswerEngine): void {
  const step = (): void => {
    if (engine.readFacts(FACTS_PER_TURN) > 0) setImmediate(step);
  };
  setImmediate(step);
}

function runWorker(
  entry: URL,
  dir: string,
): Promise<Result<Extract<PreparedMessage, { ok: true }>, KnowledgeProblem[]>> {
  const failed = (reason: string) => err([{ file: dir, reason: `reload failed: ${reason}` }]);
  return new Promise((resolve) => {
    let worker: ReturnType<typeof startWorker>;
    try {
      worker = startWorker(entry, { dir } satisfies PrepareWorkerData);
    } catch (error) {
      resolve(failed(describeError(error)));
      return;
    }
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(failed(`no result after ${PREPARE_TIMEOUT_MS / 1000} s`));
    }, PREPARE_TIMEOUT_MS);
    const settle = (result: Result<Extract<PreparedMessage, { ok: true }>, KnowledgeProblem[]>) => {
      clearTimeout(timer);
      resolve(result);
    };
    worker.once('message', (message: PreparedMessage) =>
      settle(message.ok ? ok(message) : err([...message.problems])),
    );
    worker.once('error', (error) => settle(failed(describeError(error))));
    worker.once('exit', (code) => settle(failed(`the worker stopped (exit code ${code})`)));
  });
}

/** A story crossing threads arrives as a copy; freeze it again as `loadStory` does. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
