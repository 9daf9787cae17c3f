/** Where a question came in: a slash command, a direct message, a mention, the console, the JSON interface. */
export type FrontEnd = 'slash' | 'dm' | 'mention' | 'console' | 'json';
