import type { LanguagePack } from '../language/languagePack.ts';
import type { Cue } from './cue.ts';

/**
 * Drops where a rumour came from: "tiktok" in "saw on tiktok", "the news" in "heard on the news",
 * "friend" in "my friend said". "is she on tiktok" asks about tiktok, and "does he have a wife"
 * about the wife: they are kept.
 */
export function dropHearsay(language: LanguagePack): Cue {
  const { places, people, determiners, verbs, context, prepositions, article } =
    language.cues.hearsay;
  return (words) => {
    // "my friend said …" names a source only when a verb of saying follows.
    const isSource = (i: number): boolean =>
      people.has(words[i] ?? '') &&
      determiners.has(words[i - 1] ?? '') &&
      verbs.has(words[i + 1] ?? '');
    return words.filter((word, i) => {
      if (isSource(i)) return false;
      // "my friend said/told me that..." frames the rumour; the saying is not what is asked.
      if (verbs.has(word) && isSource(i - 1)) return false;
      if (!places.has(word)) return true;
      const before = words[i - 1] === article ? words[i - 2] : words[i - 1];
      // Only "i saw on tiktok" merely says where from.
      const reported = words.slice(0, i).some((w) => context.has(w));
      return !(reported && before !== undefined && prepositions.has(before));
    });
  };
}
