import type { Phrase, QuestionFormWords } from './language/languagePack.ts';

/**
 * Whether a question asks for a yes or a no: its reply then opens with "Yes —" or "No —" before
 * the fact, so it answers what was asked first.
 */

function startsWith(words: readonly string[], at: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => words[at + k] === word);
}

/**
 * True for a yes/no question, read from its normalised words: it opens with an auxiliary or a
 * "is it true", or ends with a tag like "right?", and asks no wh-question first. The word lists
 * are the language's.
 */
export function isYesNoQuestion(words: readonly string[], form: QuestionFormWords): boolean {
  let start = 0;
  while (start < words.length - 1 && form.openers.has(words[start] ?? '')) start++;
  const first = words[start];
  if (first === undefined || form.whWords.has(first)) return false;
  if (form.auxiliaries.has(first)) return true;
  if (form.truthOpeners.some((phrase) => startsWith(words, start, phrase))) return true;
  if (words.slice(start).some((word) => form.whWords.has(word))) return false;
  return form.tags.some((tag) => {
    const at = words.length - tag.length;
    return at > start + 1 && startsWith(words, at, tag);
  });
}
