import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/knowledge/liveKnowledge.ts';
import { prepareStory } from '../../src/knowledge/prepareStory.ts';
import { createLogger } from '../../src/logger.ts';
import { STORY_DIR, shippedLanguage } from '../storyFixture.ts';

let dir: string;
let logs: string[];
let live: LiveKnowledge;

function answerTo(question: string): string | null {
  const answer = live.current().ask(question);
  return answer.status === 'answered' ? answer.entry.answer : null;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'story-'));
  cpSync(STORY_DIR, dir, { recursive: true });
  logs = [];
  const prepared = prepareStory(dir, shippedLanguage());
  if (!prepared.ok) throw new Error('shipped knowledge must load');
  live = createLiveKnowledge({
    dir,
    initial: prepared.value.engine,
    prepare: (storyDir) => prepareStory(storyDir, shippedLanguage()),
    log: createLogger({ level: 'debug', write: (l) => logs.push(l) }),
  });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const qaFile = (): string => join(dir, 'qa.yaml');

/** Rewrites qa.yaml with one entry's answer replaced, as a curator would edit it. */
function setAnswer(id: string, answer: string): void {
  const qa = parse(readFileSync(qaFile(), 'utf8')) as { entries: { id: string; answer: string }[] };
  const entry = qa.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  entry.answer = answer;
  writeFileSync(qaFile(), stringify(qa));
}

describe('live knowledge', () => {
  it('swaps in knowledge that passes every check', () => {
    setAnswer('did-putin-call', 'No, it did not happen: it was a hoax by two Russian pranksters.');
    const result = live.reload('test');
    expect(result.ok).toBe(true);
    expect(answerTo('did putin really call elton?')).toMatch(/^No, it did not happen/);
    expect(logs.some((l) => l.includes('knowledge.reloaded'))).toBe(true);
  });

  it('refuses broken knowledge, keeps answering with the old, and logs exactly what is wrong', () => {
    const before = answerTo('did putin really call elton?');
    writeFileSync(
      qaFile(),
      readFileSync(qaFile(), 'utf8').replace(
        'quote: "the call was a hoax engineered by two',
        'quote: "the call was a hoax engineered by seven',
      ),
    );
    const result = live.reload('test');
    expect(result.ok).toBe(false);
    expect(answerTo('did putin really call elton?')).toBe(before);
    const line = logs.find((l) => l.includes('knowledge.reload_refused')) ?? '';
    expect(line).toMatch(/not verbatim/);
    expect(line).toMatch(/qa\.yaml/);
  });

  it('refuses a file that is not even valid YAML', () => {
    writeFileSync(qaFile(), 'entries: [unclosed');
    expect(live.reload('test').ok).toBe(false);
    expect(answerTo('who is peskov')).not.toBeNull();
  });

  it('reloads by itself when watching and a file changes', async () => {
    const stop = live.watch(50);
    try {
      setAnswer('did-putin-call', 'No, never: it was a hoax by two Russian pranksters.');
      for (
        let i = 0;
        i < 50 && !/^No, never/.test(answerTo('did putin really call elton?') ?? '');
        i++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(answerTo('did putin really call elton?')).toMatch(/^No, never/);
    } finally {
      stop();
    }
  });
});
