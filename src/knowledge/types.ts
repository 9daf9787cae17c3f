import type { SmallTalkKind } from '../answering/language/conversationSchema.ts';

/** A passage of the article that an answer rests on. */
export interface Source {
  readonly paragraph: number;
  readonly quote: string;
}

/** The answer to a yes/no question, as the article has it. */
export type Verdict = 'yes' | 'no' | 'unknown';

/** One curated question and its sourced answer. */
export interface Entry {
  readonly id: string;
  readonly question: string;
  readonly alternates: readonly string[];
  /**
   * The fact that answers the question, naming its subject; never opening with "Yes" or "No",
   * which the engine adds when the question asked is a yes/no question.
   */
  readonly answer: string;
  /**
   * When `question` is a yes/no question: its answer. `unknown` means the article doesn't say
   * (and `answer` says so itself). Without it, a yes/no question the entry answers is a "yes"
   * unless the question carries a detail the article contradicts.
   */
  readonly verdict?: Verdict;
  readonly sources: readonly Source[];
  readonly related: readonly string[];
}

/** The article as published: its title (paragraph 0) and numbered paragraphs (1…n). */
export interface Article {
  readonly title: string;
  /** paragraphs[0] is the title, so paragraph numbers index this array directly. */
  readonly paragraphs: readonly string[];
}

/** Everything the bot knows about one story: the article and the curated Q&A. */
export interface Story {
  readonly id: string;
  /** A short name for the story, shown in menus, footers and greetings. */
  readonly title: string;
  /** One line on what the bot answers about, at most 100 characters. */
  readonly description: string;
  /** Example questions for help and greetings, at least one. */
  readonly examples: readonly string[];
  readonly article: Article;
  readonly entries: readonly Entry[];
  /** Story-specific equivalences; the first item of each group is the canonical form. */
  readonly synonyms: readonly (readonly string[])[];
  /**
   * Story-specific sets of mutually exclusive alternatives, each side a list of words: a yes/no
   * question naming a side the answer contradicts is answered "No". Added to the language's.
   */
  readonly contrasts?: readonly (readonly (readonly string[])[])[];
  /**
   * The story's own small talk, by kind: messages that are conversation in this story, added to
   * the language's (a curator marks them in the review). Written as people type them.
   */
  readonly smallTalk?: StorySmallTalkPhrases;
  /** Short summary and the story's turns, for front ends that present the story. */
  readonly summary: string;
  readonly timeline: readonly TimelineStep[];
}

/** One turn of the story, as the article tells it. */
export interface TimelineStep {
  readonly title: string;
  readonly text: string;
  readonly source: Source;
}

/** A story's own small-talk phrases, by kind of small talk. */
export type StorySmallTalkPhrases = Readonly<Partial<Record<SmallTalkKind, readonly string[]>>>;
