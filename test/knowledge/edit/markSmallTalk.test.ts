import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storySmallTalk } from '../../../src/conversation/storySmallTalk.ts';
import { EDIT_LOCK_FILE } from '../../../src/knowledge/edit/editQaFile.ts';
import { markSmallTalk } from '../../../src/knowledge/edit/markSmallTalk.ts';
import { prepareStory } from '../../../src/knowledge/prepareStory.ts';
import { STORY_DIR, shippedLanguage } from '../../storyFixture.ts';

const language = shippedLanguage();
let dir: string;
const qaText = (): string => readFileSync(join(dir, 'qa.yaml'), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mark-small-talk-'));
  cpSync(STORY_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The problems of a refusal, as their reasons. */
function refusedWith(result: ReturnType<typeof markSmallTalk>): string[] {
  if (result.ok) throw new Error('not refused');
  return result.error.kind === 'checks' ? result.error.problems.map((p) => p.reason) : [];
}

describe('markSmallTalk', () => {
  it("writes the question into the story's small talk in place, and the story then reads it so", () => {
    const before = qaText();
    const marked = markSmallTalk(dir, language, 'greeting', ' Hiya\tmates!! ');
    if (!marked.ok) throw new Error(JSON.stringify(marked.error));
    expect(marked.value).toMatchObject({
      status: 'added',
      kind: 'greeting',
      phrase: 'Hiya mates!!',
    });
    expect(qaText()).toBe(`${before}small_talk:\n  greeting:\n    - Hiya mates!!\n`);
    const checked = prepareStory(dir, language);
    if (!checked.ok) throw new Error('the edited knowledge must pass');
    const { story } = checked.value.engine;
    expect(story.smallTalk).toEqual({ greeting: ['Hiya mates!!'] });
    expect(storySmallTalk(story, language).kind('hiya mates')).toBe('greeting');
    expect(readdirSync(dir).sort()).toEqual(['article.txt', 'eval', 'qa.yaml', 'story.yaml']);

    // Again, in other words: the kind's list grows by one line.
    const again = markSmallTalk(dir, language, 'greeting', 'howdy folks');
    expect(again.ok && again.value.status).toBe('added');
    expect(qaText()).toBe(
      `${before}small_talk:\n  greeting:\n    - Hiya mates!!\n    - howdy folks\n`,
    );
    expect(markSmallTalk(dir, language, 'greeting', 'HIYA MATES!!')).toMatchObject({
      ok: true,
      value: { status: 'already' },
    });
  });

  it('refuses small talk that would capture a phrasing of an entry, and leaves the file untouched', () => {
    const before = qaText();
    const problems = refusedWith(markSmallTalk(dir, language, 'acknowledgement', 'was it a prank'));
    expect(problems).toContain(
      '"was it a prank" is read as small talk (acknowledgement, by the story\'s small talk "was it a prank"), so it would never be answered',
    );
    expect(qaText()).toBe(before);
    expect(readdirSync(dir)).not.toContain(EDIT_LOCK_FILE);
  });

  it('refuses a follow-up, saying why', () => {
    const before = qaText();
    expect(refusedWith(markSmallTalk(dir, language, 'identity', 'who is he?'))).toEqual([
      'small_talk.identity: "who is he?" points back at someone or something named before ("he"): people ask it as a follow-up, so it cannot be small talk',
    ]);
    expect(qaText()).toBe(before);
  });

  it('refuses a kind the language does not have and an empty question', () => {
    expect(
      markSmallTalk(dir, language, 'weather' as Parameters<typeof markSmallTalk>[2], 'hot today'),
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid', reason: expect.stringContaining('not a kind') },
    });
    expect(markSmallTalk(dir, language, 'greeting', ' \u200b ')).toMatchObject({
      ok: false,
      error: { kind: 'invalid', reason: 'the question is empty' },
    });
  });
});
