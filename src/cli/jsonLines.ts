import type { AnswerEngine } from '../answering/engine.ts';
import type { Conversations } from '../conversation/conversations.ts';
import type { Logger } from '../logger.ts';
import { logTurn } from '../readingLog.ts';
import { toTurnRecord } from '../render/jsonRecord.ts';
import { readLines } from './lines.ts';

export interface JsonLinesOptions {
  readonly conversations: Conversations;
  /**
   * All lines are one conversation ("who is he?" follows the line before), for tests and
   * evaluation; by default each line is read on its own.
   */
  readonly oneConversation?: boolean;
  readonly log?: Logger;
}

/** The conversation of `--conversation`: every line of the input. */
const INPUT = 'input';

/**
 * The JSON interface: one question per input line, exactly one JSON object per output line, in
 * order. Nothing else is written to `write`.
 */
export async function answerJsonLines(
  engine: AnswerEngine,
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  write: (line: string) => void,
  options: JsonLinesOptions,
): Promise<number> {
  const key = options.oneConversation ? INPUT : undefined;
  let count = 0;
  for await (const line of readLines(input)) {
    const turn = options.conversations.reply(engine, line, key);
    if (options.log) logTurn(options.log, engine, turn, 'json');
    write(`${JSON.stringify(toTurnRecord(turn))}\n`);
    count += 1;
  }
  return count;
}
