import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalQuoteText, parseArticle } from '../../src/knowledge/article.ts';
import { checkStory } from '../../src/knowledge/checks.ts';
import { loadStory } from '../../src/knowledge/loadStory.ts';
import { routingEngine } from '../../src/knowledge/routingEngine.ts';
import {
  OTHER_STORY_DIR,
  STORY_DIR,
  shippedLanguage,
  shippedStory,
  storyAt,
} from '../storyFixture.ts';

const FILES = { qa: 'qa.yaml', story: 'story.yaml' };

/** Loads the shipped story with qa.yaml edited by `edit`, without touching the disk. */
function loadEdited(edit: (qa: string) => string) {
  return loadStory(STORY_DIR, (path) => {
    const text = readFileSync(path, 'utf8');
    return path.endsWith('qa.yaml') ? edit(text) : text;
  });
}

function problemsOf(edit: (qa: string) => string): string[] {
  const loaded = loadEdited(edit);
  if (!loaded.ok) return loaded.error.map((p) => `${p.entryId ?? ''}: ${p.reason}`);
  const engine = routingEngine(loaded.value, shippedLanguage());
  return checkStory(
    loaded.value,
    { ask: (q) => engine.ask(q), language: shippedLanguage() },
    FILES,
  ).problems.map((p) => `${p.entryId ?? ''}: ${p.reason}`);
}

describe('the shipped knowledge', () => {
  it('passes every check and cites every paragraph', () => {
    const story = shippedStory();
    const engine = routingEngine(story, shippedLanguage());
    const report = checkStory(
      story,
      { ask: (q) => engine.ask(q), language: shippedLanguage() },
      FILES,
    );
    expect(report.problems).toEqual([]);
    expect(report.uncitedParagraphs).toEqual([]);
  });

  it('numbers the article title 0 and its paragraphs from 1', () => {
    const article = parseArticle(readFileSync(join(STORY_DIR, 'article.txt'), 'utf8'));
    expect(article.title).toMatch(/^Elton John And Vladimir Putin/);
    expect(article.paragraphs[1]).toBe('Not two names you usually see in the same sentence.');
    expect(article.paragraphs[9]).toMatch(/^UPDATE:/);
  });
});

describe('the second story of the tests', () => {
  it('passes every check and cites every paragraph', () => {
    const story = storyAt(OTHER_STORY_DIR);
    const engine = routingEngine(story, shippedLanguage());
    const report = checkStory(
      story,
      { ask: (q) => engine.ask(q), language: shippedLanguage() },
      FILES,
    );
    expect(report.problems).toEqual([]);
    expect(report.uncitedParagraphs).toEqual([]);
  });
});

describe('checkStory finds broken knowledge', () => {
  it('a quote that is not verbatim', () => {
    const problems = problemsOf((qa) =>
      qa.replace(
        'quote: "the call was a hoax engineered by two',
        'quote: "the call was a hoax engineered by three',
      ),
    );
    expect(problems.some((p) => /not verbatim/.test(p))).toBe(true);
  });

  it('a duplicate id', () => {
    const problems = problemsOf((qa) => qa.replace('- id: who-putin', '- id: who-peskov'));
    expect(problems.some((p) => /duplicate id/.test(p))).toBe(true);
  });

  it('a related id that does not exist', () => {
    const problems = problemsOf((qa) => qa.replace(/related: \[/, 'related: [no-such-entry, '));
    expect(problems.some((p) => /no-such-entry/.test(p))).toBe(true);
  });

  it('an alternate that another entry answers', () => {
    const problems = problemsOf((qa) =>
      qa.replace(
        /(- id: who-putin[\s\S]*?alternates:\n)/,
        '$1      - did the kremlin say the pranksters should apologise to elton\n',
      ),
    );
    expect(
      problems.some((p) => /^who-putin: .*answered by entry|phrasing .* also belongs/.test(p)),
    ).toBe(true);
  });

  it("small talk of the story's own that captures a phrasing of an entry", () => {
    const problems = problemsOf(
      (qa) => `${qa}\nsmall_talk:\n  acknowledgement: [ok, was it a prank]\n`,
    );
    expect(problems).toContain(
      'was-it-a-hoax: "was it a prank" is read as small talk (acknowledgement, by the story\'s small talk "was it a prank"), so it would never be answered',
    );
  });

  it('small talk of a kind the language does not have', () => {
    const loaded = loadEdited((qa) => `${qa}\nsmall_talk:\n  greetings: [hiya mates]\n`);
    expect(!loaded.ok && loaded.error.map((p) => p.reason)).toEqual([
      'small_talk: not a kind of small talk: greetings (the kinds are goodbye, thanks, insult, praise, identity, capabilities, howAreYou, greeting, acknowledgement)',
    ]);
  });

  it('a schema error, naming the entry', () => {
    const loaded = loadEdited((qa) => qa.replace(/(- id: who-putin[\s\S]*?)answer:/, '$1answr:'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.some((p) => p.entryId === 'who-putin')).toBe(true);
  });
});

describe('canonicalQuoteText', () => {
  it('treats non-breaking spaces and typographic quotes as plain ones', () => {
    expect(canonicalQuoteText('“said\u00A0he’s”  ok')).toBe(canonicalQuoteText('"said he\'s" ok'));
  });
});
