import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { renderSourceMessages } from '../../render/discord/sourceMessage.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** `/source [paragraph]` */
export function sourceDefinition() {
  return {
    name: 'source',
    description: 'Read the article itself, or one of its paragraphs.',
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
    options: [
      {
        name: 'paragraph',
        description: 'Paragraph number (0 is the headline); leave empty for the whole article.',
        type: ApplicationCommandOptionType.Integer,
        required: false,
        min_value: 0,
        max_value: 99,
      },
    ],
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** The article's text; long text goes out as several messages. */
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

export const source = {
  name: 'source',
  definition: sourceDefinition,
  handle: handleSource,
  help: {
    usage: '**/source** `paragraph:`',
    text: 'read the article itself, or one paragraph of it.',
  },
} as const satisfies SlashCommand<'source'>;
