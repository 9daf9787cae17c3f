import type { Entry, Verdict } from '../knowledge/types.ts';
import type { AgentCheck } from './agents.ts';
import type { QuestionFormWords } from './language/languagePack.ts';
import type { Polarity, Stances } from './polarity.ts';
import { claimStart, deniesClaim } from './questionForm.ts';

/**
 * False premises in yes/no questions. "Did he post it on Twitter?" when the article says
 * Instagram, "did three burglars do it" when it says two, "did the council refuse to talk" when
 * it says the mayor is willing: the question names one side of a contrast whose other side the answer
 * holds. Such a question is answered "No — <what the article says>", not refused or confirmed.
 */

/**
 * Sets of mutually exclusive alternatives, each side a list of words or phrases that mean the
 * same ("[[instagram, insta], [twitter, tweet], …]", "[[praise, support], [slam, criticise]]").
 */
export type ContrastSet = readonly (readonly string[])[];

/** How far after a look ahead ("would like to") or a completion ("already") its verb may stand. */
const PROSPECT_REACH = 3;

/** Words joined by hyphens ("who-called-who-didn't"): one word, which claims nothing on its own. */
const COMPOUND = /[\p{L}'’]+(?:-[\p{L}'’]+)+/gu;

/** Where a stem sits among the contrast sets. */
interface Place {
  readonly set: number;
  readonly side: number;
}

/** Contrast sets read into stems, ready to test questions against entries. */
export interface Contrasts {
  /** The sides a text's stems fall on, as `set:side` keys. */
  sidesOf(stems: readonly string[]): Set<string>;
  /**
   * The other sides' stems of a set, for a stem the knowledge never uses: "twitter" can be read as
   * "instagram" to find the entry that then contradicts it.
   */
  alternativesOf(stem: string): readonly string[];
  /** True when a set (its `set` key part) has exactly two sides: each is the other's denial. */
  isPair(set: string): boolean;
}

/** Builds the contrasts; `toStems` reduces a word or phrase exactly as the analyzer does. */
export function buildContrasts(
  sets: readonly ContrastSet[],
  toStems: (text: string) => readonly string[],
): Contrasts {
  const places = new Map<string, Place[]>();
  const sideStems: string[][][] = sets.map((set) => set.map(() => []));
  sets.forEach((set, s) => {
    set.forEach((side, d) => {
      for (const member of side) {
        const key = toStems(member).join(' ');
        if (key.length === 0) continue;
        const list = places.get(key) ?? [];
        list.push({ set: s, side: d });
        places.set(key, list);
        sideStems[s]?.[d]?.push(key);
      }
    });
  });
  const longest = Math.max(1, ...[...places.keys()].map((key) => key.split(' ').length));

  return {
    sidesOf(stems: readonly string[]): Set<string> {
      const sides = new Set<string>();
      for (let i = 0; i < stems.length; i++) {
        for (let length = Math.min(longest, stems.length - i); length >= 1; length--) {
          const found = places.get(stems.slice(i, i + length).join(' '));
          if (!found) continue;
          for (const place of found) sides.add(`${place.set}:${place.side}`);
          // "video call" is one side: its "call" is not another.
          i += length - 1;
          break;
        }
      }
      return sides;
    },
    isPair(set: string): boolean {
      return sets[Number(set)]?.length === 2;
    },
    alternativesOf(stem: string): readonly string[] {
      const found = places.get(stem) ?? [];
      return found.flatMap((place) =>
        (sideStems[place.set] ?? []).flatMap((side, d) =>
          d === place.side ? [] : side.filter((key) => !key.includes(' ')),
        ),
      );
    },
  };
}

/**
 * True when the question names a side of a contrast that the fact does not hold while the fact
 * holds another side of the same contrast: the question's detail is contradicted. A question that
 * also names the side the fact holds ("is it true that it was fake") weighs both and contradicts
 * nothing in that contrast.
 */
export function contradicts(
  questionSides: ReadonlySet<string>,
  factSides: ReadonlySet<string>,
  inSet: (set: string) => boolean = () => true,
): boolean {
  const setOf = (key: string): string => key.slice(0, key.indexOf(':'));
  const agreed = new Set([...questionSides].filter((key) => factSides.has(key)).map(setOf));
  for (const key of questionSides) {
    const set = setOf(key);
    if (factSides.has(key) || agreed.has(set) || !inSet(set)) continue;
    for (const held of factSides) if (setOf(held) === set) return true;
  }
  return false;
}

/** The sides an entry's own question and its fact (answer and quotes) fall on. */
interface EntrySides {
  /** The fact: its answer and quotes. */
  readonly pieces: readonly string[];
  readonly question: ReadonlySet<string>;
  readonly fact: ReadonlySet<string>;
  /** Whether the entry's own question denies its claim ("Did he never call?"). */
  readonly questionDenies: boolean;
  /** What the fact claims and denies, word by word. */
  readonly stances?: Stances;
  /** The stems the fact only looks forward to ("would like to *meet*"). */
  readonly prospects: ReadonlySet<string>;
}

