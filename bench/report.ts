import type { BotFigures } from './botBench.ts';
import type { ConversationFigures } from './conversationBench.ts';
import type { CurateFigures } from './curateBench.ts';
import type { EngineSection, MatcherFigures } from './engineFigures.ts';
import { MATCHER_LABELS } from './matchers.ts';
import type { BenchPlan } from './plan.ts';
import type { StartupFigures } from './startupBench.ts';
import type { Target } from './targets.ts';

/** Everything one run measured: `--json` prints exactly this, so runs can be diffed. */
export interface BenchReport {
  readonly benchmark: 'story-answer-bot';
  /** Bumped when a figure changes meaning, so old and new runs are not compared blindly. */
  readonly version: 1;
  readonly mode: BenchPlan['mode'];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly environment: {
    readonly node: string;
    readonly platform: string;
    readonly cpus: number;
    readonly cpuModel: string;
  };
  readonly plan: BenchPlan;
  readonly startup?: StartupFigures;
  readonly engine?: EngineSection;
  readonly bot?: BotFigures;
  readonly curate?: CurateFigures;
  readonly conversation?: ConversationFigures;
  readonly targets: readonly Target[];
}

/** Numbers right-aligned; the first column, and a last one headed "note", left-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number): boolean => i === 0 || header[i] === 'note';
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (left(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function num(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '-';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(3)));
}

function pct(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '-' : `${Math.round(value * 100)}%`;
}

function knowledgeName(f: MatcherFigures): string {
  return f.knowledge === 'story' ? 'story (dev.yaml)' : `${num(f.entries)} entries`;
}

function engineSection(section: EngineSection): string {
  const rows = section.figures.map((f) => [
    knowledgeName(f),
    MATCHER_LABELS[f.matcher],
    f.phrasings === undefined ? '-' : num(f.phrasings),
    num(f.buildMs),
    num(f.heapMb),
    f.latency ? num(f.latency.count) : '-',
    num(f.latency?.p50),
    num(f.latency?.p99),
    num(f.latency?.max),
    num(f.qps),
    pct(f.correct?.inScope),
    pct(f.correct?.offTopic),
    f.status === 'ok' ? (f.note ?? '') : `${f.status.toUpperCase()}: ${f.note ?? ''}`,
  ]);
  const out = [
    'Answer engine (own ranker, and BM25 through MiniSearch) against the naive fuse.js matcher (one process per row; latency per question in ms)',
    table(
      [
        'knowledge',
        'matcher',
        'phrasings',
        'build ms',
        'heap MB',
        'queries',
        'p50',
        'p99',
        'max',
        'q/s',
        'in-scope ok',
        'off-topic refused',
        'note',
      ],
      rows,
    ),
  ];
  const story = section.figures.find((f) => f.knowledge === 'story' && f.matcher === 'engine');
  if (story?.slowest?.length) {
    out.push(
      '',
      'Slowest story questions for the engine (worst round)',
      ...story.slowest.map((q) => `  ${num(q.ms).padStart(6)} ms  ${JSON.stringify(q.question)}`),
    );
  }
  if (section.comparisons.length > 0) {
    out.push(
      '',
      'Naive / engine, on the queries both ran (above 1: the engine is faster)',
      table(
        ['knowledge', 'queries', 'p50 ratio', 'p99 ratio'],
        section.comparisons.map((c) => [
          c.knowledge === 'story'
            ? 'story (dev.yaml)'
            : `${num(Number(c.knowledge.replace('synthetic-', '')))} entries`,
          num(c.queries),
          `×${num(c.medianRatio)}`,
          `×${num(c.p99Ratio)}`,
        ]),
      ),
    );
  }
  if (section.growth.length > 0) {
    out.push(
      '',
      'Engine cost growth between synthetic sizes',
      table(
        ['sizes', 'entries', 'build', 'p50', 'p99'],
        section.growth.map((g) => [
          `${num(g.from)} → ${num(g.to)}`,
          `×${num(g.entriesRatio)}`,
          `×${num(g.buildRatio)}`,
          `×${num(g.medianRatio)}`,
          `×${num(g.p99Ratio)}`,
        ]),
      ),
    );
  }
  return out.join('\n');
}

function startupSection(s: StartupFigures): string {
  return [
    `Start-up (fresh process, bundled, \`node ${s.nodeFlags.join(' ')}\`; median of ${s.runs})`,
    `  prepareStory (load, check, build index): ${num(s.prepareMs)} ms (${num(s.prepareMinMs)}–${num(s.prepareMaxMs)})`,
    `  loading the code before it: ${num(s.importMs)} ms; ready ${num(s.readyAtMs)} ms after the process started`,
  ].join('\n');
}

function botSection(b: BotFigures): string {
  return [
    `Bot on the loopback Discord: ${b.interactions} /ask interactions, one at a time, ${b.distinctUsers} distinct users, after ${b.warmup} warm-up`,
    `  its process: bundled, \`node ${b.nodeFlags.join(' ')}\` (from ${b.nodeFlagsSource}); ${num(b.codeRssMb)} MB RSS with the code loaded, before the story is prepared`,
    `  dispatch-to-reply: p50 ${num(b.latency.p50)} ms, p90 ${num(b.latency.p90)} ms, p99 ${num(b.latency.p99)} ms, max ${num(b.latency.max)} ms`,
    table(
      ['  after interactions', 'RSS MB', 'heap used MB', 'heap after forced GC MB'],
      b.memory.map((m) => [
        `  ${m.interactions < 0 ? 'start (before warm-up)' : num(m.interactions)}`,
        num(m.rssMb),
        num(m.heapUsedMb),
        num(m.retainedHeapMb),
      ]),
    ),
    `  growth: RSS ${num(b.rssGrowthMb)} MB while measured; heap after GC ${num(b.retainedHeapGrowthMb)} MB from start to end`,
  ].join('\n');
}

function curateSection(c: CurateFigures): string {
  const row = (name: string, s: CurateFigures['endToEnd']) => [
    `  ${name}`,
    num(s.count),
    num(s.p50),
    num(s.p90),
    num(s.p99),
    num(s.max),
  ];
  return [
    `Owners' review on the loopback Discord: ${c.accepts} groups accepted one after the other (${c.notAdded} not added)`,
    table(
      ['  ms', 'count', 'p50', 'p90', 'p99', 'max'],
      [
        row('press to page with the outcome', c.endToEnd),
        row('in the review worker (edit, checks, write)', c.workerMs),
        row('reload after it, in all', c.reloadMs),
        row('reload on the answering thread (index)', c.reloadBlockedMs),
        row('longest event-loop delay per accept', c.loopDelayMaxMs),
        row('the same per plain /reload', c.reloadLoopDelayMaxMs),
        row('/ask meanwhile, dispatch to reply', c.answersDuring),
        row('/ask with no accept running', c.answersIdle),
      ],
    ),
  ].join('\n');
}

function conversationSection(c: ConversationFigures): string {
  return [
    `Conversations: ${num(c.users)} users playing the shipped story's dialogues (${num(c.replies)} replies) through one memory of ${num(c.capacity)} conversations, ${num(c.ttlMinutes)} minutes each`,
    `  per reply: p50 ${num(c.latency.p50)} ms, p99 ${num(c.latency.p99)} ms, max ${num(c.latency.max)} ms`,
    table(
      ['  after users', 'remembered', 'heap after forced GC, growth MB'],
      c.memory.map((m) => [`  ${num(m.users)}`, num(m.remembered), num(m.retainedHeapGrowthMb)]),
    ),
  ].join('\n');
}

function targetsSection(targets: readonly Target[]): string {
  return [
    'Targets',
    table(
      ['  figure', 'limit', 'measured', 'met'],
      targets.map((t) => [
        `  ${t.name}`,
        `${t.limit} ${t.unit}`,
        t.value === null ? 'not measured' : `${num(t.value)} ${t.unit}`,
        t.met === null ? '-' : t.met ? 'yes' : 'NO',
      ]),
    ),
  ].join('\n');
}

/** The readable form of a report. */
export function renderReport(r: BenchReport): string {
  const parts = [
    `npm run bench (${r.mode}) — ${r.startedAt}, node ${r.environment.node}, ${r.environment.cpus} × ${r.environment.cpuModel}; took ${num(r.durationMs / 1000)} s`,
  ];
  if (r.startup) parts.push(startupSection(r.startup));
  if (r.engine) parts.push(engineSection(r.engine));
  if (r.bot) parts.push(botSection(r.bot));
  if (r.curate) parts.push(curateSection(r.curate));
  if (r.conversation) parts.push(conversationSection(r.conversation));
  parts.push(targetsSection(r.targets));
  return `${parts.join('\n\n')}\n`;
}
