import { loadDiscordSpec } from '@story-bot/loopback-discord';
import { describe, expect, it } from 'vitest';
import { applyBotQuirks, BOT_CONTENT_LIMIT } from '../../src/openapi/quirks.ts';

describe('applyBotQuirks', () => {
  it('fails loudly when the spec no longer has a quirk it corrects', () => {
    // The shipped spec, already corrected, no longer reads as the quirks expect.
    const corrected = loadDiscordSpec();
    expect(() => applyBotQuirks(corrected)).toThrow(/MessageCreateRequest.content maxLength 4000/);
  });

  it('sets the bot content limit on every message request', () => {
    const schemas = loadDiscordSpec().components.schemas;
    const content = (name: string): unknown =>
      ((schemas[name]?.properties ?? {}) as Record<string, { maxLength?: number }>).content
        ?.maxLength;
    expect(content('MessageCreateRequest')).toBe(BOT_CONTENT_LIMIT);
    expect(content('MessageEditRequestPartial')).toBe(BOT_CONTENT_LIMIT);
    expect(content('IncomingWebhookRequestPartial')).toBe(2000);
  });
});
