import { escapeMarkdown } from 'discord.js';
import type { Answer, UnknownReason } from '../../answering/answer.ts';
import { inertPlainText } from '../inertText.ts';
import { type StoryPresentation, SUGGESTIONS_HEADING, unknownReply } from '../replies.ts';
import { DISCORD_LIMITS } from './limits.ts';
import {
  COLORS,
  type DiscordMessage,
  echo,
  feedbackButtons,
  message,
  questionButtons,
} from './message.ts';

/** Prefix of the embed author line that repeats the user's question. */
export const ASKED_PREFIX = 'You asked: ';

/** How much of the user's own question an unknown reply repeats. */
const ECHO_LENGTH = 200;

const UNKNOWN_TITLES: Readonly<Record<UnknownReason, string>> = Object.freeze({
  empty: 'Ask me about the story',
  'too-long': 'That question is too long',
  'not-covered': 'Not in the article',
});

/**
 * An answer as a Discord message: the answer, each quoted source with its paragraph number, the
 * story in the footer, and buttons for "did you mean" or follow-up questions.
 */
export function renderAnswerMessage(
  answer: Answer,
  story: StoryPresentation,
  options: { readonly questionKey?: string | undefined } = {},
): DiscordMessage {
  const footer = { text: story.title };
  if (answer.status === 'answered') {
    const fields = answer.sources.map((source) => ({
      name: `Source: paragraph ${source.paragraph}`,
      value: `> ${escapeMarkdown(source.quote)}`,
    }));
    const buttons = answer.suggestions.length > 0 ? answer.suggestions : answer.related.slice(0, 3);
    // Show how the question was read when it was worded differently from the entry. An author
    // line is plain text (no markdown), so only invisible characters and links need taking out.
    const asked = inertPlainText(answer.question, DISCORD_LIMITS.authorName - ASKED_PREFIX.length);
    const showAsked =
      asked.length > 0 && asked.toLowerCase() !== answer.entry.question.toLowerCase();
    return message(
      [
        {
          ...(showAsked && { author: { name: `${ASKED_PREFIX}${asked}` } }),
          title: answer.entry.question,
          description: escapeMarkdown(answer.text),
          fields,
          footer,
          color: COLORS.answer,
        },
      ],
      [...questionButtons(buttons), feedbackButtons(answer.entry.id, options.questionKey)],
      answer.suggestions.length > 0
        ? `Not sure I got that right. ${SUGGESTIONS_HEADING}`
        : undefined,
    );
  }
  const lines = [unknownReply(answer.reason, story)];
  if (answer.reason !== 'empty' && answer.question.trim().length > 0) {
    lines.push(`You asked: “${echo(answer.question, ECHO_LENGTH)}”`);
  }
  lines.push(
    answer.suggestions.length > 0
      ? `${SUGGESTIONS_HEADING} (buttons below), or browse every question with /faq.`
      : 'Browse every question I can answer with /faq.',
  );
  return message(
    [
      {
        title: UNKNOWN_TITLES[answer.reason],
        description: lines.join('\n\n'),
        footer,
        color: COLORS.unknown,
      },
    ],
    questionButtons(answer.suggestions),
  );
}
