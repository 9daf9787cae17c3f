import type { LanguagePack } from '../language/languagePack.ts';
import type { Cue } from './cue.ts';

/** How many words may stand between a source and its verb ("someone in here keeps saying"). */
const BETWEEN = 3;

/**
 * Drops where a rumour came from: "tiktok" in "saw on tiktok", "the news" in "heard on the news",
 * "friend" in "my friend said". "is she on tiktok" asks about tiktok, and "does he have a wife"
 * about the wife: they are kept.
 */
export function dropHearsay(language: LanguagePack): Cue {
  const { places, people, determiners, anyone, between, verbs, context, prepositions, article } =
    language.cues.hearsay;
  return (words) => {
    // "my friend said …", "someone in here keeps saying …" name a source only when a verb of
    // saying follows; the source, the words between and the verb frame the rumour, and are not
    // what is asked.
    const framing = new Set<number>();
    words.forEach((word, i) => {
      const before = words[i - 1];
      // "someone said…" opens the rumour; "the mayor's people said" names who said it.
      const opens =
        before === undefined || language.stopWords.has(before) || language.fillerWords.has(before);
      const source =
        (people.has(word) && determiners.has(before ?? '')) || (anyone.has(word) && opens);
      if (!source) return;
      let at = i + 1;
      while (at < i + 1 + BETWEEN && between.has(words[at] ?? '')) at++;
      if (!verbs.has(words[at] ?? '')) return;
      for (let k = i; k <= at; k++) framing.add(k);
    });
    return words.filter((word, i) => {
      if (framing.has(i)) return false;
      if (!places.has(word)) return true;
      const before = words[i - 1] === article ? words[i - 2] : words[i - 1];
      // Only "i saw on tiktok" merely says where from.
      const reported = words.slice(0, i).some((w) => context.has(w));
      return !(reported && before !== undefined && prepositions.has(before));
    });
  };
}
