/**
 * Whether a question asks for a yes or a no: its reply then opens with "Yes —" or "No —" before
 * the fact, so it answers what was asked first.
 */

/** Auxiliaries that open a yes/no question ("did the mayor resign", "is it true", "wasn't it fake"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  `do does did is was were are am has have had can could will would should shall may might must`.split(
    /\s+/,
  ),
);

/** Openers that may stand before the real question ("so did he", "wait was it"). */
const OPENERS: ReadonlySet<string> = new Set(
  `so and but ok okay wait hold on hey um uh hmm well then lol bro bruh dude yo also like just sorry
  quick question honestly seriously really`.split(/\s+/),
);

/** Set phrases that ask whether a statement is true ("is it true that", "true that"). */
const TRUTH_OPENERS: readonly (readonly string[])[] = [
  'is it true',
  'is that true',
  'true that',
  'is it right',
  'am i right',
  'confirm that',
  'can you confirm',
].map((phrase) => phrase.split(' '));

/** Tags that turn a statement into a yes/no question ("the mayor resigned, right?"). */
const TAGS: readonly (readonly string[])[] = [
  'right',
  'correct',
  'true',
  'yes',
  'yeah',
  'no',
  'or not',
  'is it not',
  'was it not',
  'did he not',
  'did they not',
  'is that right',
  'am i right',
  'innit',
].map((phrase) => phrase.split(' '));

const WH_WORDS: ReadonlySet<string> = new Set(
  'who whom whose what whats which when where why how'.split(' '),
);

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/**
 * True for a yes/no question, read from its normalised words: it opens with an auxiliary or a
 * "is it true", or ends with a tag like "right?", and asks no wh-question first.
 */
export function isYesNoQuestion(words: readonly string[]): boolean {
  let start = 0;
  while (start < words.length - 1 && OPENERS.has(words[start] ?? '')) start++;
  const first = words[start];
  if (first === undefined || WH_WORDS.has(first)) return false;
  if (AUXILIARIES.has(first)) return true;
  if (TRUTH_OPENERS.some((phrase) => startsWith(words, start, phrase))) return true;
  if (words.slice(start).some((word) => WH_WORDS.has(word))) return false;
  return TAGS.some((tag) => {
    const at = words.length - tag.length;
    return at > start + 1 && startsWith(words, at, tag);
  });
}
