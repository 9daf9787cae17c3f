import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerJsonLines } from '../../src/cli/jsonLines.ts';
import { createConversations } from '../../src/conversation/conversations.ts';
import { shippedEngine, shippedLanguage } from '../storyFixture.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function run(
  input: string | Buffer,
  oneConversation = false,
): Promise<Record<string, unknown>[]> {
  const out: string[] = [];
  await answerJsonLines(
    shippedEngine(),
    [typeof input === 'string' ? Buffer.from(input) : input],
    (l) => out.push(l),
    { conversations: createConversations(shippedLanguage()), oneConversation },
  );
  const text = out.join('');
  expect(text.endsWith('\n') || text === '').toBe(true);
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('answerJsonLines', () => {
  it('writes exactly one object per input line, in order', async () => {
    const records = await run(
      'did putin really call elton?\nwho is peskov\nwho won the world cup\n',
    );
    expect(records.map((r) => r.question)).toEqual([
      'did putin really call elton?',
      'who is peskov',
      'who won the world cup',
    ]);
    expect(records.map((r) => r.status)).toEqual(['answered', 'answered', 'unknown']);
  });

  it('survives bad lines and answers the next one', async () => {
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x0d, 0x80, 0x1b, 0x5b, 0x41]);
    const input = Buffer.concat([
      Buffer.from('\n'),
      Buffer.from(`${'x'.repeat(10_000)}\n`),
      binary,
      Buffer.from('\n🎉🎉🎉\nمرحبا\u202E بالعالم\r\ndid putin really call elton?\n'),
    ]);
    const records = await run(input);
    expect(records).toHaveLength(6);
    expect(records.slice(0, 5).every((r) => r.status === 'unknown')).toBe(true);
    expect(records[5]).toMatchObject({ status: 'answered', id: 'did-putin-call' });
  });

  it('reads each line on its own by default', async () => {
    const records = await run('who is peskov\nsource?\nhi\n');
    expect(records.map((r) => r.status)).toEqual(['answered', 'unknown', 'unknown']);
    expect(records[2]).toMatchObject({ id: null, answer: null, smallTalk: { kind: 'greeting' } });
  });

  it('reads every line as one conversation with --conversation', async () => {
    const records = await run('who is peskov\nwhat did he say\nsource?\nthanks\n', true);
    expect(records.map((r) => r.id)).toEqual([
      'who-peskov',
      expect.stringMatching(/kremlin/),
      expect.stringMatching(/kremlin/),
      null,
    ]);
    expect(records[3]).toMatchObject({ status: 'unknown', smallTalk: { kind: 'thanks' } });
  });

  it('answers a last line without a newline', async () => {
    const records = await run('who is peskov');
    expect(records).toHaveLength(1);
  });
});

describe('npm run ask -- --json', () => {
  it('prints nothing but JSON lines on stdout', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/askMain.ts', '--json'], {
      cwd: ROOT,
      input: 'did putin really call elton?\n\nwhat is 2+2\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'debug' },
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const first = JSON.parse(lines[0] ?? '');
    expect(first).toMatchObject({ status: 'answered', id: 'did-putin-call' });
    expect(first.answer).toMatch(/hoax/i);
    expect(first.sources[0].quote).toMatch(/hoax/);
  });

  it('keeps one conversation over the lines with --conversation', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/askMain.ts', '--json', '--conversation'], {
      cwd: ROOT,
      input: 'who is elton john\nis he gay?\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
    });
    expect(result.status).toBe(0);
    const [, second] = result.stdout.trimEnd().split('\n');
    expect(JSON.parse(second ?? '')).toMatchObject({ status: 'answered', id: 'elton-gay' });
  });
});
