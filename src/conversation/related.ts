import type { AnswerEngine } from '../answering/engine.ts';
import type { Entry } from '../knowledge/types.ts';

/**
 * What "tell me more" gives after an entry: its first related question not answered yet in the
 * conversation, looking one step further along the related questions when all were; the first
 * related question when everything near was answered; `undefined` when it has none.
 */
export function nextRelated(
  engine: AnswerEngine,
  entry: Entry,
  answered: readonly string[],
): Entry | undefined {
  const seen = new Set([...answered, entry.id]);
  let frontier: readonly Entry[] = [entry];
  for (let depth = 0; depth < 2; depth++) {
    const next: Entry[] = [];
    for (const from of frontier) {
      for (const id of from.related) {
        const related = engine.entry(id);
        if (!related) continue;
        if (!seen.has(id)) return related;
        next.push(related);
      }
    }
    frontier = next;
  }
  return entry.related.map((id) => engine.entry(id)).find((e) => e !== undefined);
}
