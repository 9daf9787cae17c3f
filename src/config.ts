import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { storyFolders } from './knowledge/storyFolders.ts';
import { err, ok, type Result } from './result.ts';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An empty value (as in an .env copied from the example) means "not set". */
const unset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const setting = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema);

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
// Bot tokens are three dot-separated base64url parts; checking the shape catches a pasted secret
// of the wrong kind (client secret, public key) before Discord rejects it.
const token = z
  .string()
  .regex(
    /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
    'does not look like a bot token (three dot-separated parts)',
  );
const flag = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']))
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const idList = (what: string) =>
  z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, `must be a comma-separated list of ${what}`)
    .transform((v) => v.split(',').map((id) => id.trim()));

const envSchema = z.object({
  DISCORD_TOKEN: setting(token.optional()),
  DISCORD_CLIENT_ID: setting(snowflake.optional()),
  DISCORD_GUILD_ID: setting(snowflake.optional()),
  DISCORD_API_BASE: setting(
    z
      .url({
        protocol: /^https?$/,
        error: 'must be an http(s) URL such as http://127.0.0.1:8080/api',
      })
      .optional(),
  ),
  DISCORD_OWNER_IDS: setting(idList('Discord user ids').optional()),
  DISCORD_SHARD_COUNT: setting(
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(100_000)]).optional(),
  ),
  DISCORD_SHARDS: setting(idList('shard numbers').optional()),
  DISCORD_SHARD_SPAWN_DELAY_MS: setting(z.coerce.number().int().min(0).max(60_000).default(5500)),
  // Set by discord.js's ShardingManager in each shard process it spawns.
  SHARDING_MANAGER: setting(z.string().optional()),
  SHARDS: setting(z.string().optional()),
  SHARD_COUNT: setting(z.string().optional()),
  LOG_LEVEL: setting(z.enum(LOG_LEVELS).default('info')),
  KNOWLEDGE_DIR: setting(z.string().default('knowledge')),
  STORY: setting(
    z
      .string()
      .regex(/^[\w-]+$/, 'must be the name of a folder under KNOWLEDGE_DIR')
      .optional(),
  ),
  KNOWLEDGE_WATCH: setting(flag.default(false)),
  RATE_LIMIT_QUESTIONS: setting(z.coerce.number().int().min(1).max(1000).default(5)),
  RATE_LIMIT_WINDOW_SECONDS: setting(z.coerce.number().positive().max(3600).default(10)),
  CURATION_DB_PATH: setting(z.string().default('data/curation.sqlite')),
  CURATION_SECRET: setting(z.string().min(16, 'must be at least 16 characters').optional()),
  CURATION_MERGE_PATHS: setting(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((path) => path.trim())
          .filter((path) => path.length > 0),
      )
      .optional(),
  ),
  RECORD_UNANSWERED: setting(flag.default(true)),
  METRICS_PORT: setting(z.coerce.number().int().min(1).max(65_535).optional()),
  METRICS_HOST: setting(
    z
      .string()
      .regex(/^[\w.:-]+$/, 'must be a host name or address such as 127.0.0.1')
      .default('127.0.0.1'),
  ),
});

/** Which shards this process runs: an explicit list out of a total, or Discord's recommendation. */
export type ShardPlan = { readonly ids: readonly number[]; readonly count: number } | 'auto';

/** The bot's settings, read once at start-up; nothing else reads the environment. */
export interface Config {
  readonly discord:
    | {
        readonly token: string;
        readonly clientId: string | undefined;
        readonly guildId: string | undefined;
        readonly apiBase: string | undefined;
        /** Users allowed to run owner-only commands (/reload, /curate). */
        readonly ownerIds: readonly string[];
        /** Shards of this process; undefined runs one shard, as small bots do. */
        readonly shards: ShardPlan | undefined;
        /** For `npm run start:sharded`: total shards and which of them this machine runs. */
        readonly manager: {
          readonly totalShards: number | 'auto';
          readonly shardList: readonly number[] | 'auto';
          /** Pause between starting two shards (Discord allows one identify per 5 s per bucket). */
          readonly spawnDelayMs: number;
        };
        /** True in a shard process started by the ShardingManager. */
        readonly spawnedByManager: boolean;
      }
    | undefined;
  readonly logLevel: LogLevel;
  /** The story folder served: `KNOWLEDGE_DIR/STORY`. */
  readonly storyDir: string;
  /** Reload the knowledge when a file under the story folder changes. */
  readonly watchKnowledge: boolean;
  readonly rateLimit: { readonly questions: number; readonly windowMs: number };
  /** SQLite file of unanswered questions and feedback, for curators. */
  readonly curationDbPath: string;
  /**
   * Key for hashing voters so a vote counts once per user per answer; without it a random key is
   * made at start (votes then dedupe within one run of the bot).
   */
  readonly curationSecret: string | undefined;
  /** Record unanswered and low-confidence questions (no user ids are ever stored). */
  readonly recordUnanswered: boolean;
  /**
   * Further curation databases (copies collected from other hosts) that the review (`/curate`,
   * `npm run curate`) reads together with `curationDbPath`.
   */
  readonly curationMergePaths: readonly string[];
  /**
   * The opt-in `/metrics` and `/healthz` endpoint. Under the ShardingManager each shard process
   * listens on METRICS_PORT plus its first shard id, so shards on one machine do not collide.
   */
  readonly metrics: { readonly host: string; readonly port: number } | undefined;
}