/** A yes/no question as the premise check reads it. */
export interface AskedClaim {
  /** Its terms' stems. */
  readonly stems: readonly string[];
  /** Its text outside quotes. */
  readonly text: string;
  /** Its words outside quotes. */
  readonly words?: readonly string[];
  /** Whether it denies its claim ("so he never called?"). */
  readonly denies: boolean;
  /** Whether it asks what the text says ("does the article name them?"). */
  readonly aboutText?: boolean;
  /**
   * Whether it names something the story never mentions ("did they say he should go to *jail*?",
   * "is she the *foreign* minister?"): a claim with a detail the article does not hold is not
   * confirmed by the fact that answers the rest of it.
   */
  readonly strange?: boolean;
}

/** Decides the answer to a yes/no question from the entry that answers it. */
export interface PremiseCheck {
  /**
   * The verdict for a yes/no question, answered by `entry`:
   * - an entry whose own question is yes/no keeps its verdict, turned over when the question
   *   names the other side of a contrast than the entry's question does ("did the council reject
   *   it" answered by "Did the council approve the plan?": no → yes; a "no" only across a pair);
   * - any other entry says "yes", or "no" when the question names a side its fact contradicts.
   * A question that denies its claim ("so he never called?") turns an entry's verdict over when
   * the entry's own question does not deny it, and the other way round. A question whose doer
   * is not the fact's ("did the council post it" when the mayor did) is a "no", and so is a "yes"
   * to a claim with a detail the story never mentions.
   */
  verdict(entry: Entry, question: AskedClaim): Verdict;
  /** Reads an entry's fact now rather than when a yes/no question first reaches it. */
  prepare(entry: Entry): void;
}

/** What the premise check reads questions and facts with. */
export interface PremiseWords {
  readonly contrasts: Contrasts;
  /** Reduces a text to stems exactly as the analyzer does. */
  readonly toStems: (text: string) => readonly string[];
  /**
   * Reduces a fact to stems, without the words that only stress it: "the mayor would *actually* be
   * ready" claims nothing real against fake. (An entry's own question keeps them: "Did he
   * *really* call?" asks about real against fake.) `toStems` when not given.
   */
  readonly factStems?: (text: string) => readonly string[];
  readonly toWords: (text: string) => readonly string[];
  readonly form: QuestionFormWords;
  readonly agents?: AgentCheck;
  readonly polarity?: Polarity;
}

/**
 * Reads an entry's sides the first time a yes/no question reaches it, and keeps them: a story of
 * 100,000 entries is not read twice more when it loads.
 */
