import { describe, expect, it } from 'vitest';
import { normalizeText, words } from '../../src/answering/normalizeText.ts';
import {
  asksWhatTextSays,
  deniesClaim,
  frameWords,
  guessAfterQuestion,
  isYesNoQuestion,
  readQuestionForm,
} from '../../src/answering/questionForm.ts';
import { shippedLanguage } from '../storyFixture.ts';

const form = shippedLanguage().questionForm;
const yesNo = (text: string): boolean => isYesNoQuestion(words(normalizeText(text)), form);

describe('isYesNoQuestion', () => {
  it('reads a question opened by an auxiliary as yes/no, with or without openers', () => {
    for (const q of [
      'did the mayor open the bridge?',
      'so was it fake',
      "wasn't it a prank",
      'ok wait is that real',
    ])
      expect(yesNo(q), q).toBe(true);
  });

  it('reads "is it true that" and tag questions as yes/no', () => {
    for (const q of [
      'is it true that the bridge fell',
      'true or false: the mayor opened it',
      'the mayor opened it, right?',
      'it was fake or not',
      "she's been mayor for years, hasn't she",
      'it was fake, was it',
      'the mayor opened it, accurate?',
      'it was zoltan who opened it, right?',
      'someone said the mayor opened it, can you check',
      'fact check: the mayor opened it',
    ])
      expect(yesNo(q), q).toBe(true);
  });

  it('tells the words that frame a claim from the claim', () => {
    const frame = (text: string): string[] => [...frameWords(words(normalizeText(text)), form)];
    expect(frame('is it true that the bridge fell')).toEqual(['is', 'it', 'true']);
    expect(frame('the bridge fell, can you check')).toEqual(['can', 'you', 'check']);
    expect(frame('did the bridge fall')).toEqual([]);
    expect(frame('fact check: the bridge fell')).toEqual(['fact', 'check']);
    // The longest opener that fits: "am i right" is only the start of this one.
    expect(frame('am i right in saying the bridge fell')).toEqual([
      'am',
      'i',
      'right',
      'in',
      'saying',
    ]);
  });

  it('reads a request as asking for the thing, unless it asks whether something is so', () => {
    for (const q of [
      'can you sum it up',
      'could someone tell me who the mayor is',
      'can u paste it',
    ])
      expect(yesNo(q), q).toBe(false);
    for (const q of ['can you confirm she opened it', 'could you tell me if the bridge fell'])
      expect(yesNo(q), q).toBe(true);
  });

  it('reads a statement opened as a check ("so…") as yes/no, question mark or not', () => {
    expect(yesNo('so the mayor never opened it')).toBe(true);
    expect(yesNo('so the council rejected the plan')).toBe(true);
    expect(yesNo('wait the mayor posted it on twitter')).toBe(true);
    expect(yesNo('so what happened')).toBe(false);
    expect(yesNo('the mayor opened it')).toBe(false);
  });

  it('reads a yes/no question inside a sentence as yes/no, unless a question word opens it', () => {
    for (const q of [
      "i'd like to know whether the bridge fell",
      'I wonder if the mayor opened it.',
      'i should be grateful if you could tell me whether she resigned',
    ])
      expect(yesNo(q), q).toBe(true);
    expect(yesNo('what did the mayor say about whether it fell')).toBe(false);
    expect(yesNo('i know the mayor opened it')).toBe(false);
  });

  it('reads wh-questions and statements as open questions', () => {
    for (const q of [
      'who opened the bridge',
      'so what did the mayor say, right?',
      'bridge opening',
      'why was it closed',
    ])
      expect(yesNo(q), q).toBe(false);
  });

  it('reads a statement asked with a question mark as yes/no when it has a verb', () => {
    const asked = (text: string): boolean =>
      isYesNoQuestion(words(normalizeText(text)), form, true);
    for (const q of ['so he was fooled?', 'the mayor resigned?', 'the bridge is closed?'])
      expect(asked(q), q).toBe(true);
    for (const q of ['the mayor?', 'bridge and mayor??', 'who was fooled?'])
      expect(asked(q), q).toBe(false);
    // Without its question mark a statement states, unless it opens as a check ("so…").
    expect(yesNo('the mayor resigned')).toBe(false);
    expect(yesNo('and he was fooled')).toBe(false);
  });

  it('reads a bare verb after its doer as yes/no, as a second language writes it', () => {
    const asked = (text: string): boolean =>
      isYesNoQuestion(words(normalizeText(text)), form, true);
    for (const q of [
      'mayor meet the council already?',
      'the mayor call him?',
      'they already meet her?',
    ])
      expect(asked(q), q).toBe(true);
    // A thing named ("the mayor's call?") or a verb with nothing after it asks nothing yet.
    for (const q of [
      "the mayor's instagram post?",
      'the mayor and the call?',
      'why mayor call him?',
    ])
      expect(asked(q), q).toBe(false);
  });

  it('reads past a phrase of circumstances to the question it leads to', () => {
    const led = (text: string): boolean =>
      isYesNoQuestion(words(normalizeText(text)), form, false, {
        isAdjunctOpener: (word) => word === 'before' || word === 'after',
      });
    expect(led('before the vote did the mayor resign')).toBe(true);
    expect(led('after the vote what did the mayor say')).toBe(false);
    expect(yesNo('before the vote did the mayor resign')).toBe(false);
  });

  it('reads "who" after someone named as opening a clause about them, not as asking', () => {
    const named = (text: string): boolean =>
      isYesNoQuestion(words(normalizeText(text)), form, true, {
        isAlternative: (word) => word === 'mayor',
      });
    expect(named('i heard it was the mayor who closed it, is that right')).toBe(true);
    expect(named('i heard the bridge closed, who closed it')).toBe(false);
  });

  it('reads a verb in the present after whoever does it as one, in four words or more', () => {
    const stopWords = shippedLanguage().stopWords;
    const asked = (text: string): boolean =>
      isYesNoQuestion(words(normalizeText(text)), form, true, {
        isFiller: (word) => stopWords.has(word),
      });
    for (const q of ['the report calls the bridge unsafe?', 'so the mayor refuses to talk?'])
      expect(asked(q), q).toBe(true);
    for (const q of ['any comments from the mayor?', 'the mayors plans?', 'the bridge reports?'])
      expect(asked(q), q).toBe(false);
  });
});

