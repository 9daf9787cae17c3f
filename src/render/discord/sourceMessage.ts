import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { Article } from '../../knowledge/types.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { COLORS, type DiscordMessage, message, notice } from './message.ts';

/**
 * The article itself: one paragraph, or the whole text split over as many embeds and messages
 * as Discord's limits need (paragraphs are never cut between two embeds unless one alone is too long).
 */
export function renderSourceMessages(
  article: Article,
  paragraph: number | undefined,
): DiscordMessage[] {
  const last = article.paragraphs.length - 1;
  if (paragraph !== undefined) {
    const text = article.paragraphs[paragraph];
    if (text === undefined) {
      return [
        notice(
          `The article has paragraphs 0 to ${last} (0 is the headline). Try /source paragraph:1.`,
        ),
      ];
    }
    return [
      message([
        {
          title: paragraph === 0 ? 'Headline' : `Paragraph ${paragraph} of ${last}`,
          description: escapeMarkdown(text),
          footer: { text: article.title },
          color: COLORS.answer,
        },
      ]),
    ];
  }

  const blocks = article.paragraphs
    .slice(1)
    .map((text, i) => `**${i + 1}.** ${escapeMarkdown(text)}`);
  const descriptions: string[] = [];
  let current = '';
  for (const block of blocks) {
    for (const piece of splitLong(block, DISCORD_LIMITS.embedDescription)) {
      const joined = current ? `${current}\n\n${piece}` : piece;
      if (joined.length > DISCORD_LIMITS.embedDescription) {
        descriptions.push(current);
        current = piece;
      } else current = joined;
    }
  }
  if (current) descriptions.push(current);

  // Group embeds into messages of at most 6,000 characters and 10 embeds.
  const messages: DiscordMessage[] = [];
  let embeds: APIEmbed[] = [];
  let size = 0;
  descriptions.forEach((description, i) => {
    const embed: APIEmbed = { description, color: COLORS.answer };
    if (i === 0) embed.title = escapeMarkdown(article.title).slice(0, DISCORD_LIMITS.embedTitle);
    const length = description.length + (embed.title?.length ?? 0);
    if (
      embeds.length > 0 &&
      (size + length > DISCORD_LIMITS.embedTotal ||
        embeds.length >= DISCORD_LIMITS.embedsPerMessage)
    ) {
      messages.push(message(embeds));
      embeds = [];
      size = 0;
    }
    embeds.push(embed);
    size += length;
  });
  if (embeds.length > 0) messages.push(message(embeds));
  return messages;
}

/** Splits text longer than `max` at sentence or word boundaries. */
function splitLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('. ', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    pieces.push(rest.slice(0, cut + 1).trimEnd());
    rest = rest.slice(cut + 1).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
