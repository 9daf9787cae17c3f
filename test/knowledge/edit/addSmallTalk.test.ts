import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addSmallTalk } from '../../../src/knowledge/edit/addSmallTalk.ts';
import { STORY_DIR } from '../../storyFixture.ts';

const QA = `# curated by hand
entries:
  - id: opening   # the first one
    question: When does the bridge open?
    alternates: [when does it open, bridge opening date]
    answer: The bridge opens on Saturday.
`;

const WITH_SECTION = `${QA}
# What people say to the bot here that is not a question.
small_talk:
  greeting:
    - hiya mates   # asked in the town's server
    - "yo yo"
  thanks: [cheers legend]
`;

function smallTalkOf(text: string): Record<string, string[]> {
  return (parse(text) as { small_talk?: Record<string, string[]> }).small_talk ?? {};
}

function added(text: string, kind: Parameters<typeof addSmallTalk>[1], phrase: string): string {
  const edit = addSmallTalk(text, kind, phrase);
  if (!edit.ok) throw new Error(edit.error);
  expect(edit.value.status).toBe('added');
  return edit.value.text;
}

describe('addSmallTalk', () => {
  it('starts the section at the end of a file without one, indented as the file is', () => {
    const text = added(QA, 'greeting', 'hiya mates');
    expect(text).toBe(`${QA}\nsmall_talk:\n  greeting:\n    - hiya mates\n`);
    expect(smallTalkOf(text)).toEqual({ greeting: ['hiya mates'] });
  });

  it("adds a line after the kind's last phrase, written like it, and changes nothing else", () => {
    const text = added(WITH_SECTION, 'greeting', 'howdy folks');
    expect(text).toBe(
      WITH_SECTION.replace('    - "yo yo"\n', '    - "yo yo"\n    - "howdy folks"\n'),
    );
    expect(smallTalkOf(text).greeting).toEqual(['hiya mates', 'yo yo', 'howdy folks']);
  });

  it('adds to a flow list in place, quoting what YAML would misread', () => {
    const text = added(WITH_SECTION, 'thanks', 'ta, mate: [legend]');
    expect(text).toContain('  thanks: [cheers legend, "ta, mate: [legend]"]\n');
    expect(smallTalkOf(text).thanks).toEqual(['cheers legend', 'ta, mate: [legend]']);
  });

  it('adds a kind the section does not have yet after its last one', () => {
    const text = added(WITH_SECTION, 'praise', 'nice one bot');
    expect(text).toBe(`${WITH_SECTION}  praise:\n    - nice one bot\n`);
    expect(text.startsWith('# curated by hand\n')).toBe(true);
  });

  it('keeps every comment and line of the shipped qa.yaml', () => {
    const shipped = readFileSync(join(STORY_DIR, 'qa.yaml'), 'utf8');
    const text = added(shipped, 'greeting', 'hiya mates');
    expect(text.startsWith(shipped)).toBe(true);
    // The file ends with a blank line already: the section follows it.
    expect(shipped.endsWith('\n\n')).toBe(true);
    expect(text.slice(shipped.length)).toBe('small_talk:\n  greeting:\n    - hiya mates\n');
  });

  it('reports a phrase the kind has already, ignoring case and spaces', () => {
    expect(addSmallTalk(WITH_SECTION, 'greeting', 'Hiya  Mates')).toEqual({
      ok: true,
      value: { status: 'already', text: WITH_SECTION },
    });
  });

  it('fills an empty section, and keeps CRLF line ends', () => {
    const empty = added(`${QA}small_talk:\n`, 'goodbye', 'laters mates');
    expect(smallTalkOf(empty)).toEqual({ goodbye: ['laters mates'] });
    const crlf = added(WITH_SECTION.replace(/\n/g, '\r\n'), 'greeting', 'howdy folks');
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
    expect(smallTalkOf(crlf).greeting).toContain('howdy folks');
  });

  it('says why when the file will not do', () => {
    expect(addSmallTalk('entries: [', 'greeting', 'x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid YAML'),
    });
    expect(addSmallTalk('- a list\n', 'greeting', 'x')).toMatchObject({ ok: false });
  });
});
