/**
 * People often give context before they ask ("so she posts that he called, then the office says
 * no, so which is it, did he call her?"). The question is then the part that ends in a question
 * mark, or the last part; scored alone it is not diluted by the context.
 */

/** When a message is split into parts, and how a part's score compares with the whole's. */
export interface SegmentOptions {
  /** Parts shorter than this are fragments ("hold up"), not questions. */
  readonly minSegmentWords: number;
  /** Shorter messages are one question ("pie in the sky, what did he mean"): never split. */
  readonly minMessageWords: number;
  /**
   * A part scores a little less than the whole, so the whole wins ties and a part wins only when
   * the context really diluted the question.
   */
  readonly discount: number;
}

/**
 * The segmenting's tuned values.
 *
 * How each value was chosen: as the ranking's (see `RANKING`): answer quality on the shipped
 * story's dev, holdout and fresh sets together (96.2% / 94.1% at these values), each value tried
 * 20% lower and higher (integers ±1).
 */
export const SEGMENTING: SegmentOptions = Object.freeze({
  // 4 answers less (96.0%); 2 changes nothing.
  minSegmentWords: 3,
  // 8 or 10 change nothing: short messages are rarely context plus question.
  minMessageWords: 9,
  // 1 changes nothing on the sets but would let a part tie the whole; 0.9 answers less (96.0%).
  discount: 0.95,
});

/** Splits a message into the parts that may be its real question; none when it is one part. */
export type Segmenter = (text: string) => string[];

/**
 * A segmenter splitting at sentence ends, commas and the language's words that join context to a
 * question (`separators`, e.g. "but").
 */
export function createSegmenter(
  separators: readonly string[],
  options: SegmentOptions = SEGMENTING,
  adjunctOpeners: ReadonlySet<string> = new Set(),
  questionWords: ReadonlySet<string> = new Set(),
): Segmenter {
  const words = separators.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const separator = new RegExp(`([?!.;\\n]+|,\\s+${words ? `|\\s+(?:${words})\\s+` : ''})`, 'i');
  // "…, after the update?" only adds to the part before it.
  const adjunct = (part: string): boolean =>
    adjunctOpeners.has(part.split(/\s+/, 1)[0]?.toLowerCase() ?? '');
  // "how many were there, there's a debate going on": a part opened by a question word asks,
  // when no question mark comes after it ("what did she say, per the mayor?" is one question).
  const opensQuestion = (part: string, text: string): boolean =>
    questionWords.has(part.split(/\s+/, 1)[0]?.toLowerCase() ?? '') &&
    !text.slice(text.indexOf(part) + part.length).includes('?');
  return (text) =>
    questionSegments(text, separator, options, (part) => opensQuestion(part, text)).filter(
      (part) => !adjunct(part),
    );
}

function questionSegments(
  text: string,
  separator: RegExp,
  options: SegmentOptions,
  opensQuestion: (part: string) => boolean,
): string[] {
  if (text.split(/\s+/).length < options.minMessageWords) return [];
  const pieces = text.split(separator);
  const parts: { text: string; asked: boolean }[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? '').trim();
    if (part.length > 0) parts.push({ text: part, asked: (pieces[i + 1] ?? '').includes('?') });
  }
  if (parts.length < 2) return [];
  const last = parts.length - 1;
  return parts
    .filter((part, i) => part.asked || i === last || opensQuestion(part.text))
    .map((part) => part.text)
    .filter((part) => part.split(/\s+/).length >= options.minSegmentWords);
}
