import {
  FILLER_PHRASES,
  FILLER_WORDS,
  HEARSAY_PEOPLE,
  HEARSAY_PLACES,
  HEARSAY_PREPOSITIONS,
  HOW_TO,
  STOP_WORDS,
} from './lexicon.ts';

/**
 * Sentence-level cues read from the words of a question before they are matched one by one:
 * what a word means can depend on where it stands ("what is it about" asks for a topic,
 * "what is it called" for a title, "i saw on tiktok" only says where a rumour came from).
 */

/** Words that, after "about", make it a preposition with an object rather than "about what". */
const OBJECTS: ReadonlySet<string> = new Set(
  'it this that them him her the a an these those me us you his their its my your'.split(' '),
);

const HEARSAY_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'thinks',
  'reckons',
  'heard',
  'saw',
]);

/** Verbs of naming: at the end of a "what" question they ask for a name or title. */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'titled']);

const phrases: readonly (readonly string[])[] = FILLER_PHRASES.map((phrase) => phrase.split(' '));

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/** Removes set phrases that only frame the question. */
function dropFillerPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => startsWith(words, i, p));
    if (phrase) i += phrase.length;
    else out.push(words[i++] ?? '');
  }
  return out;
}

/** Drops "tiktok" in "saw on tiktok", "the news" in "heard on the news", "friend" in "my friend said". */
function dropHearsay(words: readonly string[]): string[] {
  const isSource = (i: number): boolean =>
    HEARSAY_PEOPLE.has(words[i] ?? '') && (words[i - 1] === 'my' || words[i - 1] === 'a');
  return words.filter((word, i) => {
    if (isSource(i)) return false;
    // "my friend said/told me that..." frames the rumour; the saying is not what is asked.
    if (HEARSAY_VERBS.has(word) && isSource(i - 1)) return false;
    if (!HEARSAY_PLACES.has(word)) return true;
    const before = words[i - 1] === 'the' ? words[i - 2] : words[i - 1];
    return !(before !== undefined && HEARSAY_PREPOSITIONS.has(before));
  });
}

/**
 * Marks requests for instructions ("how do i report a prank") with a word no story uses, so
 * they weigh as off-topic however many story words follow.
 */
function markHowTo(words: readonly string[]): string[] {
  const phrase = HOW_TO.find((p) => startsWith(words, 0, p));
  return phrase ? [HOW_TO_MARK, ...words.slice(phrase.length)] : [...words];
}

/** A token no story or dictionary contains: it always weighs as an unknown rare word. */
export const HOW_TO_MARK = 'howtoinstructions';

/** True when nothing after position i but chat filler ("what is it about lol"). */
function endsAt(words: readonly string[], i: number, allowed: (word: string) => boolean): boolean {
  return words.slice(i + 1).every(allowed);
}

/** Rewrites words whose meaning depends on where they stand in the question. */
function rewriteByPosition(words: readonly string[]): string[] {
  const isWhat = words.includes('what');
  return words.map((word, i) => {
    if (
      word === 'about' &&
      endsAt(
        words,
        i,
        (w) => w === 'what' || FILLER_WORDS.has(w) || (STOP_WORDS.has(w) && !OBJECTS.has(w)),
      )
    ) {
      return 'topic';
    }
    if (isWhat && NAMING.has(word) && endsAt(words, i, (w) => FILLER_WORDS.has(w))) {
      return 'title';
    }
    return word;
  });
}

/** Applies every cue to the plain words of a question (after chat spellings and spelling). */
export function applyCues(words: readonly string[]): string[] {
  return rewriteByPosition(markHowTo(dropHearsay(dropFillerPhrases(words))));
}
