import {
  FILLER_PHRASES,
  FILLER_WORDS,
  HEARSAY_PEOPLE,
  HEARSAY_PLACES,
  HEARSAY_PREPOSITIONS,
  HOW_TO,
  STOP_WORDS,
} from './lexicon.ts';

/**
 * Sentence-level cues read from the words of a question before they are matched one by one:
 * what a word means can depend on where it stands ("what is it about" asks for a topic,
 * "what is it called" for a title, "i saw on tiktok" only says where a rumour came from).
 */

/** Words that, after "about", make it a preposition with an object rather than "about what". */
const OBJECTS: ReadonlySet<string> = new Set(
  'it this that them him her the a an these those me us you his their its my your'.split(' '),
);

const HEARSAY_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'thinks',
  'reckons',
  'heard',
  'saw',
]);

/** Words that make a following "on tiktok" the source of what is asked, not its subject. */
const HEARSAY_CONTEXT: ReadonlySet<string> = new Set(
  `saw seen see seeing heard hear hearing read reading watched watching says said saying posted
  trending viral going around circulating rumour rumor rumours rumors apparently claims`.split(
    /\s+/,
  ),
);

/** Verbs of naming: at the end of a "what" question they ask for a name or title. */
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'titled']);

const phrases: readonly (readonly string[])[] = FILLER_PHRASES.map((phrase) => phrase.split(' '));

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/** Removes set phrases that only frame the question. */
function dropFillerPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => startsWith(words, i, p));
    if (phrase) i += phrase.length;
    else out.push(words[i++] ?? '');
  }
  return out;
}

/** Drops "tiktok" in "saw on tiktok", "the news" in "heard on the news", "friend" in "my friend said". */
function dropHearsay(words: readonly string[]): string[] {
  // "my friend said …" names a source only when a verb of saying follows; "does putin have a
  // wife" asks about the wife.
  const isSource = (i: number): boolean =>
    HEARSAY_PEOPLE.has(words[i] ?? '') &&
    (words[i - 1] === 'my' || words[i - 1] === 'a') &&
    HEARSAY_VERBS.has(words[i + 1] ?? '');
  return words.filter((word, i) => {
    if (isSource(i)) return false;
    // "my friend said/told me that..." frames the rumour; the saying is not what is asked.
    if (HEARSAY_VERBS.has(word) && isSource(i - 1)) return false;
    if (!HEARSAY_PLACES.has(word)) return true;
    const before = words[i - 1] === 'the' ? words[i - 2] : words[i - 1];
    // "is elton on tiktok" asks about tiktok; only "i saw on tiktok" merely says where from.
    const reported = words.slice(0, i).some((w) => HEARSAY_CONTEXT.has(w));
    return !(reported && before !== undefined && HEARSAY_PREPOSITIONS.has(before));
  });
}

/**
 * Marks requests for instructions ("how do i report a prank") with a word no story uses, so
 * they weigh as off-topic however many story words follow.
 */
function markHowTo(words: readonly string[]): string[] {
  const phrase = HOW_TO.find((p) => startsWith(words, 0, p));
  const out = phrase ? [HOW_TO_MARK, ...words.slice(phrase.length)] : [...words];
  // "what is a prank call" asks what a thing is in general: a definition.
  if (DEFINITION.some((p) => startsWith(out, 0, p))) out.unshift(HOW_TO_MARK);
  // "what does lgbt stand for" asks for a definition; "what do you think of putin" for the
  // bot's own opinion: a news story answers neither.
  for (let i = 0; i < out.length; i++) {
    const marker = OFF_STORY.find((p) => startsWith(out, i, p));
    if (marker) out.splice(i, marker.length, HOW_TO_MARK);
  }
  return out;
}

/**
 * Words after "still" that ask whether a state lasts to this day ("is putin still president"):
 * a dated news story cannot say what holds now.
 */
const LASTING_STATES: ReadonlySet<string> = new Set(
  `president leader boss head chief spokesman spokesperson secretary minister alive married single
  together friends dating working employed active around living charge power office job`.split(
    /\s+/,
  ),
);

/** Words that ask about today rather than the time of a story. */
const NOW_WORDS: ReadonlySet<string> = new Set(['current', 'currently', 'nowadays', 'anymore']);

/** Modal verbs that, before "not", voice doubt ("it might not be his"). */
const MODALS: ReadonlySet<string> = new Set(['might', 'may', 'could']);

/** "what other", "which other", "any other": asks for more of a kind than the story names. */
const OTHER_OPENERS: ReadonlySet<string> = new Set(['what', 'which', 'any', 'whatever']);

/** Verbs of appearance: "look like" at the end asks what someone looks like. */
const APPEARANCE: ReadonlySet<string> = new Set(['look', 'looks', 'looked']);

