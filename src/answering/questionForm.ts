import type { Phrase, QuestionFormWords } from './language/languagePack.ts';

/**
 * Whether a question asks for a yes or a no: its reply then opens with "Yes —" or "No —" before
 * the fact, so it answers what was asked first.
 */

/** How long a phrase of circumstances before a question may be ("after the prank came out"). */
const ADJUNCT_WORDS = 6;

function startsWith(words: readonly string[], at: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/**
 * A statement closed by a tag of an auxiliary and a pronoun: "he has been an advocate, hasn't he"
 * (normalised "has not he"), "it was fake, was it".
 */
function auxiliaryTag(words: readonly string[], start: number, form: QuestionFormWords): boolean {
  const n = words.length;
  if (!form.tagPronouns.has(words[n - 1] ?? '')) return false;
  const aux = words[n - 2] === 'not' ? n - 3 : n - 2;
  return aux > start + 1 && form.auxiliaries.has(words[aux] ?? '');
}

/**
 * True for a yes/no question, read from its normalised words: it opens with an auxiliary or a
 * "is it true", or ends with a tag like "right?", and asks no wh-question first. A statement
 * asked with a question mark ("so he was fooled?", `asked`) is one too when it has a verb: an
 * auxiliary or a past form; "the mayor?" alone is not. The word lists are the language's.
 */
export function isYesNoQuestion(
  words: readonly string[],
  form: QuestionFormWords,
  asked = false,
  known: Partial<Pick<FormWords, 'isFiller' | 'isAlternative' | 'isAdjunctOpener'>> = {},
): boolean {
  const isFiller = known.isFiller ?? ((): boolean => false);
  let start = 0;
  while (start < words.length - 1 && form.openers.has(words[start] ?? '')) start++;
  // "before the update, did people think…": a phrase of circumstances leads to the question.
  if (known.isAdjunctOpener?.(words[start] ?? '')) {
    const aux = words.findIndex(
      (word, k) => k > start + 1 && k <= start + ADJUNCT_WORDS && form.auxiliaries.has(word),
    );
    // "after the vote, what did she say" asks what.
    if (aux > 0 && !words.slice(start, aux).some((word) => form.whWords.has(word))) start = aux;
  }
  const first = words[start];
  if (first === undefined || form.whWords.has(first)) return false;
  // "Can you sum it up?" asks for the summary; "can you confirm whether he called?" for a yes.
  const request = form.requestOpeners.find((phrase) => startsWith(words, start, phrase));
  if (request) {
    return words.slice(start + request.length).some((word) => form.requestForTruth.has(word));
  }
  if (form.auxiliaries.has(first)) return true;
  // "i'd like to know whether she called": a yes/no question inside a sentence.
  const embedded = (at: number): boolean =>
    form.embeddedQuestions.some((phrase) => startsWith(words, at, phrase));
  if (words.some((_, at) => at > start && embedded(at))) return true;
  if (form.truthOpeners.some((phrase) => startsWith(words, start, phrase))) return true;
  // "so he was the one who called?", "it was the mayor who said it?": a "who" that opens a clause
  // about a doer asks nothing.
  // "it was X who said it": a cleft's "who" is relative, whoever X is.
  const cleft = (at: number): boolean =>
    [2, 3].some(
      (back) =>
        form.copulas.has(words[at - back] ?? '') && words[at - back - 1] === form.cleftSubject,
    );
  const relative = (at: number): boolean =>
    (form.cleftRelatives.has(words[at] ?? '') &&
      ((known.isAlternative?.(words[at - 1] ?? '') ?? false) || cleft(at))) ||
    form.doerClauses.some(
      (clause) =>
        clause.length > 1 &&
        clause[clause.length - 1] === words[at] &&
        startsWith(words, at - clause.length + 1, clause),
    );
  if (words.some((word, at) => at >= start && form.whWords.has(word) && !relative(at))) {
    return false;
  }
  const tagged = form.tags.some((tag) => {
    const at = words.length - tag.length;
    return at > start + 1 && startsWith(words, at, tag);
  });
  if (tagged || auxiliaryTag(words, start, form)) return true;
  const verb = (word: string): boolean =>
    form.auxiliaries.has(word) ||
    form.pastForms.has(word) ||
    form.pastEndings.some((ending) => word.endsWith(ending) && word.length > ending.length + 2);
  // "so the mayor never called him": a statement opened as a check of what one understood asks
  // for a yes or a no without its question mark.
  const checks = start > 0 && form.checkOpeners.has(words[0] ?? '') && words.length - start >= 3;
  if ((asked || checks) && words.length - start >= 2 && words.slice(start).some(verb)) return true;
  // "the article calls it historic?", "so the mayor refuses to meet him?": a verb in the present, after
  // whoever does it, in a statement of four words or more.
  const present = (word: string, at: number): boolean =>
    at > start &&
    /[^s]s$/.test(word) &&
    word.length > 3 &&
    !form.determiners.has(words[at - 1] ?? '') &&
    !form.auxiliaries.has(words[at - 1] ?? '') &&
    !isFiller(words[at - 1] ?? '');
  if (asked && words.length - start >= 4 && words.some(present)) return true;
  // "the mayor call him?", "they meet already?": a bare verb after whoever does it, with more to
  // follow ("the mayor's instagram post?" names a thing).
  // Chat words may stand between ("they already meet?"): the word before them decides.
  const before = (at: number): string => {
    let k = at - 1;
    while (k > start && isFiller(words[k] ?? '') && !form.determiners.has(words[k] ?? '')) k--;
    return words[k] ?? '';
  };
  const bare = (word: string, at: number): boolean =>
    at > start &&
    at < words.length - 1 &&
    form.bareVerbs.has(word) &&
    !form.determiners.has(before(at)) &&
    !form.auxiliaries.has(before(at)) &&
    (!isFiller(before(at)) || form.subjectPronouns.has(before(at)));
  return asked && words.length - start >= 3 && words.some(bare);
}

/**
 * True when a yes/no question denies what it asks about ("so he never called?", "did she say it
 * was not true?"), read from the normalised words outside its quotes. The auxiliary that opens it
 * and a closing tag are left out: "didn't he call?" and "he called, didn't he?" ask the same as
 * "did he call?".
 */
export function deniesClaim(words: readonly string[], form: QuestionFormWords): boolean {
  const start = claimStart(words, form);
  let end = words.length;
  const tag = closingTag(words, start, form);
  if (tag) end -= tag.length;
  else if (auxiliaryTag(words, start, form)) end -= words[end - 2] === 'not' ? 3 : 2;
  // "or not" offers both sides ("true or not true", "whether or not it happened").
  return words.slice(start, end).some(
    (word, k, claim) =>
      // "so there was no word from her?" denies as "not" does.
      (form.negators.has(word) ||
        (form.denyingDeterminers.has(word) && claim[k + 1] !== undefined)) &&
      claim[k - 1] !== 'or' &&
      // "it might not be his" doubts rather than denies.
      !form.doubtingModals.has(claim[k - 1] ?? ''),
  );
}

/**
 * The words that frame a yes/no question's claim: a truth opener ("is it true that…") and a
 * closing tag ("…, right?", "…, true?"). They ask whether the claim holds, and claim nothing:
 * "is it true it was fake?" claims that it was fake, not that anything was real.
 */
export function frameWords(words: readonly string[], form: QuestionFormWords): Set<string> {
  const start = pastOpeners(words, form);
  const opener = truthOpenerAt(words, start, form);
  const tag = closingTag(words, start, form);
  return new Set([...(opener ?? []), ...(tag ?? [])]);
}

/** A yes/no question's words without those that frame its claim (see `frameWords`). */
export function unframed(words: readonly string[], form: QuestionFormWords): string[] {
  const start = pastOpeners(words, form);
  const opener = truthOpenerAt(words, start, form);
  const tag = closingTag(words, start, form);
  return [
    ...words.slice(0, start),
    ...words.slice(start + (opener?.length ?? 0), words.length - (tag?.length ?? 0)),
  ];
}

/** The longest truth opener at `start` ("am i right in saying", not only "am i right"). */
function truthOpenerAt(
  words: readonly string[],
  start: number,
  form: QuestionFormWords,
): Phrase | undefined {
  let longest: Phrase | undefined;
  for (const phrase of form.truthOpeners) {
    if (phrase.length > (longest?.length ?? 0) && startsWith(words, start, phrase))
      longest = phrase;
  }
  return longest;
}

/** Where a question starts past its openers ("so", "ok wait"). */
function pastOpeners(words: readonly string[], form: QuestionFormWords): number {
  let start = 0;
  while (start < words.length - 1 && form.openers.has(words[start] ?? '')) start++;
  return start;
}

/** The tag that closes a question after `start` ("…, right?", "…, can you check"), if any. */
function closingTag(
  words: readonly string[],
  start: number,
  form: QuestionFormWords,
): Phrase | undefined {
  return form.tags.find((phrase) => {
    const at = words.length - phrase.length;
    return at > start && startsWith(words, at, phrase);
  });
}

/**
 * Where a yes/no question's claim starts: past the openers ("so"), the opening auxiliary and the
 * negation that belongs to it ("didn't he call?" asks what "did he call?" asks).
 */
export function claimStart(words: readonly string[], form: QuestionFormWords): number {
  let start = pastOpeners(words, form);
  if (form.auxiliaries.has(words[start] ?? '')) {
    start++;
    // "did not he", "is not it true that": the negation belongs to the opening auxiliary.
    if (words[start] === 'not') start++;
    else if (words[start + 1] === 'not' && form.tagPronouns.has(words[start] ?? '')) start += 2;
  }
  return start;
}

/** How a wh-question ends when its asker guesses the answer, and the words of the guess. */
export interface Guess {
  readonly kind: 'one' | 'choice';
  readonly words: readonly string[];
}

/**
 * A wh-question followed by a guess at its answer asks whether the guess is right, a yes/no
 * question: "he said what?? an idiot??" (the question word closes its clause), or "how did he
 * reach out, text?" (the guess is one of the alternatives that contrast, a platform, a way of
 * getting in touch). "Which was it, bbc or sky news?" offers a choice. Anything else after a
 * comma only frames the question ("…, per the article?"). `clauses` are the question's
 * normalised words cut at its commas and question marks.
 */
export function guessAfterQuestion(
  clauses: readonly (readonly string[])[],
  form: QuestionFormWords,
  words: Pick<FormWords, 'isFiller' | 'isAlternative'>,
): Guess | undefined {
  const filled = clauses.filter((clause) => clause.some((word) => !words.isFiller(word)));
  const tail = filled[filled.length - 1];
  const head = filled[filled.length - 2];
  if (
    !tail ||
    !head ||
    !filled
      .slice(0, -1)
      .flat()
      .some((word) => form.whWords.has(word))
  ) {
    return undefined;
  }
  // "text or what": the closing "what" asks nothing of its own.
  const guess =
    tail[tail.length - 2] === 'or' && form.whWords.has(tail[tail.length - 1] ?? '')
      ? tail.slice(0, -2)
      : tail;
  const content = guess.filter((word) => !words.isFiller(word) && word !== 'or');
  if (content.length === 0 || content.length > 4) return undefined;
  if (guess.some((word) => form.whWords.has(word))) return undefined;
  const inSitu = form.whWords.has(head[head.length - 1] ?? '');
  // "…, twitter right?" names an alternative; "…, per the mayor?" only says where it comes from.
  if (!inSitu && (form.sourceWords.has(guess[0] ?? '') || !content.every(words.isAlternative))) {
    return undefined;
  }
  return { kind: guess.includes('or') ? 'choice' : 'one', words: guess };
}

/**
 * Fragments a question quotes, in straight or curly quotes (single quotes only around words):
 * the quoted words are someone else's.
 */
export const QUOTED =
  /["“”]([^"“”]{1,80})["“”]|(?<=^|[\s(])['‘]([^'‘’]{1,80})['’](?=$|[\s),.!?:;])/gu;

/** What reading a question's form needs to know of words, beyond the language's lists. */
export interface FormWords {
  /** Words that carry no content (stop words and chat). */
  readonly isFiller: (word: string) => boolean;
  /** Chat that may follow the question mark ("lol"). */
  readonly isChat: (word: string) => boolean;
  /** Words on a side of a contrast ("twitter", "two"): what a guess names. */
  readonly isAlternative: (word: string) => boolean;
  /** Words that open a phrase of circumstances ("before the update, did…"). */
  readonly isAdjunctOpener?: (word: string) => boolean;
}

/** How a question is asked: what its reply opens with and how its premise is read. */
export interface QuestionForm {
  /** It asks for a yes or a no. */
  readonly yesNo: boolean;
  /** It offers alternatives to choose from ("which was it, bbc or sky news?"). */
  readonly choice: boolean;
  /** A yes/no question that denies its claim ("so he never called?"). */
  readonly denies: boolean;
  /** The asker's own words: the question's text outside its quotes. */
  readonly text: string;
  /** The guess closing a wh-question ("…, twitter right?"): the claim a yes or no is about. */
  readonly guessed: readonly string[] | undefined;
}

/**
 * Reads the form of a question from its text. Quoted words are left out: they are the article's
 * or someone's words, not the asker's ("'does not correspond to reality' — who said that?" asks
 * who; "did he say 'there was no call'?" denies nothing). A clause after the first that asks a
 * wh-question makes the whole a wh-question ("does not correspond to reality?? who said that").
 */
export function readQuestionForm(
  text: string,
  toWords: (text: string) => readonly string[],
  form: QuestionFormWords,
  words: FormWords,
): QuestionForm {
  const asking = askingSentence(text, toWords, form);
  if (asking !== text) return readQuestionForm(asking, toWords, form, words);
  const unquoted = text.replace(QUOTED, ' ');
  // Cut once at every clause mark, each piece read once: this runs for every question.
  const pieces = unquoted.split(/([,?!;]+|\s[-–—]+\s)/);
  const parts = pieces.map((piece, k) => (k % 2 === 0 ? toWords(piece) : []));
  const quotedOnly = parts.every((part) => part.length === 0);
  const own = quotedOnly ? text : unquoted;
  const clauses = quotedOnly ? [toWords(text)] : parts.filter((_, k) => k % 2 === 0);
  const marks = quotedOnly ? [] : pieces.filter((_, k) => k % 2 === 1);
  const guess = guessAfterQuestion(clauses, form, words);
  const surface = clauses.flat();
  // Asked with a question mark, maybe followed by chat ("so he was fooled?? lol").
  const lastMark = marks.findLastIndex((mark) => mark.includes('?'));
  const asked =
    lastMark >= 0 && clauses.slice(lastMark + 1).every((clause) => clause.every(words.isChat));
  // The clauses that open after a question mark, an exclamation mark or a dash.
  const asksLater = clauses.some((clause, k) => {
    const mark = marks[k - 1];
    if (k === 0 || mark === undefined || /^[,;]+$/.test(mark)) return false;
    let start = 0;
    while (start < clause.length - 1 && form.openers.has(clause[start] ?? '')) start++;
    return form.whWords.has(clause[start] ?? '');
  });
  const yesNo =
    guess?.kind === 'one' || (!asksLater && isYesNoQuestion(surface, form, asked, words));
  return {
    yesNo,
    choice: guess?.kind === 'choice',
    // "has he said anything since? I can't find anything": what follows the question mark is
    // no part of the claim.
    denies:
      yesNo && deniesClaim(lastMark >= 0 ? clauses.slice(0, lastMark + 1).flat() : surface, form),
    text: own,
    guessed: guess?.words,
  };
}

/**
 * The sentence of a message that asks: "We argued about it at dinner. Was he fooled?" asks the
 * last; the ones around it are context. A short fragment asked after a sentence ("he said what??
 * an idiot??") goes with that sentence. The whole message when it is one sentence, or none asks.
 */
export function askingSentence(
  text: string,
  toWords: (text: string) => readonly string[],
  form: QuestionFormWords,
): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length < 2) return text;
  // A sentence asks with a question mark, or opened by a question word ("…?? who said that").
  const opener = (sentence: string): boolean => {
    const [first] = toWords(sentence);
    return form.auxiliaries.has(first ?? '') || form.whWords.has(first ?? '');
  };
  const at = sentences.findLastIndex((sentence) => sentence.includes('?') || opener(sentence));
  const asking = sentences[at];
  if (asking === undefined || toWords(asking).length < 2) return text;
  const standsAlone = opener(asking) || toWords(asking).length >= FRAGMENT_WORDS;
  return standsAlone || at === 0 ? asking : sentences.slice(at - 1, at + 1).join(' ');
}

/** A sentence shorter than this that opens with no auxiliary or question word is a fragment. */
const FRAGMENT_WORDS = 4;

/** How far after the text its verb may stand: "does the *article* actually *say*". */
const TEXT_VERB_REACH = 3;

/**
 * True when a yes/no question asks what the text says ("does the article name them?", "did the
 * update say why?"): where the text says nothing, its answer is "No", not "the article doesn't
 * say".
 */
export function asksWhatTextSays(words: readonly string[], form: QuestionFormWords): boolean {
  return words.some(
    (word, at) =>
      form.textSubjects.has(word) &&
      words.slice(at + 1, at + 1 + TEXT_VERB_REACH).some((next) => form.textVerbs.has(next)),
  );
}
