import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { FrontEnd } from '../frontEnd.ts';

/** Seconds from a question's arrival to its reply being sent; the bot aims at milliseconds. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** What the bot counts for its operators (Prometheus text through `prom-client`). */
export interface BotMetrics {
  readonly registry: Registry;
  /** A question answered (or not: `unknown`, `rate-limited`, `error`…) and how long it took. */
  question(frontEnd: FrontEnd, outcome: string, seconds: number): void;
  /** A reload run (coalesced requests count once): swapped in, or refused. */
  reload(result: 'ok' | 'refused'): void;
  /** A shard's gateway connection dropped and is being made again. */
  gatewayReconnect(): void;
}

export interface MetricsSources {
  /** The curation queue's depth and records dropped since start; absent when nothing is recorded. */
  readonly curation?: () => { readonly depth: number; readonly dropped: number };
  /** 1 when healthy, for a metric beside `/healthz`. */
  readonly healthy?: () => boolean;
}

/** Creates the bot's metrics in a registry of their own, with Node's process metrics. */
export function createMetrics(sources: MetricsSources = {}): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const questions = new Counter({
    name: 'story_bot_questions_total',
    help: 'Questions, by front end and outcome.',
    labelNames: ['front_end', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'story_bot_question_duration_seconds',
    help: 'Time from a question to its reply, by front end.',
    labelNames: ['front_end'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'story_bot_knowledge_reloads_total',
    help: 'Reloads of the knowledge, by result (ok: swapped in; refused: a check failed).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'story_bot_gateway_reconnects_total',
    help: 'Gateway connections dropped and made again.',
    registers: [registry],
  });
  const curation = sources.curation;
  new Gauge({
    name: 'story_bot_curation_queue_depth',
    help: 'Curation records waiting to be written.',
    registers: [registry],
    collect() {
      this.set(curation?.().depth ?? 0);
    },
  });
  let droppedSeen = 0;
  new Counter({
    name: 'story_bot_curation_dropped_records_total',
    help: 'Curation records dropped (queue full, database busy or failing).',
    registers: [registry],
    collect() {
      const dropped = curation?.().dropped ?? 0;
      if (dropped > droppedSeen) this.inc(dropped - droppedSeen);
      droppedSeen = Math.max(droppedSeen, dropped);
    },
  });
  const healthy = sources.healthy;
  new Gauge({
    name: 'story_bot_healthy',
    help: '1 when /healthz says healthy, else 0.',
    registers: [registry],
    collect() {
      this.set(healthy?.() === false ? 0 : 1);
    },
  });
  // Every label value at 0 from the start, so a rate over a fresh process is defined.
  for (const result of ['ok', 'refused']) reloads.inc({ result }, 0);
  return {
    registry,
    question(frontEnd, outcome, seconds) {
      questions.inc({ front_end: frontEnd, outcome });
      latency.observe({ front_end: frontEnd }, seconds);
    },
    reload(result) {
      reloads.inc({ result });
    },
    gatewayReconnect() {
      reconnects.inc();
    },
  };
}
