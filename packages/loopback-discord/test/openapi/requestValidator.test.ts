// The request validator on Discord's own spec: bodies a bot sends, valid and not, by route.
import { createRequestValidator, type RequestValidator } from '@story-bot/loopback-discord';
import { beforeAll, describe, expect, it } from 'vitest';

let validator: RequestValidator;

beforeAll(() => {
  validator = createRequestValidator({ ignoredFields: ['enforce_nonce', 'tts'] });
});

const reply = (data: Record<string, unknown>): Record<string, unknown> => ({ type: 4, data });
const CALLBACK = '/interactions/111/token/callback';

describe('createRequestValidator on Discord’s spec', () => {
  it('accepts what a bot sends: a reply with an embed and buttons, an autocomplete, a DM', () => {
    const embed = {
      title: 'Title',
      description: 'An answer.',
      fields: [{ name: 'Source, paragraph 9', value: '> quoted', inline: false }],
      footer: { text: 'The story' },
    };
    const buttons = {
      type: 1,
      components: [{ type: 2, style: 2, label: '👍', custom_id: 'vote:up' }],
    };
    expect(
      validator.check(
        'POST',
        CALLBACK,
        reply({
          content: '',
          tts: false,
          enforce_nonce: false,
          embeds: [embed],
          components: [buttons],
          allowed_mentions: { parse: [] },
          flags: 64,
        }),
      ),
    ).toEqual({
      operation: 'POST /interactions/{interaction_id}/{interaction_token}/callback',
      problems: [],
    });
    const choices = { type: 8, data: { choices: [{ name: 'Did it happen?', value: 'x' }] } };
    expect(validator.check('POST', CALLBACK, choices).problems).toEqual([]);
    const dm = { content: 'hello', message_reference: { message_id: '123' } };
    expect(validator.check('POST', '/channels/1/messages', dm).problems).toEqual([]);
  });

  it('refuses, in Discord’s words, what Discord refuses, naming each field once', () => {
    const body = reply({
      embeds: [{ title: 't'.repeat(257) }],
      components: [
        { type: 1, components: [{ type: 2, style: 1, label: 'l'.repeat(81), custom_id: 'a' }] },
      ],
    });
    expect(validator.check('POST', CALLBACK, body).problems).toEqual([
      {
        at: 'data.embeds.0.title',
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 256 or fewer in length.',
        refused: true,
      },
      {
        at: 'data.components.0.components.0.label',
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 80 or fewer in length.',
        refused: true,
      },
    ]);
    const noType = validator.check('POST', CALLBACK, { data: { content: 'x' } });
    expect(noType.problems).toEqual([
      { at: 'type', code: 'BASE_TYPE_REQUIRED', message: 'This field is required', refused: true },
    ]);
    const badType = validator.check('POST', CALLBACK, { type: 42 });
    expect(badType.problems.map((p) => [p.at, p.code])).toEqual([['type', 'BASE_TYPE_CHOICES']]);
  });

  it('limits a bot’s message content to 2,000 characters, though the spec allows 4,000', () => {
    const at2000 = validator.check('POST', '/channels/1/messages', { content: 'x'.repeat(2000) });
    expect(at2000.problems).toEqual([]);
    const over = validator.check('PATCH', '/channels/1/messages/2', { content: 'x'.repeat(2001) });
    expect(over.problems).toMatchObject([{ at: 'content', code: 'BASE_TYPE_MAX_LENGTH' }]);
  });

  it('takes command permissions as a decimal string, as Discord and discord.js do', () => {
    const command = (permissions: unknown): unknown[] => [
      { name: 'reload', description: 'Reload', type: 1, default_member_permissions: permissions },
    ];
    const path = '/applications/1/guilds/2/commands';
    expect(validator.check('PUT', path, command('8')).problems).toEqual([]);
    expect(validator.check('PUT', path, command(null)).problems).toEqual([]);
    expect(validator.check('PUT', path, command('0x8')).problems).toMatchObject([
      { at: '0.default_member_permissions', refused: true },
    ]);
  });

  it('reports fields Discord does not document, without refusing them', () => {
    const body = { content: 'hi', allowedMentions: { parse: [] }, embeds: [{ colour: 1 }] };
    expect(validator.check('POST', '/channels/1/messages', body).problems).toEqual([
      {
        at: 'embeds.0.colour',
        code: 'UNKNOWN_FIELD',
        message: 'Discord documents no such field here (it ignores it)',
        refused: false,
      },
      {
        at: 'allowedMentions',
        code: 'UNKNOWN_FIELD',
        message: 'Discord documents no such field here (it ignores it)',
        refused: false,
      },
    ]);
  });

  it('finds the operation by its literal segments first, and reports routes Discord lacks', () => {
    const original = validator.check('PATCH', '/webhooks/1/token/messages/@original', {});
    expect(original.operation).toBe(
      'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original',
    );
    const other = validator.check('PATCH', '/webhooks/1/token/messages/3', {});
    expect(other.operation).toBe(
      'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    );
    expect(validator.check('GET', '/gateway/bot', null)).toEqual({
      operation: 'GET /gateway/bot',
      problems: [],
    });
    expect(validator.check('POST', '/not/a/route', {})).toMatchObject({
      operation: null,
      problems: [{ code: 'UNKNOWN_ROUTE', refused: false }],
    });
  });

  it('wants a body where the spec requires one, and none where it takes none', () => {
    expect(validator.check('POST', CALLBACK, null).problems).toMatchObject([
      { code: 'BASE_TYPE_REQUIRED', refused: true },
    ]);
    expect(validator.check('POST', '/channels/1/typing', { x: 1 }).problems).toMatchObject([
      { code: 'UNEXPECTED_BODY', refused: false },
    ]);
  });

  it('reports every undocumented field unless told to ignore it', () => {
    const strict = createRequestValidator();
    const edit = { content: 'x', tts: false }; // discord.js sends tts even in edits
    expect(strict.check('PATCH', '/channels/1/messages/2', edit).problems).toMatchObject([
      { at: 'tts', code: 'UNKNOWN_FIELD' },
    ]);
    expect(validator.check('PATCH', '/channels/1/messages/2', edit).problems).toEqual([]);
  });

  it('ignores a field inside a union without failing the branch that documents the rest', () => {
    // Only the webhook-message branch has `username`; it matches once enforce_nonce is set aside.
    const followUp = { content: 'more', username: 'Story bot', enforce_nonce: false };
    expect(validator.check('POST', '/webhooks/1/token', followUp).problems).toEqual([]);
  });
});
