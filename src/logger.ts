import type { LogLevel } from './config.ts';

/** Fields of one log event; values must be plain data (no message content at info level). */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  /** Whether lines of this level are written: work done only for a log line can be skipped. */
  enabled(level: LogLevel): boolean;
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Readonly<Record<LogLevel, number>> = Object.freeze({
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
});

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; stderr by default, so stdout stays clean for answers and JSON. */
  readonly write?: (line: string) => void;
  /** Secrets to blank out of every line, whatever field they turn up in. */
  readonly secrets?: readonly string[];
  readonly now?: () => Date;
}

/** A structured logger: one JSON line per event, secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    if (RANK[level] < RANK[options.level]) return;
    let line = JSON.stringify({ time: now().toISOString(), level, event, ...fields });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    write(line);
  };
  return {
    enabled: (level) => RANK[level] >= RANK[options.level],
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything, for tests and tools that want silence. */
export const SILENT_LOGGER: Logger = Object.freeze({
  enabled: () => false,
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
});
