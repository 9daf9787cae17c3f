/** One line per stage on stderr, with the time since the bench started. */
export interface Progress {
  (text: string): void;
  /** Milliseconds since the bench started. */
  elapsed(): number;
}

/** Progress lines go to stderr, so stdout stays clean for the table or the JSON. */
export function createProgress(
  write: (line: string) => void = (line) => process.stderr.write(line),
): Progress {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const progress = (text: string): void => {
    write(`[bench ${(elapsed() / 1000).toFixed(1).padStart(6)} s] ${text}\n`);
  };
  return Object.assign(progress, { elapsed });
}
