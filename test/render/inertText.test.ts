import { describe, expect, it } from 'vitest';
import { inertMarkdown, inertPlainText } from '../../src/render/inertText.ts';
import { HOSTILE } from './hostileText.ts';

describe('inert echoes of user text', () => {
  it('take out bidi controls and zero-width characters, keeping one line', () => {
    const text = inertPlainText('a\u202Eb\u200Bc\u2066d\uFEFFe\nf\r\n\tg\u0000h', 100);
    expect(text).toBe('a b c d e f g h');
  });

  it('write links so that nothing makes them live', () => {
    const text = inertPlainText(HOSTILE, 500);
    expect(text).not.toMatch(/[a-z]:\/\//i);
    expect(text).not.toMatch(/discord\.(gg|com)/i);
    expect(text).toContain('http[:]//evil.example');
    expect(text).toContain('discord[.]gg/abcdef');
  });

  it('escape every markdown character, so nothing restyles the message or changes its layout', () => {
    expect(inertMarkdown('# big', 100)).toBe('\\# big');
    expect(inertMarkdown('- item', 100)).toBe('\\- item');
    expect(inertMarkdown('1. item', 100)).toBe('1\\. item');
    expect(inertMarkdown('> quote', 100)).toBe('\\> quote');
    expect(inertMarkdown('**b** _i_ `c` ||s|| ~~x~~', 100)).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\|\\|s\\|\\| \\~\\~x\\~\\~',
    );
    const masked = inertMarkdown(HOSTILE, 500);
    expect(masked).not.toMatch(/(?<!\\)[[\]()<>]/);
    expect(masked).toContain('\\[free nitro\\]\\(http\\[\\:\\]//evil.example\\)');
  });

  it('cut long text to length before escaping', () => {
    expect(inertPlainText('x'.repeat(500), 100)).toHaveLength(100);
  });
});
