import type { Story } from '../knowledge/types.ts';
import type { Analyzer } from './analyzer.ts';
import type { LanguagePack } from './language/languagePack.ts';

/**
 * Words the spelling corrector corrects towards, with how often the story uses them: the article,
 * the curated text, every synonym and contrast, plus the everyday words of the alternates (their
 * deliberate typos must not become targets), the language's function words and set phrases, and
 * what chat spellings stand for. `base` is an analyzer without spelling correction.
 */
export function vocabularyOf(
  story: Story,
  synonyms: readonly (readonly string[])[],
  base: Analyzer,
  language: LanguagePack,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string): void => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  const canonical = [
    ...story.article.paragraphs,
    ...synonyms.flat(),
    // Alternatives that contradict the story ("cnn" against "bbc") are words, not typos of one.
    ...[...(story.contrasts ?? []), ...language.contrasts].flat(2),
    ...story.entries.flatMap((e) => [e.question, e.answer, ...e.sources.map((s) => s.quote)]),
  ];
  for (const text of canonical) for (const word of base.surfaceWords(text)) add(word);
  const common = language.frequencies.common;
  for (const entry of story.entries) {
    for (const text of entry.alternates) {
      for (const word of base.surfaceWords(text))
        if (common.has(word) || counts.has(word)) add(word);
    }
  }
  for (const set of [language.stopWords, language.fillerWords, language.questionWords])
    for (const word of set) add(word);
  // "acording to the mayor": a mistyped set phrase is dropped like the phrase, not weighed as a name.
  for (const phrase of language.fillerPhrases) for (const word of phrase) add(word);
  for (const expansion of language.chatSpellings.values()) for (const word of expansion) add(word);
  return counts;
}
