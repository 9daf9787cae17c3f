import type { ChatInputCommandInteraction } from 'discord.js';
import { renderFaqMessage } from '../../render/discord/faqMessage.ts';
import { renderHelpMessage } from '../../render/discord/helpMessage.ts';
import { renderSourceMessages } from '../../render/discord/sourceMessage.ts';
import { renderStoryMessage } from '../../render/discord/storyMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';

/** `/faq`: the first page of every question; browsing is personal, so only the user sees it. */
export async function handleFaq(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const { story } = ctx.engine();
  await send(interaction, renderFaqMessage(story.entries, 0, story.article.title), true);
  return 'shown';
}

/** `/story`: the story in brief. */
export async function handleStory(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  await send(interaction, renderStoryMessage(ctx.engine().story), false);
  return 'shown';
}

/** `/source [paragraph]`: the article's text; long text goes out as several messages. */
export async function handleSource(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const paragraph = interaction.options.getInteger('paragraph') ?? undefined;
  for (const message of renderSourceMessages(ctx.engine().story.article, paragraph)) {
    await send(interaction, message, false);
  }
  return 'shown';
}

/** `/help` */
export async function handleHelp(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const botMention = interaction.client.user ? `@${interaction.client.user.username}` : undefined;
  await send(interaction, renderHelpMessage(ctx.engine().story, botMention), true);
  return 'shown';
}
