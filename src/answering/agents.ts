import type { QuestionFormWords } from './language/languagePack.ts';
import { normalizeText, words as wordsOf } from './normalizeText.ts';
import type { Contrasts } from './premise.ts';
import { remembered } from './remembered.ts';

/**
 * Who did it. "Did the council post the plan?" when the article says the mayor posted it, "so
 * the mayor was the one who called the council?" when it says the council called her: every word of
 * such a question is in the fact, but the doer is another. The question's doer is the contrast
 * side (a person, an office) that stands before its verb; the fact's is the side that stands
 * before the same verb in one of its sentences, unless the verb is passive there ("was called")
 * or its doer a pronoun ("when he … call me").
 */
export interface AgentCheck {
  /**
   * True when the fact (its answer and quotes, each read alone: a quote's "he" is not the
   * answer's) has the question's verb done, and only by another side of the doer's set; or has
   * a word the question names someone after ("posing as the council"), and only others after it
   * ("posing as the mayor").
   */
  contradicts(question: string, fact: readonly string[]): boolean;
  /** Reads a fact's pieces now, word by word, rather than when a question first reaches them. */
  prepare(fact: readonly string[]): void;
}

/** What the check needs of the language and the story. */
export interface AgentWords {
  readonly form: QuestionFormWords;
  /** The stems a word reads as (spelling and synonyms applied). */
  readonly stemsOf: (word: string) => readonly string[];
  /** Chat and adverbs that may stand between a doer and its verb ("did the mayor really call"). */
  readonly isChat: (word: string) => boolean;
  /** Words with no content ("the", "it"). */
  readonly isFiller: (word: string) => boolean;
  /** The story's names, lower case: "albas office", typed without its apostrophe, is hers. */
  readonly isName?: (word: string) => boolean;
  /**
   * Whether a word opens a phrase that may read as one ("posing" in "posing as"): no other
   * phrase is read whole, so a fact is not read again phrase by phrase.
   */
  readonly opensPhrase?: (word: string) => boolean;
  /**
   * The words of a question that make its claim: "is it true the mayor…" and "someone said the
   * mayor…" frame it, naming no doer ("true" is no head of "the mayor"). All of them when not given.
   */
  readonly claimOf?: (words: readonly string[]) => readonly string[];
}

/**
 * How far before a verb its doer may stand, in words: "Rosa Alba, the city's new mayor, said"
 * puts five between them.
 */
const DOER_WINDOW = 6;
/** How far after a word the one it is about may stand: "a picture of the mayor". */
const OBJECT_WINDOW = 3;
/** The longest phrase read whole as a head ("pretend to be"). */
const PHRASE = 3;
/** Put in for a possessive "'s": "the mayor's office" did not do what the mayor did. */
const OWNER = 'xownerx';

