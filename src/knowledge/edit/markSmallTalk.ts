import {
  SMALL_TALK_KINDS,
  type SmallTalkKind,
} from '../../answering/language/conversationSchema.ts';
import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { err, ok, type Result } from '../../result.ts';
import type { PreparedStory } from '../prepareStory.ts';
import { addSmallTalk } from './addSmallTalk.ts';
import {
  type EditRefused,
  editQaFile,
  phrasingToWrite,
  type QaFileEditOptions,
} from './editQaFile.ts';

/** A question that is now small talk of the story. */
export interface SmallTalkMarked {
  /** `added`: written; `already`: that kind listed it, nothing was written. */
  readonly status: 'added' | 'already';
  readonly kind: SmallTalkKind;
  /** The phrase as written (white space and invisible characters cleaned). */
  readonly phrase: string;
  /** The checked story with its engine, when the file was written. */
  readonly prepared?: PreparedStory;
}

/**
 * Adds a question to the small talk of the story in `dir` (its `small_talk` section, under
 * `kind`), through the safe edit of `qa.yaml` (`editQaFile`: lock, in place, every check,
 * temporary file and rename). The checks refuse it when, with it, a phrasing of an entry would be
 * read as small talk, or when it is a follow-up or a question the story answers. Runs
 * synchronously: call it from a worker thread or a command-line tool.
 */
export function markSmallTalk(
  dir: string,
  language: LanguagePack,
  kind: SmallTalkKind,
  question: string,
  options: QaFileEditOptions = {},
): Result<SmallTalkMarked, EditRefused> {
  if (!(SMALL_TALK_KINDS as readonly string[]).includes(kind))
    return err({ kind: 'invalid', reason: `"${kind}" is not a kind of small talk` });
  const phrase = phrasingToWrite(question);
  if (!phrase.ok) return phrase;
  const edited = editQaFile(
    dir,
    language,
    (text) => addSmallTalk(text, kind, phrase.value),
    options,
  );
  if (!edited.ok) return err(edited.error);
  const { status, prepared } = edited.value;
  return ok({ status, kind, phrase: phrase.value, ...(prepared && { prepared }) });
}
