import { createHmac } from 'node:crypto';

/**
 * The voter key the store expects: an HMAC of the user id and the answer under a secret the
 * database never holds. Keyed per answer, two votes of one person on different answers cannot be
 * linked; keyed with a secret, a leaked database cannot be matched against a list of member ids.
 * The same user on the same answer always gets the same key, which is what counts a vote once.
 */
export function voterKeyOf(input: {
  readonly secret: string;
  readonly userId: string;
  readonly answerKey: string;
}): string {
  // 128 bits is plenty to keep voters apart; the NUL keeps "ab"+"c" and "a"+"bc" distinct.
  return createHmac('sha256', input.secret)
    .update(`${input.answerKey}\u0000${input.userId}`)
    .digest('base64url')
    .slice(0, 22);
}
