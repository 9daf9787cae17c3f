import { describe, expect, it } from 'vitest';
import { renderConsoleText } from '../../src/render/consoleText.ts';
import { toJsonRecord } from '../../src/render/jsonRecord.ts';
import { unknownReply } from '../../src/render/replies.ts';
import { renderStoryText } from '../../src/render/storyText.ts';
import { shippedEngine } from '../storyFixture.ts';

const engine = shippedEngine();

describe('console text', () => {
  it('shows the answer and each quote with its paragraph number', () => {
    const answer = engine.ask('did putin really call elton?');
    const text = renderConsoleText(answer, engine.story);
    if (answer.status !== 'answered') throw new Error('expected an answer');
    expect(text).toContain(answer.text);
    for (const source of answer.sources)
      expect(text).toContain(`"${source.quote}" (paragraph ${source.paragraph})`);
  });

  it('says plainly when the article does not cover a question', () => {
    expect(renderConsoleText(engine.ask('what is the capital of peru'), engine.story)).toContain(
      unknownReply('not-covered', engine.story),
    );
    expect(renderConsoleText(engine.ask(''), engine.story)).toContain(
      unknownReply('empty', engine.story),
    );
  });

  it('tells the story with its turns and sources', () => {
    const text = renderStoryText(engine.story);
    expect(text).toContain(engine.story.article.title);
    expect(text).toMatch(/hoax/);
    expect(text).toMatch(/\(paragraph 9\)/);
  });
});

describe('JSON record', () => {
  it('has exactly the stable fields', () => {
    const record = toJsonRecord(engine.ask('did putin really call elton?'));
    expect(Object.keys(record).sort()).toEqual([
      'answer',
      'confidence',
      'id',
      'question',
      'sources',
      'status',
      'suggestions',
    ]);
    expect(record.status).toBe('answered');
    expect(record.id).toBe('did-putin-call');
    expect(record.sources[0]).toEqual({ quote: expect.any(String), paragraph: expect.any(Number) });
  });

  it('has null answer and id when unknown', () => {
    const record = toJsonRecord(engine.ask('who won the world cup'));
    expect(record).toMatchObject({ status: 'unknown', answer: null, id: null, sources: [] });
  });
});
