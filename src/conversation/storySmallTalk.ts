import type { SmallTalkKind, SmallTalkWords } from '../answering/language/conversationSchema.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import type { Story } from '../knowledge/types.ts';
import { messageWords } from './phraseTable.ts';
import { createSmallTalkReader, type SmallTalkReader } from './smallTalk.ts';

/**
 * Small talk as one story reads it: the language's phrases, and the story's own (`small_talk` in
 * its `qa.yaml`) added to their kinds. A story's phrases never reach another story.
 */
export interface StorySmallTalk {
  readonly reader: SmallTalkReader;
  /** The words of a message as the conversation reads them (see `messageWords`). */
  words(text: string): string[];
  /** The kind of small talk a whole message is, or `undefined` when it holds anything else. */
  kind(text: string): SmallTalkKind | undefined;
}

interface Cached {
  readonly language: StorySmallTalk;
  readonly stories: WeakMap<Story, StorySmallTalk>;
}

// Built once per language pack and per story (a reload loads a new story, so a new reading).
const cache = new WeakMap<LanguagePack, Cached>();

/** The language's small talk alone, as every story starts from it. */
export function languageSmallTalk(language: LanguagePack): StorySmallTalk {
  return cached(language).language;
}

/** The small talk of a story: the language's with the story's own phrases. */
export function storySmallTalk(story: Story, language: LanguagePack): StorySmallTalk {
  const { language: plain, stories } = cached(language);
  if (!hasPhrases(story)) return plain;
  let found = stories.get(story);
  if (!found) {
    found = reading(storySmallTalkWords(story, language), language);
    stories.set(story, found);
  }
  return found;
}

/**
 * The language's small-talk words with the story's phrases added to their kinds, each phrase read
 * as a message is (so "Whats up fam!!" is "what is up fam"). A phrase with no words adds nothing.
 */
export function storySmallTalkWords(story: Story, language: LanguagePack): SmallTalkWords {
  const plain = languageSmallTalk(language);
  const added = story.smallTalk ?? {};
  return {
    kinds: language.smallTalk.kinds.map((k) => ({
      ...k,
      phrases: [
        ...k.phrases,
        ...(added[k.kind] ?? []).map((phrase) => plain.words(phrase)).filter((w) => w.length > 0),
      ],
    })),
    glue: language.smallTalk.glue,
  };
}

function hasPhrases(story: Story): boolean {
  return Object.values(story.smallTalk ?? {}).some((phrases) => phrases.length > 0);
}

function cached(language: LanguagePack): Cached {
  let found = cache.get(language);
  if (!found) {
    found = { language: reading(language.smallTalk, language), stories: new WeakMap() };
    cache.set(language, found);
  }
  return found;
}

function reading(words: SmallTalkWords, language: LanguagePack): StorySmallTalk {
  const reader = createSmallTalkReader(words);
  // Words a doubled letter is read away towards ("heyy" → "hey"): small talk's and function words.
  const known = new Set([...reader.vocabulary, ...language.stopWords, ...language.questionWords]);
  const wordsOf = (text: string): string[] => messageWords(text, language, known);
  return {
    reader,
    words: wordsOf,
    kind: (text) => reader.kind(wordsOf(text)),
  };
}
