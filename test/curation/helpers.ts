import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QuestionRecord } from '../../src/curation/records.ts';
import type { LogFields, Logger } from '../../src/logger.ts';

/** A fresh folder under the system temp dir; `cleanup` removes it. */
export function makeTempDir(): { readonly dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'curation-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LoggedEvent {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly event: string;
  readonly fields: LogFields;
}

/** A logger that keeps what it is given, for asserting on log lines. */
export function recordingLogger(): Logger & { readonly events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  const at =
    (level: LoggedEvent['level']) =>
    (event: string, fields: LogFields = {}): void => {
      events.push({ level, event, fields });
    };
  return {
    events,
    enabled: () => true,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}

/** An unanswered question record, with overrides. */
export function questionRecord(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    question: 'what did elton eat for breakfast',
    normalized: 'what did elton eat for breakfast',
    status: 'unknown',
    bestEntryId: 'who-elton-john',
    confidence: 0.19,
    origin: 'guild',
    ...overrides,
  };
}

/** A clock that moves on by `stepMs` every time it is read, from `start`. */
export function steppingClock(start: Date, stepMs: number): () => Date {
  let time = start.getTime();
  return () => {
    time += stepMs;
    return new Date(time);
  };
}
