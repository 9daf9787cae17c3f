import { randomBytes } from 'node:crypto';

/** How many asked questions are remembered for their feedback buttons (a few hundred KB). */
export const QUESTION_KEYS_KEPT = 5000;

/**
 * The questions behind the answers on screen, under short keys that fit in a button's custom id,
 * so a 👍 / 👎 says which question it was about without reading the message back. Bounded: the
 * oldest are forgotten first. Keys start with a tag of this run, so a button from before a restart
 * never finds another question; it then falls back to the entry's own question.
 */
export interface QuestionKeys {
  /** A short key (under a dozen characters) for the question. */
  remember(question: string): string;
  recall(key: string): string | undefined;
}

export function createQuestionKeys(kept = QUESTION_KEYS_KEPT): QuestionKeys {
  const run = randomBytes(3).readUIntBE(0, 3).toString(36).padStart(5, '0').slice(-5);
  const questions = new Map<string, string>();
  let next = 0;
  return {
    remember(question) {
      const key = `${run}${(next++).toString(36)}`;
      questions.set(key, question);
      if (questions.size > kept) {
        const oldest = questions.keys().next().value;
        if (oldest !== undefined) questions.delete(oldest);
      }
      return key;
    },
    recall: (key) => questions.get(key),
  };
}
