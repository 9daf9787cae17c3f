/**
 * People often give context before they ask ("so elton posts that putin called him, then russia
 * says no, so which is it, did putin call him?"). The question is then the part that ends in a
 * question mark, or the last part; scored alone it is not diluted by the context.
 */

/** Parts shorter than this are fragments ("hold up"), not questions. */
const MIN_SEGMENT_WORDS = 3;

/** Shorter messages are one question ("pie in the sky, what did he mean"): never split. */
const MIN_MESSAGE_WORDS = 9;

// Sentence ends, commas and "but" separate context from the question.
const SEPARATOR = /([?!.;\n]+|,\s+|\s+but\s+)/i;

/** The parts of a message that may be its real question; none when it is a single part. */
export function questionSegments(text: string): string[] {
  if (text.split(/\s+/).length < MIN_MESSAGE_WORDS) return [];
  const pieces = text.split(SEPARATOR);
  const parts: { text: string; asked: boolean }[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? '').trim();
    if (part.length > 0) parts.push({ text: part, asked: (pieces[i + 1] ?? '').includes('?') });
  }
  if (parts.length < 2) return [];
  const last = parts.length - 1;
  return parts
    .filter((part, i) => part.asked || i === last)
    .map((part) => part.text)
    .filter((part) => part.split(/\s+/).length >= MIN_SEGMENT_WORDS);
}
