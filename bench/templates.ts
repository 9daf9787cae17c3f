/** What one synthetic entry is about: a person or place and two topic words. */
export interface Topic {
  readonly subject: string;
  readonly a: string;
  readonly b: string;
  /** A further word that only the answer and the quote carry. */
  readonly detail: string;
}

type Template = (t: Topic) => string;

/**
 * Ways of asking about a topic, in the shapes of the curated questions: a question word, a
 * subject, a verb, a topic. Every entry draws its canonical question and most alternates from
 * here, so "what", "say" and "about" run through a large share of the phrasings, as they do
 * in real FAQ knowledge.
 */
export const QUESTION_TEMPLATES: readonly Template[] = Object.freeze([
  (t) => `What did ${cap(t.subject)} say about the ${t.a} ${t.b}?`,
  (t) => `Why did ${cap(t.subject)} bring up the ${t.a} and the ${t.b}?`,
  (t) => `When did ${cap(t.subject)} mention the ${t.a} ${t.b}?`,
  (t) => `Who told ${cap(t.subject)} about the ${t.b} ${t.a}?`,
  (t) => `How is ${cap(t.subject)} involved in the ${t.a} ${t.b}?`,
  (t) => `Is it true that ${cap(t.subject)} wanted the ${t.a} ${t.b}?`,
  (t) => `Where did the ${t.a} ${t.b} of ${cap(t.subject)} happen?`,
  (t) => `What is the ${t.a} ${t.b} that ${cap(t.subject)} talked about?`,
]);

/** How chat users ask: keywords only, slang, run-on. */
export const CHAT_TEMPLATES: readonly Template[] = Object.freeze([
  (t) => `${t.subject} ${t.a} ${t.b}?`,
  (t) => `so whats the deal with ${t.subject} and the ${t.a} ${t.b}`,
  (t) => `wait did ${t.subject} rly talk about ${t.b} ${t.a}`,
  (t) => `explain the ${t.a} ${t.b} thing with ${t.subject} pls`,
]);

/** Off-topic questions: what users ask that the knowledge does not cover. */
export const OFF_TOPIC_TEMPLATES: readonly Template[] = Object.freeze([
  (t) => `What did ${cap(t.subject)} say about the ${t.a} ${t.b}?`,
  (t) => `how old is ${t.subject}`,
  (t) => `is there a ${t.a} in ${t.b}`,
  (t) => `who won the ${t.a} ${t.b} last night`,
  (t) => `whats the best ${t.a} for ${t.b} lol`,
]);

/** The answer of an entry about a topic. */
export function answerText(t: Topic): string {
  return `${cap(t.subject)} spoke about the ${t.a} ${t.b} in connection with the ${t.detail}.`;
}

/** The article sentence an entry's answer rests on; `n` makes every quote unique. */
export function quoteText(t: Topic, n: number): string {
  return `Report ${n}: ${cap(t.subject)} discussed the ${t.a} ${t.b} and the ${t.detail} at length.`;
}

/** The word with its first letter upper-case: names as curators write them. */
export function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
