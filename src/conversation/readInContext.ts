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

/** A follow-up read with its context: the answer, and the question it was read as. */
export interface ContextReading {
  readonly answer: Answer;
  /** The question as it stands on its own ("is elton john gay" for "is he gay"). */
  readonly question: string;
  readonly inContext: boolean;
}

interface Candidate {
  readonly question: string;
  /** The stems the answer must speak of for the reading to hold (the subject put in). */
  readonly about: readonly string[];
}

/**
 * Reads a follow-up that leans on the previous answer by asking the engine the questions it may
 * stand for ("is he gay" → "is elton john gay", "and peskov?" → "who is peskov"), and keeps the
 * best answer that speaks of what was put in. The engine is asked several short questions; each
 * costs what any question costs.
 */
export function readInContext(
  engine: AnswerEngine,
  words: StoryWords,
  shape: Exclude<MessageShape, { kind: 'sources' | 'more' | 'truthCheck' | 'plain' }>,
  message: readonly string[],
  text: string,
  previous: Previous,
  pluralEndings: readonly string[],
): ContextReading {
  const plural = (word: string): boolean =>
    pluralEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
  const alone = (): ContextReading => ({
    answer: engine.ask(text),
    question: text,
    inContext: false,
  });
  const entryTerms = words.terms(previous.entry.question);
  const askedTerms = words.terms(previous.question);
  const topic = [...entryTerms, ...askedTerms];

  switch (shape.kind) {
    case 'bare': {
      const asked = shape.question.join(' ');
      const candidates = [askedTerms, entryTerms].map((terms) => ({
        question: `${asked} ${terms.map((t) => t.word).join(' ')}`,
        about: [],
      }));
      return mostConfident(engine, candidates, text) ?? alone();
    }
    case 'ellipsis': {
      const focus = words.terms(shape.focus.join(' '));
      // A subject the story never speaks of is answered (or refused) on its own.
      if (focus.length === 0 || focus.some((t) => !t.known)) return alone();
      const subject = shape.focus.join(' ');
      const about = focus.flatMap((t) => t.stems);
      const candidates: Candidate[] = [];
      for (const base of [previous.question, previous.entry.question]) {
        const baseWords = words.terms(base);
        for (const term of baseWords) {
          const swapped = replaceTerm(base, term, subject);
          if (swapped) candidates.push({ question: swapped, about });
        }
        const rest = baseWords.filter((t) => !t.name).map((t) => t.word);
        candidates.push({ question: [subject, ...rest].join(' '), about });
      }
      return firstFitting(engine, words, candidates, text) ?? alone();
    }
    case 'pointing': {
      const standalone = engine.ask(text);
      const thingsOnly = shape.pointers.every((p) => p.referent === 'thing');
      // "was it a prank" needs nothing before it: "it" points nowhere.
      if (thingsOnly && standalone.status === 'answered' && standalone.suggestions.length === 0) {
        return { answer: standalone, question: text, inContext: false };
      }
      const pointer = mainPointer(shape.pointers);
      const others = shape.pointers.some((p) => p !== pointer);
      const answerTerms = words.terms(previous.entry.answer);
      const candidates: Candidate[] = referents(pointer.referent, topic, answerTerms, plural).map(
        (term) => {
          const replaced = replacePointer(message, pointer, term.word);
          // "what did he mean by that": what "that" was is the previous question's subject.
          const rest = others
            ? topic.filter((t) => t.stems.join(' ') !== term.stems.join(' ')).map((t) => t.word)
            : [];
          return { question: [replaced, ...rest].join(' '), about: term.stems };
        },
      );
      candidates.push({
        question: `${message.join(' ')} ${entryTerms.map((t) => t.word).join(' ')}`,
        about: [],
      });
      // A person is the most salient one that fits; a thing, the reading the engine is surest of
      // ("so who was it" after a hoax: the pranksters, not the call).
      const found =
        pointer.referent === 'thing'
          ? mostConfident(engine, candidates, text, words)
          : firstFitting(engine, words, candidates, text);
      if (found) return found;
      if (thingsOnly) return { answer: standalone, question: text, inContext: false };
      // "how old is he" after a question about someone: whatever "he" is, the article does not say.
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
  }
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
  const names = [...topic, ...answer].filter((t) => t.name);
  const plural = [...topic, ...answer].filter((t) => !t.name && isPlural(t.word));
  const allThings = [...topic, ...answer].filter((t) => !t.name);
  // "it" and "that" stand for a thing or a statement, hardly ever for a person.
  const ordered =
    referent === 'person' ? names : referent === 'group' ? [...names, ...plural] : allThings;
  const seen = new Set<string>();
  return ordered.filter((t) => {
    const key = t.stems.join(' ');
    return !seen.has(key) && seen.add(key);
  });
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

/** The first candidate answered that speaks of what it put in: the most salient reading that holds. */
function firstFitting(
  engine: AnswerEngine,
  words: StoryWords,
  candidates: readonly Candidate[],
  text: string,
): ContextReading | undefined {
  for (const candidate of candidates) {
    const answer = engine.ask(candidate.question);
    if (answer.status !== 'answered') continue;
    const stems = words.entryStems(answer.entry);
    if (!candidate.about.every((stem) => stems.has(stem))) continue;
    return { answer: { ...answer, question: text }, question: candidate.question, inContext: true };
  }
  return undefined;
}

/** The most confident answer among the candidates that speak of what they put in; the earlier wins a tie. */
function mostConfident(
  engine: AnswerEngine,
  candidates: readonly Candidate[],
  text: string,
  words?: StoryWords,
): ContextReading | undefined {
  let found: { answer: Answer; question: string } | undefined;
  for (const candidate of candidates) {
    const answer = engine.ask(candidate.question);
    if (answer.status !== 'answered') continue;
    if (words) {
      const stems = words.entryStems(answer.entry);
      if (!candidate.about.every((stem) => stems.has(stem))) continue;
    }
    if (!found || answer.confidence > found.answer.confidence) {
      found = { answer, question: candidate.question };
    }
  }
  return (
    found && {
      answer: { ...found.answer, question: text },
      question: found.question,
      inContext: true,
    }
  );
}
