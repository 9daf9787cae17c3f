import Fuse from 'fuse.js';

/**
 * Corrects a misspelt word against the knowledge's own vocabulary. fuse.js finds candidates
 * (Bitap tolerates insertions, deletions and swaps); an edit-distance bound then keeps only
 * plausible typos, so an unknown name ("biden") is not bent into a known word.
 */
export interface SpellingCorrector {
  correct(word: string): string | undefined;
}

/** How tolerant the corrector is; see each field for how it was chosen. */
export interface SpellingOptions {
  /**
   * fuse.js's threshold for candidates (0 exact … 1 anything). 0.45, a little stricter than
   * fuse's 0.6: the edit-distance bound below has the last word, so this only has to keep real
   * typos ("libary", "bridg") among the candidates without flooding them.
   */
  readonly fuseThreshold: number;
  /** How many fuzzy candidates are weighed per word: eight; a real typo ranks in fuse's first few. */
  readonly maxCandidates: number;
  /**
   * Words up to this length are never corrected: within one edit of a two-letter word lies
   * almost every other two-letter word.
   */
  readonly maxUncorrectedLength: number;
  /** Words up to this length may be one edit off; longer ones two ("mayr", "libary", "councel"). */
  readonly maxOneEditLength: number;
  /** Corrections remembered before the memo is cleared: bounds memory on a long-running bot. */
  readonly memoLimit: number;
}

/**
 * The corrector's tuned values.
 *
 * How each value was chosen: as the ranking's (see `RANKING`): answer quality on the shipped
 * story's dev, holdout and fresh sets together (96.2% / 94.1% at these values), each value tried
 * 20% lower and higher (integers ±1).
 */
export const SPELLING: SpellingOptions = Object.freeze({
  // 0.36 and 0.54 change no answer: the edit bound decides.
  fuseThreshold: 0.45,
  // 7 and 9 change no answer.
  maxCandidates: 8,
  // 3 answers less (96.0%): three-letter typos ("jon") are common; 1 changes nothing.
  maxUncorrectedLength: 2,
  // 4 refuses less (92.8%); 6 answers less (96.0%).
  maxOneEditLength: 5,
  // A bound on memory, not on quality: a long-running bot meets many unknown words.
  memoLimit: 10_000,
});

/** The shortest sound code a typo is read by: "ptn" is too short to tell words apart safely. */
const MIN_SOUND = 4;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The known words one deletion, swap, substitution or insertion away from a word. Variants are
 * tested as they are made rather than collected: a question's unknown word makes hundreds.
 */
function oneEditMatches(word: string, known: ReadonlySet<string>, alphabet: string): string[] {
  const found: string[] = [];
  const test = (variant: string): void => {
    if (known.has(variant) && !found.includes(variant)) found.push(variant);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) test(head + tail.slice(1));
    if (tail.length > 1) test(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const letter of alphabet) {
      if (tail.length > 0) test(head + letter + tail.slice(1));
      test(head + letter + tail);
    }
  }
  return found;
}

/**
 * @param vocabulary words the knowledge uses, with how often (frequent words win ties).
 * @param alphabet the letters a typo may have wrong (the language's).
 * @param soundOf how a word sounds: a word that sounds as a known one does, within the same
 *   edits, is that word though its first letter differs ("kouncil" is "council").
 */
