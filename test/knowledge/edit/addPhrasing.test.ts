import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addPhrasing } from '../../../src/knowledge/edit/addPhrasing.ts';
import { EDIT_LOCK_FILE } from '../../../src/knowledge/edit/editQaFile.ts';
import { withFileLock } from '../../../src/knowledge/edit/fileLock.ts';
import { prepareStory } from '../../../src/knowledge/prepareStory.ts';
import { STORY_DIR, shippedLanguage } from '../../storyFixture.ts';

const language = shippedLanguage();

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CURATOR = fileURLToPath(new URL('./fixtures/addPhrasingProcess.ts', import.meta.url));

let dir: string;
const qaPath = (): string => join(dir, 'qa.yaml');
const qaText = (): string => readFileSync(qaPath(), 'utf8');

function alternatesOf(id: string): string[] {
  const data = parse(qaText()) as { entries: { id: string; alternates: string[] }[] };
  return data.entries.find((e) => e.id === id)?.alternates ?? [];
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'add-phrasing-'));
  cpSync(STORY_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('addPhrasing', () => {
  it('writes the phrasing in place, and the knowledge then answers it with that entry', () => {
    const before = qaText();
    const added = addPhrasing(
      dir,
      language,
      'did-putin-call',
      '  did the russian leader\nphone the singer ',
    );
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    expect(added.value).toMatchObject({
      status: 'added',
      phrasing: 'did the russian leader phone the singer',
    });
    const after = qaText();
    expect(after.replace('      - did the russian leader phone the singer\n', '')).toBe(before);
    const checked = prepareStory(dir, language);
    expect(checked.ok).toBe(true);
    const answer =
      checked.ok && checked.value.engine.ask('did the russian leader phone the singer');
    expect(answer && answer.status === 'answered' && answer.entry.id).toBe('did-putin-call');
    // Nothing left behind: no temporary file, no lock.
    expect(readdirSync(dir).sort()).toEqual(['article.txt', 'eval', 'qa.yaml', 'story.yaml']);
  });

  it('refuses a phrasing that would fail a check, says why, and leaves the file untouched', () => {
    const before = qaText();
    const refused = addPhrasing(dir, language, 'did-putin-call', 'who is dmitry peskov');
    expect(refused).toMatchObject({ ok: false, error: { kind: 'checks' } });
    const problems = refused.ok || refused.error.kind !== 'checks' ? [] : refused.error.problems;
    expect(problems.map((p) => p.reason)).toContainEqual(
      '"who is dmitry peskov" is answered by entry who-peskov',
    );
    expect(qaText()).toBe(before);
    expect(readdirSync(dir)).not.toContain(EDIT_LOCK_FILE);
  });

  it('writes nothing for a phrasing the entry has already', () => {
    const before = qaText();
    const existing = alternatesOf('did-putin-call')[0] ?? '';
    expect(addPhrasing(dir, language, 'did-putin-call', existing.toUpperCase())).toMatchObject({
      ok: true,
      value: { status: 'already' },
    });
    expect(qaText()).toBe(before);
  });

  it.each([
    ['', 'the question is empty'],
    ['x'.repeat(101), 'a phrasing may have 100 at most'],
  ])('refuses the phrasing "%s"', (question, reason) => {
    expect(addPhrasing(dir, language, 'did-putin-call', question)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', reason: expect.stringContaining(reason) },
    });
  });

  it('refuses an entry that does not exist', () => {
    expect(addPhrasing(dir, language, 'no-such-entry', 'anything')).toMatchObject({
      ok: false,
      error: { kind: 'invalid', reason: 'qa.yaml has no entry "no-such-entry"' },
    });
  });

  it('waits for the folder lock, and gives up with a reason when it stays taken', () => {
    const lock = join(dir, EDIT_LOCK_FILE);
    const held = withFileLock(lock, () =>
      addPhrasing(dir, language, 'pranksters', 'who made the prank call', {
        lock: { waitMs: 100 },
      }),
    );
    expect(held).toMatchObject({
      ok: true,
      value: { ok: false, error: { kind: 'failed', reason: expect.stringContaining('try again') } },
    });
    expect(alternatesOf('pranksters')).not.toContain('who made the prank call');
  });

  it('takes over a lock left by a process that is gone', () => {
    writeFileSync(
      join(dir, EDIT_LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), at: 0 }),
    );
    expect(addPhrasing(dir, language, 'pranksters', 'who made the prank call').ok).toBe(true);
    expect(alternatesOf('pranksters')).toContain('who made the prank call');
  });

  it('loses no edit when several processes add phrasings at once', async () => {
    const edits: [string, string][] = [
      ['did-putin-call', 'did the russian leader phone the singer'],
      ['pranksters', 'who made the prank call'],
      ['was-it-a-hoax', 'was elton tricked by the pranksters'],
      ['meeting', 'did elton meet putin in the end'],
    ];
    const curators = edits.map(([entry, phrasing]) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CURATOR, dir, entry, phrasing], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
      });
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.startsWith('ready\n')) resolve();
        }),
      );
      const done = new Promise<unknown>((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0
            ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null'))
            : reject(new Error(errors)),
        ),
      );
      return { child, ready, done };
    });
    await Promise.all(curators.map((c) => c.ready));
    for (const c of curators) c.child.stdin.end('go\n');
    const outcomes = await Promise.all(curators.map((c) => c.done));
    expect(outcomes).toEqual(edits.map(() => ({ ok: true, status: 'added' })));
    for (const [entry, phrasing] of edits) expect(alternatesOf(entry)).toContain(phrasing);
    expect(prepareStory(dir, language).ok).toBe(true);
  }, 60_000);
});
