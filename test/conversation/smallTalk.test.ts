import { describe, expect, it } from 'vitest';
import { isPictographsOnly, messageWords } from '../../src/conversation/phraseTable.ts';
import { createSmallTalkReader } from '../../src/conversation/smallTalk.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const reader = createSmallTalkReader(language.smallTalk);
const read = (text: string): string[] => messageWords(text, language, reader.vocabulary);

describe('small talk', () => {
  it.each([
    ['hi!', 'greeting'],
    ['heyy there', 'greeting'],
    ['Good morning :)', 'greeting'],
    ["what's up", 'howAreYou'],
    ['thanks so much bot', 'thanks'],
    ['ty', 'thanks'],
    ['k thanks bye', 'goodbye'],
    ['who are you?', 'identity'],
    ['what can u do', 'capabilities'],
    ['help', 'capabilities'],
    ['lol ok', 'acknowledgement'],
    ['you suck', 'insult'],
    ['good bot', 'praise'],
  ])('reads %j as %s', (text, kind) => {
    expect(reader.kind(read(text))).toBe(kind);
  });

  it('is never a message that asks something besides', () => {
    for (const text of [
      'hi, who is the mayor?',
      'thanks! and why did she resign',
      'what can you tell me about the budget',
      'help me understand the vote',
      'what do you know about the treasurer',
      'is the mayor a good person',
    ]) {
      expect(reader.kind(read(text)), text).toBeUndefined();
    }
  });

  it('takes off the small talk around a question', () => {
    expect(reader.strip(read('ok thanks, and who is he lol')).join(' ')).toBe('and who is he');
    expect(reader.strip(read('why?')).join(' ')).toBe('why');
    expect(reader.strip(read('thanks')).join(' ')).toBe('thanks');
  });

  it('reads a message of pictographs alone as a reaction', () => {
    expect(isPictographsOnly('👍')).toBe(true);
    expect(isPictographsOnly('😂🙏 !')).toBe(true);
    expect(isPictographsOnly('👍 ok')).toBe(false);
    expect(isPictographsOnly('?')).toBe(false);
  });
});
