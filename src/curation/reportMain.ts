/**
 * `npm run report [-- --json] [--limit N] [database.sqlite …]`: what the curators should look at —
 * the questions asked most often without a good answer, grouped, with their nearest entry; the
 * answers voted 👎; the latest decisions. Reads the curation database the bot writes
 * (`CURATION_DB_PATH`), or merges the databases named (one per host or shard).
 */
import { existsSync } from 'node:fs';
import { createLogger } from '../logger.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { renderReportJson, renderReportText } from './renderReport.ts';
import { buildReport } from './report.ts';
import {
  loadMergedReportInput,
  loadReportInput,
  parseReportArgs,
  REPORT_USAGE,
} from './reportCli.ts';

const args = parseReportArgs(process.argv.slice(2));
if (!args.ok) {
  process.stderr.write(`${args.error}\n${REPORT_USAGE}\n`);
  process.exit(EXIT.badConfig);
}
if (args.value.help) {
  process.stdout.write(`${REPORT_USAGE}\n`);
  process.exit(EXIT.ok);
}

const config = configOrExit();
// Logs go to stderr; stdout carries the report alone (JSON mode must stay parseable).
const log = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
const { paths } = args.value;
const path = config.curationDbPath;
const input = paths.length > 0 ? loadMergedReportInput(paths, log) : loadReportInput(path, log);
if (!input.ok) {
  const which = paths.length > 0 ? 'a curation database' : `the curation database ${path}`;
  process.stderr.write(`Cannot read ${which}: ${input.error}\n`);
  process.exit(EXIT.failure);
}

const engine = engineOrExit(config, languageOrExit(), log);
const report = buildReport(input.value, engine, { groups: args.value.limit });
if (args.value.json) process.stdout.write(`${renderReportJson(report)}\n`);
else {
  if (paths.length > 1) process.stderr.write(`(${paths.length} databases merged)\n`);
  if (paths.length === 0 && !existsSync(path))
    process.stderr.write(`(no database yet at ${path})\n`);
  process.stdout.write(`${renderReportText(report)}\n`);
}
