import type { AutocompleteInteraction } from 'discord.js';
import { DISCORD_LIMITS, truncate } from '../../render/discord/limits.ts';
import type { BotContext, Outcome } from '../context.ts';

/**
 * Autocomplete for `/ask question`: knowledge questions ranked by the engine as the user types;
 * with nothing typed yet, the most asked ones.
 */
export async function handleAutocomplete(
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
