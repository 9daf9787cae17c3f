import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStoryFolder, storyFolders } from '../../src/knowledge/storyFolders.ts';

const root = mkdtempSync(join(tmpdir(), 'stories-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('storyFolders', () => {
  it('lists the folders holding a qa.yaml, sorted, and nothing else', () => {
    for (const name of ['b-story', 'a-story', 'notes', '.hidden']) mkdirSync(join(root, name));
    for (const name of ['b-story', 'a-story', '.hidden']) {
      writeFileSync(join(root, name, 'qa.yaml'), 'entries: []\n');
    }
    writeFileSync(join(root, 'README.md'), 'not a folder');
    expect(storyFolders(root)).toEqual(['a-story', 'b-story']);
    expect(isStoryFolder(join(root, 'a-story'))).toBe(true);
    expect(isStoryFolder(join(root, 'notes'))).toBe(false);
  });

  it('finds none in a folder that does not exist', () => {
    expect(storyFolders(join(root, 'missing'))).toEqual([]);
  });
});
