/**
 * `npm run ask -- "question"`: one answer, human-readable.
 * `npm run ask -- --json [--conversation]`: questions on stdin, one JSON object per line on
 * stdout; each line on its own, or with `--conversation` all lines one conversation.
 */
import { createConversations } from '../conversation/conversations.ts';
import { createLogger } from '../logger.ts';
import { logTurn } from '../readingLog.ts';
import { renderTurnText } from '../render/turnText.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { answerJsonLines } from './jsonLines.ts';

const USAGE =
  'usage: npm run ask -- "your question"   |   npm run ask -- --json [--conversation] < questions.txt';

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
  const language = languageOrExit();
  const engine = engineOrExit(config, language, log);
  await answerJsonLines(engine, process.stdin, (line) => process.stdout.write(line), {
    conversations: createConversations(language),
    oneConversation: args.includes('--conversation'),
    log,
  });
} else if (args.length > 0) {
  const language = languageOrExit();
  const engine = engineOrExit(config, language, log);
  const turn = createConversations(language).reply(engine, args.join(' '));
  logTurn(log, engine, turn, 'console');
  process.stdout.write(`${renderTurnText(turn, engine.story)}\n`);
} else {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = EXIT.badConfig;
}
