import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { err, ok, type Result } from '../../result.ts';
import type { PreparedStory } from '../prepareStory.ts';
import { addAlternate } from './addAlternate.ts';
import {
  type EditRefused,
  editQaFile,
  phrasingToWrite,
  type QaFileEditOptions,
} from './editQaFile.ts';

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

/**
 * Adds a phrasing to an entry of the story in `dir` (read in `language`) through the safe edit of
 * `qa.yaml` (`editQaFile`: lock, in place, every check, temporary file and rename). Runs
 * synchronously: call it from a worker thread or a command-line tool.
 */
export function addPhrasing(
  dir: string,
  language: LanguagePack,
  entryId: string,
  question: string,
  options: QaFileEditOptions = {},
): Result<PhrasingAdded, EditRefused> {
  const phrasing = phrasingToWrite(question);
  if (!phrasing.ok) return phrasing;
  const edited = editQaFile(
    dir,
    language,
    (text) => addAlternate(text, entryId, phrasing.value),
    options,
  );
  if (!edited.ok) return err(edited.error);
  const { status, prepared } = edited.value;
  return ok({ status, entryId, phrasing: phrasing.value, ...(prepared && { prepared }) });
}
