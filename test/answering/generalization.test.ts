import { describe, expect, it } from 'vitest';
import { createSpellingCorrector } from '../../src/answering/spelling.ts';
import { shippedEngine, shippedLanguage } from '../storyFixture.ts';

const engine = shippedEngine();

function answeredId(question: string): string | null {
  const answer = engine.ask(question);
  return answer.status === 'answered' ? answer.entry.id : null;
}

describe('spelling: one-edit typos the fuzzy search misses', () => {
  const corrector = createSpellingCorrector(
    new Map([
      ['john', 3],
      ['peskov', 2],
      ['putin', 5],
    ]),
    shippedLanguage().alphabet,
  );
  it('finds swapped and substituted letters', () => {
    expect(corrector.correct('jhon')).toBe('john');
    expect(corrector.correct('pescov')).toBe('peskov');
    expect(corrector.correct('puttin')).toBe('putin');
  });
});

describe('general reading of questions', () => {
  it('splits two known words typed without a space', () => {
    expect(answeredId('did putin really phone eltonjohn')).toBe('did-putin-call');
  });

  it('reads a two-word verb split by its object ("sum it up")', () => {
    expect(answeredId('can someone sum it up for me')).toBe('summary');
  });

  it("reads a person's title as a job, the article's title as a headline", () => {
    expect(answeredId("what's peskov's title")).toBe('who-peskov');
    expect(answeredId("what's the article's title")).toBe('headline');
  });

  it('keeps a question whose context holds its subject ("..., who is he?")', () => {
    expect(answeredId("i'm not familiar with elton john, who is he?")).toBe('who-elton-john');
  });

  it('drops "my friend said" as a rumour source, but not "a wife" as a subject', () => {
    expect(answeredId('my friend said putin called elton, true?')).toBe('did-putin-call');
    expect(engine.ask('does putin have a wife').status).toBe('unknown');
  });

  it('drops "on tiktok" only when it says where a rumour was seen', () => {
    expect(engine.ask('is elton john on tiktok').status).toBe('unknown');
    expect(answeredId('i saw on tiktok that putin called elton, is that true')).toBe(
      'did-putin-call',
    );
  });

  it('refuses definitions and questions about facts of life the story never gives', () => {
    for (const question of [
      'what is a prank call',
      'what does the bbc stand for',
      'who is peskov married to',
      'what do you think about putin',
      'does putin have a wife',
    ]) {
      expect(engine.ask(question).status, question).toBe('unknown');
    }
  });

  it('refuses questions that reach past the article: today, other instances, predecessors, looks', () => {
    for (const question of [
      'is putin still the leader of russia',
      'who is the current press secretary',
      'which other stars got prank called',
      'who was kremlin spokesman before peskov',
      'what does elton john look like',
    ]) {
      expect(engine.ask(question).status, question).toBe('unknown');
    }
  });

  it('keeps "still" and "other" questions the article does answer', () => {
    expect(answeredId('would putin still be willing to speak with elton')).toBe(
      'putin-willing-to-speak',
    );
    expect(answeredId('who was on the other end of the line')).toBe('pranksters');
  });

  it('reads "might not" as doubt', () => {
    expect(answeredId('did peskov say the instagram post may not be his')).toBe('account-doubt');
  });

  it('keeps "says" and "saying" with "say", and "news" apart from "new"', () => {
    expect(answeredId('what was elton saying happened')).toBe('elton-claim');
    expect(answeredId('any new developments')).toBe('update');
  });
});
