import type {
  ButtonInteraction,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import { notice } from '../../render/discord/message.ts';

/** For a component that is not one the bot put on this message. */
export const FORGED = notice(
  "That button doesn't belong to this message, so I've left it alone. Try /faq or /ask.",
);

/** Whether the component pressed is one the bot put on this message (and the menu option one it offered). */
export function onItsMessage(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
): boolean {
  const { message } = interaction;
  if (message.author.id !== interaction.client.user.id) return false;
  const component = componentOn(message, interaction.customId);
  if (!component) return false;
  if (!interaction.isStringSelectMenu()) return true;
  const offered = new Set(component.options?.map((option) => option.value) ?? []);
  return interaction.values.every((value) => offered.has(value));
}

/**
 * Whether a modal was opened from the bot's own message by the button `openedBy` on it: a modal
 * submitted with any other custom id, or from another message, was not one the bot showed.
 */
export function fromItsMessage(interaction: ModalSubmitInteraction, openedBy: string): boolean {
  const { message } = interaction;
  if (!message || message.author.id !== interaction.client.user.id) return false;
  return componentOn(message, openedBy) !== undefined;
}

interface ComponentJson {
  readonly custom_id?: string;
  readonly options?: readonly { readonly value: string }[];
  readonly components?: readonly ComponentJson[];
}

function componentOn(
  message: { readonly components: readonly { toJSON(): unknown }[] },
  customId: string,
): ComponentJson | undefined {
  return findComponent(
    message.components.map((row) => row.toJSON()),
    customId,
  );
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
