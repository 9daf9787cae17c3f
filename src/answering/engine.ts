import type { Entry, Story, Verdict } from '../knowledge/types.ts';
import { createAgentCheck } from './agents.ts';
import { ANALYZING, type AnalyzingOptions, createAnalyzer, type Term } from './analyzer.ts';
import type { Answer, Suggestion } from './answer.ts';
import { composeReply, properNounsOf } from './composeReply.ts';
import { dropFillerPhrases } from './cues/fillerPhrases.ts';
import { dropHearsay } from './cues/hearsay.ts';
import {
  DECISION,
  type DecisionOptions,
  decide,
  relatedSuggestions,
  toSuggestion,
} from './decide.ts';
import { createClaimSplitter } from './joinedClaims.ts';
import type { LanguagePack } from './language/languagePack.ts';
import { learnedRanker } from './learnedRanker.ts';
import {
  createPassageFinder,
  type Passage,
  passageById,
  passageId,
  SECOND_OPINION,
  sentencesOf,
} from './passages.ts';
import { createPolarity } from './polarity.ts';
import { buildContrasts, createPremiseCheck } from './premise.ts';
import {
  asksWhatTextSays,
  claimStart,
  frameWords,
  QUOTED,
  readQuestionForm,
  unframed,
} from './questionForm.ts';
import { boostQuoted, createQuoteTargets, QUOTING, type QuotingOptions } from './quotedEntries.ts';
import type { RankingOptions } from './rank.ts';
import type { CreateRanker, Ranked, WeightedTerm } from './ranker.ts';
import { remembered } from './remembered.ts';
import { createSegmenter, SEGMENTING, type SegmentOptions } from './segments.ts';
import { createSpellingCorrector, SPELLING, type SpellingOptions } from './spelling.ts';
import { createPhraseStemmer } from './stem.ts';
import { createStrangeWords } from './strangeWords.ts';
import type { IndexOptions } from './termIndex.ts';
import { termIndexRanker } from './termIndexRanker.ts';
import { vocabularyOf } from './vocabulary.ts';
import { COMPLETION, type CompletionOptions, createWordCompleter } from './wordCompleter.ts';

/** Up to this many entries, the engine reads every fact for yes/no questions when it is built. */
const PREPARED_FACTS = 500;

/** Questions longer than this are not real questions (pasted logs, spam) and are not searched. */
export const MAX_QUESTION_LENGTH = 500;

/** How long a label before a colon may be ("quiz q1:", "question 3:"). */
const LABEL_WORDS = 3;
/** How far before a word its preposition may stand ("about *a big* concert"). */
const DETAIL_REACH = 3;

