import { createHmac } from 'node:crypto';

/**
 * The curator key the audit trail keeps: an HMAC of who decided (a Discord user id, or a local
 * account name for the command line) under a secret the database never holds. The same curator
 * always gets the same key, so their decisions can be told apart from another's, but a leaked
 * database cannot be matched against a list of member ids.
 */
export function curatorKeyOf(input: {
  readonly secret: string;
  readonly curatorId: string;
}): string {
  // The prefix keeps a curator key from ever equalling a voter key made from the same id.
  return createHmac('sha256', input.secret)
    .update(`curator\u0000${input.curatorId}`)
    .digest('base64url')
    .slice(0, 22);
}
