import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { conversationKey } from '../../conversation/conversations.ts';
import type { Story } from '../../knowledge/types.ts';
import { DISCORD_LIMITS, truncate } from '../../render/discord/limits.ts';
import { answerQuestion } from '../answerQuestion.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** Discord's cap on a slash command string option; longer questions are cut by the client. */
export const QUESTION_OPTION_MAX_LENGTH = 500;

/** `/ask question:<text> [private:<bool>]`, described in the story's own words. */
export function askDefinition(story: Story) {
  return {
    name: 'ask',
    description: truncate(story.description, DISCORD_LIMITS.commandDescription),
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
    options: [
      {
        name: 'question',
        description: truncate(
          `Your question, e.g. "${story.examples[0] ?? story.title}"`,
          DISCORD_LIMITS.commandDescription,
        ),
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: QUESTION_OPTION_MAX_LENGTH,
      },
      {
        name: 'private',
        description: 'Only you see the answer (default: everyone in the channel).',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      },
    ],
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** Answers the question, privately when asked; a rate-limit notice is always private. */
export async function handleAsk(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  return answerQuestion(ctx, {
    text: interaction.options.getString('question', true),
    userId: interaction.user.id,
    origin: interaction.inGuild() ? 'guild' : 'dm',
    frontEnd: 'slash',
    // The same conversation as the user's messages in this channel (or DM).
    conversation: conversationKey(interaction.channelId, interaction.user.id),
    reply: (message) => send(interaction, message, ephemeral),
    notify: (message) => send(interaction, message, true),
    toldOnce: false,
  });
}

/**
 * Knowledge questions ranked by the engine as the user types; with nothing typed yet, the most
 * asked ones.
 */
export async function autocompleteAsk(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  const engine = ctx.engine();
  const typed = String(interaction.options.getFocused() ?? '').slice(0, 200);
  const questions =
    typed.trim().length === 0
      ? ctx.popularity.top(engine.story.entries, DISCORD_LIMITS.choices).map((e) => e.question)
      : engine.complete(typed, DISCORD_LIMITS.choices).map((s) => s.question);
  const unique = [...new Set(questions.map((q) => truncate(q, DISCORD_LIMITS.choiceName)))];
  await interaction.respond(
    unique
      .slice(0, DISCORD_LIMITS.choices)
      .map((q) => ({ name: q, value: truncate(q, DISCORD_LIMITS.choiceValue) })),
  );
  return 'shown';
}

export const ask = {
  name: 'ask',
  definition: askDefinition,
  handle: handleAsk,
  autocomplete: autocompleteAsk,
  help: {
    usage: '**/ask** `question:` your question',
    text: 'the answer, with the passages of the article it rests on. Add `private: True` to see it alone.',
  },
} as const satisfies SlashCommand<'ask'>;