/**
 * Marks questions that reach past what any one article holds: the state of things today
 * ("is peskov still press secretary"), other instances of a kind ("what other celebrities were
 * pranked"), who came before or after someone ("who was president before putin") and looks
 * ("what does peskov look like").
 */
function markBeyondStory(words: readonly string[]): string[] {
  const out: string[] = [];
  const content = (w: string | undefined): boolean =>
    w !== undefined && !STOP_WORDS.has(w) && !FILLER_WORDS.has(w);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const afterNext = words[i + 2];
    // "the current spokesman", "is he president nowadays": the state of things today.
    if (NOW_WORDS.has(word)) out.push(HOW_TO_MARK);
    // "might not be his", "may not have written it": doubt, however it is worded.
    if (word === 'not' && MODALS.has(words[i - 1] ?? '')) out.push('doubt');
    if (word === 'still' && next !== undefined) {
      // "still president", "still the leader", "still press secretary", "still in power".
      if (LASTING_STATES.has(next) || LASTING_STATES.has(afterNext ?? '')) out.push(HOW_TO_MARK);
    }
    if (word === 'other' && OTHER_OPENERS.has(words[i - 1] ?? '') && !STOP_WORDS.has(next ?? 'a')) {
      out.push(HOW_TO_MARK);
    }
    if (
      (word === 'before' || word === 'after') &&
      words[0] === 'who' &&
      i === words.length - 2 &&
      content(next)
    ) {
      out.push(HOW_TO_MARK);
    }
    if (
      word === 'like' &&
      APPEARANCE.has(words[i - 1] ?? '') &&
      endsAt(words, i, (w) => FILLER_WORDS.has(w))
    ) {
      out.push(HOW_TO_MARK);
    }
    out.push(word);
  }
  return out;
}

/** Openings that ask for a definition of a kind of thing. */
const DEFINITION: readonly (readonly string[])[] = [
  'what is a',
  'what is an',
  'what are a',
  'whats a',
  'what does it mean to',
].map((phrase) => phrase.split(' '));

/** Phrases that ask something no news story answers: definitions and the bot's own views. */
const OFF_STORY: readonly (readonly string[])[] = [
  'stand for',
  'stands for',
  'do you think of',
  'do you think about',
  'do you feel about',
  'your opinion',
  'your thoughts',
  'do you like',
].map((phrase) => phrase.split(' '));

/** A token no story or dictionary contains: it always weighs as an unknown rare word. */
export const HOW_TO_MARK = 'howtoinstructions';

/** True when nothing after position i but chat filler ("what is it about lol"). */
function endsAt(words: readonly string[], i: number, allowed: (word: string) => boolean): boolean {
  return words.slice(i + 1).every(allowed);
}

/** Words before "title" that make it the title of a text, not a person's job title. */
const TEXT_WORDS: ReadonlySet<string> = new Set(
  `article articles story stories piece post posts news page report headline link video book song
  film movie show episode official full original actual new exact its`.split(/\s+/),
);

/** Possessives that make "title" a person's ("what is his title"). */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** "putin's title", "his title": a job title. "the title", "the story's title": a headline. */
function isJobTitle(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (before === undefined) return false;
  if (PERSON_POSSESSIVES.has(before)) return true;
  return (
    !(STOP_WORDS.has(before) || FILLER_WORDS.has(before) || TEXT_WORDS.has(before)) &&
    !['what', 'which', 'whats'].includes(before)
  );
}

/** Prepositions that mean "about" ("what was the call regarding"). */
const ABOUT: ReadonlySet<string> = new Set(['regarding', 'concerning', 're']);

/** Rewrites words whose meaning depends on where they stand in the question. */
function rewriteByPosition(original: readonly string[]): string[] {
  const words = original.map((word) => (ABOUT.has(word) ? 'about' : word));
  const isWhat = words.includes('what');
  return words.map((word, i) => {
    if (word === 'title' && isJobTitle(words, i)) return 'job';
    // "the us" is the country, not the pronoun.
    if (word === 'us' && words[i - 1] === 'the') return 'usa';
    if (
      word === 'about' &&
      endsAt(
        words,
        i,
        (w) => w === 'what' || FILLER_WORDS.has(w) || (STOP_WORDS.has(w) && !OBJECTS.has(w)),
      )
    ) {
      return 'topic';
    }
    if (isWhat && NAMING.has(word) && endsAt(words, i, (w) => FILLER_WORDS.has(w))) {
      return 'title';
    }
    return word;
  });
}

/** Applies every cue to the plain words of a question (after chat spellings and spelling). */
export function applyCues(words: readonly string[]): string[] {
  return rewriteByPosition(markBeyondStory(markHowTo(dropHearsay(dropFillerPhrases(words)))));
}
