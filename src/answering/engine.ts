import type { Entry, Story } from '../knowledge/types.ts';
import { type Analyzer, createAnalyzer, type Term } from './analyzer.ts';
import type { Answer, Suggestion } from './answer.ts';
import { CHAT_SPELLINGS } from './chatSpellings.ts';
import { commonEnglishWords, englishWords } from './commonWords.ts';
import { composeReply, properNounsOf } from './composeReply.ts';
import {
  DECISION,
  type DecisionOptions,
  decide,
  relatedSuggestions,
  toSuggestion,
} from './decide.ts';
import { GENERAL_SYNONYMS } from './generalSynonyms.ts';
import { FILLER_WORDS, QUESTION_WORDS, STOP_WORDS } from './lexicon.ts';
import { isYesNoQuestion } from './questionForm.ts';
import {
  RANKING,
  type Ranked,
  type RankingOptions,
  rankEntries,
  type WeightedTerm,
  weighTerms,
} from './rank.ts';
import { questionSegments } from './segments.ts';
import { createSpellingCorrector } from './spelling.ts';
import { buildTermIndex, INDEXING, type IndexOptions, type TermIndex } from './termIndex.ts';

/** Questions longer than this are not real questions (pasted logs, spam) and are not searched. */
export const MAX_QUESTION_LENGTH = 500;

/** The answer engine of one story: question in, `Answer` out; no Discord, no terminal. */
export interface AnswerEngine {
  readonly story: Story;
  ask(question: string): Answer;
  /** Knowledge questions for a partial question, best first (for autocomplete). */
  complete(partial: string, limit: number): Suggestion[];
  entry(id: string): Entry | undefined;
  /** How a question was read and scored: for curators and for tuning, not for users. */
  explain(question: string): Explanation;
}

export interface Explanation {
  readonly terms: readonly {
    readonly word: string;
    readonly stem: string;
    readonly weight: number;
    /** False for words the knowledge never uses. */
    readonly known: boolean;
  }[];
  readonly ranking: readonly { readonly id: string; readonly score: number }[];
}

/**
 * Words the spelling corrector corrects towards: the article and the curated text, plus the
 * everyday words of the alternates (their deliberate typos must not become targets).
 */
function vocabularyOf(
  story: Story,
  base: Analyzer,
  common: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string): void => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  const canonical = [
    ...story.article.paragraphs,
    ...story.synonyms.flat(),
    ...GENERAL_SYNONYMS.flat(),
    ...story.entries.flatMap((e) => [e.question, e.answer, ...e.sources.map((s) => s.quote)]),
  ];
  for (const text of canonical) for (const word of base.surfaceWords(text)) add(word);
  for (const entry of story.entries) {
    for (const text of entry.alternates) {
      for (const word of base.surfaceWords(text))
        if (common.has(word) || counts.has(word)) add(word);
    }
  }
  for (const set of [STOP_WORDS, FILLER_WORDS, QUESTION_WORDS]) for (const word of set) add(word);
  for (const expansion of Object.values(CHAT_SPELLINGS))
    for (const word of expansion.split(' ')) add(word);
  return counts;
}

/** Overrides of the engine's tuned constants, for experiments and benchmarks. */
export interface EngineOptions {
  readonly ranking?: Partial<RankingOptions>;
  readonly decision?: Partial<DecisionOptions>;
  readonly indexing?: Partial<IndexOptions>;
}

/** A part of a message scores a little less than the whole, which wins ties. */
const SEGMENT_DISCOUNT = 0.95;

/** How one question was read: its terms, their weights and the entries ranked. */
interface Reading {
  readonly terms: readonly Term[];
  readonly weighted: readonly WeightedTerm[];
  readonly ranked: readonly Ranked[];
}

function discount(ranked: readonly Ranked[]): Ranked[] {
  return ranked.map((r) => ({ entry: r.entry, score: r.score * SEGMENT_DISCOUNT }));
}

/** How many words sharing a prefix are looked at to find the most frequent one. */
const MAX_PREFIX_MATCHES = 200;

/**
 * Completes an unfinished word to the story's most frequent word starting with it ("kre" →
 * "kremlin"); a word the vocabulary already holds is left as it is.
 */
