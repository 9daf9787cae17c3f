import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, startsWith } from './cue.ts';

/**
 * Marks requests no news story answers with a word no story uses, so they weigh as off-topic
 * however many story words follow: instructions ("how do i report a prank"), definitions ("what
 * is a prank call", "what does lgbt stand for") and the bot's own views ("what do you think of
 * him").
 */
export function markOffStory(language: LanguagePack): Cue {
  const { offStoryMark } = language.cues;
  const { howTo, definition, phrases } = language.cues.offStory;
  return (words) => {
    const opening = howTo.find((p) => startsWith(words, 0, p));
    const out = opening ? [offStoryMark, ...words.slice(opening.length)] : [...words];
    if (definition.some((p) => startsWith(out, 0, p))) out.unshift(offStoryMark);
    for (let i = 0; i < out.length; i++) {
      const phrase = phrases.find((p) => startsWith(out, i, p));
      if (phrase) out.splice(i, phrase.length, offStoryMark);
    }
    return out;
  };
}
