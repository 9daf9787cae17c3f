import { describe, expect, it } from 'vitest';
import { questionRecordOf, shouldRecord } from '../../src/curation/recording.ts';
import { shippedEngine } from '../storyFixture.ts';

const engine = shippedEngine();

describe('what the curators get to see', () => {
  it('records unknown and unsure answers, not confident ones or empty input', () => {
    expect(shouldRecord(engine.ask('how tall is the eiffel tower'))).toBe(true);
    expect(shouldRecord(engine.ask('x'.repeat(10_000)))).toBe(true);
    expect(shouldRecord(engine.ask('did putin really call elton john?'))).toBe(false);
    expect(shouldRecord(engine.ask('   '))).toBe(false);
  });

  it('keeps the question, its normalised form and the nearest entry, and nothing about the asker', () => {
    const record = questionRecordOf(engine.ask('Did PUTIN call Taylor Swift??'), 'dm');
    expect(record).toMatchObject({
      question: 'Did PUTIN call Taylor Swift??',
      normalized: 'did putin call taylor swift',
      status: 'unknown',
      origin: 'dm',
    });
    expect(Object.keys(record).sort()).toEqual([
      'bestEntryId',
      'confidence',
      'normalized',
      'origin',
      'question',
      'status',
    ]);
  });
});
