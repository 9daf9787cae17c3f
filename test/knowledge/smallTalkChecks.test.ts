import { describe, expect, it } from 'vitest';
import { routingEngine } from '../../src/knowledge/routingEngine.ts';
import { checkSmallTalk } from '../../src/knowledge/smallTalkChecks.ts';
import type { Story, StorySmallTalkPhrases } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { tinyStory } from '../tinyStory.ts';

const language = shippedLanguage();

/** The problems the small-talk check finds in the tiny story with this small talk of its own. */
function problemsWith(smallTalk: StorySmallTalkPhrases): string[] {
  const story: Story = { ...tinyStory(), smallTalk };
  const engine = routingEngine(story, language);
  return checkSmallTalk(story, language, (q) => engine.ask(q), 'qa.yaml').map(
    (p) => `${p.entryId ?? '-'}: ${p.reason}`,
  );
}

describe('the small-talk check', () => {
  it('passes a story whose small talk leaves every phrasing a question', () => {
    expect(problemsWith({})).toEqual([]);
    expect(problemsWith({ greeting: ['hiya mates'], thanks: ['cheers legend'] })).toEqual([]);
    // Already the language's small talk: nothing changes, nothing to say.
    expect(problemsWith({ thanks: ['thanks for that'] })).toEqual([]);
  });

  it('refuses small talk that would capture a phrasing of an entry, naming both', () => {
    const problems = problemsWith({ acknowledgement: ['Bridge cost!'] });
    expect(problems).toContain(
      'cost: "bridge cost" is read as small talk (acknowledgement, by the story\'s small talk "Bridge cost!"), so it would never be answered',
    );
    expect(problems).toContain(
      '-: small_talk.acknowledgement: "Bridge cost!" is a question the story answers (entry cost), so it cannot be small talk',
    );
  });

  it('refuses a follow-up as small talk, in plain words', () => {
    expect(problemsWith({ identity: ['who is he'] })).toEqual([
      '-: small_talk.identity: "who is he" points back at someone or something named before ("he"): people ask it as a follow-up, so it cannot be small talk',
    ]);
    expect(problemsWith({ acknowledgement: ['why though'] })).toEqual([
      '-: small_talk.acknowledgement: "why though" asks about the previous answer: people ask it as a follow-up, so it cannot be small talk',
    ]);
    expect(problemsWith({ praise: ['and the mayor?'] })).toEqual([
      '-: small_talk.praise: "and the mayor?" asks the previous question again about something else: people ask it as a follow-up, so it cannot be small talk',
    ]);
    expect(problemsWith({ acknowledgement: ['who did it then'] })).toEqual([
      '-: small_talk.acknowledgement: "who did it then" points back at someone or something named before ("it"): people ask it as a follow-up, so it cannot be small talk',
    ]);
    // A remark on what was said, not a question about it: small talk.
    expect(problemsWith({ praise: ['love that', 'that is wild'] })).toEqual([]);
    expect(problemsWith({ acknowledgement: ['any proof'] })).toEqual([
      '-: small_talk.acknowledgement: "any proof" asks for the sources of the previous answer: people ask it as a follow-up, so it cannot be small talk',
    ]);
  });

  it('refuses a phrase with no words, and one listed twice', () => {
    expect(problemsWith({ greeting: ['👋 !!'] })).toEqual([
      '-: small_talk.greeting: "👋 !!" has no words to read',
    ]);
    // Kinds are read in the language's order: praise before greeting.
    expect(problemsWith({ greeting: ['Hiya, mates'], praise: ['hiya mates'] })).toEqual([
      '-: small_talk.greeting: "Hiya, mates" is listed under praise too',
    ]);
  });
});
