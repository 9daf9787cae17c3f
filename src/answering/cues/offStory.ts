import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, phraseFinder } from './cue.ts';

/**
 * Marks requests no news story answers with a word no story uses, so they weigh as off-topic
 * however many story words follow: instructions ("how do i report a prank"), definitions ("what
 * is a prank call", "what does lgbt stand for") and the bot's own views ("what do you think of
 * him").
 */
export function markOffStory(language: LanguagePack): Cue {
  const { offStoryMark } = language.cues;
  const howTo = phraseFinder(language.cues.offStory.howTo);
  const definition = phraseFinder(language.cues.offStory.definition);
  const phrases = phraseFinder(language.cues.offStory.phrases);
  return (words) => {
    const opening = howTo(words, 0);
    const out = opening ? [offStoryMark, ...words.slice(opening.length)] : [...words];
    if (definition(out, 0)) out.unshift(offStoryMark);
    for (let i = 0; i < out.length; i++) {
      const phrase = phrases(out, i);
      if (phrase) out.splice(i, phrase.length, offStoryMark);
    }
    return out;
  };
}
