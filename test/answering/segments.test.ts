import { describe, expect, it } from 'vitest';
import { createSegmenter, SEGMENTING } from '../../src/answering/segments.ts';

const questionSegments = createSegmenter(['but']);

describe('questionSegments', () => {
  it('never splits a short message', () => {
    expect(questionSegments('so the bridge closed, why?')).toEqual([]);
  });

  it('offers the asked part and the last part of a long message', () => {
    expect(
      questionSegments(
        'so the town says the bridge is fine, then the council closes it, which is it, is it safe?',
      ),
    ).toEqual(['is it safe']);
    expect(
      questionSegments('i read about the library opening. who paid for the new building'),
    ).toEqual(['who paid for the new building']);
  });

  it('splits at "but" and keeps parts long enough to be questions', () => {
    expect(
      questionSegments('i know the mayor opened the library but who runs the library now'),
    ).toEqual(['who runs the library now']);
    expect(questionSegments('the mayor opened the new library in town today, huh?')).toEqual([]);
  });

  it('offers a part opened by a question word when no question mark follows it', () => {
    const asking = createSegmenter(['but'], SEGMENTING, new Set(), new Set(['who', 'how']));
    expect(asking('how many towns closed a bridge, there is a debate going on here')).toEqual([
      'how many towns closed a bridge',
      'there is a debate going on here',
    ]);
    expect(asking('how many towns closed a bridge, according to the council report?')).toEqual([
      'according to the council report',
    ]);
  });

  it('takes its limits from the options', () => {
    const text = 'the bridge closed. why';
    expect(questionSegments(text)).toEqual([]);
    const eager = createSegmenter(['but'], {
      ...SEGMENTING,
      minMessageWords: 2,
      minSegmentWords: 1,
    });
    expect(eager(text)).toEqual(['why']);
  });

  it('splits at the separator words it is given', () => {
    const text = 'i know the mayor opened the library yet who runs the library now';
    expect(questionSegments(text)).toEqual([]);
    expect(createSegmenter(['but', 'yet'])(text)).toEqual(['who runs the library now']);
  });

  it('leaves out a part that only adds circumstances to the one before', () => {
    const text = 'was the bridge really safe in the end, after the inspection?';
    expect(questionSegments(text)).toEqual(['after the inspection']);
    expect(createSegmenter(['but'], SEGMENTING, new Set(['after']))(text)).toEqual([]);
  });
});
