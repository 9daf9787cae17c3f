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
  /** The question as it stands on its own ("is elton john gay" for "is he gay"). */
  readonly question: string;
  readonly inContext: boolean;
}

/** A question a follow-up may stand for. */
interface Candidate {
  readonly question: string;
  /** The stems its answer must speak of for the reading to hold (the subject put in). */
  readonly about: readonly string[];
}

type Leaning = Extract<MessageShape, { kind: 'bare' | 'ellipsis' | 'pointing' }>;

/**
 * Reads a follow-up by asking the engine the questions it may stand for ("is he gay" → "is
 * elton john gay", "and peskov?" → "who is peskov", "why?" → "why did the treasurer resign") and
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

/** "and peskov?": the previous question with its subject swapped for the new one. */
function readEllipsis(followUp: FollowUp, focusWords: readonly string[]): ContextReading {
  const { words, previous } = followUp;
  const subject = focusWords.join(' ');
  const focus = words.terms(subject);
  // A subject the story never speaks of is answered (or refused) on its own.
  if (focus.length === 0 || focus.some((t) => !t.known)) return alone(followUp);
  const about = focus.flatMap((t) => t.stems);
  const candidates: Candidate[] = [];
  for (const base of [previous.question, previous.entry.question]) {
    const terms = words.terms(base);
    for (const term of terms) {
      const swapped = replaceTerm(base, term, subject);
      if (swapped) candidates.push({ question: swapped, about });
    }
    const rest = terms.filter((t) => !t.name).map((t) => t.word);
    candidates.push({ question: [subject, ...rest].join(' '), about });
  }
  // The question kept whole, with only its subject swapped, is the likeliest reading.
  return pick(followUp, candidates, 'first') ?? alone(followUp);
}

/** "is he gay", "who did it then": the pointing words replaced by what they stand for. */
function readPointing(followUp: FollowUp, pointers: readonly Pointer[]): ContextReading {
  const { engine, words, previous, text, message } = followUp;
  const standalone = engine.ask(text);
  const thingsOnly = pointers.every((p) => p.referent === 'thing');
  // "was it a prank" needs nothing before it: "it" points nowhere.
  if (thingsOnly && standalone.status === 'answered' && standalone.suggestions.length === 0) {
    return { answer: standalone, question: text, inContext: false };
  }
  const entryTerms = words.terms(previous.entry.question);
  const topic = [...entryTerms, ...words.terms(previous.question)];
  const pointer = mainPointer(pointers);
  const others = pointers.length > 1;
  const isPlural = (word: string): boolean =>
    followUp.pluralEndings.some((end) => word.length > end.length + 2 && word.endsWith(end));
  const stood = referents(pointer.referent, topic, words.terms(previous.entry.answer), isPlural);
  const candidates: Candidate[] = stood.map((term) => {
    // "what did he mean by that": what "that" was is the previous question's subject.
    const rest = others ? topic.filter((t) => key(t) !== key(term)).map((t) => t.word) : [];
    return {
      question: [replacePointer(message, pointer, term.word), ...rest].join(' '),
      about: term.stems,
    };
  });
  candidates.push({
    question: [...message, ...entryTerms.map((t) => t.word)].join(' '),
    about: [],
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
  const all = [...topic, ...answer];
  const names = all.filter((t) => t.name);
  // "it" and "that" stand for a thing or a statement, hardly ever for a person; "they" for
  // people or for things named in the plural.
  const ordered =
    referent === 'person'
      ? names
      : referent === 'group'
        ? [...names, ...all.filter((t) => !t.name && isPlural(t.word))]
        : all.filter((t) => !t.name);
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
 * Asks the candidates and keeps an answer that speaks of what its candidate put in: the first
 * such (the most salient reading that holds), or the surest (the earlier wins a tie).
 * `undefined` when none does.
 */
function pick(
  { engine, words, text }: FollowUp,
  candidates: readonly Candidate[],
  rule: 'first' | 'surest',
): ContextReading | undefined {
  let found: { answer: Answer; question: string } | undefined;
  for (const candidate of candidates) {
    const answer = engine.ask(candidate.question);
    if (answer.status !== 'answered') continue;
    const stems = words.entryStems(answer.entry);
    if (!candidate.about.every((stem) => stems.has(stem))) continue;
    if (!found || answer.confidence > found.answer.confidence) {
      found = { answer, question: candidate.question };
    }
    if (rule === 'first') break;
  }
  if (!found) return undefined;
  return { answer: { ...found.answer, question: text }, question: found.question, inContext: true };
}
