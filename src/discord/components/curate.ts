import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { SMALL_TALK_KINDS } from '../../answering/language/conversationSchema.ts';
import { candidateEntries, searchEntries } from '../../curation/review/candidates.ts';
import type { Curator } from '../../curation/review/curator.ts';
import {
  acceptStatus,
  type CurateStatus,
  dismissStatus,
  smallTalkStatus,
} from '../../render/curateStatus.ts';
import {
  DISCORD_STATUS_STYLE,
  renderDislikedPage,
  renderFindModal,
  renderReviewPage,
  SEARCH_FIELD,
} from '../../render/discord/curateMessage.ts';
import {
  type ComponentAction,
  type CurateAction,
  encodeAction,
  entryIdOfRef,
  isEntryRef,
} from '../../render/discord/customIds.ts';
import { DISCORD_LIMITS } from '../../render/discord/limits.ts';
import { type DiscordMessage, echo, message, notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { FORGED, fromItsMessage } from './ownMessage.ts';

/** For anyone but an owner, whatever part of the review they reach. */
export const OWNERS_ONLY = notice("Only the bot's owners can curate its knowledge.");

type ReviewInteraction =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction
  | ModalSubmitInteraction;

/** The curator behind the review, for an owner; undefined for anyone else (or when not wired). */
export function curatorFor(ctx: BotContext, userId: string): Curator | undefined {
  return ctx.ownerIds.includes(userId) ? ctx.curator : undefined;
}

/**
 * The review's buttons and menus, once the dispatcher has checked that they are on the bot's own
 * message: owners only; a page turn, an accept or a dismissal updates the page in place.
 */
export async function handleCurateComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  action: CurateAction,
  ctx: BotContext,
): Promise<Outcome> {
  const curator = curatorFor(ctx, interaction.user.id);
  if (!curator) {
    await send(interaction, OWNERS_ONLY, true);
    return 'refused';
  }
  if (action.kind === 'curate-find') {
    // A modal must be the first response: nothing slow comes before it.
    await interaction.showModal(renderFindModal(action.page, action.groupId));
    return 'shown';
  }
  if (action.kind === 'curate-search') {
    // The modal's own id on a button: not something the bot makes.
    await send(interaction, FORGED, true);
    return 'refused';
  }
  // The small-talk menu's id on a button, or a value that is no kind: not something the bot made.
  const talk =
    action.kind === 'curate-talk' && interaction.isStringSelectMenu()
      ? SMALL_TALK_KINDS.find((kind) => kind === interaction.values[0])
      : undefined;
  if (action.kind === 'curate-talk' && !talk) {
    await send(interaction, FORGED, true);
    return 'refused';
  }
  await interaction.deferUpdate();
  switch (action.kind) {
    case 'curate-page':
    case 'curate-refresh':
      return showReview(interaction, ctx, curator, { page: action.page });
    case 'curate-disliked':
      return showDisliked(interaction, ctx, curator, action.page);
    case 'curate-dismiss': {
      const outcome = await curator.dismiss({
        groupId: action.groupId,
        curatorId: interaction.user.id,
      });
      const status = dismissStatus(outcome, DISCORD_STATUS_STYLE);
      return showReview(interaction, ctx, curator, { page: action.page, status });
    }
    case 'curate-talk': {
      if (!talk) return 'refused';
      const report = await curator.smallTalk({
        groupId: action.groupId,
        kind: talk,
        curatorId: interaction.user.id,
      });
      const status = smallTalkStatus(report, DISCORD_STATUS_STYLE);
      return showReview(interaction, ctx, curator, { page: action.page, status });
    }
    case 'curate-add':
    case 'curate-pick': {
      const ref =
        action.kind === 'curate-add'
          ? action.entryRef
          : interaction.isStringSelectMenu()
            ? (interaction.values[0] ?? '')
            : '';
      const ids = ctx.engine().story.entries.map((entry) => entry.id);
      const entryId = isEntryRef(ref) ? entryIdOfRef(ref, ids) : undefined;
      if (!entryId) {
        const status: CurateStatus = {
          tone: 'refused',
          lines: ['That entry is no longer in the knowledge: pick another.'],
        };
        return showReview(interaction, ctx, curator, { page: action.page, status });
      }
      const report = await curator.accept({
        groupId: action.groupId,
        entryId,
        curatorId: interaction.user.id,
      });
      const status = acceptStatus(report, DISCORD_STATUS_STYLE);
      return showReview(interaction, ctx, curator, { page: action.page, status });
    }
  }
}

