import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  TextInputStyle,
} from 'discord.js';
import { originText } from '../../curation/renderReport.ts';
import type { EntryChoice } from '../../curation/review/candidates.ts';
import type { ReviewQueue } from '../../curation/review/reviewTypes.ts';
import type { Entry } from '../../knowledge/types.ts';
import { type CurateStatus, type StatusStyle, smallTalkKindName } from '../curateStatus.ts';
import { type CurateAction, encodeAction, entryRefOf } from './customIds.ts';
import { DISCORD_LIMITS, truncate } from './limits.ts';
import { COLORS, type DiscordMessage, echo, message } from './message.ts';

/** How the review shows user text and entries in Discord: quoted and inert. */
export const DISCORD_STATUS_STYLE: StatusStyle = Object.freeze({
  quote: (text: string) => `“${echo(text, 200)}”`,
  id: (entryId: string) => `\`${entryId}\``,
  plain: (text: string) => echo(text, 400),
});

const STATUS_COLORS = Object.freeze({ done: 0x2f855a, refused: 0xc53030, info: COLORS.notice });

/** What one page of the review shows. */
export interface ReviewPageInput {
  readonly queue: ReviewQueue;
  readonly page: number;
  /** The knowledge serving now, for the entries' questions and answers. */
  readonly entry: (id: string) => Entry | undefined;
  readonly storyTitle: string;
  /** The entries offered in the menu, best first (at most 25 are shown). */
  readonly choices: readonly EntryChoice[];
  /** What the last action did, shown above the group. */
  readonly status?: CurateStatus;
  /** Set when the menu holds the entries found for what the curator typed. */
  readonly search?: { readonly typed: string; readonly found: number };
}

/** The page of the review a curator is on: one group of questions and what can be done with it. */
export function renderReviewPage(input: ReviewPageInput): DiscordMessage {
  const { queue } = input;
  const total = queue.groups.length;
  const page = Math.min(Math.max(0, input.page), Math.max(0, total - 1));
  const group = queue.groups[page];
  const embeds = statusEmbeds(input.status);
  const footer = { text: footerText(queue, input.storyTitle) };
  if (!group) {
    embeds.push({
      title: 'Nothing to review',
      description:
        queue.totals.questions === 0
          ? 'No unanswered questions have been recorded yet.'
          : 'Every recorded question without a good answer has been decided on.',
      footer,
      color: COLORS.answer,
    });
    return message(embeds, [navigationRow(0, 0, queue.disliked.length)]);
  }
  const also = group.examples.map((q) => `“${echo(q, 120)}”`).join(' · ');
  const nearest = group.nearest ? input.entry(group.nearest.id) : undefined;
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (group.nearest) {
    fields.push({
      name: truncate(`Nearest entry: ${group.nearest.id}`, DISCORD_LIMITS.fieldName),
      value: truncate(
        `**${knowledgeText(group.nearest.question, 200)}** (confidence ${group.nearest.confidence.toFixed(2)})\n${knowledgeText(nearest?.answer ?? '', 700)}`,
        DISCORD_LIMITS.fieldValue,
      ),
    });
  } else {
    fields.push({ name: 'Nearest entry', value: 'None: no entry shares a word with it.' });
  }
  if (group.answeredNow)
    fields.push({
      name: 'Answered now',
      value: 'The knowledge serving now answers this question: dismiss it if that answer is right.',
    });
  embeds.push({
    title: truncate(`Question ${page + 1} of ${total}`, DISCORD_LIMITS.embedTitle),
    description: [
      `> ${echo(group.representative, 300)}`,
      ...(also ? [`Also asked: ${also}`] : []),
      `Asked ${group.count}× (${originText(group.origins)}), last ${timestamp(group.lastAskedAt)}`,
    ].join('\n'),
    fields,
    footer,
    color: COLORS.answer,
  });

  const groupId = group.id;
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const choices = input.choices.slice(0, DISCORD_LIMITS.selectOptions);
  if (choices.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encodeAction({ kind: 'curate-pick', page, groupId }),
          placeholder: truncate(
            input.search
              ? `Add as a phrasing of an entry matching “${input.search.typed}”…`
              : 'Add as a phrasing of another entry…',
            DISCORD_LIMITS.selectPlaceholder,
          ),
          min_values: 1,
          max_values: 1,
          options: choices.map((choice) => ({
            label: truncate(choice.question, DISCORD_LIMITS.selectLabel),
            value: entryRefOf(choice.id),
            description: truncate(choice.id, DISCORD_LIMITS.selectDescription),
          })),
        },
      ],
    });
  }
  const actions: APIButtonComponentWithCustomId[] = [];
  if (group.nearest) {
    actions.push(
      button(
        { kind: 'curate-add', page, groupId, entryRef: entryRefOf(group.nearest.id) },
        `Add as a phrasing of ${group.nearest.id}`,
        ButtonStyle.Success,
      ),
    );
  }
  actions.push(
    button({ kind: 'curate-dismiss', page, groupId }, 'Dismiss', ButtonStyle.Danger),
    button({ kind: 'curate-find', page, groupId }, 'Find an entry…', ButtonStyle.Secondary),
  );
  rows.push({ type: ComponentType.ActionRow, components: actions });
  const talk = smallTalkMenu(queue, page, groupId);
  if (talk) rows.push(talk);
  rows.push(navigationRow(page, total, queue.disliked.length));
  return message(embeds, rows);
}

