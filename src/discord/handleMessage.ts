import type { Message } from 'discord.js';
import { conversationKey } from '../conversation/conversations.ts';
import type { DiscordMessage } from '../render/discord/message.ts';
import { answerQuestion } from './answerQuestion.ts';
import { withinBoundary } from './boundary.ts';
import type { BotContext } from './context.ts';
import { APOLOGY } from './reply.ts';

/**
 * The question in a message for the bot, or `undefined` when the message is not for it: every
 * DM is a question; in a server, only a message that mentions the bot, minus the mention.
 */
export function questionIn(message: Message, botId: string): string | undefined {
  if (message.author.bot || message.author.id === botId || message.webhookId) return undefined;
  if (!message.inGuild()) return message.content;
  if (!message.mentions.users.has(botId)) return undefined;
  return message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

async function replyTo(message: Message, reply: DiscordMessage): Promise<void> {
  await message.reply({
    ...(reply.content !== undefined && { content: reply.content }),
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: reply.allowedMentions,
  });
}

/** Answers direct messages and mentions, as a reply to the message, inside the one boundary. */
export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user?.id;
    const question = botId ? questionIn(message, botId) : undefined;
    if (question === undefined) return;
    const origin = message.inGuild() ? 'guild' : 'dm';
    await withinBoundary(
      ctx,
      { event: 'message', fields: { origin } },
      () =>
        answerQuestion(ctx, {
          text: question,
          userId: message.author.id,
          origin,
          frontEnd: origin === 'dm' ? 'dm' : 'mention',
          conversation: conversationKey(message.channelId, message.author.id),
          reply: (reply) => replyTo(message, reply),
          // A reply in a channel is public: there is no private notice to give.
          notify: (reply) => replyTo(message, reply),
          toldOnce: true,
        }),
      () => replyTo(message, APOLOGY),
    );
  };
}
