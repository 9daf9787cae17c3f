import { describe, expect, it } from 'vitest';
import { composeReply, properNounsOf } from '../../src/answering/composeReply.ts';
import type { Entry } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

const words = shippedLanguage().reply;

const entry = (answer: string, verdict?: Entry['verdict']): Entry => ({
  id: 'e',
  question: 'q',
  alternates: [],
  answer,
  verdict,
  sources: [{ paragraph: 1, quote: 'x' }],
  related: [],
});
const nouns = properNounsOf(['The council met Mayor Alba in Riverton. Then it rained.']);

describe('composeReply', () => {
  it('gives the fact alone to an open question', () => {
    expect(composeReply(entry('The bridge opened.', 'no'), undefined, nouns, words).text).toBe(
      'The bridge opened.',
    );
  });

  it('opens a yes/no reply with the verdict, the fact continuing the sentence', () => {
    expect(composeReply(entry('The bridge opened in May.'), 'yes', nouns, words).text).toBe(
      'Yes — the bridge opened in May.',
    );
    expect(composeReply(entry('The bridge stayed shut.', 'no'), 'no', nouns, words).text).toBe(
      'No — the bridge stayed shut.',
    );
  });

  it('keeps a name capitalised after the verdict', () => {
    expect(composeReply(entry('Alba opened it.'), 'yes', nouns, words).text).toBe(
      'Yes — Alba opened it.',
    );
  });

  it('opens with No for a no verdict whatever the entry says of its own question', () => {
    const reply = composeReply(entry('Alba opened it on Monday.', 'yes'), 'no', nouns, words);
    expect(reply).toEqual({ text: 'No — Alba opened it on Monday.', verdict: 'no' });
  });

  it('adds nothing to an entry whose answer is that the article does not say', () => {
    const text = "The article doesn't say why.";
    expect(composeReply(entry(text, 'unknown'), 'unknown', nouns, words).text).toBe(text);
  });
});

describe('properNounsOf', () => {
  it('finds the words capitalised mid-sentence, not sentence openers', () => {
    expect([...nouns].sort()).toEqual(['Alba', 'Mayor', 'Riverton']);
  });
});
