import { createCues } from './cues/createCues.ts';
import type { LanguagePack } from './language/languagePack.ts';
import { normalizeText, words } from './normalizeText.ts';
import type { SpellingCorrector } from './spelling.ts';
import { createPhraseStemmer, createStemmer } from './stem.ts';
import { synonymPhrases } from './synonyms.ts';

/** A word of a question reduced to the form the index compares: stemmed and canonicalised. */
export interface Term {
  readonly stem: string;
  /** The word as typed (after spelling correction), for telling everyday words from names. */
  readonly word: string;
  /**
   * Question words ("who") and truth adverbs ("really"): they tell entries apart ("who is the
   * mayor" against "what did the mayor say") but weigh less than content words.
   */
  readonly light: boolean;
  /**
   * The share of the word's weight this term carries: 1, or less when the word sits in several
   * synonym groups and so reads as each of them (together they weigh one word).
   */
  readonly share: number;
}

/** How far the analyzer looks; chosen once and kept, see each field. */
export interface AnalyzingOptions {
  /**
   * The longest synonym phrase looked for, in words. Four covers every listed phrase ("pretend to
   * be", "in a few words"); longer phrases would be set phrases better handled as filler.
   */
  readonly maxPhraseWords: number;
  /**
   * The shortest part of a run-together word ("cityhall") that is split off: shorter parts are
   * fragments more often than words.
   */
  readonly minCompoundPart: number;
}

/**
 * The analyzer's tuned values.
 *
 * How each value was chosen: as the ranking's (see `RANKING`): answer quality on the shipped
 * story's dev, holdout and fresh sets together (96.2% / 94.1% at these values), each value tried
 * 20% lower and higher (integers ±1).
 */
export const ANALYZING: AnalyzingOptions = Object.freeze({
  // 3 answers less (95.6%); 5 changes nothing.
  maxPhraseWords: 4,
  // 2 and 4 change no answer on the sets; 3 splits "cityhall" and "whatis" without cutting off two-letter fragments.
  minCompoundPart: 3,
});

export interface AnalyzerOptions {
  readonly language: LanguagePack;
  /** Groups of equivalent words or phrases; the first of each group is canonical. */
  readonly synonyms: readonly (readonly string[])[];
  /** Corrects words the vocabulary does not know; without it words are taken as typed. */
  readonly corrector?: SpellingCorrector;
  /** Words that need no correction (the vocabulary the corrector corrects towards). */
  readonly knownWords?: ReadonlySet<string>;
  readonly analyzing?: AnalyzingOptions;
}

export interface Analyzer {
  /** The meaningful terms of a text, in order. */
  analyze(text: string): Term[];
  /** The plain words of a text after chat spellings are expanded, before any filtering. */
  surfaceWords(text: string): string[];
  /**
   * Terms of a curated text (a phrasing, an answer) for an index: as `analyze`, without the
   * off-story mark. A phrasing that happens to ask past the story ("how has it been since") must
   * not teach the index that the mark is one of its words, or every such question would reach it.
   */
  analyzeKnowledge(text: string): Term[];
  /**
   * The stem of the later mark, which cues put in for a question about the time after the story
   * (the off-story mark, for other requests no news story answers, has a stem of its own).
   */
  readonly laterStem: string;
  /** Whether a term is one of the marks cues put in for requests no news story answers. */
  isMark(term: Term): boolean;
}

/** The terms a synonym stands for: every stem of each of its groups' canonical forms. */
function synonymTerms(canonicals: readonly (readonly string[])[], word: string): Term[] {
  const share = 1 / canonicals.length;
  return canonicals.flatMap((stems) => stems.map((stem) => ({ stem, word, light: false, share })));
}

