import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { err, ok, type Result } from '../result.ts';
import { parseArticle } from './article.ts';
import type { KnowledgeProblem } from './problem.ts';
import { KnowledgeFileTooLarge, readKnowledgeFile } from './readKnowledgeFile.ts';
import { qaFileSchema, storyFileSchema } from './schema.ts';
import type { Entry, Story } from './types.ts';

/** The files that make up one story's folder under `knowledge/`. */
export const STORY_FILES = Object.freeze({
  article: 'article.txt',
  qa: 'qa.yaml',
  story: 'story.yaml',
});

type ReadFile = (path: string) => string;

/**
 * Reads and validates one story folder. Returns every schema problem at once rather than
 * stopping at the first, so a curator can fix them in one go.
 */
export function loadStory(
  dir: string,
  readFile: ReadFile = readKnowledgeFile,
): Result<Story, KnowledgeProblem[]> {
  const problems: KnowledgeProblem[] = [];
  const read = (name: string): string | undefined => {
    try {
      return readFile(join(dir, name));
    } catch (error) {
      const reason =
        error instanceof KnowledgeFileTooLarge
          ? error.message
          : `cannot read: ${(error as Error).message}`;
      problems.push({ file: join(dir, name), reason });
      return undefined;
    }
  };
  const articleText = read(STORY_FILES.article);
  const qa = parseFile(join(dir, STORY_FILES.qa), read(STORY_FILES.qa), qaFileSchema, problems);
  const story = parseFile(
    join(dir, STORY_FILES.story),
    read(STORY_FILES.story),
    storyFileSchema,
    problems,
  );
  if (articleText === undefined || !qa || !story || problems.length > 0) return err(problems);

  const entries: Entry[] = qa.entries.map((entry) =>
    Object.freeze({
      ...entry,
      alternates: Object.freeze([...entry.alternates]),
      sources: Object.freeze(entry.sources.map((source) => Object.freeze({ ...source }))),
      related: Object.freeze([...entry.related]),
    }),
  );
  const article = parseArticle(articleText);
  const title = story.title ?? article.title;
  return ok(
    Object.freeze({
      id: basename(dir),
      title,
      description:
        story.description ?? truncate(`Questions and sourced answers about "${title}"`, 100),
      examples: Object.freeze(story.examples ?? entries.slice(0, 3).map((entry) => entry.question)),
      article,
      entries: Object.freeze(entries),
      synonyms: Object.freeze(qa.synonyms.map((group) => Object.freeze([...group]))),
      contrasts: Object.freeze(
        qa.contrasts.map((sides) => Object.freeze(sides.map((side) => Object.freeze([...side])))),
      ),
      smallTalk: Object.freeze(
        Object.fromEntries(
          Object.entries(qa.small_talk).map(([kind, phrases]) => [
            kind,
            Object.freeze([...(phrases ?? [])]),
          ]),
        ),
      ),
      summary: story.summary,
      timeline: Object.freeze(story.timeline.map((step) => Object.freeze({ ...step }))),
    }),
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function parseFile<S extends z.ZodType>(
  file: string,
  text: string | undefined,
  schema: S,
  problems: KnowledgeProblem[],
): z.infer<S> | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({ file, reason: `invalid YAML: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({ file, ...entryOf(data, issue.path), reason: describeIssue(issue) });
  }
  return undefined;
}

/** Names the entry a schema issue is in, so the message says which entry to fix. */
function entryOf(data: unknown, path: readonly PropertyKey[]): { entryId?: string } {
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return {};
  const entries = (data as { entries?: unknown[] }).entries;
  const id = (entries?.[path[1]] as { id?: unknown } | undefined)?.id;
  return { entryId: typeof id === 'string' ? id : `entries[${path[1]}]` };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${at}: ${issue.message}`;
}
