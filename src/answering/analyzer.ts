import { stemmer } from 'stemmer';
import { CHAT_SPELLINGS } from './chatSpellings.ts';
import { applyCues } from './cues.ts';
import {
  FILLER_WORDS,
  QUESTION_WORDS,
  STEM_OVERRIDES,
  STOP_WORDS,
  TRUTH_ADVERBS,
} from './lexicon.ts';
import { normalizeText, words } from './normalizeText.ts';
import type { SpellingCorrector } from './spelling.ts';

/** A word of a question reduced to the form the index compares: stemmed and canonicalised. */
export interface Term {
  readonly stem: string;
  /** The word as typed (after spelling correction), for telling everyday words from names. */
  readonly word: string;
  /**
   * Question words ("who") and truth adverbs ("really"): they tell entries apart ("who is Peskov"
   * against "what did Peskov say") but weigh less than content words.
   */
  readonly light: boolean;
}

export interface AnalyzerOptions {
  /** Groups of equivalent words or phrases; the first of each group is canonical. */
  readonly synonyms: readonly (readonly string[])[];
  /** Corrects words the vocabulary does not know; without it words are taken as typed. */
  readonly corrector?: SpellingCorrector;
  /** Words that need no correction (the vocabulary the corrector corrects towards). */
  readonly knownWords?: ReadonlySet<string>;
  /**
   * Everyday English words: never "corrected", since a real word the story does not use
   * ("weather") is not a typo of one it does ("whether").
   */
  readonly commonWords?: ReadonlySet<string>;
  /** Attested English words and names: never bent into a story word they resemble. */
  readonly englishWords?: ReadonlySet<string>;
}

export interface Analyzer {
  /** The meaningful terms of a text, in order. */
  analyze(text: string): Term[];
  /** The plain words of a text after chat spellings are expanded, before any filtering. */
  surfaceWords(text: string): string[];
}

const MAX_PHRASE = 4;

function stem(word: string): string {
  const override = STEM_OVERRIDES.get(word);
  if (override) return override;
  const stemmed = stemmer(word);
  // Porter cuts some very short words to nothing useful ("us" -> "u"): keep those as typed, but
  // take the stem when it is a word's own ("say" -> "sai", like "says" and "saying").
  if (word.length <= 3) return stemmed.length >= 3 ? stemmed : word;
  // Porter cuts some short verbs below their base form ("owes" -> "ow", though "owe" stays
  // "owe"): drop only the inflection instead.
  if (stemmed.length < 3) return word.replace(/[sd]$/, '');
  return stemmed;
}

/** Objects that can split a two-word verb ("sum it up", "call him out"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  'it this that them him her me us everything all'.split(' '),
);

/** The shortest part of a run-together word ("eltonjohn") that is split off. */
const MIN_COMPOUND_PART = 3;

function expandChat(list: readonly string[]): string[] {
  return list.flatMap((word) => CHAT_SPELLINGS[word]?.split(' ') ?? [word]);
}

function isNoise(word: string): boolean {
  return STOP_WORDS.has(word) || FILLER_WORDS.has(word);
}

/**
 * Maps each synonym phrase (stems joined by spaces) to its canonical stems. Groups that share a
 * member are one group ("reason" in both a "why" and a "motive" group makes why = motive), and
 * the canonical form is the first word of the earliest of them.
 */
function synonymPhrases(
  groups: readonly (readonly string[])[],
  toStems: (text: string) => string[],
): Map<string, string[]> {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  const keys = groups.map((group) => group.map((member) => toStems(member).join(' ')));
  keys.forEach((members, g) => {
    for (const key of members) {
      if (key.length === 0) continue;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, g);
      else {
        const [a, b] = [find(other), find(g)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const phrases = new Map<string, string[]>();
  keys.forEach((members, g) => {
    const canonical = keys[find(g)]?.[0]?.split(' ') ?? [];
    if (canonical.length === 0 || canonical[0] === '') return;
    for (const key of members) if (key.length > 0) phrases.set(key, canonical);
  });
  return phrases;
}

/**
 * Builds the analyzer shared by the index and by questions, so a phrasing in the knowledge and a
 * question typed by a user are reduced to terms in exactly the same way.
 */
export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const { corrector, knownWords, commonWords, englishWords } = options;
  const toStems = (text: string): string[] => expandChat(words(normalizeText(text))).map(stem);
  const phrases = synonymPhrases(options.synonyms, toStems);

  const spell = (word: string): string => {
    if (!corrector || knownWords?.has(word) || isNoise(word) || QUESTION_WORDS.has(word)) {
      return word;
    }
    if (/\d/.test(word) || commonWords?.has(word)) return word;
    // "soo" -> "so", "callled" -> "call": try the word with doubled letters made single.
    const single = word.replace(/(\p{L})\1/gu, '$1');
    if (single !== word && (knownWords?.has(single) || isNoise(single))) return single;
    if (englishWords?.has(word)) return word;
    return splitCompound(word) ?? corrector.correct(word) ?? word;
  };

  /** Two known words typed without the space between them ("eltonjohn", "whatis"). */
  const splitCompound = (word: string): string | undefined => {
    if (!knownWords) return undefined;
    for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
      const [head, tail] = [word.slice(0, i), word.slice(i)];
      if (knownWords.has(head) && knownWords.has(tail)) return `${head} ${tail}`;
    }
    return undefined;
  };

  const surfaceWords = (text: string): string[] =>
    expandChat(words(normalizeText(text))).flatMap((word) => spell(word).split(' '));

  return {
    surfaceWords,
    analyze(text: string): Term[] {
      const surface = applyCues(surfaceWords(text));
      const stems = surface.map(stem);
      const terms: Term[] = [];
      for (let i = 0; i < surface.length; ) {
        // Longest synonym phrase starting here wins ("press secretary" before "press").
        let matched = 0;
        for (let length = Math.min(MAX_PHRASE, surface.length - i); length >= 1; length--) {
          const canonical = phrases.get(stems.slice(i, i + length).join(' '));
          // A lone function word is never a synonym ("will" is not "willing", though they stem alike).
          if (!canonical || (length === 1 && isNoise(surface[i] ?? ''))) continue;
          const word = surface.slice(i, i + length).join(' ');
          for (const s of canonical) terms.push({ stem: s, word, light: false });
          matched = length;
          break;
        }
        // A two-word verb split by its object ("sum it up", "set him up") is the verb itself.
        const split = OBJECT_PRONOUNS.has(surface[i + 1] ?? '')
          ? phrases.get(`${stems[i]} ${stems[i + 2]}`)
          : undefined;
        if (matched === 0 && split && !isNoise(surface[i] ?? '')) {
          const word = [surface[i], surface[i + 2]].join(' ');
          for (const s of split) terms.push({ stem: s, word, light: false });
          matched = 3;
        }
        if (matched > 0) {
          i += matched;
          continue;
        }
        const word = surface[i] ?? '';
        i += 1;
        const truth = TRUTH_ADVERBS.get(word);
        if (QUESTION_WORDS.has(word)) {
          terms.push({ stem: word, word, light: true });
        } else if (truth) {
          terms.push({ stem: truth, word, light: true });
        } else if (!isNoise(word)) {
          terms.push({ stem: stems[i - 1] ?? word, word, light: false });
        }
      }
      return terms;
    },
  };
}