export function createSpellingCorrector(
  vocabulary: ReadonlyMap<string, number>,
  alphabet: string,
  options: SpellingOptions = SPELLING,
  soundOf?: (word: string) => string,
): SpellingCorrector {
  const fuseOptions = Object.freeze({
    includeScore: true,
    threshold: options.fuseThreshold,
    // Words are short; where the typo sits in the word must not matter.
    ignoreLocation: true,
    isCaseSensitive: true,
    shouldSort: true,
  });
  /** Edits allowed for a word of this length: none for very short words, where any word is near. */
  const allowedEdits = (length: number): number => {
    if (length <= options.maxUncorrectedLength) return 0;
    return length <= options.maxOneEditLength ? 1 : 2;
  };
  const list = [...vocabulary.keys()].filter((word) => word.length > options.maxUncorrectedLength);
  const memo = new Map<string, string | undefined>();
  const known = new Set(list);

  // fuse.js searches only words that could be within the allowed edits: same first letter and a
  // length at most two apart. One Fuse per (first letter, length), made when first needed, keeps a
  // search proportional to that bucket, not to the whole vocabulary of a large knowledge base.
  const buckets = new Map<string, string[]>();
  for (const word of list) {
    const key = `${word[0]}${word.length}`;
    const bucket = buckets.get(key) ?? [];
    buckets.set(key, bucket);
    bucket.push(word);
  }
  const searchers = new Map<string, Fuse<string>>();
  const searcher = (key: string): Fuse<string> | undefined => {
    const words = buckets.get(key);
    if (!words) return undefined;
    const made = searchers.get(key);
    if (made) return made;
    const fuse = new Fuse(words, fuseOptions);
    searchers.set(key, fuse);
    return fuse;
  };
  const fuzzyCandidates = (word: string, limit: number): string[] => {
    const found: { item: string; score: number }[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      const hits = searcher(`${word[0]}${length}`)?.search(word, { limit: options.maxCandidates });
      for (const { item, score } of hits ?? []) {
        found.push({ item, score: score ?? 1 });
      }
    }
    return found
      .sort((a, b) => a.score - b.score)
      .slice(0, options.maxCandidates)
      .map(({ item }) => item);
  };
  // Words by how they sound, made with the corrector: a typo's first lookup must not pay for
  // reading the whole vocabulary (about 2 µs a word).
  const bySound = new Map<string, string[]>();
  if (soundOf) {
    for (const word of list) {
      const key = soundOf(word);
      const same = bySound.get(key) ?? [];
      bySound.set(key, same);
      same.push(word);
    }
  }
  const soundsLike = (word: string): readonly string[] => {
    const code = soundOf?.(word) ?? '';
    return code.length < MIN_SOUND ? [] : (bySound.get(code) ?? []);
  };
  /** The nearest of `candidates` within `limit` edits (the more frequent on a tie). */
  const nearest = (
    word: string,
    candidates: readonly string[],
    limit: number,
    allowed: (item: string) => boolean,
  ): string | undefined => {
    let best: { word: string; distance: number; frequency: number } | undefined;
    for (const item of candidates) {
      if (!allowed(item)) continue;
      const distance = editDistance(word, item, limit);
      if (distance > limit) continue;
      const frequency = vocabulary.get(item) ?? 0;
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && frequency > best.frequency)
      ) {
        best = { word: item, distance, frequency };
      }
    }
    return best?.word;
  };
  const lookUp = (word: string): string | undefined => {
    const limit = allowedEdits(word.length);
    if (limit === 0) return undefined;
    // One-edit typos are looked up directly (Bitap misses some, "jhon", "pescov"); when one
    // is found no fuzzy search can do better, so fuse.js is only asked for the harder cases.
    const candidates = oneEditMatches(word, known, alphabet);
    if (candidates.length === 0) candidates.push(...fuzzyCandidates(word, limit));
    // The first letter is rarely the one mistyped; requiring it avoids bending names. A word
    // that sounds as a known one does may have it wrong ("kouncil").
    const sameStart = (item: string): boolean =>
      item[0] === word[0] || (item[1] === word[0] && item[0] === word[1]);
    return (
      nearest(word, candidates, limit, sameStart) ??
      nearest(word, soundsLike(word), limit, () => true)
    );
  };

  return {
    correct(word: string): string | undefined {
      if (memo.has(word)) return memo.get(word);
      const corrected = lookUp(word);
      if (memo.size >= options.memoLimit) memo.clear();
      memo.set(word, corrected);
      return corrected;
    },
  };
}
