import type { ConversationWords, Referent } from '../answering/language/conversationSchema.ts';
import type { QuestionFormWords } from '../answering/language/languagePack.ts';
import { phraseTable } from './phraseTable.ts';

/** A word of a message that stands for someone or something named earlier. */
export interface Pointer {
  /** Where it starts in the message, and how many words it takes ("that guy" takes two). */
  readonly at: number;
  readonly length: number;
  readonly referent: Referent;
}

/** How a message leans on the conversation before it, read from its words alone. */
export type MessageShape =
  /** "source?", "how do you know": the previous answer's sources. */
  | { readonly kind: 'sources' }
  /** "tell me more", "go on": more on the previous answer's subject. */
  | { readonly kind: 'more' }
  /** "is that true?", "really?": the previous answer, restated with its sources. */
  | { readonly kind: 'truthCheck' }
  /**
   * "why?", "how so", "by who?": a question word asking about the previous answer; "will they?",
   * "did he?": an auxiliary asking it again.
   */
  | { readonly kind: 'bare'; readonly question: readonly string[] }
  /** "and the council?", "what about the treasurer", "the treasurer too?": the previous question, about `focus`. */
  | { readonly kind: 'ellipsis'; readonly focus: readonly string[] }
  /** A question with words pointing back ("is he gay", "who did it then"). */
  | { readonly kind: 'pointing'; readonly pointers: readonly Pointer[] }
  /** A question that says what it is about. */
  | { readonly kind: 'plain' };

/** An ellipsis names a subject in a few words; a longer rest is a question of its own. */
const MAX_FOCUS_WORDS = 8;

export type ShapeReader = (message: readonly string[]) => MessageShape;

/** Reads the shape of messages (already stripped of small talk) in a language's words. */
export function createShapeReader(
  words: ConversationWords,
  questionForm: QuestionFormWords,
): ShapeReader {
  type Request = 'sources' | 'more' | 'truthCheck';
  const requests = phraseTable<Request>([
    { phrases: words.sources, tag: 'sources' },
    { phrases: words.more, tag: 'more' },
    { phrases: words.truthCheck, tag: 'truthCheck' },
  ]);
  const openers = phraseTable([{ phrases: words.ellipsisOpeners, tag: true }]);
  const closers = phraseTable([{ phrases: words.ellipsisClosers, tag: true }]);
  const bare = phraseTable([{ phrases: words.bareQuestions, tag: true }]);
  const tails = phraseTable([{ phrases: words.bareTails, tag: true }]);

  /** A rest that opens like a question ("what did…", "is he…") is not a subject. */
  const opensQuestion = (rest: readonly string[]): boolean => {
    const first = rest[0] ?? '';
    return questionForm.whWords.has(first) || questionForm.auxiliaries.has(first);
  };

  const isBare = (message: readonly string[]): boolean => {
    const head = bare.match(message, 0);
    if (!head) return false;
    for (let at = head.length; at < message.length; ) {
      const tail = tails.match(message, at);
      if (!tail) return false;
      at += tail.length;
    }
    return true;
  };

  const ellipsisFocus = (message: readonly string[]): readonly string[] | undefined => {
    const opener = openers.match(message, 0);
    if (opener) {
      const rest = message.slice(opener.length);
      if (rest.length > 0 && rest.length <= MAX_FOCUS_WORDS && !opensQuestion(rest)) return rest;
    }
    for (let at = message.length - 1; at > 0; at--) {
      if (closers.match(message, at)?.length !== message.length - at) continue;
      const before = message.slice(0, at);
      if (before.length <= MAX_FOCUS_WORDS && !opensQuestion(before)) return before;
    }
    return undefined;
  };

  const pointersIn = (message: readonly string[]): Pointer[] => {
    const found: Pointer[] = [];
    for (let at = 0; at < message.length; at++) {
      const word = message[at] ?? '';
      const noun = words.pointers.nouns.get(message[at + 1] ?? '');
      if (words.pointers.demonstratives.has(word) && noun) {
        found.push({ at, length: 2, referent: noun });
        at += 1;
        continue;
      }
      const referent = words.pronouns.get(word);
      if (referent) found.push({ at, length: 1, referent });
    }
    return found;
  };

  /** "will they?", "did he then?": an auxiliary and pointing words, the rest left unsaid. */
  const isElliptic = (message: readonly string[]): boolean => {
    if (!questionForm.auxiliaries.has(message[0] ?? '')) return false;
    const pointed = pointersIn(message);
    if (pointed.length === 0) return false;
    const ends = new Map(pointed.map((p) => [p.at, p.at + p.length]));
    for (let at = 1; at < message.length; ) {
      const next = ends.get(at) ?? at + (tails.match(message, at)?.length ?? 0);
      if (next === at) return false;
      at = next;
    }
    return true;
  };

  return (message) => {
    const request = requests.match(message, 0);
    if (request && request.length === message.length) return { kind: request.tag };
    if (isBare(message) || isElliptic(message)) return { kind: 'bare', question: message };
    const focus = ellipsisFocus(message);
    if (focus) return { kind: 'ellipsis', focus };
    // "and who did it then": the opener only joins it to the conversation.
    const opener = openers.match(message, 0);
    const question = opener ? message.slice(opener.length) : message;
    const pointers = pointersIn(question).map((p) => ({ ...p, at: p.at + (opener?.length ?? 0) }));
    return pointers.length > 0 ? { kind: 'pointing', pointers } : { kind: 'plain' };
  };
}
