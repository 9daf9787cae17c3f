import type { Entry, Verdict } from '../knowledge/types.ts';
import type { ReplyWords } from './language/languagePack.ts';

/**
 * The reply to one question from one entry: the entry's fact, opened by "Yes —" or "No —" when a
 * yes/no question was asked (`verdict` is its answer, undefined for any other question). An
 * `unknown` verdict adds nothing: the entry's answer says the article doesn't say.
 */
export function composeReply(
  entry: Entry,
  verdict: Verdict | undefined,
  properNouns: ReadonlySet<string>,
  words: ReplyWords,
): { readonly text: string; readonly verdict: Verdict | undefined } {
  if (verdict === undefined || verdict === 'unknown') return { text: entry.answer, verdict };
  const rest = continueSentence(entry.answer, properNouns, words.alwaysCapitalised);
  return { text: `${words.verdictOpenings[verdict]}${words.separator}${rest}`, verdict };
}

/**
 * Lower-cases the first word of a sentence that now follows "Yes —", unless it is a name
 * ("Alba", "BBC") or a word always capitalised ("I"): names are the words the article writes
 * capitalised mid-sentence.
 */
function continueSentence(
  text: string,
  properNouns: ReadonlySet<string>,
  alwaysCapitalised: ReadonlySet<string>,
): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (
    !first ||
    alwaysCapitalised.has(first) ||
    properNouns.has(first) ||
    first.toUpperCase() === first
  ) {
    return text;
  }
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * Words a text writes with a capital letter where no sentence starts: names, places and
 * acronyms, which keep their capital wherever they stand. A word the texts also write in lower
 * case is no name: a headline in title case ("Might Meet Face To Face") capitalises every word.
 */
export function properNounsOf(texts: readonly string[]): Set<string> {
  const nouns = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:"'’)\]] +)\p{Lu}[\p{L}'’-]*/gu)) {
      nouns.add(match[0].replace(/['’]s$/u, ''));
    }
    for (const match of text.matchAll(/(?<![\p{L}'’])\p{Ll}\p{L}*/gu)) lower.add(match[0]);
  }
  for (const noun of nouns) if (lower.has(noun.toLowerCase())) nouns.delete(noun);
  return nouns;
}
