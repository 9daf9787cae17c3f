import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { err, ok, type Result } from './result.ts';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
// Bot tokens are three dot-separated base64url parts; checking the shape catches a pasted secret
// of the wrong kind (client secret, public key) before Discord rejects it.
const token = z
  .string()
  .regex(
    /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
    'does not look like a bot token (three dot-separated parts)',
  );
const booleanFlag = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v)),
);

const envSchema = z.object({
  DISCORD_TOKEN: optional(token),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_BASE: optional(
    z.url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as http://127.0.0.1:8080/api',
    }),
  ),
  LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LOG_LEVELS).default('info')),
  KNOWLEDGE_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('knowledge')),
  STORY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[\w-]+$/, 'must be the name of a folder under KNOWLEDGE_DIR')
      .default('elton-putin-call'),
  ),
  RATE_LIMIT_QUESTIONS: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).max(1000).default(5),
  ),
  RATE_LIMIT_WINDOW_SECONDS: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().positive().max(3600).default(10),
  ),
  RECORD_UNANSWERED: z.preprocess((v) => (v === '' ? undefined : v), booleanFlag.default(true)),
});

/** The bot's settings, read once at start-up; nothing else reads the environment. */
export interface Config {
  readonly discord:
    | {
        readonly token: string;
        readonly clientId: string | undefined;
        readonly guildId: string | undefined;
        readonly apiBase: string | undefined;
      }
    | undefined;
  readonly logLevel: LogLevel;
  /** The story folder served: `KNOWLEDGE_DIR/STORY`. */
  readonly storyDir: string;
  readonly rateLimit: { readonly questions: number; readonly windowMs: number };
  readonly recordUnanswered: boolean;
}

/**
 * Parses settings from an environment-like object into a frozen `Config`, or lists every
 * problem at once. Values are never echoed back in messages: one of them may be the token.
 */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
): Result<Config, string[]> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const v = parsed.data;
  return ok(
    Object.freeze({
      discord: v.DISCORD_TOKEN
        ? Object.freeze({
            token: v.DISCORD_TOKEN,
            clientId: v.DISCORD_CLIENT_ID,
            guildId: v.DISCORD_GUILD_ID,
            apiBase: v.DISCORD_API_BASE?.replace(/\/+$/, ''),
          })
        : undefined,
      logLevel: v.LOG_LEVEL,
      storyDir: resolve(v.KNOWLEDGE_DIR, v.STORY),
      rateLimit: Object.freeze({
        questions: v.RATE_LIMIT_QUESTIONS,
        windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000,
      }),
      recordUnanswered: v.RECORD_UNANSWERED,
    }),
  );
}

/**
 * The process environment over the values of `.env` (if present): a variable set in the shell
 * wins over the file, as dotenv does.
 */
export function readEnvironment(envFile = '.env'): Record<string, string | undefined> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = parseDotenv(readFileSync(envFile));
  } catch {
    // No .env file: the environment alone is the configuration.
  }
  return { ...fromFile, ...process.env };
}
