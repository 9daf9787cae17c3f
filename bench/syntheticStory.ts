import type { Entry, Story } from '../src/knowledge/types.ts';
import { createRng, type Rng } from './rng.ts';
import {
  answerText,
  CHAT_TEMPLATES,
  QUESTION_TEMPLATES,
  quoteText,
  type Topic,
} from './templates.ts';
import { casually, typo } from './typos.ts';
import type { WordPools } from './wordList.ts';

/** A generated story and, per entry, what it is about (for building queries). */
export interface SyntheticKnowledge {
  readonly story: Story;
  readonly topics: readonly Topic[];
}

/**
 * Subjects are drawn with a Zipf-like skew from this many names: a story's knowledge keeps
 * coming back to a few people ("elton", "putin"), so some terms sit in a large share of entries.
 */
const SUBJECT_COUNT = 50;
/** Quotes per synthetic article paragraph. */
const QUOTES_PER_PARAGRAPH = 5;
/** Canonical question plus this many alternates, like the curated entries. */
const ALTERNATES = 8;

function zipfPick(items: readonly string[], rng: Rng): string {
  // Rank r is drawn with probability ~ 1/r: u^2 folds uniform draws towards the front.
  const u = rng.next();
  return items[Math.floor(u * u * items.length)] ?? items[0] ?? '';
}

/** Diagnostics only (bench/profileEngine.ts): the bench itself always misspells alternates. */
export interface SyntheticOptions {
  /** False: the two misspelt alternates are spelt right, for a build that avoids spelling correction. */
  readonly misspeltAlternates?: boolean;
}

function alternatesOf(topic: Topic, canonical: number, rng: Rng, misspelt: boolean): string[] {
  const misspell = (word: string): string => (misspelt ? typo(word, rng) : word);
  const others = QUESTION_TEMPLATES.filter((_, i) => i !== canonical);
  const out: string[] = [];
  const first = QUESTION_TEMPLATES[canonical];
  if (first) out.push(first(topic).toLowerCase().replace(/\?$/, ''));
  for (let i = 0; out.length < ALTERNATES - 3; i++) {
    const template = others[(canonical + i) % others.length];
    if (template) out.push(casually(template(topic), rng));
  }
  out.push(casually(rng.pick(CHAT_TEMPLATES)(topic), rng));
  // Curators add the misspellings they see: one of the topic words, one of the name.
  const typoed: Topic = { ...topic, a: misspell(topic.a) };
  out.push(casually(rng.pick(QUESTION_TEMPLATES)(typoed), rng));
  out.push(casually(rng.pick(CHAT_TEMPLATES)({ ...topic, subject: misspell(topic.subject) }), rng));
  return out;
}

/**
 * Generates a story of `size` entries from the word pools: each entry a canonical question,
 * eight alternates (lower-case, chat and misspelt variants), an answer and a quote that the
 * generated article contains verbatim, so the knowledge has the shape of the curated one.
 */
export function syntheticKnowledge(
  size: number,
  pools: WordPools,
  seed: number,
  options: SyntheticOptions = {},
): SyntheticKnowledge {
  const rng = createRng(seed);
  const subjects = pools.names.slice(0, SUBJECT_COUNT);
  const topics: Topic[] = [];
  const entries: Entry[] = [];
  const paragraphs: string[] = ['Synthetic story for the benchmark'];
  let paragraph: string[] = [];
  for (let i = 0; i < size; i++) {
    const topic: Topic = {
      subject: zipfPick(subjects, rng),
      a: rng.pick(pools.topics),
      b: rng.pick(pools.topics),
      detail: rng.pick(pools.topics),
    };
    const canonical = i % QUESTION_TEMPLATES.length;
    const quote = quoteText(topic, i);
    // The paragraph being filled is flushed as the next one of the article.
    const at = paragraphs.length;
    paragraph.push(quote);
    if (paragraph.length === QUOTES_PER_PARAGRAPH || i === size - 1) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
    topics.push(topic);
    entries.push({
      id: `e${i}`,
      question: QUESTION_TEMPLATES[canonical]?.(topic) ?? '',
      alternates: alternatesOf(topic, canonical, rng, options.misspeltAlternates ?? true),
      answer: answerText(topic),
      sources: [{ paragraph: at, quote }],
      related: i > 0 ? [`e${i - 1}`] : [],
    });
  }
  const story: Story = {
    id: `synthetic-${size}`,
    title: `Synthetic story of ${size} entries`,
    description: `A generated story of ${size} entries.`,
    examples: entries.slice(0, 3).map((entry) => entry.question),
    article: { title: paragraphs[0] ?? '', paragraphs },
    entries,
    synonyms: [],
    summary: `A generated story of ${size} entries.`,
    timeline: [],
  };
  return { story, topics };
}
