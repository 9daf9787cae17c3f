import type { Entry } from '../knowledge/types.ts';

/** Counts which entries are asked, so autocomplete can offer the most asked first. */
export interface Popularity {
  record(entryId: string): void;
  /** Entries by how often they were asked, then in knowledge order (curated: most asked first). */
  top(entries: readonly Entry[], limit: number): Entry[];
}

export function createPopularity(): Popularity {
  const counts = new Map<string, number>();
  return {
    record(entryId) {
      counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
    },
    top(entries, limit) {
      return entries
        .map((entry, order) => ({ entry, order, count: counts.get(entry.id) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.order - b.order)
        .slice(0, limit)
        .map((ranked) => ranked.entry);
    },
  };
}
