import { describe, expect, it } from 'vitest';
import { invalidFormBody } from '../../src/openapi/invalidFormBody.ts';

describe('invalidFormBody', () => {
  it('nests problems by field the way Discord does, in a 400 with code 50035', () => {
    const response = invalidFormBody([
      { at: 'data.content', code: 'BASE_TYPE_MAX_LENGTH', message: 'Too long.', refused: true },
      { at: 'data.embeds.0.title', code: 'BASE_TYPE_MAX_LENGTH', message: 'Long.', refused: true },
      { at: '', code: 'BASE_TYPE_REQUIRED', message: 'Required.', refused: true },
    ]);
    expect(response).toEqual({
      status: 400,
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: {
          _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'Required.' }],
          data: {
            content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Too long.' }] },
            embeds: {
              '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Long.' }] } },
            },
          },
        },
      },
    });
  });
});
