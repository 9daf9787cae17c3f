import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Entry } from '../../knowledge/types.ts';
import { encodeAction } from './customIds.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import { COLORS, type DiscordMessage, message } from './message.ts';

/** A select menu holds at most 25 options, so the FAQ is paged. */
export const FAQ_PAGE_SIZE = DISCORD_LIMITS.selectOptions;

export function faqPageCount(entries: readonly Entry[]): number {
  return Math.max(1, Math.ceil(entries.length / FAQ_PAGE_SIZE));
}

/** One page of the FAQ: a menu of questions, with previous/next buttons when there are several pages. */
export function renderFaqMessage(
  entries: readonly Entry[],
  page: number,
  storyTitle: string,
): DiscordMessage {
  const pages = faqPageCount(entries);
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = entries.slice(current * FAQ_PAGE_SIZE, (current + 1) * FAQ_PAGE_SIZE);
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encodeAction({ kind: 'faq-select' }),
          placeholder: 'Choose a question to see its answer',
          min_values: 1,
          max_values: 1,
          options: shown.map((entry) => ({
            label: truncate(entry.question, DISCORD_LIMITS.selectLabel),
            value: entry.id,
            description: truncate(entry.answer, DISCORD_LIMITS.selectDescription),
          })),
        },
      ],
    },
  ];
  if (pages > 1) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Previous',
          custom_id: encodeAction({ kind: 'faq-page', page: current - 1 }),
          disabled: current === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Next',
          custom_id: encodeAction({ kind: 'faq-page', page: current + 1 }),
          disabled: current >= pages - 1,
        },
      ],
    });
  }
  const range = `${current * FAQ_PAGE_SIZE + 1}–${current * FAQ_PAGE_SIZE + shown.length} of ${entries.length}`;
  return message(
    [
      {
        title: 'Questions I can answer',
        description: `Pick one from the menu (questions ${range}${pages > 1 ? `, page ${current + 1} of ${pages}` : ''}), or ask your own with /ask.`,
        footer: { text: storyTitle },
        color: COLORS.answer,
      },
    ],
    rows,
  );
}
