import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, phraseFinder } from './cue.ts';

/**
 * Removes set phrases that only frame the question ("by the way", "i just joined"). A longer
 * phrase asking past the story keeps its words: "after all" only stresses a claim, "after all
 * that" asks what came next.
 */
export function dropFillerPhrases(language: LanguagePack): Cue {
  const find = phraseFinder(language.fillerPhrases);
  const later = phraseFinder(language.cues.beyondStory.afterStory);
  return (words) => {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = find(words, i);
      if (phrase && phrase.length >= (later(words, i)?.length ?? 0)) i += phrase.length;
      else out.push(words[i++] ?? '');
    }
    return out;
  };
}
