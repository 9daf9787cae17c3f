import { type Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { err, ok, type Result } from '../../result.ts';
import { appendToList, phrasingKey, sameData, scalarValue, type TextEdit } from './yamlInPlace.ts';

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
): Result<TextEdit, string> {
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
  for (const edited of [
    appendToList(text, alternates, phrasing),
    rewritten(text, entryId, phrasing),
  ]) {
    if (edited !== undefined && sameData(edited, expected))
      return ok({ status: 'added', text: edited });
  }
  return err(`could not add the phrasing to entry "${entryId}" without changing other data`);
}

function findEntry(doc: Document, entryId: string): YAMLMap | undefined {
  const entries = doc.get('entries', true);
  if (!isSeq(entries)) return undefined;
  return entries.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entryId);
}

/** The whole document written again by the yaml Document API, with the phrasing appended. */
function rewritten(text: string, entryId: string, phrasing: string): string | undefined {
  const doc = parseDocument(text);
  const alternates = findEntry(doc, entryId)?.get('alternates', true);
  if (!isSeq(alternates)) return undefined;
  alternates.add(doc.createNode(phrasing));
  return doc.toString({ lineWidth: 0 });
}

function appendTo(data: unknown, entryId: string, phrasing: string): void {
  const entries = (data as { entries?: { id?: unknown; alternates?: unknown[] }[] }).entries;
  entries?.find((e) => e.id === entryId)?.alternates?.push(phrasing);
}
