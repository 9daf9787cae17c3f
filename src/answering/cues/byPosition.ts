import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, endsAt } from './cue.ts';

/**
 * Rewrites words whose meaning depends on where they stand: "regarding" is "about"; "about" with
 * nothing after it asks for the topic ("what is it about"); "called" at the end of a "what"
 * question asks for a title ("what is it called"); "his title" is a job, "the title" a headline;
 * "the us" is the country, not the pronoun; "one guy" is a count.
 */
export function rewriteByPosition(language: LanguagePack): Cue {
  const { stopWords, fillerWords } = language;
  const cue = language.cues.byPosition;

  /** "her title", "the mayor's title": a job. "the title", "the story's title": a headline. */
  const isJobTitle = (words: readonly string[], i: number): boolean => {
    const before = words[i - 1];
    if (before === undefined) return false;
    if (cue.personPossessives.has(before)) return true;
    return (
      !(stopWords.has(before) || fillerWords.has(before) || cue.textWords.has(before)) &&
      !cue.askingWords.has(before)
    );
  };
  const endsTopic = (w: string): boolean =>
    w === cue.what || fillerWords.has(w) || (stopWords.has(w) && !cue.aboutObjects.has(w));

  /**
   * "what's the catch the article talks about": a thing named before the text the "about" closes
   * on is what is asked, not the text's topic.
   */
  const namesThingBeforeText = (words: readonly string[], end: number): boolean => {
    const text = words.findIndex((w, k) => k < end && cue.textWords.has(w));
    if (text < 0) return false;
    return words
      .slice(0, text)
      .some((w) => !(stopWords.has(w) || fillerWords.has(w) || language.questionWords.has(w)));
  };

  return (original) => {
    const words = original.map((word) => (cue.aboutWords.has(word) ? cue.about : word));
    const isWhat = words.includes(cue.what);
    return words.map((word, i) => {
      if (word === cue.title && isJobTitle(words, i)) return cue.job;
      if (word === cue.country.word && words[i - 1] === cue.country.after) return cue.country.means;
      if (word === cue.countedOne.word && cue.countedOne.people.has(words[i + 1] ?? '')) {
        return cue.countedOne.means;
      }
      if (word === cue.about && endsAt(words, i, endsTopic) && !namesThingBeforeText(words, i)) {
        return cue.topic;
      }
      if (isWhat && cue.naming.has(word) && endsAt(words, i, (w) => fillerWords.has(w))) {
        return cue.title;
      }
      return word;
    });
  };
}
