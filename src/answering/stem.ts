import { stemmer } from 'stemmer';
import type { LanguagePack } from './language/languagePack.ts';
import { normalizeText, words } from './normalizeText.ts';

/**
 * The stem of a word as the index compares it: Porter's, with the language's overrides for
 * words it merges with unrelated ones ("news" is not "new").
 */
export function createStemmer(overrides: ReadonlyMap<string, string>): (word: string) => string {
  return (word) => {
    const override = overrides.get(word);
    if (override) return override;
    const stemmed = stemmer(word);
    // Porter cuts some very short words to nothing useful ("us" -> "u"): keep those as typed, but
    // take the stem when it is a word's own ("say" -> "sai", like "says" and "saying").
    if (word.length <= 3) return stemmed.length >= 3 ? stemmed : word;
    // Porter cuts some short verbs below their base form ("owes" -> "ow", though "owe" stays
    // "owe"): drop only the inflection instead.
    if (stemmed.length < 3) return word.replace(/[sd]$/, '');
    return stemmed;
  };
}

/**
 * The stems of a text's words after chat spellings are expanded, with no spelling correction or
 * cues: how synonym groups are keyed, so "phoned" and "phone" are one member.
 */
export function createPhraseStemmer(language: LanguagePack): (text: string) => string[] {
  const stem = createStemmer(language.stemOverrides);
  return (text) =>
    words(normalizeText(text))
      .flatMap((word) => language.chatSpellings.get(word) ?? [word])
      .map(stem);
}
