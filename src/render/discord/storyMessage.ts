import { escapeMarkdown } from 'discord.js';
import type { Story } from '../../knowledge/types.ts';
import { COLORS, type DiscordMessage, message } from './message.ts';

/** The story in brief: title, summary, and each turn with the passage it rests on. */
export function renderStoryMessage(story: Story): DiscordMessage {
  return message([
    {
      title: story.article.title,
      description: escapeMarkdown(story.summary),
      fields: story.timeline.map((step, i) => ({
        name: `${i + 1}. ${step.title}`,
        value: `${escapeMarkdown(step.text)}\n> ${escapeMarkdown(step.source.quote)} (paragraph ${step.source.paragraph})`,
      })),
      footer: { text: 'Ask about any part of it with /ask, or read the article with /source.' },
      color: COLORS.answer,
    },
  ]);
}
