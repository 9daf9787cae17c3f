import type { AnswerEngine } from '../answering/engine.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { normalizeText } from '../answering/normalizeText.ts';
import type { Entry, Story } from '../knowledge/types.ts';

/** A term of a text as the engine reads it, and whether the story writes it as a name. */
export interface StoryTerm {
  /** The words as read (after spelling correction), e.g. "rosa alba", "city council". */
  readonly word: string;
  /**
   * The engine's stems, synonyms made one ("mayor" and "alba" are both "alba"): one, or
   * one per word of a name the engine reads word by word ("rosa alba").
   */
  readonly stems: readonly string[];
  /** A name: a word the story writes capitalised mid-sentence ("Alba", "Council", "BBC"). */
  readonly name: boolean;
  /** False for words the story never uses. */
  readonly known: boolean;
  /** Everyday words only ("say", "happen"): they tell little of what a question is about. */
  readonly everyday: boolean;
}

/** What the conversation needs to know of a story's words, through its engine. */
export interface StoryWords {
  /** The content terms of a text: no question words, no "really", no function words. */
  terms(text: string): StoryTerm[];
  /** The stems an entry speaks of: its question, phrasings and answer. */
  entryStems(entry: Entry): ReadonlySet<string>;
}

/**
 * The lower-case words a story writes with a capital letter where no sentence starts, and never
 * without one: the names of its people, places and organisations ("Alba", "BBC"), whatever
 * the story, but not a word that only opens a quote ("In other words").
 */
export function storyNames(story: Story): ReadonlySet<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const texts = [...story.article.paragraphs.slice(1), ...story.entries.map((e) => e.answer)];
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},;"'’)\]] +)\p{Lu}[\p{L}'’-]*/gu)) {
      const word = match[0].replace(/['’]s$/u, '').toLowerCase();
      if (word.length > 1) capitalised.add(word);
    }
    for (const match of text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu)) {
      lower.add(match[0].replace(/['’]s$/u, ''));
    }
  }
  return new Set([...capitalised].filter((word) => !lower.has(word)));
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
  const clauseTerms = (clause: string): StoryTerm[] => {
    const plain = ` ${normalizeText(clause)} `;
    const found: StoryTerm[] = [];
    for (const t of engine.explain(clause).terms) {
      const word = t.word;
      if (t.weight <= 0 || light.has(word) || t.stem === language.truthMeaning) continue;
      const name = word.split(' ').some((w) => names.has(w));
      const everyday = word.split(' ').every((w) => language.frequencies.everyday.has(w));
      const last = found[found.length - 1];
      // Names written side by side are one name: "Rosa Alba", not "Rosa" and "Alba".
      if (name && last?.name && plain.includes(` ${last.word} ${word} `)) {
        found[found.length - 1] = {
          word: `${last.word} ${word}`,
          stems: [...last.stems, t.stem],
          name,
          known: last.known && t.known,
          everyday: last.everyday && everyday,
        };
      } else found.push({ word, stems: [t.stem], name, known: t.known, everyday });
    }
    return found;
  };
  // Read clause by clause, in order: the engine reads a long text as its best part alone.
  const terms = (text: string): StoryTerm[] => {
    const seen = new Set<string>();
    return text
      .split(clauseBreak)
      .flatMap(clauseTerms)
      .filter((t) => {
        const key = t.stems.join(' ');
        return !seen.has(key) && seen.add(key);
      });
  };
  const words: StoryWords = {
    terms,
    entryStems(entry) {
      let held = stems.get(entry);
      if (!held) {
        const texts = [entry.question, ...entry.alternates, entry.answer];
        held = new Set(texts.flatMap((text) => terms(text).flatMap((t) => t.stems)));
        stems.set(entry, held);
      }
      return held;
    },
  };
  cache.set(engine, words);
  return words;
}