function createWordCompleter(
  vocabulary: ReadonlyMap<string, number>,
): (prefix: string) => string | undefined {
  const sorted = [...vocabulary.keys()].sort();
  return (prefix) => {
    const word = prefix.toLowerCase();
    if (vocabulary.has(word)) return undefined;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < word) low = mid + 1;
      else high = mid;
    }
    let best: string | undefined;
    for (let i = low; i < Math.min(sorted.length, low + MAX_PREFIX_MATCHES); i++) {
      const candidate = sorted[i] ?? '';
      if (!candidate.startsWith(word)) break;
      if (!best || (vocabulary.get(candidate) ?? 0) > (vocabulary.get(best) ?? 0)) best = candidate;
    }
    return best;
  };
}

/** Builds the engine for a story: the analyzer, the spelling vocabulary and the term index. */
export function createAnswerEngine(story: Story, options: EngineOptions = {}): AnswerEngine {
  const ranking: RankingOptions = { ...RANKING, ...options.ranking };
  const decision: DecisionOptions = { ...DECISION, ...options.decision };
  const synonyms = [...story.synonyms, ...GENERAL_SYNONYMS];
  const common = commonEnglishWords();
  const base = createAnalyzer({ synonyms });
  const vocabulary = vocabularyOf(story, base, common);
  const analyzer = createAnalyzer({
    synonyms,
    corrector: createSpellingCorrector(vocabulary),
    knownWords: new Set(vocabulary.keys()),
    commonWords: common,
    englishWords: englishWords(),
  });
  const index: TermIndex = buildTermIndex(story.entries, analyzer, {
    ...INDEXING,
    ...options.indexing,
  });
  const byId = new Map(story.entries.map((entry) => [entry.id, entry]));
  const completeWord = createWordCompleter(vocabulary);
  const properNouns = properNounsOf([
    ...story.article.paragraphs,
    ...story.entries.map((entry) => entry.answer),
  ]);

  const related = (entry: Entry): Suggestion[] => relatedSuggestions(entry, (id) => byId.get(id));

  const readPart = (text: string): Reading => {
    const terms = analyzer.analyze(text);
    const weighted = weighTerms(index, terms, common, ranking);
    return { terms, weighted, ranked: rankEntries(index, weighted, ranking) };
  };

  /** Reads the whole question and its question-like parts; keeps whichever scores best. */
  const read = (question: string): Reading => {
    let best = readPart(question);
    for (const part of questionSegments(question)) {
      const reading = readPart(part);
      // "who is he" after "i don't know elton john" needs its context: a part that names nothing
      // the story knows does not stand alone.
      if (!reading.terms.some((term) => !term.light && index.idf.has(term.stem))) continue;
      const score = (reading.ranked[0]?.score ?? 0) * SEGMENT_DISCOUNT;
      if (score > (best.ranked[0]?.score ?? 0))
        best = { ...reading, ranked: discount(reading.ranked) };
    }
    return best;
  };

  return {
    story,
    entry: (id) => byId.get(id),
    ask(question: string): Answer {
      const trimmed = question.trim();
      if (trimmed.length > MAX_QUESTION_LENGTH) {
        return { status: 'unknown', question, reason: 'too-long', confidence: 0, suggestions: [] };
      }
      const surface = base.surfaceWords(trimmed);
      if (surface.length === 0) {
        return { status: 'unknown', question, reason: 'empty', confidence: 0, suggestions: [] };
      }
      const yesNo = isYesNoQuestion(surface);
      const reply = (entry: Entry) => composeReply(entry, yesNo, false, properNouns);
      return decide(question, read(trimmed).ranked, story.entries, related, reply, decision);
    },
    explain(question: string): Explanation {
      const { terms, weighted, ranked } = read(question.trim());
      return {
        terms: weighted.map((t) => ({
          word: terms.find((term) => term.stem === t.stem)?.word ?? t.stem,
          stem: t.stem,
          weight: Math.round(t.weight * 100) / 100,
          known: t.known,
        })),
        ranking: ranked.slice(0, 5).map((r) => ({
          id: story.entries[r.entry]?.id ?? '?',
          score: Math.round(r.score * 1000) / 1000,
        })),
      };
    },
    complete(partial: string, limit: number): Suggestion[] {
      // While typing, the last word is usually unfinished ("what did the kre"): read it whole.
      const last = /(\p{L}{2,})$/u.exec(partial);
      const completed = last ? completeWord(last[1] ?? '') : undefined;
      const text = last && completed ? partial.slice(0, last.index) + completed : partial;
      const { ranked } = readPart(text);
      return ranked.slice(0, limit).flatMap((r) => {
        const entry = story.entries[r.entry];
        return entry ? [toSuggestion(entry)] : [];
      });
    },
  };
}
