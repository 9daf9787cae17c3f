import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, endsAt, phraseFinder } from './cue.ts';

/**
 * Marks questions that reach past what any one article holds: the state of things today ("is
 * he still press secretary", "the current spokesman", "how long has she been mayor"), other instances of a kind ("what other
 * towns closed a bridge"), who came before or after someone ("who was mayor before rosa") and
 * looks ("what does he look like"). Also reads doubt however it is worded ("it might not be
 * his").
 */
export function markBeyondStory(language: LanguagePack): Cue {
  const { stopWords, fillerWords } = language;
  const { offStoryMark, laterMark } = language.cues;
  const cue = language.cues.beyondStory;
  const sinceWhen = phraseFinder(cue.sinceWhen);
  const afterStory = phraseFinder(cue.afterStory);
  const content = (w: string | undefined): boolean =>
    w !== undefined && !stopWords.has(w) && !fillerWords.has(w);
  return (words) => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      const next = words[i + 1];
      // "is he president today", "what happened next", "since then": after the story was written.
      if (cue.now.has(word) || afterStory(words, i)) out.push(laterMark);
      if (cue.nowAtEnd.has(word) && endsAt(words, i, (w) => fillerWords.has(w)))
        out.push(laterMark);
      // "has she ever been to paris", "did he ever prank anyone": a whole life, not one story.
      if (word === cue.ever && words.slice(i + 1).some((w) => cue.everAfter.has(w))) {
        out.push(laterMark);
      }
      // "how long has she been mayor" asks about a state lasting to today; "how long has the
      // country been criticised" asks about a span the article may give.
      const since = sinceWhen(words, i);
      if (
        since &&
        words
          .slice(i + since.length, i + since.length + cue.sinceWhenReach)
          .some((w) => cue.lastingStates.has(w))
      ) {
        out.push(laterMark);
      }
      if (word === cue.not && cue.modals.has(words[i - 1] ?? '')) out.push(cue.doubt);
      // "still president", "still the leader", "still his press secretary", "still in power".
      if (
        word === cue.still &&
        next !== undefined &&
        words.slice(i + 1, i + 1 + cue.stillReach).some((w) => cue.lastingStates.has(w))
      ) {
        out.push(laterMark);
      }
      if (
        word === cue.other &&
        cue.otherOpeners.has(words[i - 1] ?? '') &&
        !stopWords.has(next ?? 'a')
      ) {
        out.push(offStoryMark);
      }
      if (
        cue.beforeAfter.has(word) &&
        words[0] === cue.who &&
        i === words.length - 2 &&
        content(next)
      ) {
        out.push(offStoryMark);
      }
      if (
        word === cue.like &&
        cue.appearance.has(words[i - 1] ?? '') &&
        endsAt(words, i, (w) => fillerWords.has(w))
      ) {
        out.push(offStoryMark);
      }
      out.push(word);
    }
    return out;
  };
}
