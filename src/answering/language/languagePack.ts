import { doubleMetaphone } from 'double-metaphone';
import {
  buildConversationWords,
  buildSmallTalkWords,
  type ConversationFile,
  type ConversationWords,
  type SmallTalkFile,
  type SmallTalkWords,
} from './conversationSchema.ts';
import type {
  ChatSpellingsFile,
  ContrastsFile,
  CuesFile,
  QuestionFormFile,
  ReplyFile,
  SynonymsFile,
  WordsFile,
} from './schema.ts';

/** A phrase as the words it is made of. */
export type Phrase = readonly string[];

/** Word lists of the sentence-level cues (see `cues/`). */
export interface CueWords {
  /** A token no story or dictionary contains, standing for a request no news story answers. */
  readonly offStoryMark: string;
  /** The same, for a question about the time after the story was written. */
  readonly laterMark: string;
  readonly hearsay: {
    readonly places: ReadonlySet<string>;
    readonly people: ReadonlySet<string>;
    readonly determiners: ReadonlySet<string>;
    /** Sources that need no determiner ("someone said", "people are saying"). */
    readonly anyone: ReadonlySet<string>;
    /** Words that may stand between a source and its verb ("someone *in here* said"). */
    readonly between: ReadonlySet<string>;
    readonly verbs: ReadonlySet<string>;
    readonly context: ReadonlySet<string>;
    readonly prepositions: ReadonlySet<string>;
    readonly article: string;
  };
  readonly offStory: {
    readonly howTo: readonly Phrase[];
    readonly definition: readonly Phrase[];
    readonly phrases: readonly Phrase[];
  };
  readonly beyondStory: {
    readonly now: ReadonlySet<string>;
    readonly afterStory: readonly Phrase[];
    readonly nowAtEnd: ReadonlySet<string>;
    readonly ever: string;
    readonly everAfter: ReadonlySet<string>;
    readonly sinceWhen: readonly Phrase[];
    /** How many words after `sinceWhen` a lasting state may stand. */
    readonly sinceWhenReach: number;
    readonly still: string;
    /** How many words after `still` a lasting state may stand. */
    readonly stillReach: number;
    readonly lastingStates: ReadonlySet<string>;
    readonly other: string;
    readonly otherOpeners: ReadonlySet<string>;
    readonly who: string;
    readonly beforeAfter: ReadonlySet<string>;
    readonly appearance: ReadonlySet<string>;
    readonly like: string;
    readonly modals: ReadonlySet<string>;
    readonly not: string;
    readonly doubt: string;
  };
  readonly byPosition: {
    readonly about: string;
    readonly aboutWords: ReadonlySet<string>;
    readonly topic: string;
    readonly aboutObjects: ReadonlySet<string>;
    readonly what: string;
    readonly naming: ReadonlySet<string>;
    readonly title: string;
    readonly job: string;
    readonly personPossessives: ReadonlySet<string>;
    readonly textWords: ReadonlySet<string>;
    readonly askingWords: ReadonlySet<string>;
    /** `word` after `after` is a country, read as `means` ("the us" → "usa"). */
    readonly country: { readonly after: string; readonly word: string; readonly means: string };
    /** `word` before one of `people` is a count, read as `means` ("one guy" → "single"). */
    readonly countedOne: {
      readonly word: string;
      readonly means: string;
      readonly people: ReadonlySet<string>;
    };
  };
}

