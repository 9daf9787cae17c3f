import type { AnswerEngine } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import type { Entry, Story } from '../knowledge/types.ts';

/** A term of a text as the engine reads it, and whether the story writes it as a name. */
export interface StoryTerm {
  /** The words as read (after spelling correction), e.g. "dmitri peskov". */
  readonly word: string;
  /** The engine's stem, synonyms made one ("spokesman" and "peskov" are both "peskov"). */
  readonly stem: string;
  /** A name: a word the story writes capitalised mid-sentence ("Peskov", "Kremlin", "BBC"). */
  readonly name: boolean;
  /** False for words the story never uses. */
  readonly known: boolean;
}

/** What the conversation needs to know of a story's words, through its engine. */
export interface StoryWords {
  /** The content terms of a text: no question words, no "really", no function words. */
  terms(text: string): StoryTerm[];
  /** The stems an entry speaks of: its question, phrasings and answer. */
  entryStems(entry: Entry): ReadonlySet<string>;
}

/**
 * The lower-case words a story writes with a capital letter where no sentence starts: the names
 * of its people, places and organisations, whatever the story.
 */
export function storyNames(story: Story): ReadonlySet<string> {
  const names = new Set<string>();
  const texts = [...story.article.paragraphs.slice(1), ...story.entries.map((e) => e.answer)];
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},;"'’)\]] +)\p{Lu}[\p{L}'’-]*/gu)) {
      const word = match[0].replace(/['’]s$/u, '').toLowerCase();
      if (word.length > 1) names.add(word);
    }
  }
  return names;
}

// One reading per engine (a reload builds a new one), and per entry: entries never change.
const cache = new WeakMap<AnswerEngine, StoryWords>();

/** The story words of the engine serving now; built once per engine. */
export function storyWordsOf(engine: AnswerEngine, language: LanguagePack): StoryWords {
  const cached = cache.get(engine);
  if (cached) return cached;
  const names = storyNames(engine.story);
  const light = new Set([...language.questionWords, ...language.truthAdverbs]);
  const stems = new WeakMap<Entry, ReadonlySet<string>>();
  const joins = language.contextSeparators.map((w) => `\\s${w}\\s`).join('|');
  const clauseBreak = new RegExp(`[^\\p{L}\\p{N}'’\\s-]+${joins ? `|${joins}` : ''}`, 'u');
  const clauseTerms = (clause: string): StoryTerm[] =>
    engine
      .explain(clause)
      .terms.filter((t) => t.weight > 0)
      .flatMap((t) => {
        const word = t.word;
        if (light.has(word) || t.stem === language.truthMeaning) return [];
        const name = word.split(' ').some((w) => names.has(w));
        return [{ word, stem: t.stem, name, known: t.known }];
      });
  // Read clause by clause, in order: the engine reads a long text as its best part alone.
  const terms = (text: string): StoryTerm[] => {
    const seen = new Set<string>();
    return text
      .split(clauseBreak)
      .flatMap(clauseTerms)
      .filter((t) => !seen.has(t.stem) && seen.add(t.stem));
  };
  const words: StoryWords = {
    terms,
    entryStems(entry) {
      let held = stems.get(entry);
      if (!held) {
        const texts = [entry.question, ...entry.alternates, entry.answer];
        held = new Set(texts.flatMap((text) => terms(text).map((t) => t.stem)));
        stems.set(entry, held);
      }
      return held;
    },
  };
  cache.set(engine, words);
  return words;
}
