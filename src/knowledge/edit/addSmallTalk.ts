import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { SmallTalkKind } from '../../answering/language/conversationSchema.ts';
import { err, ok, type Result } from '../../result.ts';
import {
  appendToList,
  blockScalar,
  insertLinesAfter,
  lineBreakOf,
  phrasingKey,
  sameData,
  scalarValue,
  type TextEdit,
} from './yamlInPlace.ts';

/** The section of `qa.yaml` that holds the story's own small talk. */
export const SMALL_TALK_SECTION = 'small_talk';

/**
 * Adds `phrase` to the story's small talk of `kind` in the text of a `qa.yaml`, in place: at the
 * end of that kind's list, written like its last item; or as the kind's new list at the end of
 * the `small_talk` section; or as a new `small_talk` section at the end of the file. Every
 * comment, the order and the layout stay as they were. The result is parsed again and must hold
 * the same data plus the phrase; if a layout defeats the in-place edit, the yaml Document API
 * rewrites the file instead (comments and order kept, layout normalised).
 */
export function addSmallTalk(
  text: string,
  kind: SmallTalkKind,
  phrase: string,
): Result<TextEdit, string> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return err(`qa.yaml is not valid YAML: ${doc.errors[0]?.message}`);
  if (!isMap(doc.contents)) return err('qa.yaml does not hold sections (synonyms, entries…)');
  const section = doc.get(SMALL_TALK_SECTION, true);
  const list = isMap(section) ? section.get(kind, true) : undefined;
  const key = phrasingKey(phrase);
  if (
    isSeq(list) &&
    list.items.some((item) => {
      const value = scalarValue(item);
      return typeof value === 'string' && phrasingKey(value) === key;
    })
  )
    return ok({ status: 'already', text });

  const expected = withPhrase(doc.toJS(), kind, phrase);
  const inPlace = isSeq(list)
    ? appendToList(text, list, phrase)
    : isMap(section)
      ? newKind(text, section, kind, phrase)
      : section === undefined
        ? newSection(text, doc.contents, kind, phrase)
        : undefined;
  for (const edited of [inPlace, rewritten(text, kind, phrase)]) {
    if (edited !== undefined && sameData(edited, expected))
      return ok({ status: 'added', text: edited });
  }
  return err(`could not add the small talk to ${SMALL_TALK_SECTION} without changing other data`);
}

/** The kind as a new list after the section's last one, indented as its first key. */
function newKind(
  text: string,
  section: YAMLMap,
  kind: SmallTalkKind,
  phrase: string,
): string | undefined {
  const first = section.items[0]?.key;
  const last = section.items.at(-1);
  if (section.flow || !isScalar(first) || !first.range || !last) return undefined;
  const end =
    (isScalar(last.value) || isSeq(last.value) || isMap(last.value)
      ? last.value.range?.[1]
      : undefined) ?? (isScalar(last.key) ? last.key.range?.[1] : undefined);
  if (end === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const indent = text.slice(lineStart, first.range[0]);
  if (!/^[ \t]+$/.test(indent)) return undefined;
  return insertLinesAfter(text, end, [
    `${indent}${kind}:`,
    `${indent}${indent}- ${blockScalar(phrase)}`,
  ]);
}

/** A new section at the end of the file, indented as the file's first block list is. */
function newSection(
  text: string,
  contents: YAMLMap,
  kind: SmallTalkKind,
  phrase: string,
): string | undefined {
  if (contents.flow) return undefined;
  const newline = lineBreakOf(text);
  const indent = indentOf(text, contents) ?? '  ';
  const lines = [
    `${SMALL_TALK_SECTION}:`,
    `${indent}${kind}:`,
    `${indent}${indent}- ${blockScalar(phrase)}`,
  ];
  const body = text.endsWith('\n') ? text : `${text}${newline}`;
  // A blank line sets the new section apart, as sections usually are.
  const gap = body.endsWith(`${newline}${newline}`) || body.trim() === '' ? '' : newline;
  return `${body}${gap}${lines.join(newline)}${newline}`;
}

/** The indentation of the first block list's items under a top-level key ("  " in "entries:\n  - id"). */
function indentOf(text: string, contents: YAMLMap): string | undefined {
  for (const pair of contents.items) {
    const value = pair.value;
    if (!isSeq(value) || value.flow) continue;
    const item = value.items[0];
    const start = (item as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (start === undefined) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const prefix = /^([ \t]*)-/.exec(text.slice(lineStart, start + 1));
    if (prefix?.[1]) return prefix[1];
  }
  return undefined;
}

/** The whole document written again by the yaml Document API, with the phrase added. */
function rewritten(text: string, kind: SmallTalkKind, phrase: string): string | undefined {
  try {
    const doc = parseDocument(text);
    const section = doc.get(SMALL_TALK_SECTION, true);
    if (!isMap(section)) doc.set(SMALL_TALK_SECTION, doc.createNode({ [kind]: [phrase] }));
    else {
      const list = section.get(kind, true);
      if (isSeq(list)) list.add(doc.createNode(phrase));
      else section.set(kind, doc.createNode([phrase]));
    }
    return doc.toString({ lineWidth: 0 });
  } catch {
    // A layout the Document API cannot add to either: the caller says so.
    return undefined;
  }
}

function withPhrase(data: unknown, kind: SmallTalkKind, phrase: string): unknown {
  const file = data as Record<string, unknown>;
  const section = file[SMALL_TALK_SECTION];
  const kinds = (section && typeof section === 'object' ? section : {}) as Record<string, unknown>;
  const list = Array.isArray(kinds[kind]) ? (kinds[kind] as unknown[]) : [];
  kinds[kind] = [...list, phrase];
  file[SMALL_TALK_SECTION] = kinds;
  return file;
}
