/**
 * The bot as `npm start` runs it (prepareStory, then startBot; bundled, under plain node with
 * the start script's flags: see runtime.ts), pointed at the loopback Discord that the bench
 * runs in its own process. The bot is alone in this process, so the resident memory read here
 * is the bot's: the loopback Discord keeps every call and message it saw, which would
 * otherwise grow with the interactions and pass for a leak of the bot.
 *
 * Env: BENCH_API_BASE, BENCH_TOKEN, BENCH_STORY_DIR. Answers BotCommands with BotMessages over IPC.
 */
import { Events } from 'discord.js';
import { createConversations } from '../src/conversation/conversations.ts';
import { startBot } from '../src/discord/bot.ts';
import { loadLanguagePack } from '../src/knowledge/loadLanguage.ts';
import { prepareStory } from '../src/knowledge/prepareStory.ts';
import { createLogger } from '../src/logger.ts';
import { retainedHeap } from './memory.ts';
import type { BotCommand, BotMessage } from './protocol.ts';

// Every module is loaded by now (the bundle hoists them): the cost of the code, before any
// knowledge is read or connection made.
const codeRssBytes = process.memoryUsage().rss;

/** The production defaults (RATE_LIMIT_QUESTIONS, RATE_LIMIT_WINDOW_SECONDS): the bench varies users instead. */
const RATE_LIMIT = Object.freeze({ questions: 5, windowMs: 10_000 });

function send(message: BotMessage): void {
  process.send?.(message);
}

const language = loadLanguagePack();
if (!language.ok)
  throw new Error(`the language data does not load: ${language.error.length} problems`);
const prepared = prepareStory(process.env.BENCH_STORY_DIR ?? '', language.value);
if (!prepared.ok)
  throw new Error(`the shipped knowledge does not prepare: ${prepared.error.length} problems`);
const { engine } = prepared.value;
const token = process.env.BENCH_TOKEN ?? '';
const bot = await startBot({
  token,
  client: { apiBase: process.env.BENCH_API_BASE },
  engine: () => engine,
  conversations: createConversations(language.value),
  // Info level, as in production, so the cost of logging each interaction is in the figures;
  // the lines themselves are dropped, as the bench has no use for them.
  log: createLogger({ level: 'info', write: () => {}, secrets: [token] }),
  rateLimit: RATE_LIMIT,
});
if (!bot.client.isReady()) {
  await new Promise((resolve) => bot.client.once(Events.ClientReady, resolve));
}

process.on('message', (raw) => {
  const command = raw as BotCommand;
  if (command.type === 'memory') {
    // Read first: a forced collection would make them look smaller than the bot runs.
    const { rss, heapUsed } = process.memoryUsage();
    const retained = command.collect ? { retainedHeapBytes: retainedHeap() } : {};
    send({ type: 'memory', rssBytes: rss, heapUsedBytes: heapUsed, ...retained });
  } else if (command.type === 'stop') {
    void bot.stop().then(() => {
      send({ type: 'stopped' });
      process.disconnect();
    });
  }
});
send({ type: 'ready', codeRssBytes });