type Env = z.infer<typeof envSchema>;

function shardsOf(v: Env, problems: string[]): ShardPlan | undefined {
  if (v.SHARDING_MANAGER === 'true' && v.SHARDS && v.SHARD_COUNT) {
    // A shard process spawned by the ShardingManager: it assigns the shards.
    return {
      ids: JSON.parse(`[${v.SHARDS.replace(/[[\]]/g, '')}]`) as number[],
      count: Number(v.SHARD_COUNT),
    };
  }
  if (v.DISCORD_SHARDS) {
    const ids = v.DISCORD_SHARDS.map(Number);
    if (typeof v.DISCORD_SHARD_COUNT !== 'number') {
      problems.push('DISCORD_SHARDS: needs DISCORD_SHARD_COUNT set to the total number of shards');
      return undefined;
    }
    const count = v.DISCORD_SHARD_COUNT;
    if (ids.some((id) => id >= count))
      problems.push(`DISCORD_SHARDS: every shard must be below DISCORD_SHARD_COUNT (${count})`);
    return { ids, count };
  }
  if (v.DISCORD_SHARD_COUNT === 'auto') return 'auto';
  if (typeof v.DISCORD_SHARD_COUNT === 'number') {
    return {
      ids: Array.from({ length: v.DISCORD_SHARD_COUNT }, (_, i) => i),
      count: v.DISCORD_SHARD_COUNT,
    };
  }
  return undefined;
}

/** STORY when set; otherwise the only story folder under KNOWLEDGE_DIR, or a problem naming them. */
function storyOf(
  v: Env,
  listStories: (dir: string) => string[],
  problems: string[],
): string | undefined {
  if (v.STORY) return v.STORY;
  const dir = resolve(v.KNOWLEDGE_DIR);
  const found = listStories(dir);
  if (found.length === 1) return found[0];
  problems.push(
    found.length === 0
      ? `STORY: not set, and KNOWLEDGE_DIR (${dir}) holds no story folder (a folder with a qa.yaml)`
      : `STORY: not set, and KNOWLEDGE_DIR (${dir}) holds ${found.length} story folders: set it to one of ${found.join(', ')}`,
  );
  return undefined;
}

/**
 * Parses settings from an environment-like object into a frozen `Config`, or lists every
 * problem at once. Values are never echoed back in messages: one of them may be the token.
 */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  listStories: (knowledgeDir: string) => string[] = storyFolders,
): Result<Config, string[]> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const v = parsed.data;
  const problems: string[] = [];
  const shards = shardsOf(v, problems);
  const story = storyOf(v, listStories, problems);
  if (problems.length > 0 || story === undefined) return err(problems);
  return ok(
    Object.freeze({
      discord: v.DISCORD_TOKEN
        ? Object.freeze({
            token: v.DISCORD_TOKEN,
            clientId: v.DISCORD_CLIENT_ID,
            guildId: v.DISCORD_GUILD_ID,
            apiBase: v.DISCORD_API_BASE?.replace(/\/+$/, ''),
            ownerIds: Object.freeze(v.DISCORD_OWNER_IDS ?? []),
            shards,
            manager: Object.freeze({
              totalShards: v.DISCORD_SHARD_COUNT ?? 'auto',
              shardList: v.DISCORD_SHARDS?.map(Number) ?? 'auto',
              spawnDelayMs: v.DISCORD_SHARD_SPAWN_DELAY_MS,
            }),
            spawnedByManager: v.SHARDING_MANAGER === 'true',
          })
        : undefined,
      logLevel: v.LOG_LEVEL,
      storyDir: resolve(v.KNOWLEDGE_DIR, story),
      watchKnowledge: v.KNOWLEDGE_WATCH,
      rateLimit: Object.freeze({
        questions: v.RATE_LIMIT_QUESTIONS,
        windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000,
      }),
      curationDbPath: resolve(v.CURATION_DB_PATH),
      curationSecret: v.CURATION_SECRET,
      recordUnanswered: v.RECORD_UNANSWERED,
      curationMergePaths: Object.freeze(
        (v.CURATION_MERGE_PATHS ?? []).map((path) => resolve(path)),
      ),
      metrics:
        v.METRICS_PORT === undefined
          ? undefined
          : Object.freeze({
              host: v.METRICS_HOST,
              port:
                v.METRICS_PORT +
                (v.SHARDING_MANAGER === 'true' && shards && shards !== 'auto'
                  ? (shards.ids[0] ?? 0)
                  : 0),
            }),
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
