import { describe, expect, it } from 'vitest';
import { createAgentCheck } from '../../src/answering/agents.ts';
import { createAnalyzer } from '../../src/answering/analyzer.ts';
import { buildContrasts } from '../../src/answering/premise.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const analyzer = createAnalyzer({
  language,
  synonyms: [
    ['mayor', 'alba', 'rosa alba'],
    ['council', 'councillors'],
    ['impostor', 'posing as', 'pretending to be'],
  ],
});
const stemsOf = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
// Who does things in this story: the mayor, the council, the press.
const contrasts = buildContrasts([[['mayor'], ['council'], ['reporter', 'reporters']]], stemsOf);
const agents = createAgentCheck(contrasts, {
  form: language.questionForm,
  stemsOf,
  isChat: (word) => language.fillerWords.has(word) || language.truthAdverbs.has(word),
  isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
});
const fact = [
  'Mayor Rosa Alba posted the plan on Monday; the council rejected it, and she said she would try again.',
  'The plan was criticised by reporters.',
];

describe('createAgentCheck', () => {
  it("reads an infinitive's doer as the clause's, not the name nearest before it", () => {
    const met = ['The mayor met the council to discuss the plan.'];
    expect(agents.contradicts('did the mayor discuss the plan?', met)).toBe(false);
  });

  it('reads the claim past the words that frame it, when told which those are', () => {
    const framed = createAgentCheck(contrasts, {
      form: language.questionForm,
      stemsOf,
      isChat: (word) => language.fillerWords.has(word) || language.truthAdverbs.has(word),
      isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
      claimOf: (words) => (words[0] === 'someone' ? words.slice(2) : words),
    });
    const said = ['The council said reporters were wrong, and the mayor posted the plan.'];
    expect(framed.contradicts('someone said the mayor posted the plan?', said)).toBe(false);
    expect(agents.contradicts('someone said the mayor posted the plan?', said)).toBe(true);
  });

  it('finds another doer of the verb the question asks about', () => {
    expect(agents.contradicts('did the council post the plan?', fact)).toBe(true);
    expect(agents.contradicts('was it the mayor who rejected it?', fact)).toBe(true);
    expect(agents.contradicts('so the mayor was the one who rejected it?', fact)).toBe(true);
    expect(agents.contradicts('was the mayor the one who rejected it?', fact)).toBe(true);
    // A negated opening and a stressing pronoun leave the doer where it was.
    expect(agents.contradicts("wasn't it the mayor who rejected it?", fact)).toBe(true);
    expect(agents.contradicts("didn't the council itself post the plan?", fact)).toBe(true);
    expect(agents.contradicts("didn't the mayor herself post the plan?", fact)).toBe(false);
    expect(agents.contradicts('was the council the one who rejected it?', fact)).toBe(false);
    // "did she say who…" names no doer of what follows.
    expect(agents.contradicts('did the mayor say who rejected it?', fact)).toBe(false);
    expect(agents.contradicts('the council posted it?', fact)).toBe(true);
  });

  it('agrees with the doer the fact names, in any tense and through a pronoun', () => {
    expect(agents.contradicts('did the mayor post the plan?', fact)).toBe(false);
    expect(agents.contradicts('did alba really post it', fact)).toBe(false);
    // "she told": she is the mayor, the only one named before.
    expect(
      agents.contradicts('did the council tell reporters?', [
        'The mayor was asked; she told reporters.',
      ]),
    ).toBe(true);
    expect(
      agents.contradicts('did the mayor tell reporters?', [
        'The mayor was asked; she told reporters.',
      ]),
    ).toBe(false);
  });

  it('reads one who had the verb done to them as not its doer', () => {
    const called = ['The mayor was called by a reporter on Monday.'];
    expect(agents.contradicts('so the mayor was the one who called?', called)).toBe(true);
    expect(agents.contradicts('was the mayor called?', called)).toBe(false);
  });

  it('leaves a pronoun that could stand for two sides unknown', () => {
    // "the council rejected it, and she said": she could be the council or the mayor.
    expect(agents.contradicts('did the mayor say she would try again?', fact)).toBe(false);
    expect(agents.contradicts('did the council say it would try again?', fact)).toBe(false);
  });

  it('reads a pronoun that opens a clause of its own as the one named last', () => {
    const laugh = [
      'Mayor Alba told reporters that the council may laugh when they meet and call her a fool.',
    ];
    expect(agents.contradicts('did the mayor call the council a fool?', laugh)).toBe(true);
    expect(agents.contradicts('did the council call the mayor a fool?', laugh)).toBe(false);
  });

  it('finds two sides said to be one', () => {
    expect(agents.contradicts('is the mayor the council?', fact)).toBe(true);
    expect(agents.contradicts('so the mayor was one of the reporters?', fact)).toBe(true);
    expect(agents.contradicts('was the mayor a reporter?', fact)).toBe(true);
    expect(agents.contradicts('is alba the mayor?', fact)).toBe(false);
    expect(agents.contradicts('was the mayor angry at the council?', fact)).toBe(false);
    // A name before a word of content says whose: "the council spokesman", not the council.
    expect(agents.contradicts('the mayor is the council spokesman?', fact)).toBe(false);
    expect(agents.contradicts('is the mayor the council spokesman?', fact)).toBe(false);
  });

  it('says nothing where the fact names no doer: a passive, a noun, an owner', () => {
    // "was criticised by reporters": the plan had it done to it.
    expect(agents.contradicts('did the mayor criticise the plan?', fact)).toBe(false);
    expect(agents.contradicts("did the mayor's office reject it?", fact)).toBe(false);
    // The owner's apostrophe left out: the story's name with an "s" is an owner too.
    const named = createAgentCheck(contrasts, {
      form: language.questionForm,
      stemsOf,
      isChat: (word) => language.fillerWords.has(word),
      isFiller: (word) => language.stopWords.has(word) || language.fillerWords.has(word),
      isName: (word) => word === 'alba',
    });
    expect(named.contradicts('albas people rejected it?', fact)).toBe(false);
    expect(named.contradicts('alba rejected it?', fact)).toBe(true);
    expect(agents.contradicts('what did the council reject?', fact)).toBe(false);
  });

  it('finds another one the fact names after the word the question names someone after', () => {
    const posing = ['A reporter posing as the mayor called the council; a photo of Alba ran.'];
    expect(agents.contradicts('did a reporter pose as the council?', posing)).toBe(true);
    // A phrase that means the same ("pretending to be") is the same word.
    expect(agents.contradicts('was a reporter pretending to be the council?', posing)).toBe(true);
    expect(agents.contradicts('did the paper run a photo of the council?', posing)).toBe(true);
    expect(agents.contradicts('was a reporter pretending to be the mayor?', posing)).toBe(false);
    expect(agents.contradicts('did the paper run a photo of mayor alba?', posing)).toBe(false);
    // Only words that link a word to whom it is about stand between: "the hoax, the mayor said"
    // does not make the mayor what the hoax is about.
    expect(
      agents.contradicts('after the hoax would the council talk?', [
        'After the hoax, the mayor said the council would talk.',
      ]),
    ).toBe(false);
  });
});
