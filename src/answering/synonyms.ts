/**
 * Maps each synonym phrase (stems joined by spaces) to its canonical stems. Groups that share a
 * member are one group ("reason" in both a "why" and a "motive" group makes why = motive), and
 * the canonical form is the first word of the earliest of them.
 */
export function synonymPhrases(
  groups: readonly (readonly string[])[],
  toStems: (text: string) => string[],
): Map<string, string[]> {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const owner = new Map<string, number>();
  const keys = groups.map((group) => group.map((member) => toStems(member).join(' ')));
  keys.forEach((members, g) => {
    for (const key of members) {
      if (key.length === 0) continue;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, g);
      else {
        const [a, b] = [find(other), find(g)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const phrases = new Map<string, string[]>();
  keys.forEach((members, g) => {
    const canonical = keys[find(g)]?.[0]?.split(' ') ?? [];
    if (canonical.length === 0 || canonical[0] === '') return;
    for (const key of members) if (key.length > 0) phrases.set(key, canonical);
  });
  return phrases;
}
