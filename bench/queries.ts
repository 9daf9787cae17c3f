import { createRng, type Rng } from './rng.ts';
import {
  CHAT_TEMPLATES,
  OFF_TOPIC_TEMPLATES,
  QUESTION_TEMPLATES,
  type Topic,
} from './templates.ts';
import { casually, typo } from './typos.ts';
import type { WordPools } from './wordList.ts';

/** A question of the query load, with the entries that answer it (none: off-topic). */
export interface Query {
  readonly question: string;
  readonly expect: readonly string[];
}

/** Share of off-topic questions in a synthetic query load. */
const OFF_TOPIC_SHARE = 0.2;

const FILLERS = Object.freeze(['hey ', 'ok so ', 'quick question: ', 'um ', '']);

/** A user's way of asking about an entry: any template, a typo or two, chat casing. */
function paraphrase(topic: Topic, rng: Rng): string {
  const template = rng.chance(0.75) ? rng.pick(QUESTION_TEMPLATES) : rng.pick(CHAT_TEMPLATES);
  const typed: Topic = {
    ...topic,
    a: rng.chance(0.35) ? typo(topic.a, rng) : topic.a,
    b: rng.chance(0.25) ? typo(topic.b, rng) : topic.b,
    subject: rng.chance(0.2) ? typo(topic.subject, rng) : topic.subject,
  };
  return rng.pick(FILLERS) + casually(template(typed), rng);
}

/** Something the knowledge does not cover: words it never uses, sometimes with a known name. */
function offTopic(subjects: readonly string[], pools: WordPools, rng: Rng): string {
  const topic: Topic = {
    subject: rng.chance(0.5) ? rng.pick(subjects) : rng.pick(pools.names),
    a: rng.pick(pools.offTopic),
    b: rng.pick(pools.offTopic),
    detail: '',
  };
  return casually(rng.pick(OFF_TOPIC_TEMPLATES)(topic), rng);
}

/**
 * `count` seeded queries on a synthetic knowledge: paraphrased, misspelt questions about random
 * entries, and a share of off-topic ones.
 */
export function syntheticQueries(
  topics: readonly Topic[],
  pools: WordPools,
  count: number,
  seed: number,
): Query[] {
  const rng = createRng(seed);
  const subjects = [...new Set(topics.map((t) => t.subject))];
  return Array.from({ length: count }, (): Query => {
    if (rng.chance(OFF_TOPIC_SHARE)) {
      return { question: offTopic(subjects, pools, rng), expect: [] };
    }
    const entry = rng.int(topics.length);
    const topic = topics[entry] as Topic;
    return { question: paraphrase(topic, rng), expect: [`e${entry}`] };
  });
}
