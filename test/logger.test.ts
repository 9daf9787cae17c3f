import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

describe('createLogger', () => {
  it('writes one JSON line per event at or above the level', () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'info',
      write: (l) => lines.push(l),
      now: () => new Date(0),
    });
    log.debug('hidden');
    log.info('answer.sent', { command: 'ask', ms: 3 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      event: 'answer.sent',
      command: 'ask',
      ms: 3,
    });
  });

  it('redacts secrets wherever they appear', () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'debug',
      write: (l) => lines.push(l),
      secrets: ['super-secret-token'],
    });
    log.error('failed', { message: 'Authorization: Bot super-secret-token rejected' });
    expect(lines[0]).not.toContain('super-secret-token');
    expect(lines[0]).toContain('[redacted]');
  });
});
