import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tinyStory } from '../../tinyStory.ts';

/**
 * The tiny story of the front-end tests, written out as a story folder (article.txt, qa.yaml with
 * a curator's comment, story.yaml), for the tools that edit knowledge on disk.
 */
export function writeTinyStoryFolder(dir: string): string {
  const story = tinyStory();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.txt'), story.article.paragraphs.join('\n\n'));
  const qa = stringify({
    entries: story.entries.map((entry) => ({
      id: entry.id,
      question: entry.question,
      alternates: [...entry.alternates],
      answer: entry.answer,
      sources: entry.sources.map((s) => ({ ...s })),
      related: [...entry.related],
    })),
  });
  writeFileSync(join(dir, 'qa.yaml'), `# Curated by hand: keep this comment.\n${qa}`);
  writeFileSync(
    join(dir, 'story.yaml'),
    stringify({
      title: story.title,
      description: story.description,
      examples: [...story.examples],
      summary: story.summary,
      timeline: story.timeline.map((step) => ({ ...step, source: { ...step.source } })),
    }),
  );
  return dir;
}
