import {
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { DiscordMessage } from '../render/discord/message.ts';
import { notice } from '../render/discord/message.ts';

/** Turns a rendered message into discord.js reply options, ephemeral when asked. */
export function replyOptions(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(message.content !== undefined && { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowedMentions,
    ...(ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}

export function updateOptions(message: DiscordMessage): InteractionUpdateOptions {
  return {
    content: message.content ?? '',
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowedMentions,
  };
}

/**
 * Replies; fills in the reply of a deferred interaction (whose visibility was set when it was
 * deferred); follows up when the interaction was already answered.
 */
export async function send(
  interaction: RepliableInteraction,
  message: DiscordMessage,
  ephemeral: boolean,
): Promise<void> {
  const options = replyOptions(message, ephemeral);
  if (interaction.replied) await interaction.followUp(options);
  else if (interaction.deferred) await interaction.editReply(updateOptions(message));
  else await interaction.reply(options);
}

export const APOLOGY = notice(
  'Sorry, something went wrong while answering. Please try again in a moment.',
);
