import { describe, expect, it } from 'vitest';
import { createShapeReader } from '../../src/conversation/messageShape.ts';
import { messageWords } from '../../src/conversation/phraseTable.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const readShape = createShapeReader(language.conversation, language.questionForm);
const shape = (text: string) => readShape(messageWords(text, language, new Set()));

describe('the shape of a message', () => {
  it.each([
    ['source?', 'sources'],
    ['how do you know', 'sources'],
    ['where does it say that', 'sources'],
    ['tell me more', 'more'],
    ['go on', 'more'],
    ['is that true?', 'truthCheck'],
    ['really?', 'truthCheck'],
  ])('reads %j as a request about the previous answer (%s)', (text, kind) => {
    expect(shape(text).kind).toBe(kind);
  });

  it('reads a question word alone as a question about the previous answer', () => {
    for (const text of ['why?', 'how so', 'by who?', 'why though', 'for how long?', 'will they?']) {
      expect(shape(text), text).toMatchObject({ kind: 'bare' });
    }
  });

  it('reads "and X?", "what about X", "X too?" as the previous question about X', () => {
    expect(shape('and the treasurer?')).toEqual({ kind: 'ellipsis', focus: ['the', 'treasurer'] });
    expect(shape('what about her budget')).toEqual({
      kind: 'ellipsis',
      focus: ['her', 'budget'],
    });
    expect(shape('the treasurer too?')).toEqual({ kind: 'ellipsis', focus: ['the', 'treasurer'] });
  });

  it('reads "and" before a question of its own as joining it, not as "and X?"', () => {
    expect(shape('and who did it then')).toMatchObject({ kind: 'pointing' });
    expect(shape('and what did the council say')).toEqual({ kind: 'plain' });
  });

  it('finds the words that point back, and what they can stand for', () => {
    expect(shape('is he gay')).toEqual({
      kind: 'pointing',
      pointers: [{ at: 1, length: 1, referent: 'person' }],
    });
    expect(shape("who's that guy")).toEqual({
      kind: 'pointing',
      pointers: [{ at: 2, length: 2, referent: 'person' }],
    });
    expect(shape('did they apologize')).toMatchObject({
      pointers: [{ referent: 'group' }],
    });
    expect(shape('who did it')).toMatchObject({ pointers: [{ referent: 'thing' }] });
  });

  it('reads a question that names its subject as plain', () => {
    expect(shape('when is the new election')).toEqual({ kind: 'plain' });
  });
});
