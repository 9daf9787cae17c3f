import { describe, expect, it } from 'vitest';
import { conversationKey, createConversations } from '../../src/conversation/conversations.ts';
import type { Turn } from '../../src/conversation/turn.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { townEngine, townStory } from './townStory.ts';

const engine = townEngine();
const story = townStory();

/** Conversations on a clock the test moves. */
function talk(ttlMs = 600_000) {
  const clock = { now: 0 };
  const conversations = createConversations(shippedLanguage(), { ttlMs, now: () => clock.now });
  return {
    clock,
    conversations,
    say: (text: string, key: string | undefined = 'dm:1'): Turn =>
      conversations.reply(engine, text, key),
  };
}

/** The entry a turn answered, or what kind of turn it was. */
function entryOf(turn: Turn): string {
  if (turn.kind === 'answer') {
    return turn.answer.status === 'answered' ? turn.answer.entry.id : 'unknown';
  }
  return turn.kind === 'sources' ? `sources of ${turn.answer.entry.id}` : turn.kind;
}

describe('small talk', () => {
  it('answers greetings, thanks and the like in its own voice, with an example of the story', () => {
    const { say } = talk();
    for (const text of ['hi', 'thanks!', 'who are you?', 'what can you do', 'lol', 'you suck']) {
      const turn = say(text);
      expect(turn.kind, text).toBe('small-talk');
      if (turn.kind !== 'small-talk') continue;
      expect(turn.text).not.toMatch(/doesn't cover/);
      expect(turn.text).not.toMatch(/\{story\}|\{example\}/);
    }
    const turn = say('hello');
    if (turn.kind !== 'small-talk') throw new Error('not small talk');
    expect(turn.text).toContain(story.title);
    expect(story.examples.some((q) => turn.text.includes(q))).toBe(true);
    expect(story.examples).toContain(turn.example?.question);
  });

  it('leaves a message longer than any question to the engine, small talk or not', () => {
    const { say } = talk();
    expect(say('ok '.repeat(3000))).toMatchObject({
      kind: 'answer',
      answer: { status: 'unknown', reason: 'too-long' },
    });
  });

  it('answers the question when small talk comes with one', () => {
    const { say } = talk();
    expect(entryOf(say('hi! when is the new election?'))).toBe('election');
  });
});

describe('follow-ups', () => {
  it('reads a pronoun as the person of the previous question', () => {
    const { say } = talk();
    say('who is rosa alba');
    expect(entryOf(say('why did she resign'))).toBe('why-alba');
    say('who is tom reyes');
    const turn = say('why did he resign?');
    expect(entryOf(turn)).toBe('why-reyes');
    expect(turn).toMatchObject({ kind: 'answer', reading: 'in-context' });
    // The reply is to the question as typed, read as the question it stands for.
    if (turn.kind === 'answer') {
      expect(turn.answer.question).toBe('why did he resign?');
      expect(turn.readAs).toContain('tom reyes');
    }
  });

  it('reads a pronoun as someone the answer named when the question named no one', () => {
    const { say } = talk();
    say('how big was the budget gap');
    expect(entryOf(say('who is he?'))).toBe('who-reyes');
  });

  it('reads an auxiliary alone as the previous question asked again', () => {
    const { say } = talk();
    say('when is the new election');
    expect(say('is it?')).toMatchObject({ kind: 'answer', reading: 'in-context' });
    expect(entryOf(say('is it?'))).toBe('election');
  });

  it('reads "and X?" as the previous question about X', () => {
    const { say } = talk();
    say('why did rosa alba resign');
    expect(entryOf(say('and tom reyes?'))).toBe('why-reyes');
    expect(entryOf(say('what about the mayor'))).toBe('why-alba');
  });

  it('reads a question word alone with the previous question', () => {
    const { say } = talk();
    say('did the treasurer resign');
    expect(entryOf(say('why?'))).toBe('why-reyes');
  });

  it("shows the previous answer's sources, and restates it when doubted", () => {
    const { say } = talk();
    say('who is the treasurer');
    const sources = say('source?');
    expect(entryOf(sources)).toBe('sources of who-reyes');
    if (sources.kind === 'sources') {
      expect(sources.answer.sources[0]?.quote).toMatch(/Tom Reyes/);
    }
    expect(entryOf(say('is that true?'))).toBe('sources of who-reyes');
  });

  it("follows the entry's related questions for more, without repeating itself", () => {
    const { say } = talk();
    say('who is tom reyes');
    const first = say('tell me more');
    expect(first).toMatchObject({ kind: 'answer', reading: 'more' });
    expect(entryOf(first)).toBe('why-reyes');
    expect(entryOf(say('more'))).toBe('budget-gap');
  });

  it('reads a question that names its subject on its own', () => {
    const { say } = talk();
    say('who is rosa alba');
    const turn = say('when is the new election');
    expect(entryOf(turn)).toBe('election');
    expect(turn).toMatchObject({ reading: 'alone' });
  });

  it('still refuses what the article does not say about the person of the previous question', () => {
    const { say } = talk();
    say('who is tom reyes');
    expect(entryOf(say('how old is he'))).toBe('unknown');
    expect(entryOf(say('is he married?'))).toBe('unknown');
  });

  it('asks for the whole question when a follow-up has nothing to follow', () => {
    const { say } = talk();
    for (const text of ['why?', 'source?', 'tell me more', "who's that guy?"]) {
      const turn = say(text, `fresh:${text}`);
      expect(turn.kind, text).toBe('unclear');
      if (turn.kind === 'unclear') {
        expect(turn.suggestions.map((s) => s.question)).toEqual(story.examples);
      }
    }
  });

  it('answers a follow-up with nothing to follow as well as it can alone', () => {
    const { say } = talk();
    expect(entryOf(say('and the election?', 'fresh'))).toBe('election');
  });
});

describe('what a conversation remembers', () => {
  it('never crosses users or channels', () => {
    const { say } = talk();
    say('who is tom reyes', conversationKey('channel-1', 'user-a'));
    say('who is rosa alba', conversationKey('channel-1', 'user-b'));
    expect(entryOf(say('why did he resign', conversationKey('channel-1', 'user-a')))).toBe(
      'why-reyes',
    );
    expect(entryOf(say('why?', conversationKey('channel-1', 'user-b')))).toBe('why-alba');
    expect(say('why?', conversationKey('channel-2', 'user-a')).kind).toBe('unclear');
    expect(say('source?', conversationKey('thread-3', 'user-b')).kind).toBe('unclear');
  });

  it('remembers nothing for a message without a conversation', () => {
    const { conversations } = talk();
    conversations.reply(engine, 'who is tom reyes');
    expect(conversations.reply(engine, 'why?').kind).toBe('unclear');
    expect(conversations.size).toBe(0);
  });

  it('forgets a conversation after its time', () => {
    const { say, clock } = talk(10 * 60_000);
    say('who is tom reyes');
    clock.now = 9 * 60_000;
    expect(entryOf(say('source?'))).toBe('sources of who-reyes');
    clock.now = 20 * 60_000;
    expect(say('source?').kind).toBe('unclear');
  });

  it('starts afresh after a goodbye', () => {
    const { say } = talk();
    say('who is tom reyes');
    expect(say('thanks, bye!').kind).toBe('small-talk');
    expect(say('why?').kind).toBe('unclear');
  });

  it('keeps its context through small talk and refusals', () => {
    const { say } = talk();
    say('who is tom reyes');
    say('cool thanks');
    say('who won the football cup');
    expect(entryOf(say('why did he resign'))).toBe('why-reyes');
  });

  it('takes a question picked from a list as the subject', () => {
    const { say, conversations } = talk();
    const reyes = engine.entry('who-reyes');
    if (!reyes) throw new Error('no entry');
    conversations.picked('dm:1', reyes);
    expect(entryOf(say('why did he resign'))).toBe('why-reyes');
  });
});
