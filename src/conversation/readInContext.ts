import type { Answer } from '../answering/answer.ts';
import type { AnswerEngine } from '../answering/engine.ts';
import type { Referent } from '../answering/language/conversationSchema.ts';
import type { Entry } from '../knowledge/types.ts';
import type { MessageShape, Pointer } from './messageShape.ts';
import type { StoryTerm, StoryWords } from './storyWords.ts';

/** What the conversation last answered: the entry, and the question as read on its own. */
export interface Previous {
  readonly entry: Entry;
  readonly question: string;
}

/** A message that leans on the previous answer, with what it needs to be read. */
export interface FollowUp {
  readonly engine: AnswerEngine;
  readonly words: StoryWords;
  readonly previous: Previous;
  /** Endings of words naming several things (the language's): what "they" may stand for. */
  readonly pluralEndings: readonly string[];
  /** The message as typed. */
  readonly text: string;
  /** Its words, without the small talk around them. */
  readonly message: readonly string[];
}

/** A follow-up read with its context: the answer, and the question it was read as. */
export interface ContextReading {
  readonly answer: Answer;
  /** The question as it stands on its own ("is rosa alba married" for "is she married"). */
  readonly question: string;
  readonly inContext: boolean;
}

/** A question a follow-up may stand for. */
interface Candidate {
  readonly question: string;
  /** The stems its answer must speak of for the reading to hold (the subject put in). */
  readonly about: readonly string[];
  /** Stems its answer must not speak of (the subject taken out), when any. */
  readonly notAbout?: readonly string[];
  /** Candidates of one reading (the same referent), weighed together; each its own by default. */
  readonly reading?: number;
}

type Leaning = Extract<MessageShape, { kind: 'bare' | 'ellipsis' | 'pointing' }>;

/**
 * Reads a follow-up by asking the engine the questions it may stand for ("is he gay" → "is
 * rosa alba married", "and the treasurer?" → "who is the treasurer", "why?" → "why did the treasurer resign") and
 * keeping the answer that fits best and speaks of what was put in. Each question asked costs
 * what any question costs; a follow-up asks a handful.
 */
export function readInContext(followUp: FollowUp, shape: Leaning): ContextReading {
  switch (shape.kind) {
    case 'bare':
      return readBare(followUp, shape.question);
    case 'ellipsis':
      return readEllipsis(followUp, shape.focus);
    case 'pointing':
      return readPointing(followUp, shape.pointers);
  }
}

function alone({ engine, text }: FollowUp): ContextReading {
  return { answer: engine.ask(text), question: text, inContext: false };
}

/** "why?", "by who?": the question word with the previous question's words. */
function readBare(followUp: FollowUp, asked: readonly string[]): ContextReading {
  const { words, previous } = followUp;
  const candidates = [previous.question, previous.entry.question].map((base) => ({
    question: [...asked, ...words.terms(base).map((t) => t.word)].join(' '),
    about: [],
  }));
  return pick(followUp, candidates, 'surest') ?? alone(followUp);
}

/** "and the treasurer?": the previous question with its subject swapped for the new one. */
function readEllipsis(followUp: FollowUp, focusWords: readonly string[]): ContextReading {
  const { words, previous } = followUp;
  const subject = focusWords.join(' ');
  const focus = words.terms(subject);
  // A subject the story never speaks of is answered (or refused) on its own.
  if (focus.length === 0 || focus.some((t) => !t.known)) return alone(followUp);
  const about = focus.flatMap((t) => t.stems);
  const swaps: Candidate[] = [];
  const looser: Candidate[] = [];
  for (const base of [previous.question, previous.entry.question]) {
    const terms = words.terms(base);
    for (const term of terms) {
      const swapped = replaceTerm(base, term, subject);
      if (!swapped) continue;
      // The subject of a question is most often the one it names. Put in place of another word,
      // the answer must have left that word behind ("is alba married" → "and the treasurer?" is
      // not "is alba the treasurer").
      if (term.name) swaps.push({ question: swapped, about });
      else looser.push({ question: swapped, about, notAbout: term.stems });
    }
    // The new subject with the question's other words: its answer must be about the new
    // subject instead of the old ("is alba married" → "and the treasurer?" is not about Alba).
    const rest = terms.filter((t) => !t.name).map((t) => t.word);
    const notAbout = terms
      .filter((t) => t.name)
      .flatMap((t) => t.stems)
      .filter((stem) => !about.includes(stem));
    looser.push({ question: [subject, ...rest].join(' '), about, notAbout });
  }
  const candidates = [...swaps, ...looser];
  // The question kept whole, with only its subject swapped, is the likeliest reading.
  return pick(followUp, candidates, 'first') ?? alone(followUp);
}

