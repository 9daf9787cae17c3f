import type { Answer } from '../answering/answer.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { quoteInParagraph } from './article.ts';
import type { KnowledgeProblem } from './problem.ts';
import { checkSmallTalk } from './smallTalkChecks.ts';
import type { Source, Story } from './types.ts';

/** What `kb:check` reports: the problems (any one fails the check) and citation coverage. */
export interface CheckReport {
  readonly problems: readonly KnowledgeProblem[];
  /** Paragraphs (1…n) that no entry cites: facts the knowledge may be missing. */
  readonly uncitedParagraphs: readonly number[];
}

export interface CheckFiles {
  readonly qa: string;
  readonly story: string;
}

/** What the checks read a story with. */
export interface CheckDeps {
  /** The answer engine built on this same story (see `routingEngine`). */
  readonly ask: (question: string) => Answer;
  /** The language the story is read in: its small talk, among others. */
  readonly language: LanguagePack;
}

/**
 * Checks a story's knowledge like code: quotes verbatim in the article, ids unique, links valid,
 * every phrasing of an entry answered by that entry (otherwise users asking it get another
 * entry's answer), and none of them taken for small talk (see `checkSmallTalk`).
 */
export function checkStory(story: Story, deps: CheckDeps, files: CheckFiles): CheckReport {
  const { ask } = deps;
  const problems: KnowledgeProblem[] = [];
  const ids = new Set<string>();
  const phrasingOwner = new Map<string, string>();

  const checkSource = (file: string, entryId: string | undefined, source: Source): void => {
    const where = entryId ? { file, entryId } : { file };
    if (source.paragraph >= story.article.paragraphs.length) {
      problems.push({
        ...where,
        reason: `paragraph ${source.paragraph} does not exist (the article has 0…${story.article.paragraphs.length - 1})`,
      });
    } else if (!quoteInParagraph(story.article, source.paragraph, source.quote)) {
      problems.push({
        ...where,
        reason: `quote is not verbatim in paragraph ${source.paragraph}: "${source.quote}"`,
      });
    }
  };

  for (const entry of story.entries) {
    const at = { file: files.qa, entryId: entry.id };
    if (ids.has(entry.id)) problems.push({ ...at, reason: 'duplicate id' });
    ids.add(entry.id);
    for (const source of entry.sources) checkSource(files.qa, entry.id, source);
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const key = phrasing.toLowerCase().replace(/\s+/g, ' ').trim();
      const owner = phrasingOwner.get(key);
      if (owner !== undefined) {
        problems.push({
          ...at,
          reason: `phrasing "${phrasing}" also belongs to ${owner === entry.id ? 'this entry' : `entry ${owner}`}`,
        });
      }
      phrasingOwner.set(key, entry.id);
    }
  }

  for (const entry of story.entries) {
    const at = { file: files.qa, entryId: entry.id };
    for (const id of entry.related) {
      if (id === entry.id) problems.push({ ...at, reason: 'related lists the entry itself' });
      else if (!ids.has(id)) problems.push({ ...at, reason: `related id "${id}" does not exist` });
    }
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const answer = ask(phrasing);
      if (answer.status !== 'answered') {
        problems.push({
          ...at,
          reason: `"${phrasing}" gets no answer (confidence ${answer.confidence})`,
        });
      } else if (answer.entry.id !== entry.id) {
        problems.push({ ...at, reason: `"${phrasing}" is answered by entry ${answer.entry.id}` });
      }
    }
  }

  problems.push(...checkSmallTalk(story, deps.language, ask, files.qa));
  for (const step of story.timeline) checkSource(files.story, undefined, step.source);

  const cited = new Set(story.entries.flatMap((entry) => entry.sources.map((s) => s.paragraph)));
  const uncitedParagraphs: number[] = [];
  for (let p = 1; p < story.article.paragraphs.length; p++)
    if (!cited.has(p)) uncitedParagraphs.push(p);
  return { problems, uncitedParagraphs };
}
