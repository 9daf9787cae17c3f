import type { AnswerEngine } from '../../answering/engine.ts';

/** An entry as a curator picks it: its id and question. */
export interface EntryChoice {
  readonly id: string;
  readonly question: string;
}

type Lookup = Pick<AnswerEngine, 'explain' | 'complete' | 'story'>;

/**
 * The entries to offer for a question, best first: those the engine ranks for it, then every
 * other entry in the knowledge's order, up to `limit`.
 */
export function candidateEntries(engine: Lookup, question: string, limit: number): EntryChoice[] {
  const byId = new Map(engine.story.entries.map((entry) => [entry.id, entry]));
  const ranked = engine.explain(question).ranking.map((r) => r.id);
  const ids = new Set([...ranked, ...byId.keys()]);
  return [...ids]
    .flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [{ id: entry.id, question: entry.question }] : [];
    })
    .slice(0, limit);
}

/**
 * Entries matching what a curator typed, best first: an id or question containing it, then the
 * engine's completions (as /ask's autocomplete ranks them: spelling, synonyms and stems count).
 */
export function searchEntries(engine: Lookup, typed: string, limit: number): EntryChoice[] {
  const text = typed.trim().toLowerCase();
  if (text.length === 0) return [];
  const literal = engine.story.entries.filter(
    (entry) => entry.id.includes(text) || entry.question.toLowerCase().includes(text),
  );
  const completed = engine.complete(text, limit);
  const seen = new Set<string>();
  const found: EntryChoice[] = [];
  for (const entry of [...literal, ...completed]) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    found.push({ id: entry.id, question: entry.question });
  }
  return found.slice(0, limit);
}
