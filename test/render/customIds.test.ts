import { describe, expect, it } from 'vitest';
import {
  type ComponentAction,
  decodeAction,
  encodeAction,
  entryIdOfRef,
  entryRefOf,
} from '../../src/render/discord/customIds.ts';

describe('custom ids of the review', () => {
  const group = '0123456789ab';
  const actions: ComponentAction[] = [
    { kind: 'curate-page', page: 0 },
    { kind: 'curate-refresh', page: 12 },
    { kind: 'curate-disliked', page: 3 },
    { kind: 'curate-add', page: 999, groupId: group, entryRef: 'did-it-happen' },
    { kind: 'curate-add', page: 0, groupId: group, entryRef: entryRefOf('x'.repeat(200)) },
    { kind: 'curate-pick', page: 1, groupId: group },
    { kind: 'curate-dismiss', page: 2, groupId: group },
    { kind: 'curate-talk', page: 7, groupId: group },
    { kind: 'curate-find', page: 2, groupId: group },
    { kind: 'curate-search', page: 2, groupId: group },
  ];

  it.each(actions)('reads back what it wrote: %o', (action) => {
    const id = encodeAction(action);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeAction(id)).toEqual(action);
  });

  it.each([
    'curate:',
    'curate:page',
    'curate:page:-1',
    'curate:page:01',
    'curate:page:12345',
    'curate:page:1:extra',
    'curate:add:0:0123456789ab',
    'curate:add:0:0123456789ab:Upper-Case',
    'curate:add:0:NOTHEX789abc:entry',
    'curate:add:0:0123456789ab:entry:more',
    'curate:dismiss:0',
    'curate:dismiss:0:0123456789ab:entry',
    'curate:talk:0',
    'curate:talk:0:0123456789ab:greeting',
    'curate:talk:0:not-a-group',
    'curate:delete:0:0123456789ab',
    'curate:__proto__:0',
    'curate:constructor:0:0123456789ab',
    'curate:toString:0:0123456789ab',
  ])('refuses "%s"', (customId) => {
    expect(decodeAction(customId)).toBeUndefined();
  });

  it('names an entry whose id is too long by a hash, found again among the ids', () => {
    const long = `a-${'very-'.repeat(30)}long-id`;
    const ref = entryRefOf(long);
    expect(ref).toMatch(/^~[0-9a-f]{16}$/);
    expect(entryIdOfRef(ref, ['short', long])).toBe(long);
    expect(entryIdOfRef('short', ['short', long])).toBe('short');
    expect(entryIdOfRef('gone', ['short', long])).toBeUndefined();
  });
});