function tokens(text: string): string[] {
  return wordsOf(normalizeText(text.replace(/(?<=\p{L})['’]s\b/gu, ` ${OWNER}`)));
}

export function createAgentCheck(contrasts: Contrasts, words: AgentWords): AgentCheck {
  const { form, isChat, isFiller } = words;
  // Facts are read again for every yes/no question that reaches them, word by word.
  const stemsOf = remembered(words.stemsOf);
  const factTokens = remembered(tokens);
  const setOf = (side: string): string => side.slice(0, side.indexOf(':'));
  const sidesOfWord = remembered((word: string): readonly string[] => [
    ...contrasts.sidesOf(stemsOf(word)),
  ]);
  /** The sides a word at `at` names ("alba": a person and an office); none for an owner. */
  const sidesAt = (list: readonly string[], at: number): readonly string[] => {
    const word = list[at] ?? '';
    if (list[at + 1] === OWNER || (word.endsWith('s') && words.isName?.(word.slice(0, -1)))) {
      return [];
    }
    return sidesOfWord(word);
  };
  /** A verb's stems in any tense: "said" is "say". */
  const verbStems = remembered((word: string): readonly string[] =>
    stemsOf(form.irregularPasts.get(word) ?? word),
  );
  const opensPhrase = remembered(words.opensPhrase ?? ((_: string): boolean => true));
  const claimOf = words.claimOf ?? ((list: readonly string[]): readonly string[] => list);
  /** Phrases read whole, kept by list (a fact's tokens are the same list each time). */
  const phrases = new WeakMap<readonly string[], (readonly string[])[]>();
  const isPast = (word: string): boolean =>
    form.pastForms.has(word) ||
    form.pastEndings.some((ending) => word.endsWith(ending) && word.length > ending.length + 2);

  interface Doer {
    readonly sides: readonly string[];
    readonly verb: readonly string[];
  }

  /** The doer of a yes/no question and its verb's stems, when the question's form shows them. */
  const asked = (list: readonly string[]): Doer | undefined => {
    /** The doer at `at`, its verb the next word but chat, a negation and more of the doer. */
    const doerAt = (at: number, past = false): Doer | undefined => {
      const sides = sidesAt(list, at);
      if (sides.length === 0) return undefined;
      let k = at + 1;
      while (k < list.length) {
        const word = list[k] ?? '';
        const more = sidesAt(list, k).some((side) => sides.includes(side));
        if (!(isChat(word) || form.negators.has(word) || form.reflexives.has(word) || more)) break;
        k++;
      }
      const verb = list[k];
      if (verb === undefined || isFiller(verb) || (past && !isPast(verb))) return undefined;
      return { sides, verb: verbStems(verb) };
    };
    let start = 0;
    while (start < list.length - 1 && form.openers.has(list[start] ?? '')) start++;
    // "did the mayor (really) call him": the doer follows "did" (or "didn't") and a determiner.
    if (form.doAuxiliaries.has(list[start] ?? '')) {
      const last = start + (form.negators.has(list[start + 1] ?? '') ? 3 : 2);
      for (let k = start + 1; k <= last && k < list.length; k++) {
        if (sidesAt(list, k).length > 0) return doerAt(k);
        if (!isFiller(list[k] ?? '')) return undefined;
      }
      return undefined;
    }
    // "was it the mayor who said it", "wasn't it…": the doer stands between "was it" and "who".
    const subject = form.negators.has(list[start + 1] ?? '') ? start + 2 : start + 1;
    if (form.auxiliaries.has(list[start] ?? '') && list[subject] === form.cleftSubject) {
      for (let k = subject + 1; k <= subject + 3 && k < list.length; k++) {
        if (!form.cleftRelatives.has(list[k] ?? '')) continue;
        const d = list
          .slice(subject + 1, k)
          .findLastIndex((_, j) => sidesAt(list, subject + 1 + j).length > 0);
        const sides = d >= 0 ? sidesAt(list, subject + 1 + d) : [];
        const verb = list[k + 1];
        return sides.length > 0 && verb ? { sides, verb: verbStems(verb) } : undefined;
      }
    }
    // "so the mayor was the one who called": the doer stands before "was the one who"; "was the
    // mayor the one who called": between the auxiliary and the clause.
    const opensWithCopula = form.copulas.has(list[start] ?? '');
    for (let k = start + 1; k < list.length; k++) {
      const clause = form.doerClauses.find((p) => p.every((w, j) => list[k + j] === w));
      if (!clause) continue;
      const inverted = opensWithCopula && clause.length > 1;
      if (!(form.auxiliaries.has(list[k - 1] ?? '') || inverted)) continue;
      for (let d = k - 1; d >= start; d--) {
        const sides = sidesAt(list, d);
        const verb = list[k + clause.length];
        if (sides.length > 0) return verb ? { sides, verb: verbStems(verb) } : undefined;
      }
      return undefined;
    }
    // "the mayor called them?": a statement that opens with its doer and a verb in the past ("was
    // the mayor called" has it done to her).
    if (form.auxiliaries.has(list[start] ?? '')) return undefined;
    let first = start;
    while (first < list.length - 1 && isFiller(list[first] ?? '')) first++;
    return doerAt(first, true);
  };

  /**
   * Who a pronoun at `at` stands for: the one side of `sets` named before it, if only one is
   * ("Mayor Alba is willing: she told"); after two ("the council rejected it, and she said") it
   * could be either, and is left unknown, unless a subordinator opens its clause.
   */
  const named = (list: readonly string[], at: number, sets: ReadonlySet<string>): string[] => {
    // "…the council said the mayor would resign if she lost": in a clause of its own, the pronoun
    // stands for the one named last.
    if (form.subordinators.has(list[at - 1] ?? '')) {
      for (let k = at - 2; k >= 0; k--) {
        const sides = sidesAt(list, k).filter((side) => sets.has(setOf(side)));
        if (sides.length > 0) return sides;
      }
    }
    const before = new Set<string>();
    for (let k = 0; k < at; k++) {
      for (const side of sidesAt(list, k)) if (sets.has(setOf(side))) before.add(side);
    }
    return before.size === 1 ? [...before] : [];
  };

  /** Whoever a fact names, or a pronoun stands for, within a few words before `at`. */
  const before = (list: readonly string[], at: number, sets: ReadonlySet<string>): string[] => {
    for (let k = at - 1; k >= Math.max(0, at - DOER_WINDOW); k--) {
      const word = list[k] ?? '';
      // "Mayor Alba is willing: she told reporters": the pronoun stands for the one named before.
      if (form.subjectPronouns.has(word)) return named(list, k, sets);
      if (form.tagPronouns.has(word)) return [];
      const sides = sidesAt(list, k).filter((side) => sets.has(setOf(side)));
      if (sides.length > 0) return sides;
    }
    return [];
  };

  /**
   * For each place a fact has the verb, the sides (of the doer's sets) of whoever does it there
   * (`doers`), or has it done to them ("the mayor had been called by reporters": `undergoers`).
   */
  const roles = (
    list: readonly string[],
    doer: Doer,
  ): { readonly doers: string[][]; readonly undergoers: string[][] } => {
    const sets = new Set(doer.sides.map(setOf));
    const inSets = (k: number): string[] =>
      sidesAt(list, k).filter((side) => sets.has(setOf(side)));
    const doers: string[][] = [];
    const undergoers: string[][] = [];
    for (let at = 0; at < list.length; at++) {
      if (!verbStems(list[at] ?? '').some((stem) => doer.verb.includes(stem))) continue;
      // "the call", "the council vote": a noun, done by nobody.
      if (form.determiners.has(list[at - 1] ?? '')) continue;
      // "meeting the mayor to discuss it": an infinitive's doer is the clause's, not whoever
      // stands nearest before it.
      if (list[at - 1] === form.infinitive) continue;
      if (form.determiners.has(list[at - 2] ?? '') && inSets(at - 1).length === 0) continue;
      const passive =
        form.passiveAuxiliaries.has(list[at - 1] ?? '') ||
        form.passiveAuxiliaries.has(list[at - 2] ?? '');
      const sides = before(list, at, sets);
      if (sides.length > 0) (passive ? undergoers : doers).push(sides);
    }
    return { doers, undergoers };
  };

  /** The stem a phrase of `length` words at `at` reads as, if it reads as one ("posing as"). */
  const phraseAt = (list: readonly string[], at: number, length: number): readonly string[] => {
    if (length < 2 || at + length > list.length) return [];
    if (!opensPhrase(list[at] ?? '')) return [];
    let read = phrases.get(list);
    if (!read) {
      read = [];
      phrases.set(list, read);
    }
    const key = at * (PHRASE + 1) + length;
    const known = read[key];
    if (known) return known;
    const stems = stemsOf(list.slice(at, at + length).join(' '));
    const found = stems.length === 1 ? stems : [];
    read[key] = found;
    return found;
  };

  /**
   * Whom a question names after a word ("posing as the mayor", "a picture of the council"): each
   * side with the nearest word of content before it, its head. A name's own words ("rosa alba")
   * and an owner ("the mayor's office") are not heads.
   */
  const objects = (list: readonly string[]): Doer[] => {
    const found: Doer[] = [];
    for (let at = 1; at < list.length; at++) {
      const sides = sidesAt(list, at);
      if (sides.length === 0) continue;
      let h = at - 1;
      while (h > 0 && form.objectLinks.has(list[h] ?? '')) h--;
      const head = list[h] ?? '';
      const sets = new Set(sides.map(setOf));
      const named = sidesAt(list, h).some((side) => sets.has(setOf(side)));
      if (named || isFiller(head) || isChat(head)) continue;
      // "pretending to be" is read whole too: a phrase may mean what another does ("posing as").
      found.push({ sides, verb: [...verbStems(head), ...phraseAt(list, h, at - h)] });
    }
    return found;
  };

  /**
   * The sides (of `sets`) a fact names right after each place it has the head: "posing as the
   * mayor" names the mayor after "posing"; "the plan was posted" names nobody after "posted".
   */
  const after = (list: readonly string[], object: Doer): string[][] => {
    const sets = new Set(object.sides.map(setOf));
    const named: string[][] = [];
    const isHead = (stem: string): boolean => object.verb.includes(stem);
    for (let start = 0; start < list.length; start++) {
      let at = verbStems(list[start] ?? '').some(isHead) ? start : -1;
      for (let length = 2; at < 0 && length <= PHRASE; length++) {
        if (phraseAt(list, start, length).some(isHead)) at = start + length - 1;
      }
      if (at < 0) continue;
      for (let k = at + 1; k <= at + OBJECT_WINDOW && k < list.length; k++) {
        const sides = sidesAt(list, k).filter((side) => sets.has(setOf(side)));
        if (sides.length > 0) {
          named.push(sides);
          break;
        }
        if (!form.objectLinks.has(list[k] ?? '')) break;
      }
    }
    return named;
  };

  /** True when the fact has a head of the question's only with others after it. */
  const otherObject = (list: readonly string[], fact: readonly string[]): boolean =>
    objects(list).some((object) => {
      const named = fact.flatMap((piece) => after(factTokens(piece), object));
      return (
        named.length > 0 && !named.some((sides) => sides.some((s) => object.sides.includes(s)))
      );
    });

  /**
   * True when the question says one side is another of the same set: "is the mayor the council?",
   * "so she was one of the reporters?", "was the mayor the spokeswoman" when the spokeswoman is a
   * side of the press's. Two people are never one.
   */
  const twoAsOne = (list: readonly string[]): boolean => {
    const isCopula = (k: number): boolean => form.copulas.has(list[k] ?? '');
    for (let at = 0; at < list.length; at++) {
      const first = sidesAt(list, at);
      if (first.length === 0) continue;
      // "is the mayor … the council": the copula before the first; "the mayor was … the council":
      // between them.
      let k = at + 1;
      while (k < list.length && sidesAt(list, k).some((side) => first.includes(side))) k++;
      const copulaAt = isCopula(at - 1)
        ? at - 1
        : isCopula(at - 2) && form.determiners.has(list[at - 1] ?? '')
          ? at - 2
          : -1;
      // "is the mayor … the council": the copula opens the claim; in "the mayor is the council
      // leader" the one after it is not a subject.
      const named = (k: number): boolean => sidesAt(list, k).length > 0;
      const before = copulaAt >= 0 && !list.slice(0, copulaAt).some((_, k) => named(k));
      if (!before) {
        if (!isCopula(k)) continue;
        k++;
      }
      while (k < list.length && form.objectLinks.has(list[k] ?? '')) k++;
      const second = sidesAt(list, k);
      // "is alba the mayor spokesman?": a name before a word of content says whose, not who.
      let end = k + 1;
      while (end < list.length && sidesAt(list, end).some((side) => second.includes(side))) end++;
      const next = list[end];
      if (second.length > 0 && next !== undefined && !words.isFiller(next)) continue;
      const sets = new Set(first.map(setOf));
      const same = second.filter((side) => sets.has(setOf(side)));
      if (same.length > 0 && !same.some((side) => first.includes(side))) return true;
    }
    return false;
  };

  return {
    prepare(fact) {
      for (const piece of fact) {
        const list = factTokens(piece);
        list.forEach((word, at) => {
          sidesAt(list, at);
          verbStems(word);
          for (let length = 2; length <= PHRASE; length++) phraseAt(list, at, length);
        });
      }
    },
    contradicts(question, fact) {
      const list = claimOf(tokens(question));
      if (twoAsOne(list) || otherObject(list, fact)) return true;
      const doer = asked(list);
      if (!doer || doer.verb.length === 0) return false;
      const found = fact.map((piece) => roles(factTokens(piece), doer));
      const has = (lists: readonly string[][]): boolean =>
        lists.some((sides) => sides.some((side) => doer.sides.includes(side)));
      const doers = found.flatMap((role) => role.doers);
      const undergoers = found.flatMap((role) => role.undergoers);
      // Done by another, or done only to the one the question says did it.
      return !has(doers) && (doers.length > 0 || has(undergoers));
    },
  };
}
