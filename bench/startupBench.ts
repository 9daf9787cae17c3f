import { STORY_DIR } from '../test/storyFixture.ts';
import { runChild } from './child.ts';
import type { Progress } from './progress.ts';
import type { StartupSample } from './protocol.ts';
import { bundleForNode, productionRuntime } from './runtime.ts';
import { median, round } from './stats.ts';

export interface StartupFigures {
  readonly runs: number;
  /** `prepareStory` on the shipped story: load, check, build the index. Median of the runs. */
  readonly prepareMs: number;
  readonly prepareMinMs: number;
  readonly prepareMaxMs: number;
  /** Loading the bundled modules and their dependencies. */
  readonly importMs: number;
  /** From the start of the process to ready, node's own start-up included. */
  readonly readyAtMs: number;
  /** Node flags of the process, as `npm start` runs the bot. */
  readonly nodeFlags: readonly string[];
}

const TIMEOUT_MS = 60_000;

const ENTRY = './startupProcess.ts';

/** Starts `runs` fresh processes one after the other; each prepares the story once. */
export async function benchStartup(runs: number, progress: Progress): Promise<StartupFigures> {
  const bundle = (await bundleForNode([ENTRY])).get(ENTRY) ?? '';
  const runtime = productionRuntime();
  const samples: StartupSample[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`start-up: fresh process ${i + 1} of ${runs}`);
    const outcome = await runChild<StartupSample>(bundle, [], {
      timeoutMs: TIMEOUT_MS,
      execArgv: runtime.nodeFlags,
      env: { ...process.env, BENCH_STORY_DIR: STORY_DIR },
    });
    const sample = outcome.messages[0];
    if (outcome.end !== 'ok' || !sample?.ok) {
      throw new Error(
        `start-up run failed (${outcome.end}): ${outcome.stderr.trim() || 'knowledge did not prepare'}`,
      );
    }
    samples.push(sample);
  }
  const prepare = samples.map((s) => s.prepareMs);
  const figures: StartupFigures = {
    runs,
    prepareMs: round(median(prepare)),
    prepareMinMs: round(Math.min(...prepare)),
    prepareMaxMs: round(Math.max(...prepare)),
    importMs: round(median(samples.map((s) => s.importMs))),
    readyAtMs: round(median(samples.map((s) => s.readyAtMs))),
    nodeFlags: runtime.nodeFlags,
  };
  progress(
    `start-up: prepareStory ${figures.prepareMs} ms, ready ${figures.readyAtMs} ms after process start`,
  );
  return figures;
}
