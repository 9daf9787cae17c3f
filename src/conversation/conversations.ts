import type { Answer } from '../answering/answer.ts';
import { answerForEntry } from '../answering/answerForEntry.ts';
import { type AnswerEngine, MAX_QUESTION_LENGTH } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import type { Entry } from '../knowledge/types.ts';
import { type BotReplies, botReplies, seedOf } from './botReplies.ts';
import { createConversationMemory, MEMORY, type MemoryOptions } from './memory.ts';
import { createShapeReader, type MessageShape } from './messageShape.ts';
import { isPictographsOnly } from './phraseTable.ts';
import { type Previous, readInContext } from './readInContext.ts';
import { nextRelated } from './related.ts';
import { storySmallTalk } from './storySmallTalk.ts';
import { storyWordsOf } from './storyWords.ts';
import type { Turn } from './turn.ts';

/** What a conversation remembers between two messages. */
interface Remembered {
  /** The entry last answered. */
  readonly entryId: string;
  /** The question it answered, as it stands on its own. */
  readonly question: string;
  /** Entries answered in this conversation, the latest last: "tell me more" skips them. */
  readonly answered: readonly string[];
}

/** Entries a conversation keeps as answered, for "tell me more" not to repeat itself. */
const ANSWERED_KEPT = 8;
/** The longest question kept: a follow-up needs its subject, not a pasted essay. */
const QUESTION_KEPT = 200;

/** Every conversation of a front end: small talk, follow-ups and what each remembers. */
export interface Conversations {
  /**
   * The reply to one message. `key` names its conversation (see `conversationKey`): messages with
   * the same key share their context; without a key a message is read on its own and nothing is
   * remembered.
   */
  reply(engine: AnswerEngine, text: string, key?: string): Turn;
  /** Remembers an entry the user picked another way (a "did you mean" button, the FAQ menu). */
  picked(key: string, entry: Entry): void;
  /** Conversations remembered now. */
  readonly size: number;
}

/**
 * A conversation's key: one user in one place. In a DM channel that is the conversation; in a
 * server channel each user has their own; a thread is a channel of its own. Context never
 * crosses users or channels.
 */
export function conversationKey(channelId: string, userId: string): string {
  return `${channelId}:${userId}`;
}

/** A turn, and what the conversation remembers after it (`undefined`: what it did before). */
interface Outcome {
  readonly turn: Turn;
  readonly remember?: { readonly entry: Entry; readonly question: string };
}

