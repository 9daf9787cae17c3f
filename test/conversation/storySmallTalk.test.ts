import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { createConversations } from '../../src/conversation/conversations.ts';
import { languageSmallTalk, storySmallTalk } from '../../src/conversation/storySmallTalk.ts';
import type { Story } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { tinyStory } from '../tinyStory.ts';

const language = shippedLanguage();
/** The tiny story with small talk of its own, as a curator's marking leaves it. */
const chatty: Story = {
  ...tinyStory(),
  smallTalk: { greeting: ['Hiya mates!!'], thanks: ['cheers legend'] },
};

describe("a story's own small talk", () => {
  it("joins the language's for that story, read the way a message is read", () => {
    const talk = storySmallTalk(chatty, language);
    expect(talk.kind('hiya mates')).toBe('greeting');
    expect(talk.kind('HIYA   mates :)')).toBe('greeting');
    expect(talk.kind('cheers legend, bye')).toBe('goodbye');
    expect(talk.kind('hello')).toBe('greeting');
    expect(talk.kind('hiya mates when does the bridge open')).toBeUndefined();
  });

  it('never reaches another story, nor the language', () => {
    expect(languageSmallTalk(language).kind('hiya mates')).toBeUndefined();
    expect(storySmallTalk(tinyStory(), language).kind('hiya mates')).toBeUndefined();
  });

  it('gets the reply of its kind, and a question around it is still answered', () => {
    const conversations = createConversations(language);
    const engine = createAnswerEngine(chatty, language);
    const turn = conversations.reply(engine, 'hiya mates', 'dm:1');
    expect(turn).toMatchObject({ kind: 'small-talk', talk: 'greeting' });
    expect(turn.kind === 'small-talk' && turn.text).toContain(chatty.title);
    const question = conversations.reply(
      engine,
      'cheers legend, when does the bridge open?',
      'dm:1',
    );
    expect(
      question.kind === 'answer' &&
        question.answer.status === 'answered' &&
        question.answer.entry.id,
    ).toBe('opening');
  });

  it('is read from the story served: a reload that brings it takes effect at the next message', () => {
    const conversations = createConversations(language);
    const before = conversations.reply(createAnswerEngine(tinyStory(), language), 'hiya mates');
    expect(before.kind).toBe('answer');
    const after = conversations.reply(createAnswerEngine(chatty, language), 'hiya mates');
    expect(after).toMatchObject({ kind: 'small-talk', talk: 'greeting' });
  });

  it('names the kind a message comes closest to, for a curator to start from', () => {
    const { reader, words } = languageSmallTalk(language);
    expect(reader.likely(words('hiya mates'))).toBe('greeting');
    expect(reader.likely(words('cheers legend'))).toBe('thanks');
    expect(reader.likely(words('thanks, see you later'))).toBe('goodbye');
    expect(reader.likely(words('when does the bridge open'))).toBeUndefined();
  });
});
