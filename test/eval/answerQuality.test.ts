import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { quoteInParagraph } from '../../src/knowledge/article.ts';
import { OTHER_STORY_DIR, shippedEngine, shippedLanguage, storyAt } from '../storyFixture.ts';
import { evaluate, evaluationSetNames, loadEvaluationSet } from './evaluationSet.ts';

/** The quality bar: below either figure, the build fails. */
const MIN_ACCURACY = 0.95;
const MIN_REFUSALS = 0.95;

const engine = shippedEngine();
// `blind.yaml` is left out on purpose: no one tuning the engine has seen its questions or its
// figures, so it stays an honest estimate of unseen questions (`npm run eval` reports it).
const sets = ['dev', 'holdout', 'fresh'].map((name) => loadEvaluationSet(name));
const all = {
  name: 'all',
  inScope: sets.flatMap((s) => s.inScope),
  outOfScope: sets.flatMap((s) => s.outOfScope),
};

describe('answer quality on the evaluation sets', () => {
  it('has a realistic set: at least 150 in-scope and 40 out-of-scope questions', () => {
    expect(all.inScope.length).toBeGreaterThanOrEqual(150);
    expect(all.outOfScope.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(engine.story.entries.map((e) => e.id));
    for (const item of all.inScope)
      for (const id of item.expect) expect(ids, item.question).toContain(id);
  });

  it(`answers at least ${MIN_ACCURACY * 100}% of in-scope questions with the right entry`, () => {
    const report = evaluate(engine, all);
    expect(report.accuracy, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(
      MIN_ACCURACY,
    );
  });

  it(`refuses at least ${MIN_REFUSALS * 100}% of out-of-scope questions`, () => {
    const report = evaluate(engine, all);
    expect(report.refusals, JSON.stringify(report.wrongAnswers, null, 1)).toBeGreaterThanOrEqual(
      MIN_REFUSALS,
    );
  });

  it('cites at least one verbatim quote in every answer it gives', () => {
    for (const question of [...all.inScope.map((i) => i.question), ...all.outOfScope]) {
      const answer = engine.ask(question);
      if (answer.status !== 'answered') continue;
      expect(answer.sources.length, question).toBeGreaterThan(0);
      for (const s of answer.sources)
        expect(quoteInParagraph(engine.story.article, s.paragraph, s.quote), s.quote).toBe(true);
    }
  });
});

/**
 * The bar for the second story of the tests: eight entries of six phrasings, asked in words
 * its phrasings mostly do not use. Lower than the shipped story's, which lists hundreds of
 * phrasings; it guards the engine's reading of a small story from getting worse.
 */
const OTHER_MIN_ACCURACY = 0.65;
const OTHER_MIN_REFUSALS = 0.85;

describe('answer quality on a second, small story', () => {
  const other = createAnswerEngine(storyAt(OTHER_STORY_DIR), shippedLanguage());
  const names = evaluationSetNames(OTHER_STORY_DIR);

  it('has its own evaluation set', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)(
    `answers at least ${OTHER_MIN_ACCURACY * 100}% and refuses at least ${OTHER_MIN_REFUSALS * 100}% on %s`,
    (name) => {
      const report = evaluate(other, loadEvaluationSet(name, OTHER_STORY_DIR));
      expect(report.accuracy, JSON.stringify(report.misses, null, 1)).toBeGreaterThanOrEqual(
        OTHER_MIN_ACCURACY,
      );
      expect(report.refusals, JSON.stringify(report.wrongAnswers, null, 1)).toBeGreaterThanOrEqual(
        OTHER_MIN_REFUSALS,
      );
    },
  );
});
