import { describe, expect, it } from 'vitest';
import { normalizeText, words } from '../../src/answering/normalizeText.ts';
import { boostQuoted, createQuoteTargets } from '../../src/answering/quotedEntries.ts';
import type { Entry } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

const entry = (id: string, quote: string): Entry => ({
  id,
  question: id,
  alternates: [],
  answer: id,
  sources: [{ paragraph: 1, quote }],
  related: [],
});
const entries = [
  entry('denial', 'This does not correspond to reality. There was no conversation.'),
  entry('caption', 'I look to forward to meeting with [Putin] face-to-face'),
  entry('who', 'the president’s press secretary'),
];
const toWords = (text: string): string[] => words(normalizeText(text));
const targets = createQuoteTargets(entries, toWords, shippedLanguage().stopWords);

describe('quoted entries', () => {
  it('finds the entries whose sources a question quotes, however the rest is worded', () => {
    expect([...targets.quoted(toWords("'There was no conversation.' who said that?"))]).toEqual([
      0,
    ]);
    expect([...targets.quoted(toWords('where is "look to forward to meeting" from'))]).toEqual([1]);
  });

  it('ignores runs of function words and runs shorter than four words', () => {
    expect(targets.quoted(toWords('was there a conversation')).size).toBe(0);
    expect(targets.quoted(toWords('what does press secretary mean')).size).toBe(0);
  });

  it('finds a shorter fragment put in quotation marks, unless it is only function words', () => {
    expect([...targets.quotedFragment(toWords('press secretary'))]).toEqual([2]);
    expect([...targets.quotedFragment(toWords('no conversation'))]).toEqual([0]);
    expect(targets.quotedFragment(toWords('there was')).size).toBe(0);
    expect(targets.quotedFragment(toWords('secretary press')).size).toBe(0);
  });

  it('lifts quoted entries a share of the way to a full score, keeping their order', () => {
    const ranked = [
      { entry: 2, score: 0.6 },
      { entry: 0, score: 0.5 },
      { entry: 1, score: 0.4 },
    ];
    expect(boostQuoted(ranked, new Set([0, 1]), 0.5)).toEqual([
      { entry: 0, score: 0.75 },
      { entry: 1, score: 0.7 },
      { entry: 2, score: 0.6 },
    ]);
  });
});
