/**
 * An error's class and message for a log line, never its stack's arguments or a request body
 * (which could hold a question's text or a token).
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}
