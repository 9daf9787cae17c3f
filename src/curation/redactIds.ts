/**
 * Discord mentions name a person, a role or a channel by id: stored text keeps what kind of
 * mention it was, never whom. A bare 17-to-20-digit number is a pasted id, and goes the same way.
 */
const MENTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/<@!?\d+>/g, '@user'],
  [/<@&\d+>/g, '@role'],
  [/<#\d+>/g, '#channel'],
  [/<\/([\w -]+):\d+>/g, '/$1'],
  [/<(a?):(\w+):\d+>/g, ':$2:'],
  [/(?<!\d)\d{17,20}(?!\d)/g, '[id]'],
];

/** The text with every Discord id replaced by a placeholder (`@user`, `@role`, `#channel`, `[id]`). */
export function redactIds(text: string): string {
  let redacted = text;
  for (const [pattern, placeholder] of MENTIONS) redacted = redacted.replace(pattern, placeholder);
  return redacted;
}
