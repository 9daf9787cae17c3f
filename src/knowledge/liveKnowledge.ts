import type { AnswerEngine } from '../answering/engine.ts';
import { describeError } from '../describeError.ts';
import type { Logger } from '../logger.ts';
import { err, ok, type Result } from '../result.ts';
import type { PreparedStory } from './prepareStory.ts';
import { formatProblem, type KnowledgeProblem } from './problem.ts';
import { watchFolder } from './watchFolder.ts';

/** What a reload gives: the number of entries now served, or why the new knowledge was refused. */
export type ReloadResult = Result<{ readonly entries: number }, readonly KnowledgeProblem[]>;

/** The knowledge being served, replaceable while the bot runs. */
export interface LiveKnowledge {
  /** The engine serving now. Read it per question: a reload swaps it between two questions. */
  current(): AnswerEngine;
  /**
   * Loads the story folder again and runs every check; swaps the new knowledge in only if all
   * pass, otherwise keeps serving the old one. Reloads are coalesced: while one runs, every
   * further request shares a single next run (which sees every change made so far).
   */
  reload(reason: string): Promise<ReloadResult>;
  /**
   * Reloads whenever a file of the story folder changes (debounced), and goes on watching when the
   * folder is replaced; returns a stop function.
   */
  watch(debounceMs?: number): () => void;
}

export interface LiveKnowledgeDeps {
  readonly dir: string;
  readonly initial: AnswerEngine;
  /** Loads and checks a story folder (in a worker thread in the bot: `prepareInWorker`). */
  readonly prepare: (
    dir: string,
  ) =>
    | Result<PreparedStory, KnowledgeProblem[]>
    | Promise<Result<PreparedStory, KnowledgeProblem[]>>;
  readonly log: Logger;
  /** Told of every reload run (coalesced requests make one run), e.g. for metrics. */
  readonly onReload?: (result: ReloadResult) => void;
}

export function createLiveKnowledge(deps: LiveKnowledgeDeps): LiveKnowledge {
  let engine = deps.initial;
  const { log } = deps;

  const run = async (reason: string): Promise<ReloadResult> => {
    const started = performance.now();
    let prepared: Result<PreparedStory, KnowledgeProblem[]>;
    try {
      prepared = await deps.prepare(deps.dir);
    } catch (error) {
      // A bug while loading must not take down the bot that is serving the old knowledge.
      prepared = err([{ file: deps.dir, reason: `reload failed: ${describeError(error)}` }]);
    }
    if (!prepared.ok) {
      log.error('knowledge.reload_refused', {
        reason,
        problems: prepared.error.length,
        details: prepared.error.slice(0, 20).map(formatProblem).join(' | '),
      });
      return prepared;
    }
    engine = prepared.value.engine;
    const entries = engine.story.entries.length;
    log.info('knowledge.reloaded', {
      reason,
      entries,
      ms: Math.round(performance.now() - started),
      blockedMs: prepared.value.buildMs,
    });
    return ok({ entries });
  };

  let running: Promise<ReloadResult> | undefined;
  let next: { readonly result: Promise<ReloadResult>; readonly reasons: Set<string> } | undefined;
  const reload: LiveKnowledge['reload'] = (reason) => {
    if (!running) {
      running = run(reason)
        .then((result) => {
          deps.onReload?.(result);
          return result;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    }
    if (next) {
      next.reasons.add(reason);
      log.debug('knowledge.reload_coalesced', { reason });
      return next.result;
    }
    const reasons = new Set([reason]);
    const result = running.then(() => {
      next = undefined;
      return reload([...reasons].join(', '));
    });
    next = { result, reasons };
    return result;
  };

  return {
    current: () => engine,
    reload,
    watch(debounceMs = 300) {
      return watchFolder({
        dir: deps.dir,
        log,
        debounceMs,
        onChange: () => void reload('file change'),
      });
    },
  };
}
