import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../src/answering/learned/features.ts';
import { trainSoftmax } from '../../../src/answering/learned/softmaxModel.ts';

const words = (text: string): string[] => text.toLowerCase().split(/\s+/);
const example = (text: string, label: number) => ({
  features: featuresOf(words(text), words(text)),
  label,
});
const examples = [
  example('who opened the bridge', 0),
  example('which person opened the bridge', 0),
  example('bridge opened by whom', 0),
  example('how much did the bridge cost', 1),
  example('what was the price of the bridge', 1),
  example('bridge cost', 1),
  example('why was the toll criticised', 2),
  example('what did critics say about the toll', 2),
  example('toll too high', 2),
];

describe('trainSoftmax', () => {
  const model = trainSoftmax(examples, 3);
  const best = (text: string): number => {
    const p = model.predict(featuresOf(words(text), words(text)));
    return p.indexOf(Math.max(...p));
  };

  it('gives each phrasing it was trained on its own class', () => {
    for (const { features, label } of examples) {
      const p = model.predict(features);
      expect(p.indexOf(Math.max(...p))).toBe(label);
    }
  });

  it('ranks an unseen wording by the words it shares with a class', () => {
    expect(best('who was it that opened it')).toBe(0);
    expect(best('the price they paid')).toBe(1);
    expect(best('critics of the toll')).toBe(2);
  });

  it('reads a misspelt word by its letters', () => {
    expect(best('how much was the brigde cots')).toBe(1);
  });

  it('gives probabilities that sum to one, and the same model for the same phrasings', () => {
    const p = model.predict(featuresOf(words('anything at all'), words('anything at all')));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const again = trainSoftmax(examples, 3).predict(featuresOf(words('bridge'), words('bridge')));
    expect([...again]).toEqual([...model.predict(featuresOf(words('bridge'), words('bridge')))]);
  });

  it('learns the same whatever order the phrasings come in, so one more phrasing moves little', () => {
    const reversed = trainSoftmax([...examples].reverse(), 3);
    const question = featuresOf(words('how much was the toll'), words('how much was the toll'));
    expect([...reversed.predict(question)]).toEqual([...model.predict(question)]);
  });
});