describe('deniesClaim', () => {
  const denies = (text: string): boolean => deniesClaim(words(normalizeText(text)), form);

  it('reads a negation inside the claim as denying it', () => {
    for (const q of [
      'so the mayor never opened the bridge?',
      'did the council say it would not pay',
      'is it true that nobody came',
      "so she didn't open it?",
      'so there was no vote?',
    ])
      expect(denies(q), q).toBe(true);
  });

  it('reads a negation after a modal of doubt as doubting, not denying', () => {
    expect(denies('did the council say the plan might not be hers?')).toBe(false);
    expect(denies('did the council say the plan was not hers?')).toBe(true);
  });

  it('leaves out the opening auxiliary, closing tags and "or not"', () => {
    for (const q of [
      "didn't the mayor open the bridge",
      "isn't it true that she opened it",
      "she opened the bridge, didn't she",
      'did she open it or not',
      'the bridge is open, is it not',
      'is that true or not true',
    ])
      expect(denies(q), q).toBe(false);
  });
});

describe('guessAfterQuestion', () => {
  const language = shippedLanguage();
  const alternatives = new Set(['twitter', 'instagram', 'bbc', 'cnn', 'email']);
  const guess = (text: string) =>
    guessAfterQuestion(
      text.split(/[,?!;]+/).map((clause) => words(normalizeText(clause))),
      form,
      {
        isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
        isAlternative: (word) => alternatives.has(word),
      },
    )?.kind;

  it('reads a guess closing a wh-question as asking whether it is right', () => {
    expect(guess('the mayor said what?? an idiot??')).toBe('one');
    expect(guess('where did she post it, twitter right?')).toBe('one');
    expect(guess('how did they reach her, email or what')).toBe('one');
    expect(guess('where did she post it, on twitter?')).toBe('one');
  });

  it('reads alternatives offered after a wh-question as a choice', () => {
    expect(guess('which channel was it, bbc or cnn?')).toBe('choice');
  });

  it('leaves words that only frame the question alone', () => {
    expect(guess('what did the mayor say, per the article?')).toBeUndefined();
    expect(guess('what did she post, according to the mayor?')).toBeUndefined();
    expect(guess('what did she say? i want the exact quote')).toBeUndefined();
    expect(guess('did she post it, twitter?')).toBeUndefined();
    expect(guess('where did she post it')).toBeUndefined();
  });
});

describe('readQuestionForm', () => {
  const language = shippedLanguage();
  const read = (text: string) =>
    readQuestionForm(text, (t) => words(normalizeText(t)), form, {
      isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
      isChat: (word) => language.fillerWords.has(word),
      isAlternative: (word) => word === 'twitter',
    });

  it('reads the sentence that asks, with a fragment asked after it', () => {
    expect(read('We argued and nobody agreed. Did the mayor resign?')).toMatchObject({
      yesNo: true,
      denies: false,
    });
    expect(read('Nobody came. What did the mayor say?').yesNo).toBe(false);
    expect(read('she said what?? an idiot??')).toMatchObject({ yesNo: true });
  });

  it('reads no denial into what follows the question mark', () => {
    expect(read("has the mayor said anything since? I can't find anything.")).toMatchObject({
      yesNo: true,
      denies: false,
    });
    expect(read('so she never came? lol')).toMatchObject({ yesNo: true, denies: true });
  });

  it('leaves quoted words out of how a question is asked', () => {
    expect(read('"did the mayor resign" — who wrote that?').yesNo).toBe(false);
    expect(read("did she say 'nobody came'?")).toMatchObject({ yesNo: true, denies: false });
  });

  it('reads a wh-question in a later clause as the question asked', () => {
    expect(read('did not happen?? who said that').yesNo).toBe(false);
    expect(read('so she never resigned?')).toMatchObject({ yesNo: true, denies: true });
  });

  it('reads a guess after a wh-question as a yes/no question', () => {
    expect(read('where did she post it, twitter right?').yesNo).toBe(true);
  });
});

describe('asksWhatTextSays', () => {
  const about = (text: string): boolean => asksWhatTextSays(words(normalizeText(text)), form);
  it('finds the text as the subject of a verb of saying', () => {
    expect(about('does the article name the mayor')).toBe(true);
    expect(about('did the update actually say why')).toBe(true);
    expect(about('did the mayor name the article')).toBe(false);
    expect(about('is the article long')).toBe(false);
  });
});
