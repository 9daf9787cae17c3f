import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { OTHER_STORY_DIR, shippedLanguage, shippedStory, storyAt } from '../storyFixture.ts';

const story = storyAt(OTHER_STORY_DIR);
const engine = createAnswerEngine(story, shippedLanguage());
const id = (question: string): string | undefined => {
  const answer = engine.ask(question);
  return answer.status === 'answered' ? answer.entry.id : undefined;
};

describe('the engine on a second, small story', () => {
  it('answers plain questions, including a why worded unlike its phrasings', () => {
    expect(id('why is the bridge closing')).toBe('why-closing');
    expect(id("how come they're shutting the bridge")).toBe('why-closing');
    expect(id("what's the reason they closed it")).toBe('why-closing');
    expect(id('when does the bridge close')).toBe('closure-dates');
    expect(id('how old is the bridge')).toBe('bridge-history');
  });

  it('answers a question about a fact that only an answer holds', () => {
    expect(id('what caused the cracks')).toBe('why-closing');
    expect(id('who pays for the repairs')).toBe('repair-cost');
    expect(id('how often does the shuttle run')).toBe('detour');
    expect(id('who owns the bakery')).toBe('businesses');
    expect(id('who is the mayor')).toBe('repair-cost');
  });

  it('reads no wrong detail into the subject of a copula the story never names', () => {
    // "the tunnel" is another thing, not a wrong detail of the bridge's story.
    expect(engine.ask('is the tunnel still open').status).toBe('unknown');
    expect(engine.ask('is the tram still running').status).toBe('unknown');
  });

  it('opens a yes/no reply with the entry verdict', () => {
    const answer = engine.ask('is the bridge going to collapse');
    expect(answer.status === 'answered' && answer.text).toMatch(/^No — /);
  });

  it('refuses questions about another subject, the shipped story included', () => {
    for (const question of [
      'who won the football game last night',
      'what is the population of millbrook',
      'did putin really call elton john',
    ]) {
      expect(engine.ask(question).status, question).toBe('unknown');
    }
  });

  it('says nothing of the shipped story, whatever it is asked', () => {
    const shipped = shippedStory();
    const names = new Set(
      shipped.article.title.split(/\W+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w)),
    );
    const replies = ['', 'help', 'what happened', 'tell me everything'].map((q) => {
      const answer = engine.ask(q);
      return JSON.stringify(answer);
    });
    for (const reply of [...replies, ...engine.complete('wh', 5).map((s) => s.question)]) {
      for (const name of names) expect(reply).not.toContain(name);
    }
  });
});
