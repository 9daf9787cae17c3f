/**
 * `npm run curate [-- database.sqlite …]`: the owners' review of `/curate` at a terminal. Reads
 * this host's curation database (`CURATION_DB_PATH`), those of `CURATION_MERGE_PATHS` and the
 * ones named; accepted phrasings go into the story's `qa.yaml` (checked first), decisions into
 * `CURATION_DB_PATH`. The running bot picks edits up on a reload.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { createCurateCli } from '../cli/curateCli.ts';
import { createLogger } from '../logger.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { createCurator } from './review/curator.ts';
import { diskEngine } from './review/diskEngine.ts';
import { reviewInProcess } from './review/reviewInProcess.ts';
import { openReviewSession } from './review/reviewSession.ts';

const USAGE = 'usage: npm run curate [-- database.sqlite …] (besides CURATION_DB_PATH)';
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(EXIT.ok);
}
const unknown = args.find((arg) => arg.startsWith('-'));
if (unknown) {
  process.stderr.write(`unknown argument: ${unknown}\n${USAGE}\n`);
  process.exit(EXIT.badConfig);
}

const config = configOrExit();
const log = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
// Fails at once, with every problem listed, when the knowledge on disk does not pass kb:check.
const language = languageOrExit();
const initial = engineOrExit(config, language, log);
const onDisk = diskEngine(config.storyDir, language);
const session = openReviewSession({
  storyDir: config.storyDir,
  language,
  ownDb: config.curationDbPath,
  otherDbs: [...config.curationMergePaths, ...args],
  log,
});
const current = () => {
  const engine = onDisk();
  return engine.ok ? engine.value : initial;
};
const curator = createCurator({
  review: reviewInProcess(session),
  secret: config.curationSecret ?? randomBytes(32).toString('hex'),
  // The answers after an accept come from the knowledge as now written.
  engine: current,
  language,
});
const interactive = Boolean(process.stdin.isTTY);
if (interactive) process.stdout.write(`What people asked about ${initial.story.title}\n\n`);
await createCurateCli({
  curator,
  engine: current,
  curatorId: `cli:${userInfo().username}`,
  input: process.stdin,
  output: process.stdout,
  interactive,
  afterAccept:
    'The bot serves it after a reload: /reload in Discord, kill -HUP <pid>, or KNOWLEDGE_WATCH=true.',
}).run();
await curator.close();
