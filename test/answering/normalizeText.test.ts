import { describe, expect, it } from 'vitest';
import { normalizeText, words } from '../../src/answering/normalizeText.ts';

describe('normalizeText', () => {
  it('lower-cases and drops punctuation and markdown', () => {
    expect(normalizeText('Did **Putin** really call ~~Elton~~?!')).toBe(
      'did putin really call elton',
    );
  });

  it('expands contractions, typographic apostrophes included', () => {
    expect(normalizeText('Didn’t he? What’s that? Putin’s call')).toBe(
      'did not he what is that putin call',
    );
    expect(normalizeText("won't can't")).toBe('will not can not');
  });

  it('removes zero-width and bidi characters that would split words invisibly', () => {
    expect(normalizeText('pu\u200Btin \u202Eel\uFEFFton')).toBe('putin elton');
  });

  it('applies NFKC so full-width and ligature forms read as plain letters', () => {
    expect(normalizeText('ＰＵＴＩＮ ﬁne')).toBe('putin fine');
  });

  it('strips Discord mentions, custom emoji and links', () => {
    expect(
      normalizeText(
        '<@123456789012345678> @everyone <:pepe:123456> did <#1234> https://x.y/z putin call',
      ),
    ).toBe('did putin call');
  });

  it('collapses letters repeated three times or more', () => {
    expect(normalizeText('sooooo realllly')).toBe('soo really');
  });

  it('keeps letters of other scripts as words', () => {
    expect(words(normalizeText('Путин звонил?'))).toEqual(['путин', 'звонил']);
  });

  it('gives nothing for emoji-only or control-only input', () => {
    expect(normalizeText('😀🎉 \u0000\u0007')).toBe('');
    expect(words('')).toEqual([]);
  });
});
