import {
  type FakeDiscord,
  type FakeDiscordOptions,
  startFakeDiscord,
} from '@story-bot/loopback-discord';
import { expect } from 'vitest';
import type { AnswerEngine } from '../../src/answering/engine.ts';
import type { LogLevel } from '../../src/config.ts';
import { type Conversations, createConversations } from '../../src/conversation/conversations.ts';
import { type BotDeps, type RunningBot, startBot } from '../../src/discord/bot.ts';
import { createLogger } from '../../src/logger.ts';
import { shippedEngine, shippedLanguage } from '../storyFixture.ts';

/** A well-formed token; the loopback Discord insists on it like Discord does. */
export const TEST_TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GtEsT0.abcdefghijklmnopqrstuvwxyz0123456789AB';

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: RunningBot;
  readonly logs: string[];
  /** Stops the bot and the loopback Discord; fails when a request broke Discord's spec since the last check. */
  close(): Promise<void>;
}

/** Every request the bot sent since the last check matches Discord's OpenAPI spec (use after each test). */
export function expectSpecConformance(fake: FakeDiscord): void {
  expect(fake.takeViolations(), "requests that break Discord's OpenAPI spec").toEqual([]);
}

/** The real bot (production client set-up) connected to a fresh loopback Discord. */
export interface HarnessOptions {
  readonly engine?: () => AnswerEngine;
  /** What conversations remember (e.g. on a test clock, to see context expire). */
  readonly conversations?: Conversations;
  readonly questions?: number;
  /** The bot's log level (debug by default, so tests see everything). */
  readonly logLevel?: LogLevel;
  /** Options of the loopback Discord, e.g. Discord's 3-second interaction deadline. */
  readonly fake?: Omit<FakeDiscordOptions, 'token'>;
  /** Extra bot wiring (recording, feedback, reload, owners), as main.ts would pass it. */
  readonly bot?: Partial<
    Pick<
      BotDeps,
      | 'onAnswer'
      | 'recordFeedback'
      | 'reloadKnowledge'
      | 'ownerIds'
      | 'curator'
      | 'onFatal'
      | 'health'
      | 'metrics'
    >
  >;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ ...options.fake, token: TEST_TOKEN });
  const logs: string[] = [];
  const bot = await startBot({
    token: TEST_TOKEN,
    client: { apiBase: fake.apiBase },
    engine: options.engine ?? (() => shippedEngine()),
    conversations: options.conversations ?? createConversations(shippedLanguage()),
    log: createLogger({
      level: options.logLevel ?? 'debug',
      write: (line) => logs.push(line),
      secrets: [TEST_TOKEN],
    }),
    rateLimit: { questions: options.questions ?? 5, windowMs: 10_000 },
    ...options.bot,
  });
  return {
    fake,
    bot,
    logs,
    async close() {
      await bot.stop();
      await fake.close();
      expectSpecConformance(fake);
    },
  };
}
