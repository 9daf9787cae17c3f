import { ApplicationCommandType, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { formatProblem } from '../../knowledge/problem.ts';
import { echo, notice } from '../../render/discord/message.ts';
import type { BotContext, Outcome } from '../context.ts';
import { send } from '../reply.ts';
import { EVERYWHERE, type SlashCommand } from './command.ts';

/** How many problems a refused reload lists in Discord; the log has them all. */
const LISTED_PROBLEMS = 5;

/** `/reload`, hidden from members without Administrator; the handler checks the owner list too. */
export function reloadDefinition() {
  return {
    name: 'reload',
    description: "Owner only: reload the story's knowledge after checking it.",
    type: ApplicationCommandType.ChatInput,
    ...EVERYWHERE,
    default_member_permissions: '0',
  } as const satisfies ReturnType<SlashCommand['definition']>;
}

/** Owners only: reload the knowledge, swapping it in only if every check passes. */
export async function handleReload(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<Outcome> {
  if (!ctx.ownerIds.includes(interaction.user.id) || !ctx.reloadKnowledge) {
    await send(interaction, notice("Only the bot's owners can reload its knowledge."), true);
    return 'ignored';
  }
  // Loading and checking take longer than Discord's 3 seconds on a large story: acknowledge first.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await ctx.reloadKnowledge(`/reload by an owner`);
  if (result.ok) {
    await send(
      interaction,
      notice(`Reloaded: ${result.value.entries} entries, every check passed.`),
      true,
    );
    return 'shown';
  }
  const listed = result.error
    .slice(0, LISTED_PROBLEMS)
    .map((p) => `• ${echo(formatProblem(p), 300)}`);
  const more =
    result.error.length > LISTED_PROBLEMS
      ? `\n…and ${result.error.length - LISTED_PROBLEMS} more (see the log).`
      : '';
  await send(
    interaction,
    notice(
      `Refused: the new knowledge has ${result.error.length} problem(s), so I'm still serving the previous knowledge.\n${listed.join('\n')}${more}`,
    ),
    true,
  );
  return 'shown';
}

/** No help line: /help lists what everyone can use. */
export const reload = {
  name: 'reload',
  definition: reloadDefinition,
  handle: handleReload,
} as const satisfies SlashCommand<'reload'>;
