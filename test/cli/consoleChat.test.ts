import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/answer.ts';
import { createConsoleChat } from '../../src/cli/consoleChat.ts';
import { createConversations } from '../../src/conversation/conversations.ts';
import type { Turn } from '../../src/conversation/turn.ts';
import { createLogger } from '../../src/logger.ts';
import { HOSTILE } from '../render/hostileText.ts';
import { shippedEngine, shippedLanguage, shippedStory } from '../storyFixture.ts';

async function chat(
  lines: string[],
  interactive = false,
): Promise<{ text: string; answers: Answer[]; turns: Turn[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += String(chunk);
  });
  const turns: Turn[] = [];
  const done = createConsoleChat({
    engine: shippedEngine,
    conversations: createConversations(shippedLanguage()),
    input,
    output,
    interactive,
    onTurn: (turn) => turns.push(turn),
  }).run();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  const answers = turns.flatMap((t) => (t.kind === 'answer' ? [t.answer] : []));
  return { text, answers, turns };
}

describe('console chat', () => {
  it('answers each line with the answer and its quoted sources', async () => {
    const { text, answers } = await chat(['did putin really call elton?', 'who is the pope']);
    expect(answers.map((a) => a.status)).toEqual(['answered', 'unknown']);
    expect(text).toMatch(/hoax/);
    expect(text).toMatch(/\(paragraph 9\)/);
    expect(text).toMatch(/doesn't cover/);
  });

  it('holds one conversation: small talk, follow-ups and the sources of the last answer', async () => {
    const { text, turns, answers } = await chat([
      'hi',
      'who is peskov',
      'what did he say?',
      'how can you tell?',
      'thanks!',
    ]);
    expect(turns.map((t) => t.kind)).toEqual([
      'small-talk',
      'answer',
      'answer',
      'sources',
      'small-talk',
    ]);
    expect(answers.map((a) => (a.status === 'answered' ? a.entry.id : a.status))).toEqual([
      'who-peskov',
      expect.stringMatching(/kremlin/),
    ]);
    expect(text).toMatch(/Here is where the article says it/);
    expect(text).not.toMatch(/doesn't cover/);
  });

  it('tells the story and stops at /quit', async () => {
    const { text, answers } = await chat(['/story', '/quit', 'did putin call elton']);
    expect(text).toContain('The hoax');
    expect(answers).toHaveLength(0);
  });

  it('ends cleanly at end of input, greeting a person at a terminal', async () => {
    const { text } = await chat([], true);
    expect(text).toContain(shippedStory().title);
  });

  it('shows nothing of a hostile question live: no link, no invisible control', async () => {
    const { text } = await chat([HOSTILE, `did putin really call elton ${HOSTILE}`]);
    expect(text).not.toMatch(/[a-z]:\/\/|discord\.gg|[\u202E\u200B\u2066]/i);
  });

  it('logs how each question was read at debug level', async () => {
    const lines: string[] = [];
    const input = new PassThrough();
    const done = createConsoleChat({
      engine: shippedEngine,
      conversations: createConversations(shippedLanguage()),
      input,
      output: new PassThrough(),
      interactive: false,
      log: createLogger({ level: 'debug', write: (l) => lines.push(l) }),
    }).run();
    input.end('who is peskov\n');
    await done;
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      event: 'question.read',
      frontEnd: 'console',
      question: 'who is peskov',
      entry: 'who-peskov',
    });
  });
});
