/**
 * `npm run bench [-- --json] [-- --quick]`: the answer engine against a naive fuse.js matcher
 * (the shipped story and synthetic knowledge of growing size), the bot on the loopback
 * Discord, the owners' review (accepts, and answers meanwhile), start-up, and the conversation memory after many users. Every measurement runs in a fresh child process (see child.ts), so
 * this process only orchestrates and prints. Progress goes to stderr; stdout gets the table,
 * or with --json one JSON object.
 */
import { cpus } from 'node:os';
import { parseArgs, type Stage } from './args.ts';
import { benchBot } from './botBench.ts';
import { benchConversations } from './conversationBench.ts';
import { benchCurate } from './curateBench.ts';
import { benchEngines } from './engineBench.ts';
import { planFor } from './plan.ts';
import { createProgress } from './progress.ts';
import { type BenchReport, renderReport } from './report.ts';
import { benchStartup } from './startupBench.ts';
import { targetsOf } from './targets.ts';

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`${args}\n`);
  process.exit(2);
}
const plan = planFor(args);
const progress = createProgress();
const runs = (stage: Stage): boolean => !args.only || args.only.has(stage);
const startedAt = new Date().toISOString();

progress(`${plan.mode} run; budget ${plan.budgetMs / 1000} s per measuring process`);
// Start-up first, while the machine is quiet; the bot last, as it is the least sensitive.
const startup = runs('startup') ? await benchStartup(plan.startupRuns, progress) : undefined;
const engine = runs('engine') ? await benchEngines(plan, progress) : undefined;
const bot = runs('bot') ? await benchBot(plan, progress) : undefined;
const curate = runs('curate') ? await benchCurate(plan, progress) : undefined;
const conversation = runs('conversation') ? await benchConversations(plan, progress) : undefined;

const report: BenchReport = {
  benchmark: 'story-answer-bot',
  version: 1,
  mode: plan.mode,
  startedAt,
  durationMs: Math.round(progress.elapsed()),
  environment: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  },
  plan,
  ...(startup && { startup }),
  ...(engine && { engine }),
  ...(bot && { bot }),
  ...(curate && { curate }),
  ...(conversation && { conversation }),
  targets: targetsOf(startup, engine, bot, curate, conversation),
};
progress('done');
process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
