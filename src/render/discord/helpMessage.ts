import type { Story } from '../../knowledge/types.ts';
import { COLORS, type DiscordMessage, message } from './message.ts';

/** What the bot can do, with an example of each way to ask. */
export function renderHelpMessage(story: Story, botMention: string | undefined): DiscordMessage {
  const example = story.entries[0]?.question ?? 'What happened?';
  const lines = [
    `I answer questions about one news story, **${story.article.title}**, and quote the article for every answer. When the article doesn't say, I tell you so.`,
    '',
    `**/ask** \`question:\` your question, e.g. /ask question: did Putin really call Elton John? Add \`private: True\` to see the answer alone.`,
    '**/faq** browse every question I can answer.',
    '**/story** the story in brief, turn by turn.',
    '**/source** `paragraph:` read the article itself, or one paragraph of it.',
    `**Direct messages**: just send me your question.${botMention ? ` **In a server**: mention me, e.g. ${botMention} ${example}` : ''}`,
  ];
  return message([
    { title: 'How to use this bot', description: lines.join('\n'), color: COLORS.answer },
  ]);
}
