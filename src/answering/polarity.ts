import type { QuestionFormWords } from './language/languagePack.ts';
import { claimStart } from './questionForm.ts';

/**
 * Whether a claim is made or denied, word by word. "Did she doubt he would come?" against "she
 * didn't doubt he would come": every word is in the fact, but the fact denies the doubt the
 * question claims. "Did she say she didn't doubt it?" denies the doubt as the fact does: that
 * negation repeats the fact's, and denies nothing of it.
 */
export interface Polarity {
  /** What a text's words claim and deny; read once for a fact. */
  stancesOf(words: readonly string[]): Stances;
  /** How a question's claim (its words) stands to a fact's stances. */
  compare(question: readonly string[], fact: Stances): PolarityMatch;
}

/**
 * - `opposes`: a word the question claims is only ever denied in the fact ("doubt" against
 *   "didn't doubt");
 * - `denies`: a word the question denies as a verb is, "never" or an auxiliary's "not", is
 *   only ever claimed in the fact ("would he never meet him" against "I would like to meet
 *   him"); "it was her, not the mayor?" denies who, not what;
 * - `repeats`: a word the question denies is denied in the fact too;
 * - `none`: neither.
 */
export type PolarityMatch = 'opposes' | 'denies' | 'repeats' | 'none';

/** How many words of no content may stand between a negator and the word it denies ("not *be* willing"). */
const REACH = 2;

/** The stems a text claims, and those it denies (one of `negators` just before). */
export interface Stances {
  readonly claimed: ReadonlySet<string>;
  readonly denied: ReadonlySet<string>;
  /** Those of `denied` that are denied as verbs are ("never *met*", "didn't *call*"), not as things ("*no* call", "not the *mayor*"). */
  readonly negated: ReadonlySet<string>;
}

export function createPolarity(
  form: QuestionFormWords,
  toStems: (word: string) => readonly string[],
  isFiller: (word: string) => boolean,
): Polarity {
  const stancesOf = (words: readonly string[]): Stances => {
    const claimed = new Set<string>();
    const denied = new Set<string>();
    const negated = new Set<string>();
    words.forEach((word, at) => {
      if (isFiller(word) || form.negators.has(word) || form.denyingDeterminers.has(word)) return;
      let by: number | undefined;
      for (let k = at - 1; k >= Math.max(0, at - 1 - REACH); k--) {
        const before = words[k] ?? '';
        // "whether or not it happened" denies nothing.
        const denies = form.negators.has(before) || form.denyingDeterminers.has(before);
        if (denies && words[k - 1] !== 'or') by = k;
        if (by !== undefined || !isFiller(before)) break;
      }
      // "not" denies a verb after an auxiliary ("would not meet"); elsewhere it may deny a
      // thing ("her, not the mayor").
      const asVerb =
        by !== undefined &&
        form.negators.has(words[by] ?? '') &&
        (words[by] !== 'not' || form.auxiliaries.has(words[by - 1] ?? ''));
      for (const stem of toStems(word)) {
        (by === undefined ? claimed : denied).add(stem);
        if (asVerb) negated.add(stem);
      }
    });
    return { claimed, denied, negated };
  };
  return {
    stancesOf,
    compare(question, fact) {
      // "Didn't he call?" asks what "did he call?" asks: the opening negation claims nothing.
      const claim = question.slice(claimStart(question, form));
      const asked = stancesOf(claim);
      // "Did she deny it happened?" claims nothing of the happening.
      const opposes =
        !claim.some((word) => form.denials.has(word)) &&
        [...asked.claimed].some((stem) => fact.denied.has(stem) && !fact.claimed.has(stem));
      if (opposes) return 'opposes';
      if ([...asked.negated].some((stem) => fact.claimed.has(stem) && !fact.denied.has(stem)))
        return 'denies';
      return [...asked.denied].some((stem) => fact.denied.has(stem)) ? 'repeats' : 'none';
    },
  };
}