/**
 * Builds the analyzer shared by the index and by questions, so a phrasing in the knowledge and a
 * question typed by a user are reduced to terms in exactly the same way.
 */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const { language, corrector, knownWords } = options;
  const { maxPhraseWords, minCompoundPart } = options.analyzing ?? ANALYZING;
  const { stopWords, fillerWords, questionWords, truthAdverbs, objectPronouns } = language;
  // Everyday words are never "corrected": a real word the story does not use ("weather") is not
  // a typo of one it does ("whether"). Attested words and names are never bent either.
  const { common, english } = language.frequencies;
  const stem = createStemmer(language.stemOverrides);
  const applyCues = createCues(language);
  const isNoise = (word: string): boolean => stopWords.has(word) || fillerWords.has(word);
  const expandChat = (list: readonly string[]): string[] =>
    list.flatMap((word, at) => {
      const count = language.counts.get(word);
      // "2 pranksters" counts; "2+2" and "2 2" do not.
      if (count !== undefined && /^\p{L}/u.test(list[at + 1] ?? '')) return [count];
      return language.chatSpellings.get(word) ?? [word];
    });
  const phrases = synonymPhrases(options.synonyms, createPhraseStemmer(language));

  /** Two known words typed without the space between them ("cityhall", "whatis"). */
  const splitCompound = (word: string): string | undefined => {
    if (!knownWords) return undefined;
    for (let i = minCompoundPart; i <= word.length - minCompoundPart; i++) {
      const [head, tail] = [word.slice(0, i), word.slice(i)];
      if (knownWords.has(head) && knownWords.has(tail)) return `${head} ${tail}`;
    }
    return undefined;
  };

  const spell = (word: string): string => {
    if (!corrector || knownWords?.has(word) || isNoise(word) || questionWords.has(word)) {
      return word;
    }
    if (/\d/.test(word) || common.has(word)) return word;
    // "soo" -> "so", "callled" -> "call": try the word with doubled letters made single.
    const single = word.replace(/(\p{L})\1/gu, '$1');
    if (single !== word && (knownWords?.has(single) || isNoise(single))) return single;
    if (english.has(word)) return word;
    return splitCompound(word) ?? corrector.correct(word) ?? word;
  };

  const surfaceWords = (text: string): string[] =>
    expandChat(words(normalizeText(text))).flatMap((word) => spell(word).split(' '));

  const marks = new Set([stem(language.cues.offStoryMark), stem(language.cues.laterMark)]);
  const laterStem = stem(language.cues.laterMark);
  const analyzer: Analyzer = {
    surfaceWords,
    laterStem,
    isMark: (term) => marks.has(term.stem),
    analyzeKnowledge: (text) => analyzer.analyze(text).filter((term) => !marks.has(term.stem)),
    analyze(text: string): Term[] {
      const surface = applyCues(surfaceWords(text));
      const stems = surface.map(stem);
      const terms: Term[] = [];
      for (let i = 0; i < surface.length; ) {
        // Longest synonym phrase starting here wins ("press secretary" before "press").
        let matched = 0;
        for (let length = Math.min(maxPhraseWords, surface.length - i); length >= 1; length--) {
          const canonical = phrases.get(stems.slice(i, i + length).join(' '));
          // A lone function word is never a synonym ("will" is not "willing", though they stem alike).
          if (!canonical || (length === 1 && isNoise(surface[i] ?? ''))) continue;
          terms.push(...synonymTerms(canonical, surface.slice(i, i + length).join(' ')));
          matched = length;
          break;
        }
        // A two-word verb split by its object ("sum it up", "set him up") is the verb itself.
        const split = objectPronouns.has(surface[i + 1] ?? '')
          ? phrases.get(`${stems[i]} ${stems[i + 2]}`)
          : undefined;
        if (matched === 0 && split && !isNoise(surface[i] ?? '')) {
          terms.push(...synonymTerms(split, [surface[i], surface[i + 2]].join(' ')));
          matched = 3;
        }
        if (matched > 0) {
          i += matched;
          continue;
        }
        const word = surface[i] ?? '';
        i += 1;
        if (questionWords.has(word)) {
          terms.push({ stem: word, word, light: true, share: 1 });
        } else if (truthAdverbs.has(word)) {
          terms.push({ stem: language.truthMeaning, word, light: true, share: 1 });
        } else if (language.modals.has(word)) {
          terms.push({ stem: language.modals.get(word) ?? word, word, light: true, share: 1 });
        } else if (!isNoise(word)) {
          terms.push({ stem: stems[i - 1] ?? word, word, light: false, share: 1 });
        }
      }
      return terms;
    },
  };
  return analyzer;
}
