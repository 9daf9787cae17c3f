import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FILES } from './loadStory.ts';

/** Whether a folder is a story folder: it holds the curated Q&A file. */
export function isStoryFolder(dir: string): boolean {
  return existsSync(join(dir, STORY_FILES.qa));
}

/**
 * The names of the story folders directly under a knowledge folder, sorted; none when it does
 * not exist. Folders without a `qa.yaml` (notes, drafts) are not stories.
 */
export function storyFolders(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.filter((name) => isStoryFolder(join(root, name))).sort();
}
