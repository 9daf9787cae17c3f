import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Scalar,
  Scalar as ScalarNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { err, ok, type Result } from '../../result.ts';

/** What adding a phrasing to an entry of `qa.yaml` did to its text. */
export type AlternateEdit =
  /** The new text: the old one with one line (or one flow item) inserted, nothing else changed. */
  | { readonly status: 'added'; readonly text: string }
  /** The entry already has this phrasing (compared as `kb:check` does); the text is unchanged. */
  | { readonly status: 'already'; readonly text: string };

/**
 * Adds `phrasing` at the end of the `alternates` of entry `entryId` in the text of a `qa.yaml`.
 * The file is edited in place: the new item is inserted where the list ends, written the way its
 * last item is (indentation, dash, quoting), so the curators' comments, order and formatting stay
 * exactly as they were. The result is parsed again and must hold the same data plus the phrasing;
 * if a layout defeats the in-place edit, the yaml Document API rewrites the file instead (comments
 * and order kept, layout normalised). Returns why not when the text or the entry will not do.
 */
export function addAlternate(
  text: string,
  entryId: string,
  phrasing: string,
): Result<AlternateEdit, string> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return err(`qa.yaml is not valid YAML: ${doc.errors[0]?.message}`);
  const entry = findEntry(doc, entryId);
  if (!entry) return err(`qa.yaml has no entry "${entryId}"`);
  const alternates = entry.get('alternates', true);
  if (!isSeq(alternates)) return err(`entry "${entryId}" has no list of alternates`);
  const key = phrasingKey(phrasing);
  const existing = [entry.get('question'), ...alternates.items.map((i) => scalarValue(i))];
  if (existing.some((value) => typeof value === 'string' && phrasingKey(value) === key))
    return ok({ status: 'already', text });

  const expected = doc.toJS() as unknown;
  appendTo(expected, entryId, phrasing);
  for (const edited of [spliced(text, alternates, phrasing), rewritten(text, entryId, phrasing)]) {
    if (edited !== undefined && sameData(edited, expected))
      return ok({ status: 'added', text: edited });
  }
  return err(`could not add the phrasing to entry "${entryId}" without changing other data`);
}

/** How `kb:check` compares phrasings: case and runs of white space do not count. */
export function phrasingKey(phrasing: string): string {
  return phrasing.toLowerCase().replace(/\s+/g, ' ').trim();
}

function findEntry(doc: Document, entryId: string): YAMLMap | undefined {
  const entries = doc.get('entries', true);
  if (!isSeq(entries)) return undefined;
  return entries.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entryId);
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** The text with the phrasing inserted after the last item of `list`, or undefined. */
function spliced(text: string, list: YAMLSeq, phrasing: string): string | undefined {
  const last = list.items.at(-1);
  if (!isScalar(last) || !last.range) return undefined;
  const [start, valueEnd] = last.range;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (list.flow) {
    const scalar = flowScalar(phrasing, last);
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
  const line = `${prefix}${blockScalar(phrasing, last)}`;
  if (text[valueEnd - 1] === '\n')
    return `${text.slice(0, valueEnd)}${line}${newline}${text.slice(valueEnd)}`;
  const end = text.indexOf('\n', valueEnd);
  if (end === -1) return `${text}${newline}${line}`;
  return `${text.slice(0, end + 1)}${line}${newline}${text.slice(end + 1)}`;
}

/** The whole document written again by the yaml Document API, with the phrasing appended. */
function rewritten(text: string, entryId: string, phrasing: string): string | undefined {
  const doc = parseDocument(text);
  const alternates = findEntry(doc, entryId)?.get('alternates', true);
  if (!isSeq(alternates)) return undefined;
  alternates.add(doc.createNode(phrasing));
  return doc.toString({ lineWidth: 0 });
}

/** The phrasing as one line, quoted the way the list's last item is where that is possible. */
function blockScalar(phrasing: string, like: Scalar): string {
  const node = new ScalarNode(phrasing);
  node.type =
    like.type === ScalarNode.QUOTE_DOUBLE || like.type === ScalarNode.QUOTE_SINGLE
      ? like.type
      : ScalarNode.PLAIN;
  return new Document(node).toString({ lineWidth: 0 }).trimEnd();
}

// Characters that end a plain scalar inside a flow list.
const FLOW_INDICATORS = /[,[\]{}]/;

function flowScalar(phrasing: string, like: Scalar): string {
  const node = new ScalarNode(phrasing);
  const quotedLike = like.type === ScalarNode.QUOTE_DOUBLE || like.type === ScalarNode.QUOTE_SINGLE;
  if (quotedLike) node.type = like.type;
  else node.type = FLOW_INDICATORS.test(phrasing) ? ScalarNode.QUOTE_DOUBLE : ScalarNode.PLAIN;
  return new Document(node).toString({ lineWidth: 0 }).trimEnd();
}

function appendTo(data: unknown, entryId: string, phrasing: string): void {
  const entries = (data as { entries?: { id?: unknown; alternates?: unknown[] }[] }).entries;
  entries?.find((e) => e.id === entryId)?.alternates?.push(phrasing);
}

function sameData(text: string, expected: unknown): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  return JSON.stringify(doc.toJS()) === JSON.stringify(expected);
}
