import type { Phrase } from '../language/languagePack.ts';

/**
 * A sentence-level cue: reads the plain words of a question (after chat spellings and spelling)
 * before they are matched one by one, and returns them rewritten. What a word means can depend on
 * where it stands: "what is it about" asks for a topic, "what is it called" for a title, "i saw on
 * tiktok" only says where a rumour came from.
 */
export type Cue = (words: readonly string[]) => string[];

/** Whether `phrase` stands in `words` at position `at`. */
export function startsWith(words: readonly string[], at: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/** True when nothing after position i but words `allowed` accepts ("what is it about lol"). */
export function endsAt(
  words: readonly string[],
  i: number,
  allowed: (word: string) => boolean,
): boolean {
  return words.slice(i + 1).every(allowed);
}
