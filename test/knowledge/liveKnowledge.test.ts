import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/knowledge/liveKnowledge.ts';
import { prepareInWorker } from '../../src/knowledge/prepareInWorker.ts';
import { prepareStory } from '../../src/knowledge/prepareStory.ts';
import { KNOWLEDGE_FILE_MAX_BYTES } from '../../src/knowledge/readKnowledgeFile.ts';
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
  it('swaps in knowledge that passes every check', async () => {
    setAnswer('did-putin-call', 'No, it did not happen: it was a hoax by two Russian pranksters.');
    const result = await live.reload('test');
    expect(result.ok).toBe(true);
    expect(answerTo('did putin really call elton?')).toMatch(/^No, it did not happen/);
    expect(logs.some((l) => l.includes('knowledge.reloaded'))).toBe(true);
  });

  it('refuses broken knowledge, keeps answering with the old, and logs exactly what is wrong', async () => {
    const before = answerTo('did putin really call elton?');
    writeFileSync(
      qaFile(),
      readFileSync(qaFile(), 'utf8').replace(
        'quote: "the call was a hoax engineered by two',
        'quote: "the call was a hoax engineered by seven',
      ),
    );
    const result = await live.reload('test');
    expect(result.ok).toBe(false);
    expect(answerTo('did putin really call elton?')).toBe(before);
    const line = logs.find((l) => l.includes('knowledge.reload_refused')) ?? '';
    expect(line).toMatch(/not verbatim/);
    expect(line).toMatch(/qa\.yaml/);
  });

  it('refuses a file that is not even valid YAML', async () => {
    writeFileSync(qaFile(), 'entries: [unclosed');
    expect((await live.reload('test')).ok).toBe(false);
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

  it('coalesces reloads: one running, at most one waiting, every caller answered', async () => {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const prepared = prepareStory(dir, shippedLanguage());
    if (!prepared.ok) throw new Error('shipped knowledge must load');
    const coalesced = createLiveKnowledge({
      dir,
      initial: prepared.value.engine,
      prepare: (folder) => {
        started.push(folder);
        return new Promise((resolve) => finish.push(() => resolve(prepared)));
      },
      log: createLogger({ level: 'debug', write: (l) => logs.push(l) }),
    });
    const results = Array.from({ length: 50 }, (_, i) => coalesced.reload(`signal ${i}`));
    expect(started).toHaveLength(1);
    finish[0]?.();
    await expect.poll(() => started.length).toBe(2);
    const late = coalesced.reload('late');
    finish[1]?.();
    await expect.poll(() => started.length).toBe(3);
    finish[2]?.();
    const all = await Promise.all([...results, late]);
    expect(all.every((r) => r.ok)).toBe(true);
    expect(started).toHaveLength(3);
    expect(logs.filter((l) => l.includes('"event":"knowledge.reloaded"'))).toHaveLength(3);
  });

  it('refuses a knowledge file above the size limit with a clear message, without reading it', async () => {
    writeFileSync(
      qaFile(),
      `${readFileSync(qaFile(), 'utf8')}\n# ${'x'.repeat(KNOWLEDGE_FILE_MAX_BYTES)}\n`,
    );
    const result = await live.reload('test');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.map((p) => p.reason)).toEqual([
        expect.stringMatching(/^qa\.yaml is [\d,]+ KB, over the 512 KB limit for a knowledge file/),
      ]);
    }
    expect(answerTo('who is peskov')).not.toBeNull();
  });

  it('loads and checks in a worker thread, swapping in good knowledge and refusing broken', async () => {
    const prepared = prepareStory(dir, shippedLanguage());
    if (!prepared.ok) throw new Error('shipped knowledge must load');
    const threaded = createLiveKnowledge({
      dir,
      initial: prepared.value.engine,
      prepare: prepareInWorker(
        new URL('../../src/knowledge/prepareWorker.ts', import.meta.url),
        shippedLanguage(),
      ),
      log: createLogger({ level: 'debug', write: (l) => logs.push(l) }),
    });
    setAnswer('did-putin-call', 'No, it never happened: it was a hoax by two Russian pranksters.');
    expect((await threaded.reload('test')).ok).toBe(true);
    const answer = threaded.current().ask('did putin really call elton?');
    expect(answer.status === 'answered' && answer.entry.answer).toMatch(/^No, it never happened/);
    // Built on the answering thread without its facts read, the engine reads them between
    // questions.
    await expect.poll(() => threaded.current().readFacts(0), { timeout: 5000 }).toBe(0);
    writeFileSync(qaFile(), 'entries: [unclosed');
    const refused = await threaded.reload('test');
    expect(refused.ok).toBe(false);
    expect(logs.find((l) => l.includes('knowledge.reload_refused'))).toMatch(/invalid YAML/);
  });

  it('goes on watching, and says so, when the story folder is replaced', async () => {
    const stop = live.watch(50);
    try {
      renameSync(dir, `${dir}.old`);
      cpSync(`${dir}.old`, dir, { recursive: true });
      await expect
        .poll(() => logs.some((l) => l.includes('knowledge.watch_rearmed')), { timeout: 5000 })
        .toBe(true);
      setAnswer('did-putin-call', 'No, not at all: it was a hoax by two Russian pranksters.');
      await expect
        .poll(() => answerTo('did putin really call elton?'), { timeout: 5000 })
        .toMatch(/^No, not at all/);
    } finally {
      stop();
      rmSync(`${dir}.old`, { recursive: true, force: true });
    }
  });
});
