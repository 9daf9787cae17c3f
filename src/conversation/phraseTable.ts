import type { LanguagePack } from '../answering/language/languagePack.ts';
import { normalizeText, words } from '../answering/normalizeText.ts';

/** Phrases of the language, each with what it stands for, looked up by their first word. */
export interface PhraseTable<T> {
  /** The longest phrase starting at `at`: its length in words and its tag; `undefined` when none. */
  match(
    message: readonly string[],
    at: number,
  ): { readonly length: number; readonly tag: T } | undefined;
  /** True when the whole message is one of the phrases. */
  isWhole(message: readonly string[]): boolean;
  /** Every word any phrase uses. */
  readonly vocabulary: ReadonlySet<string>;
}

/** Builds a table from groups of phrases (as word lists), each group with its tag. */
export function phraseTable<T>(
  groups: readonly { readonly phrases: readonly (readonly string[])[]; readonly tag: T }[],
): PhraseTable<T> {
  const byFirst = new Map<string, { words: readonly string[]; tag: T }[]>();
  const vocabulary = new Set<string>();
  for (const { phrases, tag } of groups) {
    for (const phrase of phrases) {
      const first = phrase[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words: phrase, tag });
      byFirst.set(first, list);
      for (const word of phrase) vocabulary.add(word);
    }
  }
  // Longest first, so "thank you so much" wins over "thank you"; earlier groups win ties.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const match: PhraseTable<T>['match'] = (message, at) => {
    for (const candidate of byFirst.get(message[at] ?? '') ?? []) {
      if (candidate.words.every((word, k) => message[at + k] === word)) {
        return { length: candidate.words.length, tag: candidate.tag };
      }
    }
    return undefined;
  };
  return {
    match,
    isWhole: (message) => message.length > 0 && match(message, 0)?.length === message.length,
    vocabulary,
  };
}

/**
 * The plain words of a message as the conversation reads it: normalised like a question, chat
 * spellings expanded ("u" → "you", "whats" → "what is"), and a word with a doubled letter that is
 * no English word read with it single when that makes a word `known` ("heyy" → "hey").
 */
export function messageWords(
  text: string,
  language: LanguagePack,
  known: ReadonlySet<string>,
): string[] {
  return words(normalizeText(text))
    .flatMap((word) => language.chatSpellings.get(word) ?? [word])
    .map((word) => {
      if (known.has(word) || language.frequencies.english.has(word)) return word;
      const single = word.replace(/(\p{L})\1/gu, '$1');
      return known.has(single) ? single : word;
    });
}

/** True for a message of pictographs alone ("👍", "😂🙏"): a reaction, not a question. */
export function isPictographsOnly(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text) && !/[\p{L}\p{N}]/u.test(text);
}