/** "is he gay", "who did it then": the pointing words replaced by what they stand for. */
function readPointing(followUp: FollowUp, pointers: readonly Pointer[]): ContextReading {
  const { engine, words, previous, text, message } = followUp;
  const standalone = engine.ask(text);
  const thingsOnly = pointers.every((p) => p.referent === 'thing');
  const entryTerms = words.terms(previous.entry.question);
  const topic = [...entryTerms, ...words.terms(previous.question)];
  // "was it a prank" says what it asks about and needs nothing before it; "who said it" and
  // "when was it" say nothing but everyday words, and mean what was just answered.
  if (
    thingsOnly &&
    standalone.status === 'answered' &&
    standalone.suggestions.length === 0 &&
    saysMore(followUp, pointers)
  ) {
    return { answer: standalone, question: text, inContext: false };
  }
  const pointer = mainPointer(pointers);
  const isPlural = (word: string): boolean =>
    followUp.pluralEndings.some((end) => word.length > end.length + 2 && word.endsWith(end));
  const stood = referents(pointer.referent, topic, words.terms(previous.entry.answer), isPlural);
  // Other pointing words ("what did he mean by that") may stand for the previous question's
  // subject: each referent is tried with and without it, and the surer kept.
  const others = pointers.length > 1;
  const candidates: Candidate[] = stood.flatMap((term, reading) => {
    const replaced = replacePointer(message, pointer, term.word);
    const rest = topic.filter((t) => key(t) !== key(term)).map((t) => t.word);
    return [
      { question: replaced, about: term.stems, reading },
      ...(others ? [{ question: [replaced, ...rest].join(' '), about: term.stems, reading }] : []),
    ];
  });
  // The message with the previous question's words: its answer must still speak of what the
  // pointing words most likely stand for.
  candidates.push({
    question: [...message, ...entryTerms.map((t) => t.word)].join(' '),
    about: stood[0]?.stems ?? [],
  });
  // A person is the most salient one that fits; a thing, the reading the engine is surest of
  // ("so who was it" after a hoax: the pranksters, not the call).
  const found = pick(followUp, candidates, pointer.referent === 'thing' ? 'surest' : 'first');
  if (found) return found;
  if (thingsOnly) return { answer: standalone, question: text, inContext: false };
  // "how old is he" after a question about someone: whoever "he" is, the article does not say.
  return {
    answer: {
      status: 'unknown',
      question: text,
      reason: 'not-covered',
      confidence: standalone.confidence,
      suggestions: standalone.suggestions,
    },
    question: text,
    inContext: true,
  };
}

/** True when the message names something of the story besides its pointing words. */
function saysMore({ words, message }: FollowUp, pointers: readonly Pointer[]): boolean {
  const pointed = new Set(pointers.flatMap((p) => [p.at, p.at + p.length - 1]));
  const rest = message.filter((_, at) => !pointed.has(at)).join(' ');
  return words.terms(rest).some((t) => t.known && !t.everyday);
}

/** A term's identity: its stems. */
function key(term: StoryTerm): string {
  return term.stems.join(' ');
}

/** The pointer that most needs resolving: people before things ("did he say that"). */
function mainPointer(pointers: readonly Pointer[]): Pointer {
  const order: Record<Referent, number> = { person: 0, group: 1, thing: 2 };
  return [...pointers].sort((a, b) => order[a.referent] - order[b.referent])[0] as Pointer;
}

/** What a pointer may stand for, most salient first: the previous question's, then its answer's. */
function referents(
  referent: Referent,
  topic: readonly StoryTerm[],
  answer: readonly StoryTerm[],
  isPlural: (word: string) => boolean,
): StoryTerm[] {
  const names = (terms: readonly StoryTerm[]) => terms.filter((t) => t.name);
  const things = (terms: readonly StoryTerm[]) => terms.filter((t) => !t.name);
  const plurals = (terms: readonly StoryTerm[]) => things(terms).filter((t) => isPlural(t.word));
  // "it" and "that" stand for a thing or a statement, hardly ever for a person; "they" for
  // people or for things named in the plural.
  // Someone named in the question is who "he" is; someone only the answer named, when the
  // question named no one ("who was behind the hoax" → "where are they from").
  const people = (terms: readonly StoryTerm[]) =>
    referent === 'group' ? [...names(terms), ...plurals(terms)] : names(terms);
  // A thing may be one the answer brought up, if the story names it in its own words ("the
  // pranksters"), not in everyday ones ("call me an idiot").
  const ordered =
    referent === 'thing'
      ? [...things(topic), ...things(answer).filter((t) => !t.everyday)]
      : people(topic).length > 0
        ? people(topic)
        : people(answer);
  const seen = new Set<string>();
  return ordered.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

function replacePointer(message: readonly string[], pointer: Pointer, words: string): string {
  return [
    ...message.slice(0, pointer.at),
    words,
    ...message.slice(pointer.at + pointer.length),
  ].join(' ');
}

/** `base` with the words of `term` replaced by `subject`, or `undefined` when they are not there as typed. */
function replaceTerm(base: string, term: StoryTerm, subject: string): string | undefined {
  const lower = base.toLowerCase();
  const at = lower.search(new RegExp(`\\b${term.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  if (at === -1) return undefined;
  return `${lower.slice(0, at)}${subject}${lower.slice(at + term.word.length)}`;
}

/**
 * Asks the candidates and keeps an answer that speaks of what its candidate put in: from the
 * first reading that has one (the most salient reading that holds), or from all; the surest of
 * those, the earlier winning a tie. `undefined` when none does.
 */
function pick(
  { engine, words, text }: FollowUp,
  candidates: readonly Candidate[],
  rule: 'first' | 'surest',
): ContextReading | undefined {
  let found: { answer: Answer; question: string; reading: number } | undefined;
  for (const [at, candidate] of candidates.entries()) {
    const reading = candidate.reading ?? -1 - at;
    if (rule === 'first' && found && found.reading !== reading) break;
    const answer = engine.ask(candidate.question);
    if (answer.status !== 'answered') continue;
    const stems = words.entryStems(answer.entry);
    if (!candidate.about.every((stem) => stems.has(stem))) continue;
    if (candidate.notAbout?.some((stem) => stems.has(stem))) continue;
    if (!found || answer.confidence > found.answer.confidence) {
      found = { answer, question: candidate.question, reading };
    }
  }
  if (!found) return undefined;
  return { answer: { ...found.answer, question: text }, question: found.question, inContext: true };
}
