import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import type { CreateRanker, Ranker } from '../../src/answering/ranker.ts';
import { RANKER_NAMES, RANKERS } from '../../src/answering/rankers.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { LIBRARY } from './tinyStory.ts';

const language = shippedLanguage();

describe.each(RANKER_NAMES)('the %s ranker', (name) => {
  const create = RANKERS[name] as () => CreateRanker;
  const engine = createAnswerEngine(LIBRARY, language, { ranker: create() });

  it('answers plain questions about the story', () => {
    const id = (q: string) => {
      const answer = engine.ask(q);
      return answer.status === 'answered' ? answer.entry.id : undefined;
    };
    expect(id('when does the new library open')).toBe('opening');
    expect(id('how much did the library cost')).toBe('cost');
    expect(id('who runs the library')).toBe('librarian');
  });

  it('refuses questions about something else', () => {
    expect(engine.ask('who won the football match in madrid').status).toBe('unknown');
  });

  it('explains its reading with terms known and unknown', () => {
    const { terms, ranking } = engine.explain('who runs the zoo');
    expect(terms.find((t) => t.word === 'zoo')?.known).toBe(false);
    expect(terms.find((t) => t.word === 'runs')?.known).toBe(true);
    for (const r of ranking) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('a ranker plugged into the engine', () => {
  it('is what the engine ranks with', () => {
    // A ranker that always prefers the last entry, to show the seam is real.
    const last: CreateRanker = ({ entries }): Ranker => ({
      rank: () => [{ entry: entries.length - 1, score: 0.9 }],
      weigh: (terms) => terms.map((t) => ({ stem: t.stem, weight: 1, known: true })),
    });
    const answer = createAnswerEngine(LIBRARY, language, { ranker: last }).ask('anything at all');
    expect(answer.status === 'answered' && answer.entry.id).toBe('librarian');
  });
});
