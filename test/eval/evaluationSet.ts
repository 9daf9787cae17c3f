import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AnswerEngine } from '../../src/answering/engine.ts';

const setSchema = z.strictObject({
  in_scope: z.array(
    z.strictObject({
      q: z.string().min(1),
      expect: z.union([z.string(), z.array(z.string()).min(1)]),
    }),
  ),
  out_of_scope: z.array(z.string().min(1)),
});

export interface EvaluationSet {
  readonly name: string;
  readonly inScope: readonly { readonly question: string; readonly expect: readonly string[] }[];
  readonly outOfScope: readonly string[];
}

export function loadEvaluationSet(name: string): EvaluationSet {
  const file = new URL(`./${name}.yaml`, import.meta.url);
  const data = setSchema.parse(parse(readFileSync(file, 'utf8')));
  return {
    name,
    inScope: data.in_scope.map(({ q, expect }) => ({
      question: q,
      expect: typeof expect === 'string' ? [expect] : expect,
    })),
    outOfScope: data.out_of_scope,
  };
}

export interface Miss {
  readonly question: string;
  readonly expected: string;
  readonly got: string;
  readonly confidence: number;
}

export interface EvaluationReport {
  readonly name: string;
  /** Share of in-scope questions answered with an expected entry. */
  readonly accuracy: number;
  /** Share of out-of-scope questions answered `unknown`. */
  readonly refusals: number;
  readonly inScopeCount: number;
  readonly outOfScopeCount: number;
  readonly misses: readonly Miss[];
  readonly wrongAnswers: readonly Miss[];
}

/** Runs every question of a set through the engine and scores the outcomes. */
export function evaluate(engine: AnswerEngine, set: EvaluationSet): EvaluationReport {
  const misses: Miss[] = [];
  for (const { question, expect } of set.inScope) {
    const answer = engine.ask(question);
    const got =
      answer.status === 'answered'
        ? answer.entry.id
        : `unknown(${answer.suggestions.map((s) => s.id).join(',')})`;
    if (answer.status !== 'answered' || !expect.includes(answer.entry.id)) {
      misses.push({ question, expected: expect.join('|'), got, confidence: answer.confidence });
    }
  }
  const wrongAnswers: Miss[] = [];
  for (const question of set.outOfScope) {
    const answer = engine.ask(question);
    if (answer.status === 'answered') {
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
