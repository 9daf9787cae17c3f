import { z } from 'zod';

/**
 * The language's words for conversations (`smallTalk.yaml`, `conversation.yaml`), as zod schemas,
 * and the read-only shape front ends receive them in. Kept apart from the question-reading words
 * of `schema.ts`: the engine never reads them, the conversation around it does.
 */

/** One lower-case word or phrase, as the normaliser produces them. */
const phrase = z
  .string()
  .trim()
  .min(1)
  .refine((p) => p === p.toLowerCase(), 'must be lower case')
  .refine((p) => /^[\p{L}\p{N}' ]+$/u.test(p), 'must be words (letters, digits, apostrophes)');
const phrases = z.array(phrase).min(1);
/** A reply in the bot's voice; `{story}` and `{example}` are filled in when it is given. */
const reply = z.string().trim().min(1);

/** The kinds of small talk the bot tells apart, each with its own reply. */
export const SMALL_TALK_KINDS = [
  'goodbye',
  'thanks',
  'insult',
  'praise',
  'identity',
  'capabilities',
  'howAreYou',
  'greeting',
  'acknowledgement',
] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number];

export const smallTalkFileSchema = z.strictObject({
  kinds: z
    .array(
      z.strictObject({
        kind: z.enum(SMALL_TALK_KINDS),
        phrases,
        replies: z.array(reply).min(1),
      }),
    )
    .min(1)
    .refine((kinds) => new Set(kinds.map((k) => k.kind)).size === kinds.length, {
      message: 'each kind is listed once',
    }),
  glue: phrases,
});

export const conversationFileSchema = z.strictObject({
  sources: phrases,
  more: phrases,
  truthCheck: phrases,
  ellipsisOpeners: phrases,
  ellipsisClosers: phrases,
  bareQuestions: phrases,
  bareTails: phrases,
  pronouns: z.strictObject({ person: phrases, group: phrases, thing: phrases }),
  pluralEndings: z.array(z.string().regex(/^\p{Ll}+$/u, 'must be lower-case letters')).min(1),
  pointers: z.strictObject({ demonstratives: phrases, person: phrases, group: phrases }),
  replies: z.strictObject({ sources: reply, truthCheck: reply, unclear: reply }),
});

export type SmallTalkFile = z.infer<typeof smallTalkFileSchema>;
export type ConversationFile = z.infer<typeof conversationFileSchema>;

/** A phrase as the words it is made of. */
type Words = readonly string[];

/** Small talk as the language has it: kinds in order of precedence, and the glue around them. */
export interface SmallTalkWords {
  readonly kinds: readonly {
    readonly kind: SmallTalkKind;
    readonly phrases: readonly Words[];
    readonly replies: readonly string[];
  }[];
  readonly glue: readonly Words[];
}

/** What a pronoun can stand for: someone, several people, or a thing. */
export type Referent = 'person' | 'group' | 'thing';

/** The words that tie a message to the conversation before it, and the replies of such turns. */
export interface ConversationWords {
  readonly sources: readonly Words[];
  readonly more: readonly Words[];
  readonly truthCheck: readonly Words[];
  readonly ellipsisOpeners: readonly Words[];
  readonly ellipsisClosers: readonly Words[];
  readonly bareQuestions: readonly Words[];
  readonly bareTails: readonly Words[];
  /** Each pronoun and what it can stand for. */
  readonly pronouns: ReadonlyMap<string, Referent>;
  /** Endings of words naming several things: what "they" may stand for besides names. */
  readonly pluralEndings: readonly string[];
  readonly pointers: {
    readonly demonstratives: ReadonlySet<string>;
    /** Each pointing noun ("guy", "folks") and what it stands for. */
    readonly nouns: ReadonlyMap<string, Exclude<Referent, 'thing'>>;
  };
  readonly replies: {
    readonly sources: string;
    readonly truthCheck: string;
    readonly unclear: string;
  };
}

const split = (list: readonly string[]): Words[] => list.map((p) => Object.freeze(p.split(/\s+/)));

/** Builds the small-talk words from their checked file. */
export function buildSmallTalkWords(file: SmallTalkFile): SmallTalkWords {
  return Object.freeze({
    kinds: Object.freeze(
      file.kinds.map((k) =>
        Object.freeze({
          kind: k.kind,
          phrases: Object.freeze(split(k.phrases)),
          replies: Object.freeze([...k.replies]),
        }),
      ),
    ),
    glue: Object.freeze(split(file.glue)),
  });
}

/** Builds the conversation words from their checked file. */
export function buildConversationWords(file: ConversationFile): ConversationWords {
  const pronouns = new Map<string, Referent>();
  for (const referent of ['person', 'group', 'thing'] as const) {
    for (const word of file.pronouns[referent]) pronouns.set(word, referent);
  }
  const nouns = new Map<string, Exclude<Referent, 'thing'>>();
  for (const referent of ['person', 'group'] as const) {
    for (const word of file.pointers[referent]) nouns.set(word, referent);
  }
  return Object.freeze({
    sources: split(file.sources),
    more: split(file.more),
    truthCheck: split(file.truthCheck),
    ellipsisOpeners: split(file.ellipsisOpeners),
    ellipsisClosers: split(file.ellipsisClosers),
    bareQuestions: split(file.bareQuestions),
    bareTails: split(file.bareTails),
    pronouns,
    pluralEndings: Object.freeze([...file.pluralEndings]),
    pointers: Object.freeze({
      demonstratives: new Set(file.pointers.demonstratives),
      nouns,
    }),
    replies: Object.freeze({ ...file.replies }),
  });
}
