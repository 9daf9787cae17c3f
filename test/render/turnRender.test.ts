import { describe, expect, it } from 'vitest';
import { createConversations } from '../../src/conversation/conversations.ts';
import type { Turn } from '../../src/conversation/turn.ts';
import { renderTurnMessage } from '../../src/render/discord/turnMessage.ts';
import { toTurnRecord } from '../../src/render/jsonRecord.ts';
import { renderTurnText } from '../../src/render/turnText.ts';
import { townEngine } from '../conversation/townStory.ts';
import { shippedLanguage } from '../storyFixture.ts';

const engine = townEngine();
const { story } = engine;

/** The turns of one conversation, in order. */
function turns(...texts: string[]): Turn[] {
  const conversations = createConversations(shippedLanguage());
  return texts.map((text) => conversations.reply(engine, text, 'dm:1'));
}

describe('a conversation as JSON', () => {
  it('keeps small talk unknown, with no answer and no id, saying it was small talk', () => {
    const [greeting] = turns('hi there');
    if (!greeting) throw new Error('no turn');
    const record = toTurnRecord(greeting);
    expect(record).toMatchObject({
      question: 'hi there',
      status: 'unknown',
      answer: null,
      id: null,
      sources: [],
      smallTalk: { kind: 'greeting', reply: expect.stringContaining(story.title) },
    });
  });

  it("gives the previous answer's sources as that answer, and no small-talk field for answers", () => {
    const [answer, sources] = turns('who is tom reyes', 'source?');
    if (!answer || !sources) throw new Error('no turn');
    expect(toTurnRecord(answer)).not.toHaveProperty('smallTalk');
    expect(toTurnRecord(sources)).toMatchObject({
      question: 'source?',
      status: 'answered',
      id: 'who-reyes',
      sources: [{ paragraph: 3 }],
    });
  });

  it('offers the story examples when a follow-up has nothing to follow', () => {
    const [unclear] = turns('why?');
    if (!unclear) throw new Error('no turn');
    expect(toTurnRecord(unclear)).toMatchObject({
      status: 'unknown',
      id: null,
      suggestions: story.examples,
    });
  });
});

describe('a conversation in the console and in Discord', () => {
  it('shows small talk as the reply alone, with the example as a button in Discord', () => {
    const [greeting] = turns('hello');
    if (greeting?.kind !== 'small-talk') throw new Error('not small talk');
    expect(renderTurnText(greeting, story)).toBe(greeting.text);
    const message = renderTurnMessage(greeting, story);
    expect(message.content).toContain(story.title);
    expect(message.embeds).toEqual([]);
    expect(JSON.stringify(message.components)).toContain(greeting.example?.question ?? '?');
  });

  it("shows the previous answer's sources with their paragraphs", () => {
    const [, sources] = turns('who is tom reyes', 'where does it say that');
    if (!sources) throw new Error('no turn');
    expect(renderTurnText(sources, story)).toMatch(/\(paragraph 3\)/);
    const embed = renderTurnMessage(sources, story).embeds[0];
    expect(embed?.title).toBe('Who is Tom Reyes?');
    expect(embed?.fields?.[0]?.name).toBe('Source: paragraph 3');
  });

  it('asks for the whole question with the story examples as buttons', () => {
    const [unclear] = turns('how come?');
    if (!unclear) throw new Error('no turn');
    expect(renderTurnText(unclear, story)).toContain(story.examples[1] ?? '?');
    const message = renderTurnMessage(unclear, story);
    expect(message.embeds[0]?.description).toMatch(/\/faq/);
    expect(JSON.stringify(message.components)).toContain(story.examples[0] ?? '?');
  });
});
