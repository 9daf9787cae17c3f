/**
 * One short reason for a failed database operation, for the log: the SQLite or system error code
 * and its message (e.g. "SQLITE_BUSY: database is locked"). These messages name tables and
 * columns, never the values written, so no user text reaches the log.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.startsWith(code)
      ? `${code}: ${error.message}`
      : error.message;
  }
  return String(error);
}
