import { type REST, Routes } from 'discord.js';
import type { CommandDefinition } from './commands/command.ts';

export interface DeployResult {
  readonly applicationId: string;
  readonly scope: 'global' | 'guild';
  readonly count: number;
}

/**
 * Registers the commands (`commandDefinitions(story)`) in one bulk overwrite: to one guild
 * (instant, for development) or globally. The application id is looked up with the token when
 * not given.
 */
export async function deployCommands(
  rest: REST,
  options: {
    readonly commands: readonly CommandDefinition[];
    readonly clientId: string | undefined;
    readonly guildId: string | undefined;
  },
): Promise<DeployResult> {
  const applicationId =
    options.clientId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: options.commands })) as unknown[];
  return { applicationId, scope: options.guildId ? 'guild' : 'global', count: registered.length };
}