/**
 * The "Find an entry" modal, submitted: owners only, and only as the bot opened it (from its own
 * review page, by that page's button); the page's menu then offers the entries that match.
 */
export async function handleCurateModal(
  interaction: ModalSubmitInteraction,
  action: ComponentAction,
  ctx: BotContext,
): Promise<Outcome> {
  const curator = curatorFor(ctx, interaction.user.id);
  if (!curator) {
    await send(interaction, OWNERS_ONLY, true);
    return 'refused';
  }
  const typed = searchedText(interaction);
  if (action.kind !== 'curate-search' || typed === undefined) {
    await send(interaction, FORGED, true);
    return 'refused';
  }
  const openedBy = encodeAction({
    kind: 'curate-find',
    page: action.page,
    groupId: action.groupId,
  });
  if (!fromItsMessage(interaction, openedBy)) {
    await send(interaction, FORGED, true);
    return 'refused';
  }
  await interaction.deferUpdate();
  return showReview(interaction, ctx, curator, { page: action.page, search: typed });
}

/** What the curator typed in the modal, or undefined when the modal has no such field. */
function searchedText(interaction: ModalSubmitInteraction): string | undefined {
  try {
    return interaction.fields.getTextInputValue(SEARCH_FIELD).slice(0, 100);
  } catch {
    return undefined;
  }
}

/** Builds the queue (in the review worker) and shows one page of it, with what just happened. */
export async function showReview(
  interaction: ReviewInteraction,
  ctx: BotContext,
  curator: Curator,
  view: { readonly page: number; readonly status?: CurateStatus; readonly search?: string },
): Promise<Outcome> {
  const queue = await curator.queue();
  if (!queue.ok) {
    ctx.log.warn('curation.review_failed', { reason: queue.error });
    await send(interaction, reviewFailed(queue.error, view.page), true);
    return 'shown';
  }
  const engine = ctx.engine();
  const page = Math.min(Math.max(0, view.page), Math.max(0, queue.value.groups.length - 1));
  const group = queue.value.groups[page];
  let choices = group
    ? candidateEntries(engine, group.representative, DISCORD_LIMITS.selectOptions)
    : [];
  let status = view.status;
  let search: { typed: string; found: number } | undefined;
  if (view.search !== undefined) {
    const found = searchEntries(engine, view.search, DISCORD_LIMITS.selectOptions);
    const quoted = DISCORD_STATUS_STYLE.quote(view.search);
    if (found.length > 0) {
      choices = found;
      search = { typed: view.search, found: found.length };
      status = {
        tone: 'info',
        lines: [`The entries for ${quoted}, best first, are in the menu: pick one.`],
      };
    } else status = { tone: 'info', lines: [`No entry matches ${quoted}.`] };
  }
  await send(
    interaction,
    renderReviewPage({
      queue: queue.value,
      page,
      entry: (id) => engine.entry(id),
      storyTitle: engine.story.title,
      choices,
      ...(status && { status }),
      ...(search && { search }),
    }),
    true,
  );
  return 'shown';
}

async function showDisliked(
  interaction: ReviewInteraction,
  ctx: BotContext,
  curator: Curator,
  page: number,
): Promise<Outcome> {
  const queue = await curator.queue();
  if (!queue.ok) {
    await send(interaction, reviewFailed(queue.error, 0), true);
    return 'shown';
  }
  const engine = ctx.engine();
  await send(
    interaction,
    renderDislikedPage(queue.value, page, (id) => engine.entry(id), engine.story.title),
    true,
  );
  return 'shown';
}

function reviewFailed(reason: string, page: number): DiscordMessage {
  return message(
    [
      {
        description: `The review cannot be built right now: ${echo(reason, 600)}`,
        color: 0xc53030,
      },
    ],
    [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: 'Try again',
            custom_id: encodeAction({ kind: 'curate-refresh', page: Math.max(0, page) }),
          },
        ],
      },
    ],
  );
}
