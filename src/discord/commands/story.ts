import { ApplicationCommandType, type ChatInputCommandInteraction } from 'discord.js';
import { renderStoryMessage } from '../../render/discord/storyMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** `/story` */
export function storyDefinition() {
  return {
    name: 'story',
    description: 'The story in brief: what happened, turn by turn.',
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** The story in brief. */
export async function handleStory(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  await send(interaction, renderStoryMessage(ctx.engine().story), false);
  return 'shown';
}

export const story = {
  name: 'story',
  definition: storyDefinition,
  handle: handleStory,
  help: { usage: '**/story**', text: 'the story in brief, turn by turn.' },
} as const satisfies SlashCommand<'story'>;
