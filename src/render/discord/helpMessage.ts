import type { Story } from '../../knowledge/types.ts';
import { COLORS, type DiscordMessage, message } from './message.ts';

/** How one command is listed: its usage (markdown) and what it does. */
export interface CommandHelpLine {
  readonly usage: string;
  readonly text: string;
}

/** What the bot can do: the commands it lists, the story's example questions, DMs and mentions. */
export function renderHelpMessage(
  story: Pick<Story, 'title' | 'examples'>,
  commands: readonly CommandHelpLine[],
  botMention: string | undefined,
): DiscordMessage {
  const example = story.examples[0] ?? 'What happened?';
  const lines = [
    `I answer questions about one news story, **${story.title}**, and quote the article for every answer. When the article doesn't say, I tell you so.`,
    '',
    ...commands.map((command) => `${command.usage}: ${command.text}`),
    '',
    `**For example**: ${story.examples.map((q) => `“${q}”`).join(' · ')}`,
    `**Direct messages**: just send me your question.${botMention ? ` **In a server**: mention me, e.g. ${botMention} ${example}` : ''}`,
  ];
  return message([
    { title: 'How to use this bot', description: lines.join('\n'), color: COLORS.answer },
  ]);
}
