/**
 * `npm run ask -- "question"`: one answer, human-readable.
 * `npm run ask -- --json`: questions on stdin, one JSON object per line on stdout.
 */
import { createLogger } from '../logger.ts';
import { logReading } from '../readingLog.ts';
import { renderConsoleText } from '../render/consoleText.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { answerJsonLines } from './jsonLines.ts';

const USAGE = 'usage: npm run ask -- "your question"   |   npm run ask -- --json < questions.txt';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

const args = process.argv.slice(2);
const config = configOrExit();
// Logs go to stderr; in JSON mode stdout carries nothing but answers.
const log = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (args[0] === '--json') {
  const engine = engineOrExit(config, languageOrExit(), log);
  await answerJsonLines(engine, process.stdin, (line) => process.stdout.write(line), log);
} else if (args.length > 0) {
  const engine = engineOrExit(config, languageOrExit(), log);
  const answer = engine.ask(args.join(' '));
  logReading(log, engine, answer, 'console');
  process.stdout.write(`${renderConsoleText(answer, engine.story)}\n`);
} else {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = EXIT.badConfig;
}