/** Word lists that tell a yes/no question (see `questionForm.ts`). */
export interface QuestionFormWords {
  readonly auxiliaries: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  readonly truthOpeners: readonly Phrase[];
  readonly tags: readonly Phrase[];
  readonly whWords: ReadonlySet<string>;
  /** Endings of past forms ("-ed"), which make a statement asked with "?" a yes/no question. */
  readonly pastEndings: readonly string[];
  /** Irregular past forms ("got", "said"), which do the same. */
  readonly pastForms: ReadonlySet<string>;
  /**
   * Verbs in their bare form, as a statement asked by someone writing in a second language uses
   * them ("the mayor call him?", "they meet already?").
   */
  readonly bareVerbs: ReadonlySet<string>;
  /** Pronouns that close a tag of an auxiliary ("hasn't he", "did they"). */
  readonly tagPronouns: ReadonlySet<string>;
  /** Words that deny a claim ("never", "not"); see `deniesClaim`. */
  readonly negators: ReadonlySet<string>;
  /** The text as a subject, and what it does, in "does the article name them?". */
  readonly textSubjects: ReadonlySet<string>;
  readonly textVerbs: ReadonlySet<string>;
  /** Modals that, before a negator, voice doubt rather than deny ("might not"). */
  readonly doubtingModals: ReadonlySet<string>;
  /** Determiners that deny the noun they open ("no conversation"). */
  readonly denyingDeterminers: ReadonlySet<string>;
  /** Verbs that deny what follows them ("deny", "refute"). */
  readonly denials: ReadonlySet<string>;
  /** Openers of a request ("can you"): no yes/no question unless `requestForTruth` follows. */
  readonly requestOpeners: readonly Phrase[];
  readonly requestForTruth: ReadonlySet<string>;
  /** Words that put a yes/no question inside a sentence ("whether", "wonder if"). */
  readonly embeddedQuestions: readonly Phrase[];
  /** Words that claim a thing is done ("already met"), and words that only look ahead to it ("would like to meet"). */
  readonly completion: ReadonlySet<string>;
  /** Openers that make a statement a check of what one understood ("so he never called"). */
  readonly checkOpeners: ReadonlySet<string>;
  /** Auxiliaries of the past ("*did* they meet"): the claim is of a thing done. */
  readonly pastAuxiliaries: ReadonlySet<string>;
  readonly prospective: readonly Phrase[];
  /** Prepositions that open a claim's detail ("was it *about* a concert"). */
  readonly detailPrepositions: ReadonlySet<string>;
  /** Verbs whose object is someone ("call", "meet"): a determiner after them opens no detail. */
  readonly personVerbs: ReadonlySet<string>;
  /** What the doer of a yes/no question stands after or before (see `agents.ts`). */
  readonly doAuxiliaries: ReadonlySet<string>;
  readonly doerClauses: readonly Phrase[];
  readonly passiveAuxiliaries: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Words between a word and whom it is about ("posing *as the* mayor"). */
  readonly objectLinks: ReadonlySet<string>;
  /** "was *it* the mayor *who* said it": a cleft puts the doer between these. */
  readonly cleftSubject: string;
  /** The mark of an infinitive ("to discuss"). */
  readonly infinitive: string;
  readonly cleftRelatives: ReadonlySet<string>;
  readonly subjectPronouns: ReadonlySet<string>;
  /** Pronouns that only stress a doer ("the mayor herself"). */
  readonly reflexives: ReadonlySet<string>;
  /** Verbs that say one is another ("is", "was"). */
  readonly copulas: ReadonlySet<string>;
  /** Words that open a clause whose pronoun stands for the one named last ("when", "if"). */
  readonly subordinators: ReadonlySet<string>;
  /** Irregular past forms and their verbs ("said" → "say"). */
  readonly irregularPasts: ReadonlyMap<string, string>;
  /** Words that open a clause naming a source ("per", "according"): no guess at an answer. */
  readonly sourceWords: ReadonlySet<string>;
}

/** How replies are worded around an entry's fact (see `composeReply.ts`). */
export interface ReplyWords {
  readonly verdictOpenings: { readonly yes: string; readonly no: string };
  readonly separator: string;
  readonly alwaysCapitalised: ReadonlySet<string>;
  /** Title of an answer taken from a sentence of the article; `{paragraph}` is its number. */
  readonly passageQuestion: string;
  /** Text of such an answer; `{quote}` is the sentence. */
  readonly passageAnswer: string;
}

/** Word sets taken from a frequency list of the language. */
export interface WordFrequencies {
  /** The most frequent lower-case words: never "corrected", weighed as incidental when unknown. */
  readonly common: ReadonlySet<string>;
  /** Every attested word or name, lower-cased: never bent into a story word it resembles. */
  readonly english: ReadonlySet<string>;
  /** The most frequent words of all: their weight is capped even when a story uses them. */
  readonly everyday: ReadonlySet<string>;
}

/**
 * Everything the engine knows about a language, whatever the story: synonyms, chat spellings,
 * function and filler words, the cues' and the reply's words, and word frequencies. Loaded once
 * from a language folder and passed to `createAnswerEngine`; nothing in the engine holds
 * language data of its own.
 */
