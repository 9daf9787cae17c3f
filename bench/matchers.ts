import Fuse from 'fuse.js';
import { createAnswerEngine } from '../src/answering/engine.ts';
import { miniSearchRanker } from '../src/answering/miniSearchRanker.ts';
import type { CreateRanker } from '../src/answering/ranker.ts';
import type { Story } from '../src/knowledge/types.ts';
import { shippedLanguage } from '../test/storyFixture.ts';

/** What a front end gets from a question, reduced to what the bench checks: which entry, if any. */
export interface Matcher {
  /** The id of the entry given as the answer, or undefined for "not covered". */
  ask(question: string): string | undefined;
}

/**
 * `engine`: the bot's engine; `bm25`: the same engine with the BM25 ranker through MiniSearch in
 * place of its own; `fuse`: the naive FAQ bot.
 */
export type MatcherKind = 'engine' | 'bm25' | 'fuse';

/** How each matcher is named in the report. */
export const MATCHER_LABELS: Readonly<Record<MatcherKind, string>> = Object.freeze({
  engine: 'engine',
  bm25: 'engine, BM25 ranker',
  fuse: 'naive fuse',
});

/**
 * The project's answer engine, through its public API only. The language is loaded once per
 * process, before any build is timed, as entry points load it before the story.
 */
export function engineMatcher(story: Story, ranker?: CreateRanker): Matcher {
  const engine = createAnswerEngine(story, shippedLanguage(), { ranker });
  return {
    ask(question) {
      const answer = engine.ask(question);
      return answer.status === 'answered' ? answer.entry.id : undefined;
    },
  };
}

/**
 * The obvious FAQ bot: one fuse.js search over every question string (canonical and
 * alternates), answering with the best hit. Options as such bots use them: 0.4 is the common
 * stricter-than-default threshold, and `ignoreLocation` because fuse's default location
 * window misses words past ~60 characters into a question.
 */
export const NAIVE_FUSE_OPTIONS = Object.freeze({
  keys: ['text'],
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
});

/** Results the naive bot asks for: the answer and a few "did you mean". */
const NAIVE_LIMIT = 5;

/** The naive matcher: NAIVE_FUSE_OPTIONS over every question string of the story. */
export function fuseMatcher(story: Story): Matcher {
  const items = story.entries.flatMap((entry) =>
    [entry.question, ...entry.alternates].map((text) => ({ id: entry.id, text })),
  );
  const fuse = new Fuse(items, NAIVE_FUSE_OPTIONS);
  return {
    ask(question) {
      return fuse.search(question, { limit: NAIVE_LIMIT })[0]?.item.id;
    },
  };
}

/** Builds a matcher of the given kind: what the bench times as "build". */
export function createMatcher(kind: MatcherKind, story: Story): Matcher {
  if (kind === 'engine') return engineMatcher(story);
  if (kind === 'bm25') return engineMatcher(story, miniSearchRanker());
  return fuseMatcher(story);
}
