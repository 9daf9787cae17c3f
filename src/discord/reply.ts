import {
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { DiscordMessage } from '../render/discord/message.ts';
import { notice } from '../render/discord/message.ts';
import type { BotContext } from './context.ts';

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

/**
 * Counts one question against the user's rate limit; when over it, answers with the polite
 * notice and returns true (the caller then stops).
 */
export async function overRateLimit(
  interaction: RepliableInteraction,
  ctx: BotContext,
): Promise<boolean> {
  const limit = ctx.rateLimiter.take(interaction.user.id);
  if (limit.ok) return false;
  await send(interaction, rateLimitNotice(limit.retryAfterMs), true);
  return true;
}

/** The polite notice for a user over the question rate limit. */
export function rateLimitNotice(retryAfterMs: number): DiscordMessage {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return notice(
    `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`,
  );
}

export const APOLOGY = notice(
  'Sorry, something went wrong while answering. Please try again in a moment.',
);
