import type { LanguagePack } from '../language/languagePack.ts';
import { type Cue, phraseFinder } from './cue.ts';

/** Removes set phrases that only frame the question ("by the way", "i just joined"). */
export function dropFillerPhrases(language: LanguagePack): Cue {
  const find = phraseFinder(language.fillerPhrases);
  return (words) => {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = find(words, i);
      if (phrase) i += phrase.length;
      else out.push(words[i++] ?? '');
    }
    return out;
  };
}
