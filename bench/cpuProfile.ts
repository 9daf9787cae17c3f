/** The parts of a V8 CPU profile (`node --cpu-prof`, or the inspector's Profiler) that we read. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

type ProfileNode = CpuProfile['nodes'][number];

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(src|bench|test|node_modules)\//, '$1/');
  // tsx compiles without line mapping for the profiler, so a line number would mislead.
  const where = /\.ts$/.test(url) ? file : `${file}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'} ${where}`;
}

/**
 * Samples in the inspector's own message dispatch: a profile taken through the inspector
 * (bench/profileEngine.ts) has them around Profiler.start and stop, not in the code measured.
 */
const INSPECTOR_DISPATCH = 'dispatch ';

/** Self and inclusive milliseconds per function (a recursive function counted once per sample). */
export function summarise(profile: CpuProfile): {
  self: Map<string, number>;
  total: Map<string, number>;
  sampledMs: number;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampledMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf || label(leaf).startsWith(INSPECTOR_DISPATCH)) return;
    sampledMs += ms;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = label(node);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total, sampledMs };
}

/** The heaviest functions as text lines: milliseconds, share, name. */
export function topLines(
  times: ReadonlyMap<string, number>,
  count: number,
  allMs: number,
  keep: (name: string) => boolean = () => true,
): string {
  return [...times]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => {
      const share = ((100 * ms) / allMs).toFixed(1).padStart(5);
      return `${ms.toFixed(0).padStart(8)} ms ${share}%  ${name}`;
    })
    .join('\n');
}

/** A report of one profile: self time, then inclusive time of the project's own code and fuse.js. */
export function describeProfile(profile: CpuProfile, count: number): string {
  const { self, total, sampledMs } = summarise(profile);
  const ours = (name: string): boolean =>
    / (src|node_modules\/fuse\.js|node_modules\/stemmer)\//.test(name);
  return [
    `${sampledMs.toFixed(0)} ms sampled`,
    'self time:',
    topLines(self, count, sampledMs),
    'inclusive time (src/, fuse.js, stemmer):',
    topLines(total, count, sampledMs, ours),
  ].join('\n');
}
