import type { ChatInputCommandInteraction } from 'discord.js';
import { renderAnswerMessage } from '../../render/discord/answerMessage.ts';
import { type BotContext, noteAnswer, type Outcome, outcomeOf } from '../context.ts';
import { rateLimitNotice, send } from '../reply.ts';

/** `/ask question:<text> [private:<bool>]` */
export async function handleAsk(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const limit = ctx.rateLimiter.take(interaction.user.id);
  if (!limit.ok) {
    await send(interaction, rateLimitNotice(limit.retryAfterMs), true);
    return 'rate-limited';
  }
  const engine = ctx.engine();
  const answer = engine.ask(interaction.options.getString('question', true));
  noteAnswer(ctx, answer, interaction.inGuild() ? 'guild' : 'dm');
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  await send(interaction, renderAnswerMessage(answer, engine.story.article.title), ephemeral);
  return outcomeOf(answer);
}
