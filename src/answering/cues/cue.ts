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
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** Finds which of a list of phrases stands at a position, looking only at those with its first word. */
export type PhraseFinder = (words: readonly string[], at: number) => Phrase | undefined;

/**
 * A finder over `phrases`, indexed by first word: every question is read through the cues, and
 * every phrasing of the knowledge when it is indexed, so a scan of every phrase at every word
 * would cost more than the rest of the reading.
 */
export function phraseFinder(phrases: readonly Phrase[]): PhraseFinder {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    byFirst.set(first, list);
    list.push(phrase);
  }
  // The longest phrase that fits wins, whatever order the language lists them in: "do you
  // think of" before "do you think".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (words, at) => {
    const candidates = byFirst.get(words[at] ?? '');
    if (!candidates) return undefined;
    for (const phrase of candidates) if (startsWith(words, at, phrase)) return phrase;
    return undefined;
  };
}

/** True when nothing after position i but words `allowed` accepts ("what is it about lol"). */
export function endsAt(
  words: readonly string[],
  i: number,
  allowed: (word: string) => boolean,
): boolean {
  return words.slice(i + 1).every(allowed);
}