/**
 * "Mark as small talk": a menu of the kinds of small talk, the one the question comes closest to
 * first; picking one marks the group's question as small talk of that kind.
 */
function smallTalkMenu(
  queue: ReviewQueue,
  page: number,
  groupId: string,
): APIActionRowComponent<APIComponentInMessageActionRow> | undefined {
  const likely = queue.likelySmallTalk[groupId];
  const kinds = [...queue.smallTalkKinds]
    .sort((a, b) => Number(b.kind === likely) - Number(a.kind === likely))
    .slice(0, DISCORD_LIMITS.selectOptions);
  if (kinds.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeAction({ kind: 'curate-talk', page, groupId }),
        placeholder: truncate(
          likely
            ? `Mark as small talk (it reads like ${smallTalkKindName(likely)})…`
            : 'Mark as small talk…',
          DISCORD_LIMITS.selectPlaceholder,
        ),
        min_values: 1,
        max_values: 1,
        options: kinds.map((choice) => {
          const name = smallTalkKindName(choice.kind);
          return {
            label: truncate(
              `${name.charAt(0).toUpperCase()}${name.slice(1)}${choice.kind === likely ? ' (closest)' : ''}`,
              DISCORD_LIMITS.selectLabel,
            ),
            value: choice.kind,
            description: truncate(
              `Like ${choice.examples.map((e) => `“${e}”`).join(', ')}`,
              DISCORD_LIMITS.selectDescription,
            ),
          };
        }),
      },
    ],
  };
}

