import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { ComponentAction } from '../../render/discord/customIds.ts';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import { notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send, updateOptions } from '../reply.ts';
import { handleFeedback } from './feedback.ts';
import { STALE, showEntry } from './showEntry.ts';

/** For a component that is not one the bot put on this message. */
export const FORGED = notice(
  "That button doesn't belong to this message, so I've left it alone. Try /faq or /ask.",
);

/**
 * Buttons and menus of the bot's own messages, once their custom id is parsed. A custom id is
 * only trusted on the message the bot put it on: the bot's own message, carrying that very
 * component (and, for a menu, the option chosen); anything else gets a polite notice and does
 * nothing (no vote recorded, no page turned).
 */
export async function handleComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  action: ComponentAction,
  ctx: BotContext,
): Promise<Outcome> {
  if (!onItsMessage(interaction)) {
    await send(interaction, FORGED, true);
    return 'refused';
  }
  switch (action.kind) {
    case 'show-answer':
      return showEntry(interaction, ctx, action.entryId);
    case 'faq-select': {
      const entryId = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
      if (!entryId) {
        await send(interaction, STALE, true);
        return 'stale';
      }
      return showEntry(interaction, ctx, entryId);
    }
    case 'feedback':
      if (!ctx.engine().entry(action.entryId)) {
        await send(interaction, STALE, true);
        return 'stale';
      }
      return handleFeedback(interaction, action, ctx);
    case 'faq-page': {
      const { story } = ctx.engine();
      await interaction.update(
        updateOptions(renderFaqMessage(story.entries, action.page, story.title)),
      );
      return 'shown';
    }
  }
}

/** Whether the component pressed is one the bot put on this message (and the menu option one it offered). */
function onItsMessage(interaction: ButtonInteraction | StringSelectMenuInteraction): boolean {
  const { message } = interaction;
  if (message.author.id !== interaction.client.user.id) return false;
  const component = findComponent(
    message.components.map((row) => row.toJSON()),
    interaction.customId,
  );
  if (!component) return false;
  if (!interaction.isStringSelectMenu()) return true;
  const offered = new Set(component.options?.map((option) => option.value) ?? []);
  return interaction.values.every((value) => offered.has(value));
}

interface ComponentJson {
  readonly custom_id?: string;
  readonly options?: readonly { readonly value: string }[];
  readonly components?: readonly ComponentJson[];
}

function findComponent(
  components: readonly unknown[],
  customId: string,
): ComponentJson | undefined {
  for (const raw of components) {
    const component = raw as ComponentJson;
    if (component.custom_id === customId) return component;
    const inner = component.components && findComponent(component.components, customId);
    if (inner) return inner;
  }
  return undefined;
}