export interface LanguagePack {
  /** The folder's name, e.g. `en`. */
  readonly name: string;
  /** Everyday synonym groups; the first word of each is canonical. */
  readonly synonyms: readonly (readonly string[])[];
  /** Chat spelling → the plain words it stands for. */
  readonly chatSpellings: ReadonlyMap<string, readonly string[]>;
  /**
   * Digits written for a count before a word ("2 pranksters") → the number word. Before no word
   * ("2+2") a digit stays: it is arithmetic, not a count.
   */
  readonly counts: ReadonlyMap<string, string>;
  readonly stopWords: ReadonlySet<string>;
  readonly fillerWords: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  /** Adverbs that ask whether something is true ("really"), read as a light `truthMeaning`. */
  readonly truthAdverbs: ReadonlySet<string>;
  readonly truthMeaning: string;
  /** Words about wording ("adjective", "phrase"), not counted against a sentence of the article. */
  readonly wordingWords: ReadonlySet<string>;
  /**
   * Modal verbs of obligation ("should") and possibility ("might"), each read as a light term of
   * what it means: what ought to happen, or might, is told from what happened.
   */
  readonly modals: ReadonlyMap<string, string>;
  readonly fillerPhrases: readonly Phrase[];
  /** Words that join context to a question in a long message ("… but why"). */
  readonly contextSeparators: readonly string[];
  /** Words that open a part adding only circumstances to the one before ("…, after the update"). */
  readonly adjunctOpeners: ReadonlySet<string>;
  /** The lower-case letters of the language's words, for looking up one-letter typos. */
  readonly alphabet: string;
  /** How a word sounds (a phonetic code), when the language has a way to tell. */
  readonly soundOf?: (word: string) => string;
  /** Objects that can split a two-word verb ("sum it up"). */
  readonly objectPronouns: ReadonlySet<string>;
  /** Words whose stem the stemmer gets wrong, with the stem to use. */
  readonly stemOverrides: ReadonlyMap<string, string>;
  /** Everyday words naming facts of someone's life ("wife", "born"): weighed like names when unknown. */
  readonly personalFacts: ReadonlySet<string>;
  /** Words naming the kind of thing asked for ("platform", "adjective"): light when unknown. */
  readonly answerKinds: ReadonlySet<string>;
  readonly cues: CueWords;
  /**
   * Sets of mutually exclusive alternatives ("instagram" / "twitter", "praise" / "criticise"):
   * a yes/no question naming a side whose other side the answer holds is answered "No".
   */
  readonly contrasts: readonly (readonly (readonly string[])[])[];
  readonly questionForm: QuestionFormWords;
  readonly reply: ReplyWords;
  readonly frequencies: WordFrequencies;
  /** Greetings, thanks and other chat that is not a question, with the bot's replies. */
  readonly smallTalk: SmallTalkWords;
  /** The words that tie a message to the conversation before it ("and X?", "source?", "he"). */
  readonly conversation: ConversationWords;
}

/** The checked contents of a language folder's files. */
export interface LanguageFiles {
  readonly synonyms: SynonymsFile;
  readonly contrasts: ContrastsFile;
  readonly chatSpellings: ChatSpellingsFile;
  readonly words: WordsFile;
  readonly cues: CuesFile;
  readonly questionForm: QuestionFormFile;
  readonly reply: ReplyFile;
  readonly smallTalk: SmallTalkFile;
  readonly conversation: ConversationFile;
}

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);
// Phrases stay plain arrays (typed read-only): a frozen array's elements are slower to read, and
// phrases are read for every word of every question.
const phrase = (text: string): Phrase => text.split(/\s+/);

