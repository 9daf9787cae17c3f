import { escapeMarkdown } from 'discord.js';
import type { Turn } from '../../conversation/turn.ts';
import type { StoryPresentation } from '../replies.ts';
import { renderAnswerMessage } from './answerMessage.ts';
import { COLORS, type DiscordMessage, message, questionButtons } from './message.ts';

/** Where every question the bot can answer is listed, for turns that point there. */
const FAQ_LINE = 'Browse every question I can answer with /faq.';

/**
 * One turn of a conversation as a Discord message: an answer as an answer; the previous answer's
 * sources again; small talk as a plain reply with its example question as a button; a follow-up
 * with nothing to follow as a request for the whole question, with the story's examples.
 */
export function renderTurnMessage(
  turn: Turn,
  story: StoryPresentation,
  options: { readonly questionKey?: string | undefined } = {},
): DiscordMessage {
  switch (turn.kind) {
    case 'answer':
      return renderAnswerMessage(turn.answer, story, options);
    case 'sources':
      return message([
        {
          title: turn.answer.entry.question,
          description: `${escapeMarkdown(turn.intro)}\n\n${escapeMarkdown(turn.answer.text)}`,
          fields: turn.answer.sources.map((source) => ({
            name: `Source: paragraph ${source.paragraph}`,
            value: `> ${escapeMarkdown(source.quote)}`,
          })),
          footer: { text: story.title },
          color: COLORS.answer,
        },
      ]);
    case 'small-talk': {
      const pointsOn = turn.talk === 'capabilities' || turn.talk === 'identity';
      const text = escapeMarkdown(turn.text) + (pointsOn ? `\n${FAQ_LINE}` : '');
      return message([], questionButtons(turn.example ? [turn.example] : []), text);
    }
    case 'unclear':
      return message(
        [
          {
            title: 'Ask me the whole question',
            description: `${escapeMarkdown(turn.text)}\n\n${FAQ_LINE}`,
            footer: { text: story.title },
            color: COLORS.unknown,
          },
        ],
        questionButtons(turn.suggestions),
      );
  }
}
