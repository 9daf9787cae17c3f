import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Suggestion } from '../../answering/answer.ts';
import { inertMarkdown } from '../inertText.ts';
import { encodeAction } from './customIds.ts';
import { DISCORD_LIMITS, fitEmbed, truncate } from './limits.ts';

/** A message as the bot sends it: with mentions always disabled, so user text never pings anyone. */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly allowedMentions: { readonly parse: []; readonly repliedUser: false };
}

export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false as const });

/** Brand colours: one for answers, one for "not covered", one for notices. */
export const COLORS = Object.freeze({ answer: 0x2b6cb0, unknown: 0x718096, notice: 0xd69e2e });

/** Builds a message, fitting every embed within Discord's limits. */
export function message(
  embeds: APIEmbed[],
  components: APIActionRowComponent<APIComponentInMessageActionRow>[] = [],
  content?: string,
): DiscordMessage {
  return {
    ...(content !== undefined && { content: truncate(content, DISCORD_LIMITS.content) }),
    embeds: embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed),
    components: components.slice(0, DISCORD_LIMITS.rows),
    allowedMentions: NO_MENTIONS,
  };
}

/** A short notice (rate limit, apology, usage) as a small embed. */
export function notice(text: string): DiscordMessage {
  return message([{ description: text, color: COLORS.notice }]);
}

/**
 * User text shown back inside a message: every echo goes through here, so none can restyle the
 * message, change its layout, make a live link or invite, or hide and reorder text.
 */
export function echo(text: string, max: number): string {
  return inertMarkdown(text, max);
}

/** A row of buttons that each show the answer of a knowledge question. */
export function questionButtons(
  suggestions: readonly Suggestion[],
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (suggestions.length === 0) return [];
  const buttons: APIButtonComponentWithCustomId[] = suggestions
    .slice(0, DISCORD_LIMITS.buttonsPerRow)
    .map((s) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: truncate(s.question, DISCORD_LIMITS.buttonLabel),
      custom_id: encodeAction({ kind: 'show-answer', entryId: s.id }),
    }));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** 👍 / 👎 under an answer, so people can tell the curators which answers did not help. */
export function feedbackButtons(
  entryId: string,
  questionKey?: string,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  const button = (
    vote: 'up' | 'down',
    emoji: string,
    label: string,
  ): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    label,
    custom_id: encodeAction({
      kind: 'feedback',
      vote,
      entryId,
      ...(questionKey && { questionKey }),
    }),
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('up', '👍', 'Helpful'), button('down', '👎', 'Not helpful')],
  };
}
