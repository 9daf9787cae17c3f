import { describe, expect, it } from 'vitest';
import { sharedMembers, sharedSynonyms, synonymPhrases } from '../../src/answering/synonyms.ts';
import { shippedLanguage } from '../storyFixture.ts';

/** Keys as plain lower-case words, so the tests read without a stemmer. */
const plain = (text: string): string[] => text.toLowerCase().split(' ');

describe('synonymPhrases', () => {
  it('reads every member as its group canonical form', () => {
    const phrases = synonymPhrases([['call', 'phone', 'ring up']], plain);
    expect(phrases.get('phone')).toEqual([['call']]);
    expect(phrases.get('ring up')).toEqual([['call']]);
    expect(phrases.get('call')).toEqual([['call']]);
  });

  it('does not chain groups that share a member: a word means only what its own groups say', () => {
    const phrases = synonymPhrases(
      [
        ['why', 'reason'],
        ['motive', 'reason', 'aim'],
      ],
      plain,
    );
    expect(phrases.get('why')).toEqual([['why']]);
    expect(phrases.get('aim')).toEqual([['motive']]);
    // Only the member listed in both groups reads as both.
    expect(phrases.get('reason')).toEqual([['why'], ['motive']]);
  });

  it('merges groups with the same canonical form, so a story can extend a group', () => {
    const phrases = synonymPhrases(
      [
        ['hoax', 'prank'],
        ['hoax', 'con'],
      ],
      plain,
    );
    expect(phrases.get('con')).toEqual([['hoax']]);
    expect(phrases.get('prank')).toEqual([['hoax']]);
    expect(
      sharedMembers(
        [
          ['hoax', 'prank'],
          ['hoax', 'con'],
        ],
        plain,
      ),
    ).toEqual([]);
  });

  it('keeps a canonical phrase of several words whole', () => {
    expect(synonymPhrases([['find out', 'discover']], plain).get('discover')).toEqual([
      ['find', 'out'],
    ]);
  });
});

describe('sharedSynonyms', () => {
  it('lists members that sit in groups with different canonical forms, as kb:check prints them', () => {
    const shared = sharedSynonyms([['grudge', 'reason']], shippedLanguage());
    expect(shared).toContainEqual({ member: 'reason', groups: ['grudge', 'why'] });
    expect(shared.map((s) => s.member)).not.toContain('grudge');
  });

  it('finds none in the language alone', () => {
    expect(sharedSynonyms([], shippedLanguage())).toEqual([]);
  });
});
