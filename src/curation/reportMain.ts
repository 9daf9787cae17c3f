/**
 * `npm run report [-- --json] [--limit N]`: what the curators should look at — the questions
 * asked most often without a good answer, grouped, with their nearest entry; and the answers
 * voted 👎. Reads the curation database the bot writes (`CURATION_DB_PATH`).
 */
import { existsSync } from 'node:fs';
import { createLogger } from '../logger.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { renderReportJson, renderReportText } from './renderReport.ts';
import { buildReport } from './report.ts';
import { loadReportInput, parseReportArgs, REPORT_USAGE } from './reportCli.ts';

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
const path = config.curationDbPath;
const input = loadReportInput(path, log);
if (!input.ok) {
  process.stderr.write(`Cannot read the curation database ${path}: ${input.error}\n`);
  process.exit(EXIT.failure);
}

const engine = engineOrExit(config, languageOrExit(), log);
const report = buildReport(input.value, engine, { groups: args.value.limit });
if (args.value.json) process.stdout.write(`${renderReportJson(report)}\n`);
else {
  if (!existsSync(path)) process.stderr.write(`(no database yet at ${path})\n`);
  process.stdout.write(`${renderReportText(report)}\n`);
}
