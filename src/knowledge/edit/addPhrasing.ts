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
import { addAlternate } from './addAlternate.ts';
import { type FileLockOptions, withFileLock } from './fileLock.ts';
import { writeAtomically } from './writeAtomically.ts';

/** The lock file that edits of a story folder take turns on (beside its files, hidden). */
export const EDIT_LOCK_FILE = '.qa.yaml.lock';

/** A phrasing that is now in `qa.yaml`. */
export interface PhrasingAdded {
  /** `added`: written; `already`: the entry had it, nothing was written. */
  readonly status: 'added' | 'already';
  readonly entryId: string;
  /** The phrasing as written (white space and invisible characters cleaned). */
  readonly phrasing: string;
  /** The checked story with its engine, when the file was written. */
  readonly prepared?: PreparedStory;
}

/** Why a phrasing was not added; in every case `qa.yaml` is untouched. */
export type PhrasingRefused =
  /** The phrasing or the entry will not do (empty, too long, no such entry). */
  | { readonly kind: 'invalid'; readonly reason: string }
  /** With the phrasing, the knowledge would fail `kb:check`: every problem found. */
  | { readonly kind: 'checks'; readonly problems: readonly KnowledgeProblem[] }
  /** Another edit held the folder too long, or the file could not be read or written. */
  | { readonly kind: 'failed'; readonly reason: string };

// Controls, bidi marks, zero-width and other invisible characters: never part of a phrasing.
const INVISIBLE = /[\p{Cc}\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu;

/** A typed question as a phrasing: one line, no invisible characters, trimmed. */
export function cleanPhrasing(question: string): string {
  return question.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Adds a phrasing to an entry of the story in `dir` (read in `language`), safely: under the folder's edit lock (so two
 * curators' edits are applied one after the other, each on the other's result), `qa.yaml` is
 * edited in place (comments, order and layout kept), the result goes through every `kb:check`
 * check, and only if all pass is it written (a temporary file renamed over the old one). Runs
 * synchronously: call it from a worker thread or a command-line tool.
 */
export function addPhrasing(
  dir: string,
  language: LanguagePack,
  entryId: string,
  question: string,
  options: { readonly lock?: FileLockOptions } = {},
): Result<PhrasingAdded, PhrasingRefused> {
  const phrasing = cleanPhrasing(question);
  if (phrasing.length === 0) return err({ kind: 'invalid', reason: 'the question is empty' });
  if (phrasing.length > KNOWLEDGE_LIMITS.questionLength) {
    return err({
      kind: 'invalid',
      reason: `the question is ${phrasing.length} characters long; a phrasing may have ${KNOWLEDGE_LIMITS.questionLength} at most`,
    });
  }
  const qaPath = join(dir, STORY_FILES.qa);
  const locked = withFileLock(
    join(dir, EDIT_LOCK_FILE),
    () => editUnderLock(dir, language, qaPath, entryId, phrasing),
    options.lock,
  );
  return locked.ok ? locked.value : err({ kind: 'failed', reason: locked.error });
}

function editUnderLock(
  dir: string,
  language: LanguagePack,
  qaPath: string,
  entryId: string,
  phrasing: string,
): Result<PhrasingAdded, PhrasingRefused> {
  let text: string;
  try {
    text = readKnowledgeFile(qaPath);
  } catch (error) {
    return err({ kind: 'failed', reason: `cannot read qa.yaml: ${(error as Error).message}` });
  }
  const edit = addAlternate(text, entryId, phrasing);
  if (!edit.ok) return err({ kind: 'invalid', reason: edit.error });
  if (edit.value.status === 'already') return ok({ status: 'already', entryId, phrasing });

  const candidate = edit.value.text;
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
  return ok({ status: 'added', entryId, phrasing, prepared: prepared.value });
}
