import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { createPolarity } from '../../src/answering/polarity.ts';
import { buildContrasts, contradicts, createPremiseCheck } from '../../src/answering/premise.ts';
import type { Entry } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({ synonyms: [], language });
const stems = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
const contrasts = buildContrasts(
  [
    [['instagram', 'insta'], ['twitter', 'tweet'], ['facebook']],
    [
      ['praise', 'support'],
      ['criticise', 'slam'],
    ],
  ],
  stems,
);
const fact = contrasts.sidesOf(
  stems('The mayor posted the photo on Instagram and slammed the plan.'),
);

describe('contradicts', () => {
  it('finds a detail the fact holds another side of', () => {
    expect(contradicts(contrasts.sidesOf(stems('did the mayor post it on twitter')), fact)).toBe(
      true,
    );
    expect(contradicts(contrasts.sidesOf(stems('did the mayor praise the plan')), fact)).toBe(true);
  });

  it('accepts a detail the fact holds, in any of its words', () => {
    expect(contradicts(contrasts.sidesOf(stems('was it on insta')), fact)).toBe(false);
    expect(contradicts(contrasts.sidesOf(stems('did the mayor slam the plan')), fact)).toBe(false);
  });

  it('contradicts nothing in a contrast whose held side the question names too', () => {
    const both = contrasts.sidesOf(stems('did the mayor slam it or praise it'));
    expect(contradicts(both, fact)).toBe(false);
  });

  it('says nothing of a contrast the fact does not touch', () => {
    const other = contrasts.sidesOf(stems('The mayor opened the bridge.'));
    expect(contradicts(contrasts.sidesOf(stems('did the mayor post on twitter')), other)).toBe(
      false,
    );
  });
});

describe('sidesOf', () => {
  it('reads a phrase that is a side whole, not also its last word', () => {
    const calls = buildContrasts(
      [
        [
          ['call', 'phone'],
          ['video call', 'zoom'],
        ],
      ],
      stems,
    );
    expect([...calls.sidesOf(stems('was it a video call'))]).toEqual(['0:1']);
    expect([...calls.sidesOf(stems('was it a phone call'))]).toEqual(['0:0']);
  });
});

describe('alternativesOf', () => {
  it('offers the other sides of a stem, to find the entry that contradicts it', () => {
    const [twitter] = stems('twitter');
    expect(contrasts.alternativesOf(twitter ?? '')).toEqual(
      expect.arrayContaining([...stems('instagram'), ...stems('facebook')]),
    );
    expect(contrasts.alternativesOf(twitter ?? '')).not.toContain(twitter);
  });
});

describe('createPremiseCheck', () => {
  const check = createPremiseCheck({
    contrasts,
    toStems: stems,
    toWords: (text) => analyzer.surfaceWords(text),
    form: language.questionForm,
  });
  const entry = (question: string, verdict: Entry['verdict'], answer: string): Entry => ({
    id: 'e',
    question,
    alternates: [],
    answer,
    verdict,
    sources: [],
    related: [],
  });
  const verdict = (e: Entry, question: string, denies = false): string =>
    check.verdict(e, { stems: stems(question), text: question, denies });

  it('turns a "yes" over for any other side, and a "no" only across a pair', () => {
    const onInstagram = entry(
      'Did the mayor post on Instagram?',
      'yes',
      'She posted it on Instagram.',
    );
    expect(verdict(onInstagram, 'did she post on twitter')).toBe('no');
    const onTwitter = entry('Did the mayor post on Twitter?', 'no', 'She posted it on Instagram.');
    // Not on Twitter says nothing of Facebook...
    expect(verdict(onTwitter, 'did she post on facebook')).toBe('no');
    const praised = entry('Did the mayor praise the plan?', 'no', 'The mayor slammed the plan.');
    // ...but not praised, of a pair, is slammed.
    expect(verdict(praised, 'did the mayor slam the plan')).toBe('yes');
  });

  it('turns a verdict over for a question that denies its claim', () => {
    const praised = entry('Did the mayor praise the plan?', 'no', 'The mayor slammed the plan.');
    expect(verdict(praised, 'so the mayor never praised the plan', true)).toBe('yes');
    expect(verdict(praised, 'so the mayor never slammed the plan', true)).toBe('no');
  });

  it("reads the words of the sources for what they deny, not a compound's", () => {
    const worded = createPremiseCheck({
      contrasts,
      toStems: stems,
      toWords: (text) => analyzer.surfaceWords(text),
      form: language.questionForm,
      polarity: createPolarity(language.questionForm, stems, (word) =>
        language.stopWords.has(word),
      ),
    });
    const quoted = (quote: string): Entry => ({
      ...entry('What did the column call the row?', undefined, 'The column called it nonsense.'),
      sources: [{ paragraph: 1, quote }],
    });
    const ask = (e: Entry): string =>
      worded.verdict(e, {
        stems: stems('did the column call it nonsense'),
        text: 'did the column call it nonsense',
        words: analyzer.surfaceWords('did the column call it nonsense'),
        denies: false,
      });
    expect(ask(quoted('this was not nonsense'))).toBe('no');
    expect(ask(quoted("the who-said-what-didn't nonsense"))).toBe('yes');
  });
});