/** The answer engine of one story: question in, `Answer` out; no Discord, no terminal. */
export interface AnswerEngine {
  readonly story: Story;
  ask(question: string): Answer;
  /** Knowledge questions for a partial question, best first (for autocomplete). */
  complete(partial: string, limit: number): Suggestion[];
  entry(id: string): Entry | undefined;
  /** How a question was read and scored: for curators and for tuning, not for users. */
  explain(question: string): Explanation;
  /**
   * Reads up to `limit` more entries' facts for yes/no questions, ahead of the first question
   * that would read them; returns how many are left. An entry point that built the engine
   * with `readFactsAtBuild: false` calls it between questions.
   */
  readFacts(limit: number): number;
  /**
   * What the ranker learned from the knowledge, as data another thread can hand to
   * `createAnswerEngine` (`options.trained`) to build the same engine without learning again.
   */
  readonly trained: unknown;
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
 * Overrides of the engine's tuned constants and parts, for experiments and benchmarks. Each
 * group's defaults, and how they were chosen, sit beside the part they tune.
 */
export interface EngineOptions {
  /**
   * The ranker; by default the engine's own term-index ranker (tuned by `ranking`, `indexing`)
   * joined by a scorer learned from the phrasings.
   */
  readonly ranker?: CreateRanker;
  /** A ranker's trained state from an engine built on the same story (see `AnswerEngine.trained`). */
  readonly trained?: unknown;
  readonly ranking?: Partial<RankingOptions>;
  readonly indexing?: Partial<IndexOptions>;
  readonly decision?: Partial<DecisionOptions>;
  readonly segmenting?: Partial<SegmentOptions>;
  readonly spelling?: Partial<SpellingOptions>;
  readonly analyzing?: Partial<AnalyzingOptions>;
  readonly completion?: Partial<CompletionOptions>;
  readonly quoting?: Partial<QuotingOptions>;
  /**
   * Whether a story of up to `PREPARED_FACTS` entries has its facts read for yes/no questions
   * as the engine is built (default true). A reload on the answering thread builds without, and
   * reads them between questions (`readFacts`).
   */
  readonly readFactsAtBuild?: boolean;
}

/** How one question was read: its terms and the entries ranked. */
interface Reading {
  readonly terms: readonly Term[];
  readonly ranked: readonly Ranked[];
}

/**
 * Builds the engine for a story in a language: the analyzer, the spelling vocabulary and the
 * ranker. The story's own synonyms come before the language's.
 */
export function createAnswerEngine(
  story: Story,
  language: LanguagePack,
  options: EngineOptions = {},
): AnswerEngine {
  const decision: DecisionOptions = { ...DECISION, ...options.decision };
  const segmenting: SegmentOptions = { ...SEGMENTING, ...options.segmenting };
  const analyzing: AnalyzingOptions = { ...ANALYZING, ...options.analyzing };
  const synonyms = [...story.synonyms, ...language.synonyms];
  const base = createAnalyzer({ language, synonyms, analyzing });
  const vocabulary = vocabularyOf(story, synonyms, base, language);
  const analyzer = createAnalyzer({
    language,
    synonyms,
    analyzing,
    corrector: createSpellingCorrector(
      vocabulary,
      language.alphabet,
      { ...SPELLING, ...options.spelling },
      language.soundOf,
    ),
    knownWords: new Set(vocabulary.keys()),
  });
  const createRanker =
    options.ranker ??
    learnedRanker({}, termIndexRanker({ ranking: options.ranking, indexing: options.indexing }));
  const ranker = createRanker({
    entries: story.entries,
    analyzer,
    language,
    trained: options.trained,
  });
  const segments = createSegmenter(
    language.contextSeparators,
    segmenting,
    language.adjunctOpeners,
    language.questionForm.whWords,
  );
  const byId = new Map(story.entries.map((entry) => [entry.id, entry]));
  const completeWord = createWordCompleter(vocabulary, { ...COMPLETION, ...options.completion });
  const properNouns = properNounsOf([
    ...story.article.paragraphs,
    ...story.entries.map((entry) => entry.answer),
  ]);

  const names = new Set([...properNouns].map((noun) => noun.toLowerCase()));
  const related = (entry: Entry): Suggestion[] => relatedSuggestions(entry, (id) => byId.get(id));
  const stemsOf = (text: string): string[] => analyzer.analyze(text).map((term) => term.stem);
  // A side that is all chat words ("definitely", "for sure") is kept as it is written: the
  // analyzer drops such words from matching, but a claim that something is definitely so says
  // more than one that it is.
  const sideStems = (text: string): string[] => {
    const stems = stemsOf(text);
    return stems.length > 0 ? stems : base.surfaceWords(text);
  };
  const contrasts = buildContrasts([...(story.contrasts ?? []), ...language.contrasts], sideStems);
  const formWords = {
    isFiller: (word: string): boolean =>
      language.stopWords.has(word) || language.fillerWords.has(word),
    isChat: (word: string): boolean => language.fillerWords.has(word),
    isAlternative: (word: string): boolean => contrasts.sidesOf(stemsOf(word)).size > 0,
    isAdjunctOpener: (word: string): boolean => language.adjunctOpeners.has(word),
  };
  // A phrase that reads as one word ("posing as") opens with the stem of one of these.
  const phraseStems = createPhraseStemmer(language);
  const phraseOpeners = new Set(
    synonyms.flat().flatMap((member) => {
      const [first, ...rest] = phraseStems(member);
      return first !== undefined && rest.length > 0 ? [first] : [];
    }),
  );
  const withoutHearsay = dropHearsay(language);
  // Facts are read word by word, by the doer check and the polarity check alike.
  const wordStems = remembered(stemsOf);
  const agents = createAgentCheck(contrasts, {
    form: language.questionForm,
    stemsOf: wordStems,
    isChat: (word) => language.fillerWords.has(word) || language.truthAdverbs.has(word),
    isFiller: formWords.isFiller,
    isName: (word) => names.has(word),
    opensPhrase: (word) => phraseStems(word).some((stem) => phraseOpeners.has(stem)),
    claimOf: (words) => withoutHearsay(unframed(words, language.questionForm)),
  });
  const premise = createPremiseCheck({
    contrasts,
    toStems: stemsOf,
    factStems: (text) =>
      analyzer
        .analyze(text)
        .filter((term) => !language.truthAdverbs.has(term.word))
        .map((term) => term.stem),
    toWords: base.surfaceWords,
    form: language.questionForm,
    agents,
    // Words about wording ("does it use the word…") claim nothing of the story.
    polarity: createPolarity(
      language.questionForm,
      wordStems,
      (word) => formWords.isFiller(word) || language.wordingWords.has(word),
    ),
  });

  // A story-sized knowledge base has its facts read ahead (about 0.4 ms each), so its first
  // yes/no questions are as quick as later ones; a larger one reads each fact when a question
  // first reaches it, not all of them at every reload.
  const unread = story.entries.length <= PREPARED_FACTS ? [...story.entries] : [];
  const readFacts = (limit: number): number => {
    for (const entry of unread.splice(0, limit)) premise.prepare(entry);
    return unread.length;
  };
  if (options.readFactsAtBuild ?? true) readFacts(unread.length);

  /**
   * A yes/no question may name an alternative the story never mentions ("did he post it on
   * twitter" when the article says Instagram): read with the story's side of that contrast, it
   * finds the entry whose fact then shows the premise false. Undefined when nothing changes, or
   * when nothing but names is left to match ("is she on tiktok" asks about another platform,
   * not about the story's post).
   */
  const readAlternative = (
    terms: readonly Term[],
    misquoted: ReadonlySet<string>,
    withoutStrange: boolean,
    aboutStory: boolean,
  ): { readonly ranked: Ranked[]; readonly misquotes: boolean } | undefined => {
    const known = new Map(ranker.weigh(terms).map((t) => [t.stem, t.known]));
    let changed = false;
    let misquotes = false;
    const isKnown = (stem: string): boolean =>
      ranker.weigh([{ stem, word: stem, light: false, share: 1 }])[0]?.known === true;
    // Where a term has several sides the story uses ("three" against "one" and "two"), each is
    // tried and the one that reads best is kept.
    const choices: { readonly at: number; readonly stems: readonly string[] }[] = [];
    const replaced: Term[] = [];
    let swappedAt = Number.NEGATIVE_INFINITY;
    for (const [at, term] of terms.entries()) {
      if (term.light || known.get(term.stem)) {
        replaced.push(term);
        continue;
      }
      // The rest of the phrase an alternative heads is part of the same wrong detail ("a
      // british *tabloid*", "the us state *department*"): it is left out with it.
      if (at - swappedAt <= decision.phraseAfterAlternative && !analyzer.isMark(term)) {
        changed = true;
        continue;
      }
      // A word the question quotes and the article never writes ("did he call it 'disgusting'"):
      // the quote is the false premise; the rest finds what the article says instead.
      if (term.word.split(' ').every((word) => misquoted.has(word))) {
        changed = true;
        misquotes = true;
        continue;
      }
      const alternatives = contrasts.alternativesOf(term.stem).filter(isKnown);
      const [first] = alternatives;
      if (first === undefined) {
        // A word the story never uses, in a question that reaches an entry even with it ("did
        // she say the account got *hacked*?"), is the detail the claim gets wrong: the rest
        // finds what the article says instead. Names and marks are what is asked, not details.
        if (withoutStrange && !names.has(term.word) && !analyzer.isMark(term)) {
          changed = true;
          continue;
        }
        replaced.push(term);
        continue;
      }
      changed = true;
      swappedAt = at;
      if (alternatives.length > 1) choices.push({ at: replaced.length, stems: alternatives });
      replaced.push({ ...term, stem: first });
    }
    const topScore = (read: readonly Term[]): number => ranker.rank(read)[0]?.score ?? 0;
    for (const { at, stems } of choices) {
      const term = replaced[at];
      if (!term) continue;
      let best = { stem: term.stem, score: topScore(replaced) };
      for (const stem of stems.slice(1)) {
        replaced[at] = { ...term, stem };
        const score = topScore(replaced);
        if (score > best.score) best = { stem, score };
      }
      replaced[at] = { ...term, stem: best.stem };
    }
    const asksMore =
      aboutStory ||
      replaced.some(
        (term) =>
          !term.light &&
          terms.includes(term) &&
          known.get(term.stem) &&
          !term.word.split(' ').every((word) => names.has(word)),
      );
    return changed && asksMore ? { ranked: ranker.rank(replaced), misquotes } : undefined;
  };

  const articleText = ` ${story.article.paragraphs.map((p) => base.surfaceWords(p).join(' ')).join(' ')} `;
  const articleWords = new Set(articleText.split(' '));
  /** The words of the fragments a question quotes ('…', "…") that the article never writes. */
  const misquotedWords = (question: string): Set<string> => {
    const out = new Set<string>();
    for (const match of question.matchAll(QUOTED)) {
      const words = base.surfaceWords(match[1] ?? match[2] ?? '');
      if (words.length > 0 && !articleText.includes(` ${words.join(' ')} `)) {
        for (const word of words) out.add(word);
      }
    }
    return out;
  };
  /**
   * Words read past when a quote is compared with the article for its negation alone: the
   * negators and the little words around them ("there was *a* conversation" against "there was
   * *no* conversation").
   */
  const negationFree = (words: readonly string[]): string[] =>
    words.filter(
      (word) =>
        !language.questionForm.negators.has(word) &&
        !language.questionForm.denyingDeterminers.has(word) &&
        !language.questionForm.determiners.has(word),
    );
  const denials = (words: readonly string[]): number =>
    words.filter(
      (word) =>
        language.questionForm.negators.has(word) ||
        language.questionForm.denyingDeterminers.has(word),
    ).length;
  const articleSentences = story.article.paragraphs.flatMap((paragraph) =>
    sentencesOf(paragraph).map((sentence) => base.surfaceWords(sentence)),
  );
  /**
   * True when a question quotes the article with its negation turned ("did he say 'there was a
   * conversation'?" where it says "there was no conversation"): a misquote, whose words are all
   * the article's.
   */
  const quotesNegationTurned = (question: string): boolean => {
    for (const match of question.matchAll(QUOTED)) {
      const words = base.surfaceWords(match[1] ?? match[2] ?? '');
      const key = negationFree(words);
      if (key.length < 2 || articleText.includes(` ${words.join(' ')} `)) continue;
      const needle = ` ${key.join(' ')} `;
      for (const sentence of articleSentences) {
        if (!` ${negationFree(sentence).join(' ')} `.includes(needle)) continue;
        // The negations within the quoted stretch of the sentence, against the quote's.
        const at = sentence.indexOf(key[0] ?? '');
        const last = sentence.lastIndexOf(key[key.length - 1] ?? '');
        const span = sentence.slice(Math.max(0, at - 1), last + 1);
        if (denials(span) % 2 !== denials(words) % 2) return true;
      }
    }
    return false;
  };

  /**
   * A question past the article ("has she said anything since?") is refused, unless an entry
   * says what the article leaves open on that very subject ("The article doesn't say how she
   * reacted"): that is the more useful honest answer. Read without the off-story mark, the
   * question may reach such an entry, and only such an entry.
   */
  const saysNotCovered = (
    question: string,
    terms: readonly Term[],
    reply: (entry: Entry) => { readonly text: string; readonly verdict: Verdict | undefined },
  ): Answer | undefined => {
    if (!terms.some((term) => term.stem === analyzer.laterStem)) return undefined;
    const ranked = ranker
      .rank(terms.filter((term) => term.stem !== analyzer.laterStem))
      .filter((r) => story.entries[r.entry]?.verdict === 'unknown');
    // Only a question that plainly fits the entry: no lower bar for a clear winner.
    const strict = { ...decision, clearWinnerAt: decision.answerAt };
    const answer = decide(question, ranked, story.entries, related, reply, strict);
    return answer.status === 'answered' ? answer : undefined;
  };

  const quoting: QuotingOptions = { ...QUOTING, ...options.quoting };
  const quotes = createQuoteTargets(
    story.entries,
    (text) => base.surfaceWords(text),
    language.stopWords,
    quoting,
  );
  const withoutFillerPhrases = dropFillerPhrases(language);
  /**
   * The entries a question quotes: four words in a row, or fewer within quotation marks. A set
   * phrase that only frames the question ("i would like to know") quotes nobody, though a quote
   * may hold its words ("I would like to meet him").
   */
  const quotedBy = (question: string, surface: readonly string[]): ReadonlySet<number> => {
    const found = new Set(quotes.quoted(withoutFillerPhrases(surface)));
    for (const match of question.matchAll(QUOTED)) {
      const words = base.surfaceWords(match[1] ?? match[2] ?? '');
      if (words.length >= quoting.words) continue;
      for (const e of quotes.quotedFragment(words)) found.add(e);
    }
    return found;
  };
  const passages = createPassageFinder(story.article, stemsOf, (text) => base.surfaceWords(text));
  const passageEntries = new Map<string, Entry>();
  const secondOpinion = createPassageFinder(
    story.article,
    stemsOf,
    (text) => base.surfaceWords(text),
    SECOND_OPINION,
  );
  /**
   * An open question no entry fits well enough, whose best entry cites the very sentence the
   * article's own best match for it is: two readings agree on where the answer is ("the pranksters
   * were pretending to be whom?"). Words the story never uses leave it to the refusal: they may
   * be what the question is about ("what does he think of her *music*").
   */
  const agreedEntry = (
    ranked: readonly Ranked[],
    terms: readonly Term[],
    surface: readonly string[],
  ): Ranked[] | undefined => {
    const best = ranked[0];
    const entry = best ? story.entries[best.entry] : undefined;
    if (!best || !entry || best.score < decision.suggestAt || terms.some(analyzer.isMark)) {
      return undefined;
    }
    if (ranker.weigh(terms).some((term) => !term.known && term.weight > 0)) return undefined;
    const content = terms.filter((term) => !term.light).map((term) => term.stem);
    const match = secondOpinion.find(content, 0, surface);
    if (!match) return undefined;
    const { paragraph, sentence } = match.passage;
    const cited = entry.sources.some(
      (source) =>
        source.paragraph === paragraph &&
        (sentence.includes(source.quote) || source.quote.includes(sentence)),
    );
    return cited ? [{ ...best, score: decision.answerAt }, ...ranked.slice(1)] : undefined;
  };
  /** How sure an answer from a sentence is, against a curated entry's: it never outranks one. */
  const PASSAGE_CONFIDENCE = decision.answerAt;
  /**
   * The second tier: no entry fits, but the question plainly targets one sentence of the article
   * (its distinctive words, or a fragment it quotes). That sentence, quoted with its paragraph,
   * is the answer, framed as what the article says.
   */
  const fromArticle = (
    question: string,
    terms: readonly Term[],
    surface: readonly string[],
  ): Answer | undefined => {
    if (terms.some(analyzer.isMark)) return undefined;
    // "what adjective does the article use for him": about a text, the words about wording ask
    // for its words ("what is the russian word for it" is about no text, and asks a translation).
    const aboutText = surface.some((word) => language.cues.byPosition.textWords.has(word));
    const asked = aboutText ? terms.filter((term) => !language.wordingWords.has(term.word)) : terms;
    const weighted = ranker.weigh(asked);
    const unknown = weighted.reduce((sum, t) => sum + (t.known ? 0 : t.weight), 0);
    const content = asked.filter((term) => !term.light).map((term) => term.stem);
    const match = passages.find(content, unknown, surface);
    if (!match) return undefined;
    const entry = passageEntry(match.passage);
    return {
      status: 'answered',
      question,
      entry,
      text: entry.answer,
      verdict: undefined,
      sources: entry.sources,
      confidence: Math.round(match.score * PASSAGE_CONFIDENCE * 1000) / 1000,
      suggestions: [],
      related: [],
    };
  };
  /** The entry standing for one sentence of the article, made once and found again by its id. */
  const passageEntry = (passage: Passage): Entry => {
    const id = passageId(passage);
    const known = passageEntries.get(id);
    if (known) return known;
    const source = Object.freeze({ paragraph: passage.paragraph, quote: passage.sentence });
    const entry: Entry = Object.freeze({
      id,
      question: language.reply.passageQuestion.replace('{paragraph}', String(passage.paragraph)),
      alternates: Object.freeze([]),
      answer: language.reply.passageAnswer.replace('{quote}', passage.sentence),
      sources: Object.freeze([source]),
      related: Object.freeze([]),
    });
    passageEntries.set(id, entry);
    return entry;
  };

  /** True when a cleft's doer ("was it X who…", "it was X that…") is words the story never uses. */
  const cleftsUnknown = (words: readonly string[]): boolean => {
    const form = language.questionForm;
    for (let at = 0; at < words.length; at++) {
      if (words[at] !== form.cleftSubject) continue;
      const copulaAfter = form.copulas.has(words[at + 1] ?? '');
      if (!copulaAfter && !form.copulas.has(words[at - 1] ?? '')) continue;
      const from = copulaAfter ? at + 2 : at + 1;
      for (let k = from + 1; k <= from + 2 && k < words.length; k++) {
        if (!form.cleftRelatives.has(words[k] ?? '')) continue;
        const doer = words.slice(from, k).filter((word) => !formWords.isFiller(word));
        if (doer.length === 0 || doer.some((word) => names.has(word))) return false;
        const terms = ranker.weigh(analyzer.analyze(doer.join(' ')));
        return terms.length > 0 && terms.every((term) => !term.known);
      }
    }
    return false;
  };

  const personVerbs = new Set([...language.questionForm.personVerbs].flatMap(stemsOf));
  /**
   * True when a word can take the object a determiner opens as a detail: a verb of content ("post
   * *a selfie*"), not a copula ("is there *a toll*", which asks about another thing), nor a verb
   * whose object is someone ("call *the pope*", another person).
   */
  const objectOf = (verb: string): boolean =>
    !formWords.isFiller(verb) &&
    !names.has(verb) &&
    !stemsOf(verb).some((stem) => personVerbs.has(stem));
  /**
   * True when every word of a claim the story never uses stands in a detail a preposition or a
   * determiner opens ("was the meeting *about a concert* in russia", "did they pose *as
   * medvedev*", "did he post *a selfie*"): the rest still makes the claim, and the detail is what
   * it gets wrong. A fact of someone's life ("a wife") is asked about, not a detail.
   */
  const strangeInDetail = (terms: readonly Term[], words: readonly string[]): boolean => {
    const form = language.questionForm;
    const known = new Map(ranker.weigh(terms).map((t) => [t.stem, t.known]));
    // A question marked as past the story or off it ("on *other* celebs before") asks elsewhere.
    if (terms.some((term) => analyzer.isMark(term))) return false;
    const strange = terms.filter((term) => !known.get(term.stem) && !term.light);
    if (strange.length === 0) return false;
    return strange.every((term) => {
      const at = words.indexOf(term.word.split(' ')[0] ?? '');
      if (at < 0) return false;
      const before = words.slice(Math.max(0, at - DETAIL_REACH), at);
      // "on *other* celebs" asks about more of a kind, not a wrong detail of this one.
      if (before.includes(language.cues.beyondStory.other)) return false;
      return (
        before.some((word) => form.detailPrepositions.has(word)) ||
        (form.determiners.has(words[at - 1] ?? '') &&
          objectOf(words[at - 2] ?? '') &&
          !language.personalFacts.has(term.word))
      );
    });
  };

  /**
   * True when a yes/no question offers alternatives to choose from ("was the post on twitter or
   * instagram?"): its answer is the one the article holds, with no "Yes" or "No" before it. "…
   * or nah", "… or what" and "…, or was that just…" still ask for a yes or a no.
   */
  const offersChoice = (words: readonly string[]): boolean => {
    const form = language.questionForm;
    const claim = unframed(words, form);
    return claim.some((word, k) => {
      if (word !== 'or' || k === 0) return false;
      // "or a hoax", "or to the bbc": the alternative is the first word of content after it.
      const after = claim.slice(k + 1);
      if (after[0] === undefined || form.negators.has(after[0]) || form.auxiliaries.has(after[0]))
        return false;
      const next = after.find((w) => !language.stopWords.has(w));
      return next !== undefined && !formWords.isFiller(next) && !form.whWords.has(next);
    });
  };

  /** A claim's chat words that are a side of a contrast ("definitely"), as `sideStems` keeps them. */
  const chatSides = (words: readonly string[]): string[] =>
    words.filter((word) => formWords.isChat(word) && contrasts.sidesOf([word]).size > 0);

  const namesStrange = createStrangeWords({
    weigh: (terms) => ranker.weigh(terms),
    isMark: (term) => analyzer.isMark(term),
    names,
  });

  const readPart = (text: string): Reading => {
    const terms = analyzer.analyze(text);
    return { terms, ranked: ranker.rank(terms) };
  };

  /**
   * A reading without the words that frame a yes/no claim that the story never uses ("…, can
   * you *check*?"): they ask whether it holds, and say nothing of what it is about, yet would
   * weigh as much as a word that does. ("true" stays: "he spoke with him, true?" asks what is real.)
   */
  const withoutFrame = (reading: Reading, frame: ReadonlySet<string>): Reading => {
    if (frame.size === 0) return reading;
    const known = new Map(ranker.weigh(reading.terms).map((t) => [t.stem, t.known]));
    const terms = reading.terms.filter(
      (term) => known.get(term.stem) || !term.word.split(' ').every((w) => frame.has(w)),
    );
    return terms.length === reading.terms.length || terms.length === 0
      ? reading
      : { terms, ranked: ranker.rank(terms) };
  };

  /** Reads the whole question and its question-like parts; keeps whichever scores best. */
  const read = (question: string): Reading => {
    let best = readPart(question);
    for (const part of segments(question)) {
      // "who is right, alba or varga?", "how did he reach out, text or what": names or
      // alternatives offered as a choice answer the part before.
      const words = base.surfaceWords(part);
      const content = words.filter(
        (word) => !formWords.isFiller(word) && !language.questionForm.whWords.has(word),
      );
      const offered = (word: string): boolean => names.has(word) || formWords.isAlternative(word);
      const asks = language.questionForm.auxiliaries.has(words[0] ?? '');
      if (!asks && words.includes('or') && content.every(offered)) continue;
      const reading = readPart(part);
      // "who is he" after "i don't know her" needs its context: a part that names nothing the
      // story knows does not stand alone.
      const known = new Set(
        ranker
          .weigh(reading.terms)
          .filter((t) => t.known)
          .map((t) => t.stem),
      );
      if (!reading.terms.some((term) => !term.light && known.has(term.stem))) continue;
      const score = (reading.ranked[0]?.score ?? 0) * segmenting.discount;
      if (score > (best.ranked[0]?.score ?? 0)) {
        const ranked = reading.ranked.map((r) => ({
          entry: r.entry,
          score: r.score * segmenting.discount,
        }));
        best = { terms: reading.terms, ranked };
      }
    }
    return best;
  };

  const claimsOf = createClaimSplitter({
    form: language.questionForm,
    formWords,
    toWords: base.surfaceWords,
    toStems: stemsOf,
    people: buildContrasts(story.contrasts ?? [], stemsOf),
    names,
  });

  /**
   * A label before a colon that names nothing the story knows ("quiz q1: which platform…") is
   * no part of the question; "true or false:" and "finish the quote:" say how it is asked.
   */
  const withoutLabel = (text: string): string => {
    const colon = text.indexOf(':');
    if (colon <= 0) return text;
    const label = base.surfaceWords(text.slice(0, colon));
    const rest = text.slice(colon + 1);
    if (label.length === 0 || label.length > LABEL_WORDS || base.surfaceWords(rest).length < 2) {
      return text;
    }
    // Only words the story never uses: "true or false" weighs nothing, and stays.
    const terms = ranker.weigh(analyzer.analyze(label.join(' ')));
    return terms.length > 0 && terms.every((term) => !term.known) ? rest : text;
  };

  /** Answers one question as it stands. */
  const answerOne = (question: string): Answer => {
    const trimmed = withoutLabel(question.trim());
    if (trimmed.length > MAX_QUESTION_LENGTH) {
      return { status: 'unknown', question, reason: 'too-long', confidence: 0, suggestions: [] };
    }
    const surface = base.surfaceWords(trimmed);
    if (surface.length === 0) {
      return { status: 'unknown', question, reason: 'empty', confidence: 0, suggestions: [] };
    }
    const {
      yesNo,
      choice,
      denies,
      text: ownText,
      guessed,
    } = readQuestionForm(trimmed, base.surfaceWords, language.questionForm, formWords);
    const frame = yesNo ? frameWords(surface, language.questionForm) : new Set<string>();
    const reading = withoutFrame(read(trimmed), frame);
    let ranked = boostQuoted(reading.ranked, quotedBy(trimmed, surface), quoting.boost);
    // Set when the question quotes words the article never writes, and was read without them.
    let misquotes = false;
    // A choice offered ("bbc or sky news?") names an alternative the story never uses, as a
    // false premise does: both are read with the story's side.
    let readAgain = false;
    if (yesNo || choice) {
      const misquoted = misquotedWords(trimmed);
      // A word the article never writes, quoted as its own ("did it call the view 'completely
      // unflinching'?"), is a misquote even where it weighs nothing in the ranking.
      misquotes =
        yesNo &&
        ([...misquoted].some((word) => !articleWords.has(word) && !language.stopWords.has(word)) ||
          quotesNegationTurned(trimmed));
      // A question that reaches no entry even as a suggestion asks about something else ("did
      // she call the pope?"): a word the story never uses is then what it asks, not a detail.
      // So does one that puts a name the story never uses in the doer's place ("was it *smith*
      // who denied it?"): the rest says what was done, and the fact who did it.
      const withoutStrange =
        yesNo &&
        ((ranked[0]?.score ?? 0) >= decision.suggestAt ||
          cleftsUnknown(surface) ||
          strangeInDetail(reading.terms, surface));
      // "was it on facebook?": "it" is the story's own thing, whose platform is asked.
      const start = claimStart(surface, language.questionForm);
      const aboutStory =
        start > 0 &&
        language.questionForm.auxiliaries.has(surface[start - 1] ?? '') &&
        surface[start] === language.questionForm.cleftSubject;
      const alternative = readAlternative(reading.terms, misquoted, withoutStrange, aboutStory);
      const score = alternative?.ranked[0]?.score ?? 0;
      if (alternative && score >= decision.falsePremiseAt && score > (ranked[0]?.score ?? 0)) {
        ranked = alternative.ranked;
        misquotes ||= alternative.misquotes;
        readAgain = true;
      }
    }
    // A guess after a wh-question is the claim: "how did he reach out, by letter?" claims a letter.
    // "were they actually russian?" stresses the claim; it claims nothing real or fake.
    const stems = guessed
      ? stemsOf(guessed.join(' '))
      : reading.terms
          .filter(
            (term) =>
              !language.truthAdverbs.has(term.word) &&
              !term.word.split(' ').every((word) => frame.has(word)),
          )
          .map((term) => term.stem);
    if (yesNo && !guessed) stems.push(...chatSides(surface));
    const ownWords = yesNo ? base.surfaceWords(ownText) : [];
    // "…, or is that just people assuming?" offers the other answer: its words claim nothing.
    const orAt = ownWords.findIndex(
      (word, k) =>
        k > 0 && word === 'or' && language.questionForm.auxiliaries.has(ownWords[k + 1] ?? ''),
    );
    const strange =
      yesNo &&
      namesStrange(orAt > 0 ? analyzer.analyze(ownWords.slice(0, orAt).join(' ')) : reading.terms);

    const verdictOf = (entry: Entry): Verdict =>
      misquotes
        ? 'no'
        : premise.verdict(entry, {
            stems,
            text: ownText,
            words: ownWords,
            denies,
            strange,
            aboutText: yesNo && asksWhatTextSays(ownWords, language.questionForm),
          });
    const withVerdict = yesNo && !offersChoice(surface);
    const reply = (entry: Entry) =>
      composeReply(entry, withVerdict ? verdictOf(entry) : undefined, properNouns, language.reply);
    // A claim read again with the story's side has met the bar for that reading.
    const answer = decide(
      question,
      ranked,
      story.entries,
      related,
      reply,
      readAgain ? { ...decision, answerAt: decision.falsePremiseAt } : decision,
    );
    if (answer.status === 'answered') return answer;
    const agreed = yesNo ? undefined : agreedEntry(ranked, reading.terms, surface);
    if (agreed) return decide(question, agreed, story.entries, related, reply, decision);
    return (
      saysNotCovered(question, reading.terms, reply) ??
      fromArticle(question, reading.terms, surface) ??
      answer
    );
  };

  return {
    story,
    readFacts,
    trained: ranker.trained,
    entry(id) {
      const curated = byId.get(id);
      if (curated) return curated;
      const passage = passageById(story.article, id);
      return passage ? passageEntry(passage) : undefined;
    },
    ask(question: string): Answer {
      // "so he called her and the council denied it?" claims two things: a "no" to either is the
      // answer.
      for (const part of claimsOf(question)) {
        const answer = answerOne(`${part}?`);
        if (answer.status === 'answered' && answer.verdict === 'no') return { ...answer, question };
      }
      return answerOne(question);
    },
    explain(question: string): Explanation {
      const { terms, ranked } = read(question.trim());
      const weighted: WeightedTerm[] = ranker.weigh(terms);
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
