/**
 * Turns raw user text into plain lower-case words: the first step of every question and of
 * every phrasing in the knowledge, so both sides are compared in the same form.
 */

// Zero-width characters, bidi controls, soft hyphens and other invisibles that chat clients
// insert or users paste; they split words invisibly if kept.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: lone joiners and selectors are what it strips
  /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFE00-\uFE0F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it strips
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Discord's mention, channel, role, emoji and timestamp tokens, plus links: never part of a question.
const DISCORD_TOKENS =
  /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|\/[\w -]+:\d+)>|@(?:everyone|here)\b/g;
const LINK = /\bhttps?:\/\/\S+/g;

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;

// Contractions first, so "didn't" keeps its "not" and "what's" its "is".
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bain't\b/g, 'is not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/\b(what|who|where|when|why|how|that|it|there|he|she|here)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\bi'm\b/g, 'i am'],
  // Anything else ending in 's is a possessive: "the mayor's" is about the mayor.
  [/'s\b/g, ''],
  [/s'(?=\s|$)/g, 's'],
];

/** Collapses runs of three or more of the same letter ("sooo", "realllly") to two. */
function collapseRepeats(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** Lower-cased, NFKC-normalised text with Discord markup, links and punctuation removed. */
export function normalizeText(raw: string): string {
  let text = raw.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  text = text.replace(DISCORD_TOKENS, ' ').replace(LINK, ' ');
  text = text.toLowerCase().replace(APOSTROPHES, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  // Letters and digits make words; everything else (markdown, emoji, punctuation) separates them.
  text = text.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return collapseRepeats(text).trim();
}

/** The words of already-normalised text. */
export function words(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
