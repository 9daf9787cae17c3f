import { StringDecoder } from 'node:string_decoder';

/**
 * Yields the lines of a byte stream, split on "\n" only (a stray "\r" or any other byte inside
 * binary junk stays part of its line, so one input line is always one output record).
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield pending.replace(/\r$/, '');
}
