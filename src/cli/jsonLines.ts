import type { AnswerEngine } from '../answering/engine.ts';
import type { Logger } from '../logger.ts';
import { logReading } from '../readingLog.ts';
import { toJsonRecord } from '../render/jsonRecord.ts';
import { readLines } from './lines.ts';

/**
 * The JSON interface: one question per input line, exactly one JSON object per output line, in
 * order. Nothing else is written to `write`.
 */
export async function answerJsonLines(
  engine: AnswerEngine,
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  write: (line: string) => void,
  log?: Logger,
): Promise<number> {
  let count = 0;
  for await (const line of readLines(input)) {
    const answer = engine.ask(line);
    if (log) logReading(log, engine, answer, 'json');
    write(`${JSON.stringify(toJsonRecord(answer))}\n`);
    count += 1;
  }
  return count;
}
