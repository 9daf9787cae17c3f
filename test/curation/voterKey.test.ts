import { describe, expect, it } from 'vitest';
import { voterKeyOf } from '../../src/curation/voterKey.ts';

describe('voterKeyOf', () => {
  const base = {
    secret: 'a long random secret',
    userId: '80351110224678912',
    answerKey: 'reply-1',
  };

  it('is stable for one user on one answer, so a second vote is a duplicate', () => {
    expect(voterKeyOf(base)).toBe(voterKeyOf({ ...base }));
  });

  it('does not contain or look like the user id', () => {
    const key = voterKeyOf(base);
    expect(key).not.toContain(base.userId);
    expect(key).not.toMatch(/^\d{17,20}$/);
    expect(key).toHaveLength(22);
  });

  it("differs between answers, so one person's votes cannot be linked", () => {
    expect(voterKeyOf(base)).not.toBe(voterKeyOf({ ...base, answerKey: 'reply-2' }));
  });

  it('differs between secrets and between users', () => {
    expect(voterKeyOf(base)).not.toBe(voterKeyOf({ ...base, secret: 'another secret' }));
    expect(voterKeyOf(base)).not.toBe(voterKeyOf({ ...base, userId: '80351110224678913' }));
  });
});
