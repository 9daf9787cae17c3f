import type { SmallTalkKind, SmallTalkWords } from '../answering/language/conversationSchema.ts';
import { type PhraseTable, phraseTable } from './phraseTable.ts';

/** Tells small talk from questions, in a language's words. */
export interface SmallTalkReader {
  /** The kind of small talk a whole message is, or `undefined` when it holds anything else. */
  kind(message: readonly string[]): SmallTalkKind | undefined;
  /**
   * The message without the small talk around it ("ok thanks, and who is he lol" → "and who is
   * he"), or the message itself when nothing else is left.
   */
  strip(message: readonly string[]): readonly string[];
  /**
   * The kind of small talk a message comes closest to, though it may hold other words too: the
   * kind whose phrases cover most of its words ("hiya mates" → greeting); `undefined` when no
   * phrase of any kind is in it. A curator's starting point, never a reading of a message.
   */
  likely(message: readonly string[]): SmallTalkKind | undefined;
  /** Every word small talk uses, for reading doubled letters ("heyy"). */
  readonly vocabulary: ReadonlySet<string>;
}

const GLUE = 'glue';
/** Small talk around a question is a few words ("ok thanks, so"); longer stretches are not looked for. */
const MAX_AROUND = 8;

/** A reader of small talk in the words given: the language's, or a story's with the language's. */
export function createSmallTalkReader(words: SmallTalkWords): SmallTalkReader {
  const table: PhraseTable<SmallTalkKind | typeof GLUE> = phraseTable([
    ...words.kinds.map((k) => ({ phrases: k.phrases, tag: k.kind })),
    { phrases: words.glue, tag: GLUE },
  ]);
  const precedence = new Map(words.kinds.map((k, i) => [k.kind, i]));

  /** The kinds a stretch of words is made of, or `undefined` when a word is not small talk. */
  const kindsOf = (message: readonly string[]): SmallTalkKind[] | undefined => {
    const kinds: SmallTalkKind[] = [];
    for (let at = 0; at < message.length; ) {
      const found = table.match(message, at);
      if (!found) return undefined;
      if (found.tag !== GLUE) kinds.push(found.tag);
      at += found.length;
    }
    return kinds;
  };

  const first = (a: SmallTalkKind, b: SmallTalkKind): SmallTalkKind =>
    (precedence.get(b) ?? Infinity) < (precedence.get(a) ?? Infinity) ? b : a;

  const kind = (message: readonly string[]): SmallTalkKind | undefined => {
    const kinds = kindsOf(message);
    if (!kinds || kinds.length === 0) return undefined;
    return kinds.reduce(first);
  };

  return {
    kind,
    strip(message) {
      let start = 0;
      // The longest opening stretch that is small talk, leaving something after it.
      for (let end = Math.min(message.length - 1, MAX_AROUND); end > 0; end--) {
        if (kind(message.slice(0, end)) !== undefined) {
          start = end;
          break;
        }
      }
      // The longest closing stretch likewise ("… lol thanks").
      let stop = message.length;
      for (
        let from = Math.max(start + 1, message.length - MAX_AROUND);
        from < message.length;
        from++
      ) {
        if (kind(message.slice(from)) !== undefined) {
          stop = from;
          break;
        }
      }
      return message.slice(start, stop);
    },
    likely(message) {
      const covered = new Map<SmallTalkKind, number>();
      for (let at = 0; at < message.length; ) {
        const found = table.match(message, at);
        if (found && found.tag !== GLUE)
          covered.set(found.tag, (covered.get(found.tag) ?? 0) + found.length);
        at += found?.length ?? 1;
      }
      let best: SmallTalkKind | undefined;
      for (const [k, words] of covered) {
        const most = best === undefined ? 0 : (covered.get(best) ?? 0);
        if (best === undefined || words > most || (words === most && first(best, k) === k))
          best = k;
      }
      return best;
    },
    vocabulary: table.vocabulary,
  };
}
