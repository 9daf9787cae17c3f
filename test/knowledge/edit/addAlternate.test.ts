import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addAlternate } from '../../../src/knowledge/edit/addAlternate.ts';
import { STORY_DIR } from '../../storyFixture.ts';

const QA = `# curated by hand
entries:
  - id: opening   # the first one
    question: When does the bridge open?
    alternates:
      - when does it open  # short
      - "bridge opening date"
    answer: >-
      The bridge opens
      on Saturday.
  - id: cost
    question: How much did it cost?
    alternates: [bridge cost, 'price of it']
    answer: Forty million.
`;

/** Lines of `after` that are not in `before`, in order (a line-level diff for one insertion). */
function inserted(before: string, after: string): string[] {
  const old = before.split('\n');
  const lines = after.split('\n');
  const index = lines.findIndex((line, i) => line !== old[i]);
  return lines.slice(index, index + (lines.length - old.length));
}

function alternatesOf(text: string, id: string): string[] {
  const data = parse(text) as { entries: { id: string; alternates: string[] }[] };
  return data.entries.find((e) => e.id === id)?.alternates ?? [];
}

describe('addAlternate', () => {
  it('inserts one line after the last alternate, written like it, and changes nothing else', () => {
    const edit = addAlternate(QA, 'opening', 'is it open on saturday');
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.status).toBe('added');
    expect(inserted(QA, edit.value.text)).toEqual(['      - "is it open on saturday"']);
    expect(edit.value.text.replace('      - "is it open on saturday"\n', '')).toBe(QA);
    expect(alternatesOf(edit.value.text, 'opening').at(-1)).toBe('is it open on saturday');
  });

  it('quotes what YAML would misread, and adds to a flow list in place', () => {
    const edit = addAlternate(QA, 'cost', 'cost: how much, [really]?');
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.text).toContain(
      "alternates: [bridge cost, 'price of it', 'cost: how much, [really]?']",
    );
    expect(alternatesOf(edit.value.text, 'cost')).toEqual([
      'bridge cost',
      'price of it',
      'cost: how much, [really]?',
    ]);
  });

  it('keeps every comment and line of the shipped qa.yaml', () => {
    const text = readFileSync(join(STORY_DIR, 'qa.yaml'), 'utf8');
    const edit = addAlternate(text, 'did-putin-call', 'did the russian leader phone the singer');
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.text.split('\n')).toHaveLength(text.split('\n').length + 1);
    expect(inserted(text, edit.value.text)).toEqual([
      '      - did the russian leader phone the singer',
    ]);
  });

  it('reports a phrasing the entry already has, ignoring case and spaces', () => {
    expect(addAlternate(QA, 'opening', 'When does  it OPEN')).toEqual({
      ok: true,
      value: { status: 'already', text: QA },
    });
    expect(addAlternate(QA, 'opening', 'when does the bridge open?')).toMatchObject({
      ok: true,
      value: { status: 'already' },
    });
  });

  it('says why when the entry or the file will not do', () => {
    expect(addAlternate(QA, 'nope', 'x')).toEqual({
      ok: false,
      error: 'qa.yaml has no entry "nope"',
    });
    expect(addAlternate('entries: [', 'opening', 'x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid YAML'),
    });
  });

  it('keeps CRLF line ends', () => {
    const crlf = QA.replace(/\n/g, '\r\n');
    const edit = addAlternate(crlf, 'opening', 'opening day');
    if (!edit.ok) throw new Error(edit.error);
    expect(edit.value.text).toContain('      - "opening day"\r\n    answer');
    expect(edit.value.text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