export function createPremiseCheck(premiseWords: PremiseWords): PremiseCheck {
  const { contrasts, toStems, toWords, form, agents, polarity } = premiseWords;
  const factStems = premiseWords.factStems ?? toStems;
  const sides = new Map<Entry, EntrySides>();
  const sidesOf = (entry: Entry): EntrySides => {
    const known = sides.get(entry);
    if (known) return known;
    const pieces = [entry.answer, ...entry.sources.map((source) => source.quote)];
    const fact = pieces.join(' ');
    const read = {
      pieces,
      question: contrasts.sidesOf(toStems(entry.question)),
      fact: contrasts.sidesOf(factStems(fact)),
      questionDenies: deniesClaim(toWords(entry.question), form),
      // The article's own words: an answer's "the article doesn't say" denies nothing of the story,
      // nor does a compound's ("who-called-who-didn't nonsense").
      stances: polarity?.stancesOf(
        entry.sources.flatMap((source) => toWords(source.quote.replace(COMPOUND, ' '))),
      ),
      prospects: prospectsOf(pieces.map(toWords)),
    };
    sides.set(entry, read);
    return read;
  };
  return {
    prepare(entry) {
      const { pieces } = sidesOf(entry);
      agents?.prepare(pieces);
    },
    verdict(entry, claim) {
      // A fact held true (a "yes", or no question of its own) is read word by word: "did she
      // doubt it" against "she didn't doubt it" is a no, and "did she say she didn't doubt it"
      // repeats the fact's negation, denying nothing of it. A "no" holds for the denied words
      // that make it one ("never happened").
      const { stances } = sidesOf(entry);
      const held = entry.verdict === 'yes' || entry.verdict === undefined;
      // A compound is one word ("the who-called-who-didn't nonsense" denies nothing).
      const match =
        held && stances && polarity && claim.words
          ? polarity.compare(toWords(claim.text.replace(COMPOUND, ' ')), stances)
          : 'none';
      const repeats =
        match === 'repeats' ? { ...claim, denies: sidesOf(entry).questionDenies } : claim;
      const verdict = weighed(entry, repeats);
      const { prospects } = sidesOf(entry);
      if (verdict !== 'no' && claimsDone(claim.words ?? [], prospects)) return 'no';
      // "did they meet?" against a fact that leaves open whether they will ("would like to
      // meet"): nothing it reports was done.
      if (verdict !== 'no' && claimsDoneInPast(claim.words ?? [], prospects)) return 'no';
      return verdict === 'yes' && (claim.strange || match === 'opposes' || match === 'denies')
        ? 'no'
        : verdict;
    },
  };

  /** The stems each look ahead of the fact reaches: a few words after "would like to", "might". */
  function prospectsOf(pieces: readonly (readonly string[])[]): Set<string> {
    const out = new Set<string>();
    for (const words of pieces) {
      words.forEach((_, at) => {
        const phrase = form.prospective.find((p) => p.every((word, k) => words[at + k] === word));
        if (!phrase) return;
        const after = words.slice(at + phrase.length, at + phrase.length + PROSPECT_REACH);
        for (const stem of toStems(after.join(' '))) out.add(stem);
        // "he may laugh behind my back … and call me an idiot": a verb joined to the one looked
        // forward to is looked forward to as well.
        words.slice(at + phrase.length).forEach((word, k, rest) => {
          if (word !== 'and') return;
          const [stem] = form.bareVerbs.has(rest[k + 1] ?? '') ? toStems(rest[k + 1] ?? '') : [];
          if (stem !== undefined) out.add(stem);
        });
      });
    }
    return out;
  }

  /**
   * True when a claim says a thing is done ("so they *already met*?") that the fact only looks
   * forward to ("he would like to meet him"): the fact does not bear it out.
   */
  function claimsDone(words: readonly string[], prospects: ReadonlySet<string>): boolean {
    if (prospects.size === 0) return false;
    return words.some((word, at) => {
      if (!form.completion.has(word)) return false;
      const [verb] = toStems(words.slice(at + 1, at + 1 + PROSPECT_REACH).join(' '));
      return verb !== undefined && prospects.has(verb);
    });
  }

  /**
   * True when a claim in the past ("*did* they *meet*?") has as its verb, right after its doer,
   * one the fact only looks forward to.
   */
  function claimsDoneInPast(words: readonly string[], prospects: ReadonlySet<string>): boolean {
    if (prospects.size === 0) return false;
    const start = claimStart(words, form);
    const opener = words.slice(0, start).findLast((word) => word !== 'not');
    if (opener === undefined || !form.pastAuxiliaries.has(opener)) return false;
    // Past the doer: "the mayor", "she and the king"; then chat ("ever", "actually").
    let at = start;
    const pastOne = (): void => {
      if (form.determiners.has(words[at] ?? '')) at++;
      at++;
    };
    pastOne();
    if (words[at] === 'and') {
      at++;
      pastOne();
    }
    while (at < words.length && toStems(words[at] ?? '').length === 0) at++;
    const verb = words[at] ?? '';
    const [stem] = form.bareVerbs.has(verb) ? toStems(verb) : [];
    return stem !== undefined && prospects.has(stem);
  }

  function weighed(entry: Entry, { stems, text, denies, aboutText }: AskedClaim): Verdict {
    const asked = contrasts.sidesOf(stems);
    const own = sidesOf(entry);
    // What the article leaves open stays open, unless the question claims what it contradicts
    // ("is the meeting definitely happening" when it says "probably pie in the sky"), or asks
    // whether the article says it ("does the article name them?": no, it doesn't).
    if (entry.verdict === 'unknown') {
      return contradicts(asked, own.fact) || (aboutText && !denies) ? 'no' : 'unknown';
    }
    // Another did it: "did the council post it?" is a no, "so the council never posted it?" a yes.
    if (agents?.contradicts(text, own.pieces)) return denies ? 'yes' : 'no';
    // "Did he post on Twitter?" turns "Did he post on Instagram? Yes" to no. A "no" turns to
    // yes only across a pair: not "was the council in on it?" against "Was the mayor in on it? No".
    const turned =
      entry.verdict !== undefined &&
      contradicts(asked, own.question, entry.verdict === 'no' ? contrasts.isPair : undefined);
    // A detail the article contradicts makes the premise false, whatever else is right. An
    // entry with a verdict has already weighed the contrasts its own question names.
    const beyond = entry.verdict ? outside(asked, own.question) : asked;
    if (!turned && contradicts(beyond, own.fact)) return 'no';
    // "So he said he'd never meet him?" against "Would he like to meet him?": yes → no. A
    // fact with no question of its own to compare with keeps its "yes": its wording may deny
    // without a negation ("it's probably pie in the sky").
    if (!entry.verdict) return 'yes';
    return turned !== (denies !== own.questionDenies) ? opposite(entry.verdict) : entry.verdict;
  }
}

function opposite(verdict: 'yes' | 'no'): 'yes' | 'no' {
  return verdict === 'yes' ? 'no' : 'yes';
}

/** The sides of `sides` in contrast sets that `others` does not touch. */
function outside(sides: ReadonlySet<string>, others: ReadonlySet<string>): Set<string> {
  const setOf = (key: string): string => key.slice(0, key.indexOf(':'));
  const touched = new Set([...others].map(setOf));
  return new Set([...sides].filter((key) => !touched.has(setOf(key))));
}
