import { type FSWatcher, watch } from 'node:fs';
import type { AnswerEngine } from '../answering/engine.ts';
import type { Logger } from '../logger.ts';
import { err, ok, type Result } from '../result.ts';
import type { PreparedStory } from './prepareStory.ts';
import { formatProblem, type KnowledgeProblem } from './problem.ts';

/** The knowledge being served, replaceable while the bot runs. */
export interface LiveKnowledge {
  /** The engine serving now. Read it per question: a reload swaps it between two questions. */
  current(): AnswerEngine;
  /**
   * Loads the story folder again and runs every check; swaps the new knowledge in only if all
   * pass, otherwise keeps serving the old one.
   */
  reload(reason: string): Result<{ readonly entries: number }, readonly KnowledgeProblem[]>;
  /** Reloads whenever a file of the story folder changes (debounced); returns a stop function. */
  watch(debounceMs?: number): () => void;
}

export interface LiveKnowledgeDeps {
  readonly dir: string;
  readonly initial: AnswerEngine;
  readonly prepare: (dir: string) => Result<PreparedStory, KnowledgeProblem[]>;
  readonly log: Logger;
}

export function createLiveKnowledge(deps: LiveKnowledgeDeps): LiveKnowledge {
  let engine = deps.initial;
  const { log } = deps;

  const reload: LiveKnowledge['reload'] = (reason) => {
    const started = performance.now();
    let prepared: Result<PreparedStory, KnowledgeProblem[]>;
    try {
      prepared = deps.prepare(deps.dir);
    } catch (error) {
      // A bug while loading must not take down the bot that is serving the old knowledge.
      prepared = err([{ file: deps.dir, reason: `reload failed: ${(error as Error).message}` }]);
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
    });
    return ok({ entries });
  };

  return {
    current: () => engine,
    reload,
    watch(debounceMs = 300) {
      let timer: NodeJS.Timeout | undefined;
      let watcher: FSWatcher;
      try {
        watcher = watch(deps.dir, () => {
          // Editors write a file in several steps; reload once they are done.
          clearTimeout(timer);
          timer = setTimeout(() => reload('file change'), debounceMs);
        });
      } catch (error) {
        log.error('knowledge.watch_failed', { dir: deps.dir, error: (error as Error).message });
        return () => {};
      }
      watcher.on('error', (error) => log.error('knowledge.watch_failed', { error: error.message }));
      return () => {
        clearTimeout(timer);
        watcher.close();
      };
    },
  };
}
