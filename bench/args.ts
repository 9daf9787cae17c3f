/** Command-line options of `npm run bench`. */
export interface BenchArgs {
  /** One JSON object on stdout instead of the table. */
  readonly json: boolean;
  /** Smaller knowledge bases, fewer queries and interactions: a sanity check in well under a minute. */
  readonly quick: boolean;
  /** Per measuring process; a build that overruns it is reported, not waited for. */
  readonly budgetSeconds: number | undefined;
  /** Bot interactions to measure instead of the plan's (to see memory over a longer run). */
  readonly interactions: number | undefined;
  /** Only these stages (default all). */
  readonly only: ReadonlySet<Stage> | undefined;
}

export const STAGES = ['startup', 'engine', 'bot', 'curate', 'conversation'] as const;
export type Stage = (typeof STAGES)[number];

export const USAGE = `usage: npm run bench -- [--json] [--quick] [--budget=SECONDS] [--only=startup,engine,bot,curate,conversation] [--interactions=N]`;

/** Parses argv; returns a message for anything it does not know, so a typo is not ignored. */
export function parseArgs(argv: readonly string[]): BenchArgs | string {
  let json = false;
  let quick = false;
  let budgetSeconds: number | undefined;
  let interactions: number | undefined;
  let only: Set<Stage> | undefined;
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--json' && value === undefined) json = true;
    else if (flag === '--quick' && value === undefined) quick = true;
    else if (flag === '--budget' && value !== undefined && Number(value) > 0) {
      budgetSeconds = Number(value);
    } else if (
      flag === '--interactions' &&
      value !== undefined &&
      Number.isInteger(Number(value)) &&
      Number(value) > 0
    ) {
      interactions = Number(value);
    } else if (flag === '--only' && value) {
      const names = value.split(',');
      const unknown = names.filter((name) => !(STAGES as readonly string[]).includes(name));
      if (unknown.length > 0) return `unknown stage ${unknown.join(', ')}\n${USAGE}`;
      only = new Set(names as Stage[]);
    } else return `unknown argument ${arg}\n${USAGE}`;
  }
  return { json, quick, budgetSeconds, interactions, only };
}
