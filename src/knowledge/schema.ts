import { z } from 'zod';
import { SMALL_TALK_KINDS } from '../answering/language/conversationSchema.ts';

/** Limits that keep every entry renderable in every front end (Discord menus cap labels at 100). */
export const KNOWLEDGE_LIMITS = Object.freeze({
  questionLength: 100,
  answerLength: 600,
  quoteLength: 300,
  minAlternates: 6,
});

const text = z.string().trim().min(1);
const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and dashes');

const sourceSchema = z.strictObject({
  paragraph: z.number().int().min(0),
  quote: text.max(KNOWLEDGE_LIMITS.quoteLength),
});

const entrySchema = z.strictObject({
  id: entryId,
  question: text.max(KNOWLEDGE_LIMITS.questionLength),
  alternates: z
    .array(text.max(KNOWLEDGE_LIMITS.questionLength))
    .min(KNOWLEDGE_LIMITS.minAlternates),
  answer: text.max(KNOWLEDGE_LIMITS.answerLength),
  verdict: z.enum(['yes', 'no', 'unknown']).optional(),
  sources: z.array(sourceSchema).min(1),
  related: z.array(entryId).default([]),
});

/**
 * The story's own small talk: for a kind of the language's (`greeting`, `thanks`, …), more messages
 * that are conversation, not questions, in this story. Each is written as people type it and read
 * the way a message is read (case, punctuation and chat spellings do not count).
 */
const smallTalkSchema = z.strictObject(
  Object.fromEntries(
    SMALL_TALK_KINDS.map((kind) => [
      kind,
      z.array(text.max(KNOWLEDGE_LIMITS.questionLength)).min(1).optional(),
    ]),
  ) as Record<(typeof SMALL_TALK_KINDS)[number], z.ZodOptional<z.ZodArray<typeof text>>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `not a kind of small talk: ${issue.keys.join(', ')} (the kinds are ${SMALL_TALK_KINDS.join(', ')})`
        : undefined,
  },
);

/** The curated Q&A file of one story (`qa.yaml`). */
export const qaFileSchema = z.strictObject({
  synonyms: z.array(z.array(text).min(2)).default([]),
  /** Story-specific sets of mutually exclusive alternatives, added to the language's. */
  contrasts: z.array(z.array(z.array(text).min(1)).min(2)).default([]),
  /** Story-specific small talk, added to the language's for this story only. */
  small_talk: smallTalkSchema.default({}),
  entries: z.array(entrySchema).min(1),
});

/** The story file (`story.yaml`): how front ends present the story as a whole. */
export const storyFileSchema = z.strictObject({
  /** A short name for the story (menus, footers, greetings); the article's headline by default. */
  title: text.max(100).optional(),
  /** One line on what the bot answers about, for command descriptions (Discord allows 100 characters). */
  description: text.max(100).optional(),
  /** Example questions shown in help and greetings; the first entries' questions by default. */
  examples: z.array(text.max(100)).min(1).max(5).optional(),
  summary: text.max(1000),
  timeline: z
    .array(z.strictObject({ title: text.max(100), text: text.max(600), source: sourceSchema }))
    .min(1),
});

export type QaFile = z.infer<typeof qaFileSchema>;
export type StoryFile = z.infer<typeof storyFileSchema>;
