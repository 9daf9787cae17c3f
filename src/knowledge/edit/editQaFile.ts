import { join } from 'node:path';
import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { err, ok, type Result } from '../../result.ts';
import { STORY_FILES } from '../loadStory.ts';
import { type PreparedStory, prepareStory } from '../prepareStory.ts';
import type { KnowledgeProblem } from '../problem.ts';
import {
  KNOWLEDGE_FILE_MAX_BYTES,
  KnowledgeFileTooLarge,
  readKnowledgeFile,
} from '../readKnowledgeFile.ts';
import { KNOWLEDGE_LIMITS } from '../schema.ts';
import { type FileLockOptions, withFileLock } from './fileLock.ts';
import { writeAtomically } from './writeAtomically.ts';
import type { TextEdit } from './yamlInPlace.ts';

/** The lock file that edits of a story folder take turns on (beside its files, hidden). */
export const EDIT_LOCK_FILE = '.qa.yaml.lock';

/** Why an edit of `qa.yaml` was not made; in every case the file is untouched. */
export type EditRefused =
  /** The text or its place will not do (empty, too long, no such entry). */
  | { readonly kind: 'invalid'; readonly reason: string }
  /** With the edit, the knowledge would fail `kb:check`: every problem found. */
  | { readonly kind: 'checks'; readonly problems: readonly KnowledgeProblem[] }
  /** Another edit held the folder too long, or the file could not be read or written. */
  | { readonly kind: 'failed'; readonly reason: string };

/** An edit made: `added` (written, checked) or `already` (nothing to write). */
export interface QaFileEdited {
  readonly status: 'added' | 'already';
  /** The checked story with its engine, when the file was written. */
  readonly prepared?: PreparedStory;
}

export interface QaFileEditOptions {
  readonly lock?: FileLockOptions;
}

// Controls, bidi marks, zero-width and other invisible characters: never part of a phrasing.
const INVISIBLE = /[\p{Cc}\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu;

/** A typed question as a phrasing: one line, no invisible characters, trimmed. */
export function cleanPhrasing(question: string): string {
  return question.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/** A typed question as a phrasing to write, or why it will not do (empty, too long). */
export function phrasingToWrite(question: string): Result<string, EditRefused> {
  const phrasing = cleanPhrasing(question);
  if (phrasing.length === 0) return err({ kind: 'invalid', reason: 'the question is empty' });
  if (phrasing.length > KNOWLEDGE_LIMITS.questionLength) {
    return err({
      kind: 'invalid',
      reason: `the question is ${phrasing.length} characters long; a phrasing may have ${KNOWLEDGE_LIMITS.questionLength} at most`,
    });
  }
  return ok(phrasing);
}

/**
 * Edits the `qa.yaml` of the story in `dir` (read in `language`) safely: under the folder's edit
 * lock (so two curators' edits are applied one after the other, each on the other's result), the
 * text is changed by `edit` (in place: comments, order and layout kept), the result goes through
 * every `kb:check` check, and only if all pass is it written (a temporary file renamed over the
 * old one). Runs synchronously: call it from a worker thread or a command-line tool.
 */
export function editQaFile(
  dir: string,
  language: LanguagePack,
  edit: (text: string) => Result<TextEdit, string>,
  options: QaFileEditOptions = {},
): Result<QaFileEdited, EditRefused> {
  const locked = withFileLock(
    join(dir, EDIT_LOCK_FILE),
    () => editUnderLock(dir, language, edit),
    options.lock,
  );
  return locked.ok ? locked.value : err({ kind: 'failed', reason: locked.error });
}

function editUnderLock(
  dir: string,
  language: LanguagePack,
  edit: (text: string) => Result<TextEdit, string>,
): Result<QaFileEdited, EditRefused> {
  const qaPath = join(dir, STORY_FILES.qa);
  let text: string;
  try {
    text = readKnowledgeFile(qaPath);
  } catch (error) {
    return err({ kind: 'failed', reason: `cannot read qa.yaml: ${(error as Error).message}` });
  }
  const edited = edit(text);
  if (!edited.ok) return err({ kind: 'invalid', reason: edited.error });
  if (edited.value.status === 'already') return ok({ status: 'already' });

  const candidate = edited.value.text;
  const prepared = prepareStory(dir, language, (path) => {
    if (path !== qaPath) return readKnowledgeFile(path);
    const bytes = Buffer.byteLength(candidate);
    if (bytes > KNOWLEDGE_FILE_MAX_BYTES)
      throw new KnowledgeFileTooLarge(
        `qa.yaml would be ${Math.ceil(bytes / 1024)} KB, over the ${KNOWLEDGE_FILE_MAX_BYTES / 1024} KB limit for a knowledge file`,
      );
    return candidate;
  });
  if (!prepared.ok) return err({ kind: 'checks', problems: prepared.error });
  try {
    writeAtomically(qaPath, candidate);
  } catch (error) {
    return err({ kind: 'failed', reason: `cannot write qa.yaml: ${(error as Error).message}` });
  }
  return ok({ status: 'added', prepared: prepared.value });
}
