import { existsSync } from 'node:fs';
import type { Logger } from '../logger.ts';
import { err, ok, type Result } from '../result.ts';
import { mergeReportInputs, REPORT, type ReportInput, readReportInput } from './report.ts';
import { openCurationStore } from './store.ts';

export const REPORT_USAGE =
  'usage: npm run report [-- --json] [--limit N] [database.sqlite …] (default: CURATION_DB_PATH)';

/** What `npm run report` was asked for. */
export interface ReportArgs {
  readonly help: boolean;
  readonly json: boolean;
  /** Groups of unanswered questions to list. */
  readonly limit: number;
  /** Curation databases to merge (e.g. one per host); none: the configured one. */
  readonly paths: readonly string[];
}

/** Parses the report's arguments, or says what is wrong with them. */
export function parseReportArgs(argv: readonly string[]): Result<ReportArgs, string> {
  let json = false;
  let help = false;
  let limit: number = REPORT.groups;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--limit=')
      ? ['--limit', arg.slice(8)]
      : [arg, undefined];
    if (name === '--json') json = true;
    else if (name === '--help' || name === '-h') help = true;
    else if (name === '--limit') {
      let value = inline;
      if (value === undefined) {
        i += 1;
        value = argv[i];
      }
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
        return err('--limit needs a whole number of at least 1');
      }
      limit = Number(value);
    } else if (arg.startsWith('-')) return err(`unknown argument: ${arg}`);
    else paths.push(arg);
  }
  return ok({ help, json, limit, paths });
}

/**
 * The rows for a report from the database at `path`. A missing file is not an error (nothing was
 * recorded yet); the file is opened read-only, so the report can run beside the bot and never
 * changes, migrates or locks its database.
 */
export function loadReportInput(path: string, log: Logger): Result<ReportInput, string> {
  if (!existsSync(path)) return ok({ questions: [], feedback: [], dropped: 0 });
  const store = openCurationStore({ path, log, readonly: true });
  try {
    return readReportInput(store);
  } finally {
    store.close();
  }
}

/**
 * The rows of several databases (one per shard or host), merged; or which file cannot be read and
 * why. Every file named must exist: a missing one is a mistyped path, not "nothing recorded".
 */
export function loadMergedReportInput(
  paths: readonly string[],
  log: Logger,
): Result<ReportInput, string> {
  const inputs: ReportInput[] = [];
  for (const path of paths) {
    if (!existsSync(path)) return err(`${path}: no such file`);
    const input = loadReportInput(path, log);
    if (!input.ok) return err(`${path}: ${input.error}`);
    inputs.push(input.value);
  }
  return ok(mergeReportInputs(inputs));
}
