import type { Message } from 'discord.js';
import { describeError } from '../describeError.ts';
import { renderAnswerMessage } from '../render/discord/answerMessage.ts';
import type { DiscordMessage } from '../render/discord/message.ts';
import { type BotContext, noteAnswer, type Outcome, outcomeOf } from './context.ts';
import { APOLOGY, rateLimitNotice } from './reply.ts';

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

/** Answers direct messages and mentions, as a reply to the message; one error handler. */
export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  // Users told about the rate limit in the current window: tell them once, not on every message.
  const warned = new Map<string, number>();
  return async (message) => {
    const botId = message.client.user?.id;
    const question = botId ? questionIn(message, botId) : undefined;
    if (question === undefined) return;
    const started = performance.now();
    const origin = message.inGuild() ? 'guild' : 'dm';
    let outcome: Outcome;
    try {
      const limit = ctx.rateLimiter.take(message.author.id);
      if (!limit.ok) {
        const now = Date.now();
        if ((warned.get(message.author.id) ?? 0) > now) outcome = 'ignored';
        else {
          for (const [id, until] of warned) if (until <= now) warned.delete(id);
          warned.set(message.author.id, now + limit.retryAfterMs);
          await replyTo(message, rateLimitNotice(limit.retryAfterMs));
          outcome = 'rate-limited';
        }
      } else {
        const engine = ctx.engine();
        const answer = engine.ask(question);
        await replyTo(message, renderAnswerMessage(answer, engine.story.article.title));
        // After the reply: recording never delays an answer.
        noteAnswer(ctx, answer, origin);
        outcome = outcomeOf(answer);
      }
    } catch (error) {
      outcome = 'error';
      ctx.log.error('message.failed', { origin, error: describeError(error) });
      try {
        await replyTo(message, APOLOGY);
      } catch (replyError) {
        ctx.log.warn('message.apology_failed', { error: describeError(replyError) });
      }
    }
    ctx.log.info('message', {
      origin,
      outcome,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
