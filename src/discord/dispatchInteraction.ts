import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { describeError } from '../describeError.ts';
import { decodeAction } from '../render/discord/customIds.ts';
import { notice } from '../render/discord/message.ts';
import type { CommandName } from './commands.ts';
import type { BotContext, Outcome } from './context.ts';
import { handleAsk } from './handlers/ask.ts';
import { handleAutocomplete } from './handlers/autocomplete.ts';
import { handleFaq, handleHelp, handleSource, handleStory } from './handlers/browse.ts';
import { handleComponent } from './handlers/components.ts';
import { handleReload } from './handlers/reload.ts';
import { APOLOGY, send } from './reply.ts';

type CommandHandler = (
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
) => Promise<Outcome>;

/** Every slash command's handler, keyed by the same names as the registered definitions. */
export const COMMAND_HANDLERS: Readonly<Record<CommandName, CommandHandler>> = Object.freeze({
  ask: handleAsk,
  faq: handleFaq,
  story: handleStory,
  source: handleSource,
  help: handleHelp,
  reload: handleReload,
});

const UNKNOWN_ACTION = notice("I don't recognise that command or button any more. Try /help.");

async function route(interaction: Interaction, ctx: BotContext): Promise<Outcome> {
  if (interaction.isChatInputCommand()) {
    const handler = (COMMAND_HANDLERS as Record<string, CommandHandler | undefined>)[
      interaction.commandName
    ];
    if (handler) return handler(interaction, ctx);
  } else if (interaction.isAutocomplete()) {
    if (interaction.commandName === 'ask') return handleAutocomplete(interaction, ctx);
    await interaction.respond([]);
    return 'ignored';
  } else if (interaction.isButton() || interaction.isStringSelectMenu()) {
    const action = decodeAction(interaction.customId);
    if (action) return handleComponent(interaction, action, ctx);
  }
  if (interaction.isRepliable()) await send(interaction, UNKNOWN_ACTION, true);
  return 'ignored';
}

function describe(interaction: Interaction): { kind: string; name: string } {
  if (interaction.isCommand() || interaction.isAutocomplete()) {
    return {
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      name: interaction.commandName,
    };
  }
  if (interaction.isMessageComponent())
    return { kind: 'component', name: interaction.customId.split(':')[0] ?? '' };
  return { kind: `type-${interaction.type}`, name: '' };
}

/**
 * The one entry point for interactions, with the one error handler: whatever a handler throws,
 * the user gets a short apology (never "The application did not respond") and the log a line.
 */
export function createInteractionDispatcher(
  ctx: BotContext,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const started = performance.now();
    const { kind, name } = describe(interaction);
    let outcome: Outcome;
    try {
      outcome = await route(interaction, ctx);
    } catch (error) {
      outcome = 'error';
      ctx.log.error('interaction.failed', { kind, name, error: describeError(error) });
      await apologize(interaction, ctx);
    }
    ctx.log.info('interaction', {
      kind,
      name,
      outcome,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

async function apologize(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      await send(interaction, APOLOGY, true);
    }
  } catch (error) {
    // The interaction may have expired or Discord may be failing; the log is all that is left.
    ctx.log.warn('interaction.apology_failed', { error: describeError(error) });
  }
}
