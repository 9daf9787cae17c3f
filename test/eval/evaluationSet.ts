import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer } from '../../src/answering/answer.ts';
import type { AnswerEngine } from '../../src/answering/engine.ts';
import { STORY_DIR } from '../storyFixture.ts';

/**
 * An in-scope question is labelled by what a right reply must be: the entries that may answer it
 * (`expect`), and/or what the reply must say (`must`: every group needs one of its words or
 * phrases in the reply or its quotes) and how a yes/no reply must open (`starts`). Labels by
 * content survive entries being split or renamed.
 */
const inScopeSchema = z
  .strictObject({
    q: z.string().min(1),
    expect: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    must: z.array(z.array(z.string().min(1)).min(1)).optional(),
    starts: z.enum(['yes', 'no']).optional(),
    kind: z.string().optional(),
  })
  .refine((item) => item.expect !== undefined || item.must !== undefined, {
    message: 'an in-scope question needs `expect` or `must`',
  });

const outOfScopeSchema = z.union([
  z.string().min(1),
  z.strictObject({ q: z.string().min(1), kind: z.string().optional() }),
]);

const setSchema = z.strictObject({
  in_scope: z.array(inScopeSchema),
  out_of_scope: z.array(outOfScopeSchema),
});

export interface InScopeQuestion {
  readonly question: string;
  /** Entry ids that may answer it; empty when only `must` labels it. */
  readonly expect: readonly string[];
  readonly must: readonly (readonly string[])[];
  readonly starts: 'yes' | 'no' | undefined;
}

export interface EvaluationSet {
  readonly name: string;
  readonly inScope: readonly InScopeQuestion[];
  readonly outOfScope: readonly string[];
}

/** Reads a set from a YAML file (a path or a URL). */
export function readEvaluationSet(name: string, file: string | URL): EvaluationSet {
  const data = setSchema.parse(parse(readFileSync(file, 'utf8')));
  return {
    name,
    inScope: data.in_scope.map(({ q, expect, must, starts }) => ({
      question: q,
      expect: expect === undefined ? [] : typeof expect === 'string' ? [expect] : expect,
      must: must ?? [],
      starts,
    })),
    outOfScope: data.out_of_scope.map((item) => (typeof item === 'string' ? item : item.q)),
  };
}

/** Reads one of a story's own evaluation sets, `<story folder>/eval/<name>.yaml`. */
export function loadEvaluationSet(name: string, storyDir: string = STORY_DIR): EvaluationSet {
  return readEvaluationSet(name, join(storyDir, 'eval', `${name}.yaml`));
}

/** The sets reported first, in this order; any others follow alphabetically. */
const SET_ORDER = ['dev', 'holdout', 'fresh'];

/** The file of a story folder's dialogues (see `dialogueSet.ts`), beside its evaluation sets. */
export const DIALOGUES_FILE = 'dialogues.yaml';

/**
 * The names of a story folder's evaluation sets (`eval/*.yaml` but its dialogues); none when it
 * has no `eval/`.
 */
export function evaluationSetNames(storyDir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(join(storyDir, 'eval')).filter(
      (file) => file.endsWith('.yaml') && !file.endsWith(DIALOGUES_FILE),
    );
  } catch {
    return [];
  }
  const rank = (name: string): number => {
    const at = SET_ORDER.indexOf(name);
    return at === -1 ? SET_ORDER.length : at;
  };
  return files
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface Miss {
  readonly question: string;
  readonly expected: string;
  readonly got: string;
  readonly confidence: number;
}

export interface EvaluationReport {
  readonly name: string;
  /** Share of in-scope questions given a right reply. */
  readonly accuracy: number;
  /** Share of out-of-scope questions refused or answered "the article doesn't say". */
  readonly refusals: number;
  readonly inScopeCount: number;
  readonly outOfScopeCount: number;
  readonly misses: readonly Miss[];
  readonly wrongAnswers: readonly Miss[];
}

/** Lower case, straight apostrophes, single spaces: how replies and labels are compared. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');
}

/** True when a reply says the article does not give what was asked. */
export function saysArticleDoesNotSay(answer: Answer): boolean {
  if (answer.status !== 'answered') return false;
  return (
    answer.verdict === 'unknown' ||
    /^(?:(?:yes|no) — )?the article (?:doesn't|does not|never) /.test(plain(answer.text))
  );
}

/** Why a reply is wrong for a question, or undefined when it is right. */
export function judge(item: InScopeQuestion, answer: Answer): string | undefined {
  if (answer.status !== 'answered') return 'refused';
  if (item.expect.length > 0 && !item.expect.includes(answer.entry.id)) return 'another entry';
  const said = plain([answer.text, ...answer.sources.map((s) => s.quote)].join(' '));
  for (const group of item.must) {
    if (!group.some((phrase) => said.includes(plain(phrase))))
      return `says none of ${group.join('/')}`;
  }
  if (item.starts && !plain(answer.text).startsWith(item.starts))
    return `does not open with ${item.starts}`;
  return undefined;
}

function describeLabel(item: InScopeQuestion): string {
  const parts = [
    ...(item.expect.length > 0 ? [item.expect.join('|')] : []),
    ...item.must.map((group) => `[${group.join('/')}]`),
    ...(item.starts ? [`starts ${item.starts}`] : []),
  ];
  return parts.join(' ');
}

/** Runs every question of a set through the engine and scores the outcomes. */
export function evaluate(engine: AnswerEngine, set: EvaluationSet): EvaluationReport {
  const misses: Miss[] = [];
  for (const item of set.inScope) {
    const answer = engine.ask(item.question);
    const why = judge(item, answer);
    if (why === undefined) continue;
    const got =
      answer.status === 'answered'
        ? `${answer.entry.id} (${why}): ${answer.text.slice(0, 80)}`
        : `unknown(${answer.suggestions.map((s) => s.id).join(',')})`;
    misses.push({
      question: item.question,
      expected: describeLabel(item),
      got,
      confidence: answer.confidence,
    });
  }
  const wrongAnswers: Miss[] = [];
  for (const question of set.outOfScope) {
    const answer = engine.ask(question);
    if (answer.status === 'answered' && !saysArticleDoesNotSay(answer)) {
      wrongAnswers.push({
        question,
        expected: 'unknown',
        got: answer.entry.id,
        confidence: answer.confidence,
      });
    }
  }
  return {
    name: set.name,
    accuracy: 1 - misses.length / set.inScope.length,
    refusals: 1 - wrongAnswers.length / set.outOfScope.length,
    inScopeCount: set.inScope.length,
    outOfScopeCount: set.outOfScope.length,
    misses,
    wrongAnswers,
  };
}
