import type { Answer } from '../answering/answer.ts';
import { SMALL_TALK_KINDS, type SmallTalkKind } from '../answering/language/conversationSchema.ts';
import type { LanguagePack } from '../answering/language/languagePack.ts';
import { createShapeReader, type MessageShape } from '../conversation/messageShape.ts';
import { languageSmallTalk, storySmallTalk } from '../conversation/storySmallTalk.ts';
import type { KnowledgeProblem } from './problem.ts';
import type { Story } from './types.ts';

/**
 * The checks that keep small talk honest: a message read as small talk gets a chat reply and never
 * reaches the answer engine, so no phrasing of an entry may be read as small talk (with the story's
 * own small talk added to the language's), and no phrase of the story's small talk may be a
 * follow-up ("who is he", "why?", "source?") or a question the story answers outright. `ask` is the
 * engine the knowledge checks use on this story; `file` is its `qa.yaml`.
 */
export function checkSmallTalk(
  story: Story,
  language: LanguagePack,
  ask: (question: string) => Answer,
  file: string,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const captures: KnowledgeProblem[] = [];
  const plain = languageSmallTalk(language);
  const { whWords, auxiliaries } = language.questionForm;
  /** A message that opens as a question ("who did it", "was it fake"), not a remark ("love it"). */
  const asks = (words: readonly string[]): boolean =>
    whWords.has(words[0] ?? '') || auxiliaries.has(words[0] ?? '');
  const readShape = createShapeReader(language.conversation, language.questionForm);
  const listed = new Map<string, SmallTalkKind>();
  const storyPhrases: { readonly phrase: string; readonly words: readonly string[] }[] = [];

  for (const kind of SMALL_TALK_KINDS) {
    for (const phrase of story.smallTalk?.[kind] ?? []) {
      const at = `small_talk.${kind}: "${phrase}"`;
      const words = plain.words(phrase);
      if (words.length === 0) {
        problems.push({ file, reason: `${at} has no words to read` });
        continue;
      }
      storyPhrases.push({ phrase, words });
      const key = words.join(' ');
      const before = listed.get(key);
      if (before !== undefined)
        problems.push({
          file,
          reason: `${at} is listed ${before === kind ? 'twice' : `under ${before} too`}`,
        });
      listed.set(key, kind);
      // The language's small talk already: adding it changes nothing.
      if (plain.reader.kind(words) !== undefined) continue;
      const core = plain.reader.strip(words);
      const leaning = leansOnConversation(readShape(core), core, asks(core));
      if (leaning)
        problems.push({
          file,
          reason: `${at} ${leaning}: people ask it as a follow-up, so it cannot be small talk`,
        });
      const answer = ask(phrase);
      if (answer.status === 'answered' && answer.suggestions.length === 0)
        problems.push({
          file,
          reason: `${at} is a question the story answers (entry ${answer.entry.id}), so it cannot be small talk`,
        });
    }
  }

  const talk = storySmallTalk(story, language);
  for (const entry of story.entries) {
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const words = talk.words(phrasing);
      const kind = talk.reader.kind(words);
      if (kind === undefined) continue;
      const text = ` ${words.join(' ')} `;
      const causes = storyPhrases
        .filter((p) => text.includes(` ${p.words.join(' ')} `))
        .map((p) => `"${p.phrase}"`);
      const by =
        plain.reader.kind(words) === undefined && causes.length > 0
          ? `the story's small talk ${causes.join(', ')}`
          : `the language's small talk`;
      captures.push({
        file,
        entryId: entry.id,
        reason: `"${phrasing}" is read as small talk (${kind}, by ${by}), so it would never be answered`,
      });
    }
  }
  // What small talk would swallow first: it is what a curator most needs to hear.
  return [...captures, ...problems];
}

/**
 * How a message leans on the conversation before it, in plain words; `undefined` when it does not.
 * Someone pointed at ("he", "that guy") always leans on it; a thing ("it", "that") only in a
 * question ("who did it"), as a remark on what was said is small talk ("love it", "that is wild").
 */
function leansOnConversation(
  shape: MessageShape,
  words: readonly string[],
  asks: boolean,
): string | undefined {
  switch (shape.kind) {
    case 'sources':
      return 'asks for the sources of the previous answer';
    case 'truthCheck':
      return 'doubts the previous answer';
    case 'more':
      return 'asks for more on the previous answer';
    case 'bare':
      return 'asks about the previous answer';
    case 'ellipsis':
      return 'asks the previous question again about something else';
    case 'pointing': {
      const pointers = shape.pointers
        .filter((p) => asks || p.referent !== 'thing')
        .map((p) => `"${words.slice(p.at, p.at + p.length).join(' ')}"`);
      if (pointers.length === 0) return undefined;
      return `points back at someone or something named before (${pointers.join(', ')})`;
    }
    case 'plain':
      return undefined;
  }
}
