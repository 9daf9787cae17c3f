/** How the completer searches; see the field for how it was chosen. */
export interface CompletionOptions {
  /**
   * How many words sharing a prefix are looked at to find the most frequent one. 200 bounds the
   * cost of a one-letter prefix in a large knowledge base; a story has far fewer per prefix.
   */
  readonly maxPrefixMatches: number;
}

export const COMPLETION: CompletionOptions = Object.freeze({ maxPrefixMatches: 200 });

/**
 * Completes an unfinished word to the vocabulary's most frequent word starting with it ("lib" →
 * "library"); a word the vocabulary already holds is left as it is (undefined).
 */
export function createWordCompleter(
  vocabulary: ReadonlyMap<string, number>,
  options: CompletionOptions = COMPLETION,
): (prefix: string) => string | undefined {
  const sorted = [...vocabulary.keys()].sort();
  return (prefix) => {
    const word = prefix.toLowerCase();
    if (vocabulary.has(word)) return undefined;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < word) low = mid + 1;
      else high = mid;
    }
    let best: string | undefined;
    for (let i = low; i < Math.min(sorted.length, low + options.maxPrefixMatches); i++) {
      const candidate = sorted[i] ?? '';
      if (!candidate.startsWith(word)) break;
      if (!best || (vocabulary.get(candidate) ?? 0) > (vocabulary.get(best) ?? 0)) best = candidate;
    }
    return best;
  };
}
