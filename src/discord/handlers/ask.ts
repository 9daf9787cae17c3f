import type { ChatInputCommandInteraction } from 'discord.js';
import { renderAnswerMessage } from '../../render/discord/answerMessage.ts';
import { type BotContext, noteAnswer, type Outcome, outcomeOf } from '../context.ts';
import { overRateLimit, send } from '../reply.ts';

/** `/ask question:<text> [private:<bool>]` */
export async function handleAsk(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  if (await overRateLimit(interaction, ctx)) return 'rate-limited';
  const engine = ctx.engine();
  const answer = engine.ask(interaction.options.getString('question', true));
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  await send(interaction, renderAnswerMessage(answer, engine.story.article.title), ephemeral);
  // After the reply: recording never delays an answer, even when the database is slow or locked.
  noteAnswer(ctx, answer, interaction.inGuild() ? 'guild' : 'dm');
  return outcomeOf(answer);
}
