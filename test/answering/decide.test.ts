import { describe, expect, it } from 'vitest';
import { DECISION, decide } from '../../src/answering/decide.ts';
import type { Ranked } from '../../src/answering/ranker.ts';
import type { Entry } from '../../src/knowledge/types.ts';
import { LIBRARY } from './tinyStory.ts';

const entries = LIBRARY.entries;
const reply = (entry: Entry) => ({ text: entry.answer, verdict: undefined });
const noRelated = () => [];
const ranked = (...scores: number[]): Ranked[] => scores.map((score, entry) => ({ entry, score }));
const run = (list: Ranked[]) => decide('q', list, entries, noRelated, reply, DECISION);

describe('decide', () => {
  it('answers when the best entry clears the bar, offering close runners-up', () => {
    const answer = run(ranked(0.9, 0.85, 0.2));
    expect(answer.status).toBe('answered');
    if (answer.status !== 'answered') return;
    expect(answer.entry.id).toBe('opening');
    expect(answer.confidence).toBe(0.9);
    expect(answer.suggestions.map((s) => s.id)).toEqual(['cost']);
    expect(answer.sources).toEqual(entries[0]?.sources);
  });

  it('answers a clear winner below the bar, but not a close call', () => {
    expect(run(ranked(0.45, 0.2)).status).toBe('answered');
    expect(run(ranked(0.45, 0.4)).status).toBe('unknown');
  });

  it('says the story does not cover it, with suggestions worth making', () => {
    const answer = run(ranked(0.35, 0.32, 0.1));
    expect(answer).toMatchObject({ status: 'unknown', reason: 'not-covered', confidence: 0.35 });
    expect(answer.suggestions.map((s) => s.id)).toEqual(['opening', 'cost']);
    expect(run([])).toMatchObject({ status: 'unknown', confidence: 0, suggestions: [] });
  });

  it('takes its thresholds from the options', () => {
    const strict = { ...DECISION, answerAt: 0.95, clearWinnerAt: 0.95 };
    expect(decide('q', ranked(0.9), entries, noRelated, reply, strict).status).toBe('unknown');
  });

  it('gives at most maxSuggestions', () => {
    const answer = decide('q', ranked(0.35, 0.34, 0.33), entries, noRelated, reply, {
      ...DECISION,
      maxSuggestions: 2,
    });
    expect(answer.suggestions).toHaveLength(2);
  });
});