/** Builds the pack from the checked files and the frequency word sets. */
export function buildLanguagePack(
  name: string,
  files: LanguageFiles,
  frequencies: WordFrequencies,
): LanguagePack {
  const { words, cues, questionForm, reply } = files;
  return Object.freeze({
    name,
    synonyms: Object.freeze(files.synonyms.groups.map((group) => Object.freeze([...group]))),
    contrasts: Object.freeze(
      files.contrasts.sets.map((sides) =>
        Object.freeze(sides.map((side) => Object.freeze([...side]))),
      ),
    ),
    chatSpellings: new Map(
      Object.entries(files.chatSpellings.spellings).map(([from, to]) => [from, phrase(to)]),
    ),
    counts: new Map(Object.entries(files.chatSpellings.counts)),
    stopWords: set(words.stopWords),
    fillerWords: set(words.fillerWords),
    questionWords: set(words.questionWords),
    truthAdverbs: set(words.truthAdverbs.words),
    truthMeaning: words.truthAdverbs.means,
    wordingWords: set(words.wordingWords),
    modals: new Map(
      [words.obligation, words.possibility].flatMap(({ words: modals, means }) =>
        modals.map((modal): [string, string] => [modal, means]),
      ),
    ),
    fillerPhrases: Object.freeze(words.fillerPhrases.map(phrase)),
    contextSeparators: Object.freeze([...words.contextSeparators]),
    adjunctOpeners: set(words.adjunctOpeners),
    alphabet: words.alphabet,
    ...(words.phonetic === 'double-metaphone'
      ? { soundOf: (word: string) => doubleMetaphone(word)[0] }
      : {}),
    objectPronouns: set(words.objectPronouns),
    stemOverrides: new Map(Object.entries(words.stemOverrides)),
    personalFacts: set(words.personalFacts),
    answerKinds: set(words.answerKinds),
    cues: Object.freeze({
      offStoryMark: cues.offStoryMark,
      laterMark: cues.laterMark,
      hearsay: Object.freeze({
        places: set(cues.hearsay.places),
        people: set(cues.hearsay.people),
        determiners: set(cues.hearsay.determiners),
        anyone: set(cues.hearsay.anyone),
        between: set(cues.hearsay.between),
        verbs: set(cues.hearsay.verbs),
        context: set(cues.hearsay.context),
        prepositions: set(cues.hearsay.prepositions),
        article: cues.hearsay.article,
      }),
      offStory: Object.freeze({
        howTo: Object.freeze(cues.offStory.howTo.map(phrase)),
        definition: Object.freeze(cues.offStory.definition.map(phrase)),
        phrases: Object.freeze(cues.offStory.phrases.map(phrase)),
      }),
      beyondStory: Object.freeze({
        ...cues.beyondStory,
        now: set(cues.beyondStory.now),
        afterStory: cues.beyondStory.afterStory.map(phrase),
        everAfter: set(cues.beyondStory.everAfter),
        nowAtEnd: set(cues.beyondStory.nowAtEnd),
        sinceWhen: cues.beyondStory.sinceWhen.map(phrase),
        lastingStates: set(cues.beyondStory.lastingStates),
        otherOpeners: set(cues.beyondStory.otherOpeners),
        beforeAfter: set(cues.beyondStory.beforeAfter),
        appearance: set(cues.beyondStory.appearance),
        modals: set(cues.beyondStory.modals),
      }),
      byPosition: Object.freeze({
        ...cues.byPosition,
        aboutWords: set(cues.byPosition.aboutWords),
        aboutObjects: set(cues.byPosition.aboutObjects),
        naming: set(cues.byPosition.naming),
        personPossessives: set(cues.byPosition.personPossessives),
        textWords: set(cues.byPosition.textWords),
        askingWords: set(cues.byPosition.askingWords),
        country: Object.freeze({ ...cues.byPosition.country }),
        countedOne: Object.freeze({
          ...cues.byPosition.countedOne,
          people: set(cues.byPosition.countedOne.people),
        }),
      }),
    }),
    questionForm: Object.freeze({
      auxiliaries: set(questionForm.auxiliaries),
      openers: set(questionForm.openers),
      truthOpeners: Object.freeze(questionForm.truthOpeners.map(phrase)),
      tags: Object.freeze(questionForm.tags.map(phrase)),
      whWords: set(questionForm.whWords),
      pastEndings: Object.freeze([...questionForm.pastEndings]),
      pastForms: set(questionForm.pastForms),
      bareVerbs: set(questionForm.bareVerbs),
      tagPronouns: set(questionForm.tagPronouns),
      negators: set(questionForm.negators),
      denials: set(questionForm.denials),
      textSubjects: set(questionForm.textSubjects),
      textVerbs: set(questionForm.textVerbs),
      doubtingModals: set(questionForm.doubtingModals),
      denyingDeterminers: set(questionForm.denyingDeterminers),
      requestOpeners: questionForm.requestOpeners.map(phrase),
      requestForTruth: set(questionForm.requestForTruth),
      embeddedQuestions: questionForm.embeddedQuestions.map(phrase),
      completion: set(questionForm.completion),
      prospective: questionForm.prospective.map(phrase),
      detailPrepositions: set(questionForm.detailPrepositions),
      pastAuxiliaries: set(questionForm.pastAuxiliaries),
      checkOpeners: set(questionForm.checkOpeners),
      personVerbs: set(questionForm.personVerbs),
      doAuxiliaries: set(questionForm.doAuxiliaries),
      doerClauses: questionForm.doerClauses.map(phrase),
      passiveAuxiliaries: set(questionForm.passiveAuxiliaries),
      determiners: set(questionForm.determiners),
      objectLinks: set(questionForm.objectLinks),
      cleftSubject: questionForm.cleftSubject,
      infinitive: questionForm.infinitive,
      cleftRelatives: set(questionForm.cleftRelatives),
      subjectPronouns: set(questionForm.subjectPronouns),
      reflexives: set(questionForm.reflexives),
      copulas: set(questionForm.copulas),
      subordinators: set(questionForm.subordinators),
      irregularPasts: new Map(Object.entries(questionForm.irregularPasts)),
      sourceWords: set(questionForm.sourceWords),
    }),
    reply: Object.freeze({
      verdictOpenings: Object.freeze({ ...reply.verdictOpenings }),
      separator: reply.separator,
      alwaysCapitalised: set(reply.alwaysCapitalised),
      passageQuestion: reply.passageQuestion,
      passageAnswer: reply.passageAnswer,
    }),
    frequencies,
    smallTalk: buildSmallTalkWords(files.smallTalk),
    conversation: buildConversationWords(files.conversation),
  });
}