export function createConversations(
  language: LanguagePack,
  memoryOptions: Partial<MemoryOptions> = {},
): Conversations {
  const memory = createConversationMemory<Remembered>({ ...MEMORY, ...memoryOptions });
  const readShape = createShapeReader(language.conversation, language.questionForm);
  const { replies } = language.conversation;

  const remember = (key: string, entry: Entry, question: string): void => {
    const before = memory.get(key)?.answered ?? [];
    memory.set(key, {
      entryId: entry.id,
      question: question.slice(0, QUESTION_KEPT),
      answered: [...before.filter((id) => id !== entry.id), entry.id].slice(-ANSWERED_KEPT),
    });
  };

  /** The answer to a question read on its own. */
  const answeredAlone = (answer: Answer, text: string): Outcome => ({
    turn: { kind: 'answer', answer, reading: 'alone', readAs: text },
    ...(answer.status === 'answered' && { remember: { entry: answer.entry, question: text } }),
  });
  const alone = (engine: AnswerEngine, text: string): Outcome =>
    answeredAlone(engine.ask(text), text);

  const unclear = (text: string, bot: BotReplies): Outcome => ({
    turn: {
      kind: 'unclear',
      question: text,
      text: bot.fill(replies.unclear),
      suggestions: bot.examples(),
    },
  });

  /** A message that leans on a conversation with nothing remembered: answered as well as it can be. */
  const withoutContext = (
    engine: AnswerEngine,
    shape: MessageShape,
    core: readonly string[],
    text: string,
    bot: BotReplies,
  ): Outcome => {
    switch (shape.kind) {
      case 'sources':
      case 'truthCheck':
      case 'more':
      case 'bare':
        return unclear(text, bot);
      case 'pointing': {
        const answer = engine.ask(text);
        if (answer.status === 'answered' && answer.suggestions.length === 0) {
          return answeredAlone(answer, text);
        }
        // "who's that guy?" names no one: ask for the whole question rather than guess.
        const pointed = new Set(shape.pointers.flatMap((p) => core.slice(p.at, p.at + p.length)));
        const rest = core.filter((word) => !pointed.has(word)).join(' ');
        const saysSomething = storyWordsOf(engine, language).terms(rest).length > 0;
        return saysSomething ? answeredAlone(answer, text) : unclear(text, bot);
      }
      default:
        return alone(engine, text);
    }
  };

  /** A message read with what the conversation last answered. */
  const withContext = (
    engine: AnswerEngine,
    shape: MessageShape,
    core: readonly string[],
    text: string,
    previous: Previous,
    answered: readonly string[],
    bot: BotReplies,
  ): Outcome => {
    switch (shape.kind) {
      case 'sources':
      case 'truthCheck': {
        const answer = answerForEntry(engine, previous.entry.id);
        if (answer?.status !== 'answered') return unclear(text, bot);
        const intro = shape.kind === 'sources' ? replies.sources : replies.truthCheck;
        return { turn: { kind: 'sources', question: text, intro, answer }, remember: previous };
      }
      case 'more': {
        const related = nextRelated(engine, previous.entry, answered);
        const answer = related && answerForEntry(engine, related.id);
        if (!related || answer?.status !== 'answered') return unclear(text, bot);
        return {
          turn: {
            kind: 'answer',
            answer: { ...answer, question: text },
            reading: 'more',
            readAs: related.question,
          },
          remember: { entry: related, question: related.question },
        };
      }
      case 'plain':
        return alone(engine, text);
      default: {
        const read = readInContext(
          {
            engine,
            words: storyWordsOf(engine, language),
            previous,
            pluralEndings: language.conversation.pluralEndings,
            text,
            message: core,
          },
          shape,
        );
        const { answer } = read;
        const turn: Turn = {
          kind: 'answer',
          answer,
          reading: read.inContext ? 'in-context' : 'alone',
          readAs: read.question,
        };
        if (answer.status !== 'answered') return { turn };
        // Read in context, the entry's own question is kept: a rewording is only as good as the
        // reading that made it, and the next follow-up builds on it.
        const question = read.inContext ? answer.entry.question : read.question;
        return { turn, remember: { entry: answer.entry, question } };
      }
    }
  };

  return {
    reply(engine, text, key) {
      // Past any real question's length there is nothing to converse about: the engine says so.
      if (text.trim().length > MAX_QUESTION_LENGTH) return alone(engine, text).turn;
      const bot = botReplies(engine, language.smallTalk, seedOf(text.trim().toLowerCase()));
      const talk = isPictographsOnly(text) ? 'acknowledgement' : undefined;
      // The story served says what small talk is too: its own phrases join the language's.
      const smallTalk = storySmallTalk(engine.story, language);
      const message = smallTalk.words(text);
      const kind = talk ?? smallTalk.reader.kind(message);
      if (kind) {
        // A goodbye ends the conversation: the next message starts afresh.
        if (kind === 'goodbye' && key !== undefined) memory.delete(key);
        return { kind: 'small-talk', question: text, talk: kind, ...bot.smallTalk(kind) };
      }
      if (message.length === 0) return alone(engine, text).turn;

      const remembered = key === undefined ? undefined : memory.get(key);
      const entry = remembered && engine.entry(remembered.entryId);
      const core = smallTalk.reader.strip(message);
      const shape = readShape(core);
      const outcome =
        remembered && entry
          ? withContext(
              engine,
              shape,
              core,
              text,
              { entry, question: remembered.question },
              remembered.answered,
              bot,
            )
          : withoutContext(engine, shape, core, text, bot);
      if (key !== undefined && outcome.remember) {
        remember(key, outcome.remember.entry, outcome.remember.question);
      }
      return outcome.turn;
    },
    picked(key, entry) {
      remember(key, entry, entry.question);
    },
    get size() {
      return memory.size;
    },
  };
}
