import { z } from 'zod';

/**
 * The files of a language folder (`language/<code>/`), as zod schemas: a typo in a word list is
 * reported with its file and path when the pack is loaded, never discovered mid-conversation.
 */

/** One lower-case word or phrase, as the normaliser produces them (letters, digits, spaces). */
const word = z
  .string()
  .trim()
  .min(1)
  .refine((w) => w === w.toLowerCase(), 'must be lower case');
/** A single word (no spaces). */
const single = word.refine((w) => !/\s/.test(w), 'must be one word');
const words = z.array(single).min(1);
const phrases = z.array(word).min(1);

export const synonymsFileSchema = z.strictObject({
  groups: z.array(z.array(word).min(2)).min(1),
});

/** Sets of mutually exclusive alternatives, each side a list of words or phrases. */
export const contrastsFileSchema = z.strictObject({
  sets: z.array(z.array(phrases).min(2)).min(1),
});

export const chatSpellingsFileSchema = z.strictObject({
  spellings: z.record(single, word),
  counts: z.record(z.string().regex(/^\d+$/), single),
});

export const wordsFileSchema = z.strictObject({
  stopWords: words,
  fillerWords: words,
  questionWords: words,
  truthAdverbs: z.strictObject({ words, means: single }),
  obligation: z.strictObject({ words, means: single }),
  possibility: z.strictObject({ words, means: single }),
  wordingWords: words,
  fillerPhrases: phrases,
  contextSeparators: words,
  adjunctOpeners: words,
  alphabet: z.string().regex(/^\p{Ll}+$/u, 'must be the lower-case letters, in one word'),
  phonetic: z.enum(['double-metaphone']).optional(),
  objectPronouns: words,
  stemOverrides: z.record(single, single),
  personalFacts: words,
  answerKinds: words,
});

export const cuesFileSchema = z.strictObject({
  offStoryMark: single,
  laterMark: single,
  hearsay: z.strictObject({
    places: words,
    people: words,
    determiners: words,
    anyone: words,
    between: words,
    verbs: words,
    context: words,
    prepositions: words,
    article: single,
  }),
  offStory: z.strictObject({ howTo: phrases, definition: phrases, phrases }),
  beyondStory: z.strictObject({
    now: words,
    afterStory: phrases,
    nowAtEnd: words,
    ever: single,
    everAfter: words,
    sinceWhen: phrases,
    sinceWhenReach: z.number().int().min(1),
    still: single,
    stillReach: z.number().int().min(1),
    lastingStates: words,
    other: single,
    otherOpeners: words,
    who: single,
    beforeAfter: words,
    appearance: words,
    like: single,
    modals: words,
    not: single,
    doubt: single,
  }),
  byPosition: z.strictObject({
    about: single,
    aboutWords: words,
    topic: single,
    aboutObjects: words,
    what: single,
    naming: words,
    title: single,
    job: single,
    personPossessives: words,
    textWords: words,
    askingWords: words,
    country: z.strictObject({ after: single, word: single, means: single }),
    countedOne: z.strictObject({ word: single, means: single, people: words }),
  }),
});

export const questionFormFileSchema = z.strictObject({
  auxiliaries: words,
  openers: words,
  truthOpeners: phrases,
  tags: phrases,
  whWords: words,
  pastEndings: words,
  pastForms: words,
  bareVerbs: words,
  tagPronouns: words,
  negators: words,
  denials: words,
  textSubjects: words,
  textVerbs: words,
  doubtingModals: words,
  denyingDeterminers: words,
  requestOpeners: phrases,
  requestForTruth: words,
  embeddedQuestions: phrases,
  completion: words,
  checkOpeners: words,
  pastAuxiliaries: words,
  prospective: phrases,
  detailPrepositions: words,
  personVerbs: words,
  doAuxiliaries: words,
  doerClauses: phrases,
  passiveAuxiliaries: words,
  determiners: words,
  objectLinks: words,
  cleftSubject: single,
  infinitive: single,
  cleftRelatives: words,
  subjectPronouns: words,
  reflexives: words,
  copulas: words,
  subordinators: words,
  irregularPasts: z.record(single, single),
  sourceWords: words,
});

export const replyFileSchema = z.strictObject({
  verdictOpenings: z.strictObject({ yes: z.string().min(1), no: z.string().min(1) }),
  separator: z.string().min(1),
  alwaysCapitalised: z.array(z.string().min(1)),
  passageQuestion: z.string().includes('{paragraph}'),
  passageAnswer: z.string().includes('{quote}'),
});

export const frequenciesFileSchema = z.strictObject({
  package: z.string().min(1),
  commonWords: z.number().int().positive(),
  everydayWords: z.number().int().positive(),
  minEnglishCount: z.number().int().min(0),
});

/** One frequency-list row: a word and how often it was seen. */
export const frequencyListSchema = z.array(z.object({ word: z.string(), count: z.number() }));

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
export type ContrastsFile = z.infer<typeof contrastsFileSchema>;
export type ChatSpellingsFile = z.infer<typeof chatSpellingsFileSchema>;
export type WordsFile = z.infer<typeof wordsFileSchema>;
export type CuesFile = z.infer<typeof cuesFileSchema>;
export type QuestionFormFile = z.infer<typeof questionFormFileSchema>;
export type ReplyFile = z.infer<typeof replyFileSchema>;
export type FrequenciesFile = z.infer<typeof frequenciesFileSchema>;
