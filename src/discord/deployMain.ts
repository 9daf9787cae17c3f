/** `npm run deploy-commands`: registers the slash commands with Discord (run once, not on every start). */
import { REST } from 'discord.js';
import { describeError } from '../describeError.ts';
import { createLogger } from '../logger.ts';
import { configOrExit, EXIT, engineOrExit, languageOrExit } from '../startup.ts';
import { commandDefinitions } from './commands/commandList.ts';
import { deployCommands } from './deployCommands.ts';

const config = configOrExit();
if (!config.discord) {
  process.stderr.write(
    'DISCORD_TOKEN is not set: registering commands needs the bot token (see .env.example).\n',
  );
  process.exit(EXIT.badConfig);
}
const { token, clientId, guildId, apiBase } = config.discord;
const log = createLogger({ level: config.logLevel, secrets: [token] });
// Command descriptions speak of the story served: registered from its checked knowledge.
const { story } = engineOrExit(config, languageOrExit(), log);
const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token);
try {
  const result = await deployCommands(rest, {
    commands: commandDefinitions(story),
    clientId,
    guildId,
  });
  log.info('commands.registered', { ...result, guildId });
  process.stdout.write(
    `Registered ${result.count} commands ${result.scope === 'guild' ? `to guild ${guildId}` : 'globally (may take up to an hour to appear)'}.\n`,
  );
} catch (error) {
  log.error('commands.register_failed', { error: describeError(error) });
  process.exitCode = EXIT.failure;
}
