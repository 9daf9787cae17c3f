import type { Interaction } from 'discord.js';
import { decodeAction } from '../render/discord/customIds.ts';
import { notice } from '../render/discord/message.ts';
import { withinBoundary } from './boundary.ts';
import { commandNamed } from './commands/commandList.ts';
import { handleCurateModal } from './components/curate.ts';
import { handleComponent } from './components/handleComponent.ts';
import type { BotContext, Outcome } from './context.ts';
import { APOLOGY, send } from './reply.ts';

const UNKNOWN_ACTION = notice("I don't recognise that command or button any more. Try /help.");

async function route(interaction: Interaction, ctx: BotContext): Promise<Outcome> {
  if (interaction.isChatInputCommand()) {
    const command = commandNamed(ctx.commands, interaction.commandName);
    if (command) return command.handle(interaction, ctx);
  } else if (interaction.isAutocomplete()) {
    const command = commandNamed(ctx.commands, interaction.commandName);
    if (command?.autocomplete) return command.autocomplete(interaction, ctx);
    await interaction.respond([]);
    return 'ignored';
  } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
    const action = decodeAction(interaction.customId);
    if (action) return handleComponent(interaction, action, ctx);
  } else if (interaction.isModalSubmit()) {
    const action = decodeAction(interaction.customId);
    if (action) return handleCurateModal(interaction, action, ctx);
  }
  if (interaction.isRepliable()) await send(interaction, UNKNOWN_ACTION, true);
  return 'ignored';
}

function describe(interaction: Interaction): { kind: string; name: string } {
  const { type } = interaction;
  if (interaction.isCommand() || interaction.isAutocomplete()) {
    return {
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      name: interaction.commandName,
    };
  }
  if (interaction.isMessageComponent())
    return { kind: 'component', name: interaction.customId.split(':')[0] ?? '' };
  if (interaction.isModalSubmit())
    return { kind: 'modal', name: interaction.customId.split(':')[0] ?? '' };
  return { kind: `type-${type}`, name: '' };
}

/** The one entry point for interactions, inside the bot's one error boundary. */
export function createInteractionDispatcher(
  ctx: BotContext,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    await withinBoundary(
      ctx,
      { event: 'interaction', fields: describe(interaction) },
      () => route(interaction, ctx),
      async () => {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await send(interaction, APOLOGY, true);
        }
      },
    );
  };
}
