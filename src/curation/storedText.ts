import { redactIds } from './redactIds.ts';

/**
 * Free text is stored as SQLite TEXT, which is UTF-8: a JS string holding a lone surrogate (valid
 * in JS and in JSON, not in Unicode) would come back with U+FFFD in its place. Such text is kept
 * twice: readable in `question`, and exactly, as a JSON string literal, in `question_exact`.
 * Ordinary text (including NUL bytes and emoji) is stored once, as is, with bound parameters.
 */

// With the `u` flag a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** The two column values for a text: readable form, and the exact form when they differ. */
export interface StoredText {
  readonly text: string;
  readonly exact: string | null;
}

/** The column values for a user's text; Discord ids in it are replaced by placeholders first. */
export function toStored(raw: string): StoredText {
  const text = redactIds(raw);
  if (!LONE_SURROGATE.test(text)) return { text, exact: null };
  return { text: text.replace(LONE_SURROGATES, '\uFFFD'), exact: JSON.stringify(text) };
}

/** The original text back from its two column values. */
export function fromStored(text: string, exact: string | null): string {
  if (exact === null) return text;
  try {
    const parsed: unknown = JSON.parse(exact);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // A hand-edited or damaged exact column: the readable form is the best we have.
  }
  return text;
}
