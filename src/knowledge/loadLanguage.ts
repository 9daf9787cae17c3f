import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  conversationFileSchema,
  smallTalkFileSchema,
} from '../answering/language/conversationSchema.ts';
import {
  buildLanguagePack,
  type LanguageFiles,
  type LanguagePack,
  type WordFrequencies,
} from '../answering/language/languagePack.ts';
import {
  chatSpellingsFileSchema,
  contrastsFileSchema,
  cuesFileSchema,
  type FrequenciesFile,
  frequenciesFileSchema,
  frequencyListSchema,
  questionFormFileSchema,
  replyFileSchema,
  synonymsFileSchema,
  wordsFileSchema,
} from '../answering/language/schema.ts';
import { err, ok, type Result } from '../result.ts';
import type { KnowledgeProblem } from './problem.ts';

/** The language the bot ships with, under the project's `language/` folder. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The shipped language folder, found from this module's own place (the project's sources or its
 * bundle in `dist/`) rather than from the working directory: the language is part of the program,
 * wherever it is started from.
 */
export function defaultLanguageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'language', DEFAULT_LANGUAGE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve('language', DEFAULT_LANGUAGE);
    dir = parent;
  }
}

/** The files of a language folder. */
export const LANGUAGE_FILES = Object.freeze({
  synonyms: 'synonyms.yaml',
  contrasts: 'contrasts.yaml',
  chatSpellings: 'chatSpellings.yaml',
  words: 'words.yaml',
  cues: 'cues.yaml',
  questionForm: 'questionForm.yaml',
  reply: 'reply.yaml',
  smallTalk: 'smallTalk.yaml',
  conversation: 'conversation.yaml',
  frequencies: 'frequencies.yaml',
});

/**
 * Reads and checks a language folder (every file against its schema, every problem at once)
 * and the frequency list it names, into the one `LanguagePack` the engine receives. Read once at
 * start: the frequency list is large, and only the word sets built from it are kept.
 */
export function loadLanguagePack(
  dir: string = defaultLanguageDir(),
): Result<LanguagePack, KnowledgeProblem[]> {
  const root = resolve(dir);
  const problems: KnowledgeProblem[] = [];
  const read = <S extends z.ZodType>(name: string, schema: S): z.infer<S> | undefined => {
    const file = join(root, name);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file, reason: `cannot read: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      problems.push({ file, reason: `${issue.path.join('.') || '(file)'}: ${issue.message}` });
    }
    return undefined;
  };
  const files = {
    synonyms: read(LANGUAGE_FILES.synonyms, synonymsFileSchema),
    contrasts: read(LANGUAGE_FILES.contrasts, contrastsFileSchema),
    chatSpellings: read(LANGUAGE_FILES.chatSpellings, chatSpellingsFileSchema),
    words: read(LANGUAGE_FILES.words, wordsFileSchema),
    cues: read(LANGUAGE_FILES.cues, cuesFileSchema),
    questionForm: read(LANGUAGE_FILES.questionForm, questionFormFileSchema),
    reply: read(LANGUAGE_FILES.reply, replyFileSchema),
    smallTalk: read(LANGUAGE_FILES.smallTalk, smallTalkFileSchema),
    conversation: read(LANGUAGE_FILES.conversation, conversationFileSchema),
  };
  const frequencyFile = read(LANGUAGE_FILES.frequencies, frequenciesFileSchema);
  const frequencies = frequencyFile
    ? readFrequencies(frequencyFile, join(root, LANGUAGE_FILES.frequencies), problems)
    : undefined;
  if (problems.length > 0 || !frequencies || !isComplete(files)) return err(problems);
  return ok(buildLanguagePack(root.split(/[/\\]/).pop() ?? dir, files, frequencies));
}

function isComplete(files: Partial<Record<keyof LanguageFiles, unknown>>): files is LanguageFiles {
  return Object.values(files).every((value) => value !== undefined);
}

/**
 * The word sets of a frequency list (an npm package holding `[{ word, count }]`, most frequent
 * first). The list itself (tens of thousands of objects) is read with fs rather than `require`,
 * so it is not held in the module cache for the life of the bot.
 */
function readFrequencies(
  spec: FrequenciesFile,
  file: string,
  problems: KnowledgeProblem[],
): WordFrequencies | undefined {
  let list: z.infer<typeof frequencyListSchema>;
  try {
    const path = createRequire(import.meta.url).resolve(spec.package);
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    // The shape is checked on the first rows: checking each of tens of thousands would double the
    // time the bot takes to start, and the package's rows are all alike.
    if (!Array.isArray(data)) throw new Error('not an array');
    frequencyListSchema.parse(data.slice(0, 100));
    list = data as z.infer<typeof frequencyListSchema>;
  } catch (error) {
    problems.push({
      file,
      reason: `package ${spec.package} is not a readable frequency list: ${(error as Error).message}`,
    });
    return undefined;
  }
  const common = new Set<string>();
  const english = new Set<string>();
  const everyday = new Set<string>();
  for (const { word, count } of list) {
    if (typeof word !== 'string' || typeof count !== 'number') continue;
    // Lower-case only: the list capitalises proper names, which are not everyday words.
    const lower = /^[a-z]+$/.test(word);
    if (lower && common.size < spec.commonWords) common.add(word);
    if (lower && everyday.size < spec.everydayWords) everyday.add(word);
    if (count >= spec.minEnglishCount && /^[a-z]+$/i.test(word)) english.add(word.toLowerCase());
  }
  return { common, english, everyday };
}
