import {
  Document,
  isScalar,
  parseDocument,
  type Scalar,
  Scalar as ScalarNode,
  type YAMLSeq,
} from 'yaml';

/** What an edit of a knowledge file's text did. */
export type TextEdit =
  /** The new text: the old one with the addition inserted, nothing else changed. */
  | { readonly status: 'added'; readonly text: string }
  /** The file has it already (compared as `kb:check` does); the text is unchanged. */
  | { readonly status: 'already'; readonly text: string };

/** How `kb:check` compares phrasings: case and runs of white space do not count. */
export function phrasingKey(phrasing: string): string {
  return phrasing.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The value of a node when it is a scalar. */
export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** The line break the text uses. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The text with `value` inserted after the last item of `list`, written the way that item is
 * (indentation, dash, quoting; a flow list keeps its layout), or undefined when the list's layout
 * is not one this can follow.
 */
export function appendToList(text: string, list: YAMLSeq, value: string): string | undefined {
  const last = list.items.at(-1);
  if (!isScalar(last) || !last.range) return undefined;
  const [start, valueEnd] = last.range;
  const newline = lineBreakOf(text);
  if (list.flow) {
    const scalar = flowScalar(value, last);
    const after = text.slice(valueEnd);
    const comma = /^[ \t]*,/.exec(after);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const ownLine = text.slice(lineStart, start).trim() === '';
    if (!ownLine) return `${text.slice(0, valueEnd)}, ${scalar}${after}`;
    // One item per line (as in `[\n  a,\n  b,\n]`): a new line, indented as the last item.
    const indent = text.slice(lineStart, start);
    if (comma) {
      const at = valueEnd + comma[0].length;
      return `${text.slice(0, at)}${newline}${indent}${scalar},${text.slice(at)}`;
    }
    return `${text.slice(0, valueEnd)},${newline}${indent}${scalar}${after}`;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  // The dash and indentation of the last item, e.g. "      - "; anything else is not a plain list.
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  return insertLinesAfter(text, valueEnd, [`${prefix}${blockScalar(value, last)}`]);
}

/** The text with `lines` inserted after the line on which offset `end` falls (or just before it). */
export function insertLinesAfter(text: string, end: number, lines: readonly string[]): string {
  const newline = lineBreakOf(text);
  const block = lines.map((line) => `${line}${newline}`).join('');
  if (end > 0 && text[end - 1] === '\n') return `${text.slice(0, end)}${block}${text.slice(end)}`;
  const lineEnd = text.indexOf('\n', end);
  // A last line without a line break: the inserted lines end the file the same way.
  if (lineEnd === -1) return `${text}${newline}${lines.join(newline)}`;
  return `${text.slice(0, lineEnd + 1)}${block}${text.slice(lineEnd + 1)}`;
}

/** A value as one line of a block list, quoted the way `like` is where that is possible. */
export function blockScalar(value: string, like?: Scalar): string {
  const node = new ScalarNode(value);
  node.type =
    like?.type === ScalarNode.QUOTE_DOUBLE || like?.type === ScalarNode.QUOTE_SINGLE
      ? like.type
      : ScalarNode.PLAIN;
  return new Document(node).toString({ lineWidth: 0 }).trimEnd();
}

// Characters that end a plain scalar inside a flow list.
const FLOW_INDICATORS = /[,[\]{}]/;

function flowScalar(value: string, like: Scalar): string {
  const node = new ScalarNode(value);
  const quotedLike = like.type === ScalarNode.QUOTE_DOUBLE || like.type === ScalarNode.QUOTE_SINGLE;
  if (quotedLike) node.type = like.type;
  else node.type = FLOW_INDICATORS.test(value) ? ScalarNode.QUOTE_DOUBLE : ScalarNode.PLAIN;
  return new Document(node).toString({ lineWidth: 0 }).trimEnd();
}

/** Whether `text` parses to exactly `expected`: an edit changed what it meant to and nothing else. */
export function sameData(text: string, expected: unknown): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  return JSON.stringify(doc.toJS()) === JSON.stringify(expected);
}