/** The page of the 👎 answers: one entry, its answer, and the questions that were voted down. */
export function renderDislikedPage(
  queue: ReviewQueue,
  page: number,
  entry: (id: string) => Entry | undefined,
  storyTitle: string,
): DiscordMessage {
  const total = queue.disliked.length;
  const current = Math.min(Math.max(0, page), Math.max(0, total - 1));
  const disliked = queue.disliked[current];
  const footer = { text: footerText(queue, storyTitle) };
  const back = button(
    { kind: 'curate-page', page: 0 },
    'Back to the questions',
    ButtonStyle.Primary,
  );
  if (!disliked) {
    return message(
      [
        {
          title: 'Answers voted 👎',
          description: 'No answer has been voted 👎.',
          footer,
          color: COLORS.answer,
        },
      ],
      [{ type: ComponentType.ActionRow, components: [back] }],
    );
  }
  const known = entry(disliked.entryId);
  const questions = disliked.downQuestions.map((q) => `• ${echo(q, 150)}`).join('\n');
  return message(
    [
      {
        title: truncate(
          `Answer voted 👎 ${current + 1} of ${total}: ${disliked.entryId}`,
          DISCORD_LIMITS.embedTitle,
        ),
        description: known
          ? `**${knowledgeText(known.question, 200)}**\n${knowledgeText(known.answer, 1200)}`
          : 'This entry is no longer in the knowledge.',
        fields: [
          {
            name: 'Votes',
            value: `${disliked.down} 👎 · ${disliked.up} 👍 · last vote ${timestamp(disliked.lastVoteAt)}`,
          },
          {
            name: '👎 after these questions',
            value: truncate(questions || '(none kept)', DISCORD_LIMITS.fieldValue),
          },
        ],
        footer,
        color: COLORS.unknown,
      },
    ],
    [
      {
        type: ComponentType.ActionRow,
        components: [
          button(
            { kind: 'curate-disliked', page: current - 1 },
            '◀ Previous',
            ButtonStyle.Secondary,
            current === 0,
          ),
          button(
            { kind: 'curate-disliked', page: current + 1 },
            'Next ▶',
            ButtonStyle.Secondary,
            current >= total - 1,
          ),
          back,
        ],
      },
    ],
  );
}

/** The text field of the "Find an entry" modal. */
export const SEARCH_FIELD = 'curate-words';

/** The modal that asks what to look for among the entries (a menu cannot hold more than 25). */
export function renderFindModal(
  page: number,
  groupId: string,
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeAction({ kind: 'curate-search', page, groupId }),
    title: 'Find an entry',
    components: [
      {
        type: ComponentType.Label,
        label: 'Words of its question, or its id',
        description: 'The menu then offers the entries that match.',
        component: {
          type: ComponentType.TextInput,
          custom_id: SEARCH_FIELD,
          style: TextInputStyle.Short,
          min_length: 1,
          max_length: 100,
          required: true,
        },
      },
    ],
  };
}

function navigationRow(
  page: number,
  total: number,
  disliked: number,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      button(
        { kind: 'curate-page', page: page - 1 },
        '◀ Previous',
        ButtonStyle.Secondary,
        page === 0,
      ),
      button(
        { kind: 'curate-page', page: page + 1 },
        'Next ▶',
        ButtonStyle.Secondary,
        page >= total - 1,
      ),
      button({ kind: 'curate-refresh', page }, 'Refresh', ButtonStyle.Secondary),
      button(
        { kind: 'curate-disliked', page: 0 },
        `👎 answers (${disliked})`,
        ButtonStyle.Secondary,
      ),
    ],
  };
}

function button(
  action: CurateAction,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger,
  disabled = false,
): APIButtonComponentWithCustomId {
  // A disabled "previous" on the first page would carry page -1, which no id may: it is never pressed.
  const safe = 'page' in action && action.page < 0 ? { ...action, page: 0 } : action;
  return {
    type: ComponentType.Button,
    style,
    label: truncate(label, DISCORD_LIMITS.buttonLabel),
    custom_id: encodeAction(safe),
    ...(disabled && { disabled: true }),
  };
}

function statusEmbeds(status: CurateStatus | undefined): APIEmbed[] {
  if (!status) return [];
  return [{ description: status.lines.join('\n'), color: STATUS_COLORS[status.tone] }];
}

function footerText(queue: ReviewQueue, storyTitle: string): string {
  const sources = `${queue.databases} database${queue.databases === 1 ? '' : 's'}`;
  const unreadable =
    queue.unreadable.length > 0 ? ` (${queue.unreadable.length} unreadable: see the log)` : '';
  return `${storyTitle} · ${sources}${unreadable} · ${queue.totals.decided} questions decided on`;
}

/** The knowledge's own text (curated, not typed by users), shown as the answers show it. */
function knowledgeText(text: string, max: number): string {
  return escapeMarkdown(truncate(text, max));
}

/** A time as Discord shows it in the reader's own terms ("3 hours ago"). */
function timestamp(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return Number.isFinite(seconds) ? `<t:${seconds}:R>` : iso;
}
