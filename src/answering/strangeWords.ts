import type { Term } from './analyzer.ts';
import type { WeightedTerm } from './ranker.ts';
import { editDistance } from './spelling.ts';

/** Shorter words are too near too many names to be read as one mistyped. */
const NAME_SLIP_LENGTH = 5;
/** How many letters a mistyped name may have wrong. */
const NAME_SLIP_EDITS = 2;

/** What telling a strange word needs. */
export interface StrangeWordsInput {
  /** The ranker's reading of terms: which the knowledge uses. */
  readonly weigh: (terms: readonly Term[]) => readonly WeightedTerm[];
  /** Marks the cues put in for a request or for the time after the story: no word of the question's own. */
  readonly isMark: (term: Term) => boolean;
  /** The story's names, lower case. */
  readonly names: ReadonlySet<string>;
}

/**
 * Whether a question names something the story never mentions ("did they say the burglars
 * should go to *jail*?"): a word the knowledge never uses, other than a mark or a slip of the
 * keyboard for one of the story's names ("marrow" typed for Marlow).
 */
export function createStrangeWords(input: StrangeWordsInput): (terms: readonly Term[]) => boolean {
  const { weigh, isMark, names } = input;
  /** Two letters or fewer from a name, with its first letter: a slip, not a detail. */
  const nearName = (word: string): boolean =>
    word.length >= NAME_SLIP_LENGTH &&
    [...names].some(
      (name) =>
        name[0] === word[0] &&
        Math.abs(name.length - word.length) <= NAME_SLIP_EDITS &&
        editDistance(word, name, NAME_SLIP_EDITS) <= NAME_SLIP_EDITS,
    );
  return (terms) => {
    const known = new Set(
      weigh(terms)
        .filter((t) => t.known)
        .map((t) => t.stem),
    );
    return terms.some(
      (term) => !term.light && !known.has(term.stem) && !isMark(term) && !nearName(term.word),
    );
  };
}
