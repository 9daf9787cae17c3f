import { truncate } from './discord/limits.ts';

/**
 * Characters that reorder, hide or join text without being seen: bidi controls (U+202E turns
 * "gpj.exe" into "exe.jpg"), zero-width spaces and joiners, soft hyphens, invisible fillers,
 * tag characters, and every C0/C1 control.
 */
const INVISIBLE =
  /[\p{Cc}\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;

/** `scheme://`: Discord turns any such run into a live link. */
const SCHEME = /\b([a-z][a-z0-9+.-]{0,30}):\/\//gi;

/** Hosts whose links Discord shows as server invites, with or without a scheme. */
const INVITE_HOST = /\b(discord(?:app)?)\.(gg|com|io|me|li|new|gift)\b/gi;

/**
 * User text to show back as plain text (an embed's author line, a terminal): one line, no
 * invisible characters, links written so nothing makes them live ("http[:]//…", "discord[.]gg").
 */
export function inertPlainText(text: string, max: number): string {
  const visible = text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return truncate(visible, max).replace(SCHEME, '$1[:]//').replace(INVITE_HOST, '$1[.]$2');
}

// Everything Discord's markdown reacts to inside a line: emphasis, code, spoilers, quotes,
// headers, lists, masked links, mentions and timestamps (<…>), emoji codes (:…:).
const MARKDOWN = /[\\*_~`|<>#[\]()\-:+]/g;

/**
 * User text to show back inside Discord markdown (an embed's description): as
 * `inertPlainText`, with every markdown character escaped, so it can neither restyle the message,
 * change its layout, make a link or mention, nor break out of the sentence it is quoted in.
 * Discord shows an escaped character as itself.
 */
export function inertMarkdown(text: string, max: number): string {
  return (
    inertPlainText(text, max)
      .replace(MARKDOWN, (c) => `\\${c}`)
      // "1. item" opens a numbered list at the start of a line.
      .replace(/^(\d+)\./, '$1\\.')
  );
}
