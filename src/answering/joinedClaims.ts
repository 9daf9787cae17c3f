import type { QuestionFormWords } from './language/languagePack.ts';
import type { Contrasts } from './premise.ts';
import {
  askingSentence,
  type FormWords,
  isYesNoQuestion,
  QUOTED,
  readQuestionForm,
} from './questionForm.ts';

/** Words a claim joined to another needs to be read alone ("he called her"). */
const CLAIM_WORDS = 3;

/** What splitting a question into its claims needs of the language and the story. */
export interface ClaimWords {
  readonly form: QuestionFormWords;
  readonly formWords: FormWords;
  readonly toWords: (text: string) => readonly string[];
  readonly toStems: (text: string) => readonly string[];
  /** The story's own contrasts, its people among them. */
  readonly people: Contrasts;
  /** The story's names, lower case. */
  readonly names: ReadonlySet<string>;
}

/**
 * The claims of a yes/no question that joins two, with someone of the story named in one ("so
 * the vote was fair *and* the council just ignored it?"): each is answered alone, and a "No" to
 * either is the answer. None for any other question.
 */
export function createClaimSplitter(words: ClaimWords): (question: string) => string[] {
  const { form, formWords, toWords, toStems, people, names } = words;
  // Each a claim of its own, with a verb ("the council denied it", not "the council's plan").
  const isClaim = (part: string): boolean => {
    const partWords = toWords(part);
    return partWords.length >= CLAIM_WORDS && isYesNoQuestion(partWords, form, true, formWords);
  };
  const namesSomeone = (part: string): boolean =>
    people.sidesOf(toStems(part)).size > 0 || toWords(part).some((word) => names.has(word));
  return (message) => {
    // "We talked about it and nobody agreed. Did he call her?": only the asking sentence claims.
    const question = askingSentence(message, toWords, form);
    const parts = question.replace(QUOTED, ' ').split(/\s+and\s+/i);
    if (parts.length !== 2) return [];
    // "a meeting between her and the council" joins two people, not two claims.
    const last = toWords(parts[0] ?? '').at(-1) ?? '';
    if (people.sidesOf(toStems(last)).size > 0) return [];
    if (!parts.every(isClaim) || !parts.some(namesSomeone)) return [];
    const { yesNo } = readQuestionForm(question, toWords, form, formWords);
    return yesNo ? parts.map((part) => part.replace(/[?!.\s]+$/, '')) : [];
  };
}
