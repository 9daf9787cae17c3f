import type { AnswerEngine } from '../answering/engine.ts';
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
): Promise<number> {
  let count = 0;
  for await (const line of readLines(input)) {
    write(`${JSON.stringify(toJsonRecord(engine.ask(line)))}\n`);
    count += 1;
  }
  return count;
}
