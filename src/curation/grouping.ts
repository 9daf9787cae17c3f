/**
 * Groups phrasings of the same question. Each distinct phrasing is reduced to a set of tokens
 * (the caller's choice; the report uses the engine's own stems, so typos, synonyms and word order
 * do not split a group), and joins the group whose leader it most resembles, by Jaccard
 * similarity, if that reaches the threshold. Comparing with the leader only, not with every
 * member, keeps groups from drifting one near-neighbour at a time into unrelated questions.
 */

export interface GroupingOptions<T> {
  /** Items with the same key are the same phrasing and always share a group. */
  readonly key: (item: T) => string;
  readonly tokens: (item: T) => ReadonlySet<string>;
  /** Similarity needed to join a group, in (0, 1]. */
  readonly threshold: number;
}

/** |a ∩ b| / |a ∪ b|; two empty sets share nothing (they would otherwise all be "identical"). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Groups `items` by similarity. Phrasings are taken most frequent first, so the most common
 * phrasing leads its group; the groups come back largest first, in a stable order.
 */
export function groupBySimilarity<T>(items: readonly T[], options: GroupingOptions<T>): T[][] {
  const phrasings = new Map<string, T[]>();
  for (const item of items) {
    const key = options.key(item);
    const same = phrasings.get(key);
    if (same) same.push(item);
    else phrasings.set(key, [item]);
  }
  // Map order is first-seen order, and sort is stable: ties keep the order of `items`.
  const ordered = [...phrasings.values()].sort((a, b) => b.length - a.length);
  const groups: { leader: ReadonlySet<string>; items: T[] }[] = [];
  for (const phrasing of ordered) {
    const first = phrasing[0];
    if (first === undefined) continue;
    const tokens = options.tokens(first);
    let best: { items: T[] } | undefined;
    let bestScore = 0;
    for (const group of groups) {
      const score = jaccard(group.leader, tokens);
      if (score > bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best && bestScore >= options.threshold) best.items.push(...phrasing);
    else groups.push({ leader: tokens, items: [...phrasing] });
  }
  return groups.map((g) => g.items).sort((a, b) => b.length - a.length);
}
