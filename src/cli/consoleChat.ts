import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnswerEngine } from '../answering/engine.ts';
import type { Conversations } from '../conversation/conversations.ts';
import type { Turn } from '../conversation/turn.ts';
import type { Story } from '../knowledge/types.ts';
import type { Logger } from '../logger.ts';
import { logTurn } from '../readingLog.ts';
import { renderStoryText } from '../render/storyText.ts';
import { renderTurnText } from '../render/turnText.ts';

export interface ConsoleChatDeps {
  /** The engine serving now (a function, so reloaded knowledge takes effect at once). */
  readonly engine: () => AnswerEngine;
  readonly input: Readable;
  readonly output: Writable;
  /** Show a prompt and a greeting: on for a person at a terminal, off for piped input. */
  readonly interactive: boolean;
  /** Small talk and follow-ups; the session is one conversation, remembered between lines. */
  readonly conversations: Conversations;
  /** Called with every reply once it is shown, and the seconds it took (recording, metrics). */
  readonly onTurn?: (turn: Turn, seconds: number) => void;
  /** For the debug line on how each question was read. */
  readonly log?: Logger;
}

/** What the console can do, with the story's own example questions. */
function helpText(story: Pick<Story, 'examples'>): string {
  const examples = story.examples.map((q) => `"${q}"`).join(', ');
  return [
    `Ask anything about the story, e.g. ${examples}`,
    'Commands: /story (the story in brief), /help, /quit (or Ctrl+D / Ctrl+C).',
  ].join('\n');
}

/** The console is one person at one terminal: one conversation. */
const SESSION = 'console';

/**
 * The console front end: reads questions line by line and prints each answer with its sources.
 * Lines are one conversation ("who is he?" follows the question before). Resolves when input
 * ends or the user quits.
 */
export function createConsoleChat(deps: ConsoleChatDeps): { run(): Promise<void> } {
  const { engine, output, interactive } = deps;
  const print = (text: string): void => {
    output.write(`${text}\n`);
  };
  return {
    run(): Promise<void> {
      const rl = createInterface({
        input: deps.input,
        output,
        terminal: interactive,
        crlfDelay: Infinity,
      });
      if (interactive) {
        const { story } = engine();
        print(`${story.title}\n${helpText(story)}\n`);
        rl.setPrompt('> ');
        rl.prompt();
      }
      return new Promise((resolve) => {
        // Lines already buffered still arrive after close(); once the user quits, ignore them.
        let closed = false;
        rl.on('line', (line) => {
          if (closed) return;
          const command = line.trim().toLowerCase();
          if (command === '/quit' || command === '/exit') {
            closed = true;
            rl.close();
            return;
          }
          if (command === '/help') print(helpText(engine().story));
          else if (command === '/story') print(renderStoryText(engine().story));
          else {
            const started = performance.now();
            const current = engine();
            const turn = deps.conversations.reply(current, line, SESSION);
            if (deps.log) logTurn(deps.log, current, turn, 'console');
            print(renderTurnText(turn, current.story));
            deps.onTurn?.(turn, (performance.now() - started) / 1000);
          }
          if (interactive) {
            print('');
            rl.prompt();
          }
        });
        rl.on('SIGINT', () => rl.close());
        rl.on('close', () => {
          closed = true;
          if (interactive) print('');
          resolve();
        });
      });
    },
  };
}
