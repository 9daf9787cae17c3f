import type { RecordedCall } from '@story-bot/loopback-discord';
import { REST } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/discord/commands/commandList.ts';
import { deployCommands } from '../../src/discord/deployCommands.ts';
import { HOSTILE } from '../render/hostileText.ts';
import { shippedEngine } from '../storyFixture.ts';
import { expectSpecConformance, type Harness, startHarness, TEST_TOKEN } from './botHarness.ts';
import { limitViolations } from './payloadLimits.ts';

interface Body {
  type?: number;
  content?: string;
  flags?: number;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];
  components?: { components: { custom_id?: string; options?: { value: string }[] }[] }[];
  allowed_mentions?: { parse?: string[] };
  choices?: { name: string; value: string }[];
  message_reference?: { message_id: string };
  data?: Body;
}

const EPHEMERAL = 64;
const engine = shippedEngine();
const TITLE = engine.story.title;
let h: Harness;
let userSeq = 0;
/** A fresh user per test, so the per-user rate limit of one test never touches another. */
const freshUser = (): { id: string } => ({ id: String(900000000000000000n + BigInt(++userSeq)) });

async function slash(
  name: string,
  options: Record<string, string | number | boolean> = {},
): Promise<Body> {
  const sent = h.fake.sendSlashCommand({ name, options, user: freshUser() });
  const call = await h.fake.waitForInteractionResponse(sent.id, 5000);
  return ((call.body as Body).data ?? {}) as Body;
}

function embedText(body: Body): string {
  return JSON.stringify(body.embeds ?? []);
}

beforeAll(async () => {
  h = await startHarness();
});

afterEach(() => expectSpecConformance(h.fake));

afterAll(async () => {
  // Every payload the bot sent during the whole suite stays within Discord's limits.
  const sent = h.fake.calls.filter(
    (c) => c.method !== 'GET' && c.body && typeof c.body === 'object',
  );
  for (const call of sent) {
    const body = call.body as Body;
    expect(limitViolations(body.data ?? body), `${call.method} ${call.path}`).toEqual([]);
  }
  await h.close();
  // No message content at info level, and never the token.
  expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
  const info = h.logs.filter((line) => !line.includes('"level":"debug"')).join('\n');
  expect(info).not.toContain('did putin really call elton');
});

describe('the bot on a loopback Discord', () => {
  it('answers /ask with the answer, quoted sources with paragraph numbers, and the story title', async () => {
    const body = await slash('ask', { question: 'did putin really call elton?' });
    const embed = body.embeds?.[0];
    expect(embed?.description).toMatch(/hoax/i);
    expect(embed?.fields?.some((f) => /paragraph 9/.test(f.name) && /hoax/.test(f.value))).toBe(
      true,
    );
    expect(embed?.footer?.text).toBe(TITLE);
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    expect((body.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('keeps /ask private:true answers ephemeral', async () => {
    const body = await slash('ask', { question: 'who is peskov', private: true });
    expect((body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(body)).toMatch(/press secretary/i);
  });

  it('says plainly when the article does not cover a question, pointing to /faq', async () => {
    const body = await slash('ask', { question: 'what is the capital of peru' });
    expect(embedText(body)).toMatch(/doesn't cover/);
    expect(embedText(body)).toMatch(/\/faq/);
  });

  it('answers a direct message as a reply', async () => {
    const sent = h.fake.sendMessage({
      content: 'did putin really call elton?',
      dm: true,
      user: freshUser(),
    });
    const call = await h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${sent.channelId}/messages`,
      5000,
    );
    const body = call.body as Body;
    expect(body.message_reference?.message_id).toBe(sent.id);
    expect(embedText(body)).toMatch(/hoax/);
    expect(body.allowed_mentions?.parse).toEqual([]);
  });

  it('answers a mention in a server channel, and ignores other messages and other bots', async () => {
    const channel = h.fake.guilds[0]?.textChannelId ?? '';
    const replies = (): RecordedCall[] =>
      h.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`);
    const before = replies().length;
    h.fake.sendMessage({ content: 'did putin call elton?', user: freshUser() });
    h.fake.sendMessage({ content: 'did putin call elton?', mentionsBot: true, authorIsBot: true });
    const sent = h.fake.sendMessage({
      content: 'who is peskov?',
      mentionsBot: true,
      user: freshUser(),
    });
    const call = await h.fake.waitForCall(
      (c) =>
        c.path === `/channels/${channel}/messages` &&
        (c.body as Body).message_reference?.message_id === sent.id,
      5000,
    );
    expect(embedText(call.body as Body)).toMatch(/press secretary/i);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(replies().length - before).toBe(1);
  });

  it('offers autocomplete choices ranked by the engine, and the most asked when empty', async () => {
    const typed = h.fake.sendAutocomplete({
      name: 'ask',
      options: { question: 'prankst' },
      user: freshUser(),
    });
    const choices =
      ((await h.fake.waitForInteractionResponse(typed.id)).body as Body).data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((c) => c.value)).toContain(engine.entry('pranksters')?.question);
    const empty = h.fake.sendAutocomplete({
      name: 'ask',
      options: { question: '' },
      user: freshUser(),
    });
    const all =
      ((await h.fake.waitForInteractionResponse(empty.id)).body as Body).data?.choices ?? [];
    expect(all.length).toBe(Math.min(25, engine.story.entries.length));
  });

  it('shows an answer when a suggestion button is pressed', async () => {
    const body = await slash('ask', { question: 'did putin really call elton?' });
    const ids =
      body.components?.flatMap((row) => row.components.map((c) => c.custom_id ?? '')) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const pressed = h.fake.sendButton({ customId: ids[0] ?? '', user: freshUser() });
    const reply = ((await h.fake.waitForInteractionResponse(pressed.id)).body as Body).data ?? {};
    const entryId = (ids[0] ?? '').split(':')[1] ?? '';
    expect(reply.embeds?.[0]?.title).toBe(engine.entry(entryId)?.question);
    expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('browses every question with /faq and answers the one chosen', async () => {
    const body = await slash('faq');
    const menu = body.components?.[0]?.components[0];
    expect(menu?.options?.map((o) => o.value)).toEqual(
      engine.story.entries.slice(0, 25).map((e) => e.id),
    );
    const offered = menu?.options?.[3]?.value ?? '';
    const chosen = h.fake.sendSelect({
      customId: menu?.custom_id ?? '',
      values: [offered],
      user: freshUser(),
    });
    const reply = ((await h.fake.waitForInteractionResponse(chosen.id)).body as Body).data ?? {};
    expect(reply.embeds?.[0]?.title).toBe(engine.entry(offered)?.question);
  });

  it('tells the story and shows the source text', async () => {
    expect(embedText(await slash('story'))).toMatch(/hoax/);
    const paragraph = await slash('source', { paragraph: 9 });
    expect(paragraph.embeds?.[0]?.description).toMatch(/^UPDATE:/);
    const whole = await slash('source');
    expect(embedText(whole)).toMatch(/Not two names/);
    expect(embedText(await slash('source', { paragraph: 42 }))).toMatch(/paragraphs 0 to 9/);
    expect(embedText(await slash('help'))).toMatch(/\/ask/);
  });

  it('never pings anyone, and escapes echoed user text', async () => {
    const body = await slash('ask', {
      question: '@everyone @here <@&123456789012345678> **bold** who won the cup',
    });
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    const description = body.embeds?.[0]?.description ?? '';
    expect(description).toContain('\\*\\*bold\\*\\*');
    const dm = h.fake.sendMessage({
      content: '@everyone did putin call elton',
      dm: true,
      user: freshUser(),
    });
    const reply = await h.fake.waitForCall(
      (c) => c.path === `/channels/${dm.channelId}/messages`,
      5000,
    );
    expect((reply.body as Body).allowed_mentions?.parse).toEqual([]);
  });

  it('echoes hostile text inert in /ask, direct messages and mentions', async () => {
    // Live parts: a scheme link, an invite host, an unescaped masked link or <…>, bidi and zero-width controls.
    const live = /[a-z]:\/\/|discord\.(gg|com)|(?<!\\)\]\(|(?<!\\)<|[\u202E\u200B\u2066]/i;
    const questions = [HOSTILE, `did putin really call elton ${HOSTILE}`];
    for (const question of questions) {
      const body = await slash('ask', { question });
      expect(embedText(body)).toMatch(/free nitro/);
      expect(embedText(body)).not.toMatch(live);
      for (const where of [{ dm: true }, { mentionsBot: true }]) {
        const sent = h.fake.sendMessage({ content: question, user: freshUser(), ...where });
        const reply = await h.fake.waitForCall(
          (c) =>
            c.path === `/channels/${sent.channelId}/messages` &&
            (c.body as Body).message_reference?.message_id === sent.id,
          5000,
        );
        expect(embedText(reply.body as Body)).toMatch(/free nitro/);
        expect(embedText(reply.body as Body)).not.toMatch(live);
      }
    }
  });

  it("keeps within Discord's limits for a 6,000-character question", async () => {
    const body = await slash('ask', { question: `did putin call elton ${'x'.repeat(6000)}` });
    expect(limitViolations(body)).toEqual([]);
    expect(embedText(body)).toMatch(/too long/);
    const dm = h.fake.sendMessage({
      content: `**${'y'.repeat(5990)}**`,
      dm: true,
      user: freshUser(),
    });
    const reply = await h.fake.waitForCall(
      (c) => c.path === `/channels/${dm.channelId}/messages`,
      5000,
    );
    expect(limitViolations(reply.body as Body)).toEqual([]);
  });

  it('answers a user over the rate limit with a polite ephemeral notice', async () => {
    const user = freshUser();
    const bodies: Body[] = [];
    for (let i = 0; i < 6; i++) {
      const sent = h.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'who is putin' },
        user,
      });
      bodies.push(((await h.fake.waitForInteractionResponse(sent.id)).body as Body).data ?? {});
    }
    expect(bodies.slice(0, 5).every((b) => /Russian President/i.test(embedText(b)))).toBe(true);
    expect(embedText(bodies[5] ?? {})).toMatch(/asking quickly/);
    expect(((bodies[5]?.flags ?? 0) & EPHEMERAL) === EPHEMERAL).toBe(true);
  });

  it('goes on answering after the gateway connection drops', async () => {
    const resumes = h.fake.resumeCount;
    h.fake.dropConnection({ resumable: true });
    await h.fake.waitForGateway(undefined, 5000);
    expect(h.fake.resumeCount).toBeGreaterThan(resumes);
    const body = await slash('ask', { question: 'was it a prank?' });
    expect(body.embeds?.length).toBe(1);
  });

  it('survives Discord failing a reply with 500 and answers the next interaction', async () => {
    h.fake.failNext({ pathPattern: '/callback', status: 500, times: 4 });
    const failed = h.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'who is putin' },
      user: freshUser(),
    });
    await h.fake.waitForCall((c) => c.path.includes(failed.id) && c.status === 500, 5000);
    const body = await slash('ask', { question: 'who is peskov' });
    expect(embedText(body)).toMatch(/press secretary/i);
  });
});

describe('errors inside a handler', () => {
  it('still answer the user with an apology and log the error', async () => {
    const broken = await startHarness({
      engine: () => ({
        ...engine,
        ask: () => {
          throw new Error('engine exploded');
        },
      }),
    });
    try {
      const sent = broken.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'did putin call elton' },
      });
      const body =
        ((await broken.fake.waitForInteractionResponse(sent.id)).body as Body).data ?? {};
      expect(embedText(body)).toMatch(/Sorry, something went wrong/);
      expect((body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expect(
        broken.logs.some((l) => l.includes('interaction.failed') && l.includes('engine exploded')),
      ).toBe(true);
      const dm = broken.fake.sendMessage({ content: 'did putin call elton', dm: true });
      const reply = await broken.fake.waitForCall(
        (c) => c.path === `/channels/${dm.channelId}/messages`,
        5000,
      );
      expect(embedText(reply.body as Body)).toMatch(/Sorry/);
    } finally {
      await broken.close();
    }
  });
});

describe('LOG_LEVEL', () => {
  it('debug: says how each question was read and ranked, with its text', async () => {
    const question = 'did putin really call elton?';
    await slash('ask', { question });
    const dm = h.fake.sendMessage({
      content: 'so who is peskov then',
      dm: true,
      user: freshUser(),
    });
    await h.fake.waitForCall((c) => c.path === `/channels/${dm.channelId}/messages`, 5000);
    const readings = h.logs
      .filter((line) => line.includes('"event":"question.read"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const slashReading = readings.find((r) => r.question === question);
    expect(slashReading).toMatchObject({
      level: 'debug',
      frontEnd: 'slash',
      entry: 'did-putin-call',
    });
    expect(slashReading?.terms).toMatch(/putin→/);
    expect(slashReading?.ranking).toMatch(/^did-putin-call:0\.\d+/);
    expect(readings.find((r) => r.question === 'so who is peskov then')).toMatchObject({
      frontEnd: 'dm',
    });
  });

  it('info: logs each question without its text or its reading', async () => {
    const quiet = await startHarness({ logLevel: 'info' });
    try {
      const sent = quiet.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'did putin really call elton?' },
      });
      await quiet.fake.waitForInteractionResponse(sent.id, 5000);
      await expect
        .poll(() => quiet.logs.some((l) => l.includes('"event":"interaction"')))
        .toBe(true);
      expect(quiet.logs.join('\n')).not.toMatch(/question\.read|did putin really call elton/);
    } finally {
      await quiet.close();
    }
  });
});

describe('a token Discord stops accepting', () => {
  it('is logged loudly, once, and reported for a restart, when a REST call gets 401', async () => {
    const fatal: string[] = [];
    const rejected = await startHarness({ bot: { onFatal: (reason) => fatal.push(reason) } });
    try {
      rejected.fake.failNext({
        method: 'POST',
        pathPattern: /^\/channels\/\d+\/messages$/,
        status: 401,
      });
      for (let i = 0; i < 3; i++)
        rejected.fake.sendMessage({ content: 'who is peskov', dm: true, user: freshUser() });
      await expect.poll(() => fatal).toEqual(['Discord answered 401 Unauthorized']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = rejected.logs.filter((l) => l.includes('discord.token_rejected'));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'error', status: 401 });
      expect(fatal).toHaveLength(1);
    } finally {
      await rejected.close();
    }
  });
});

describe('npm run deploy-commands', () => {
  it('registers every command with a valid definition, to a guild or globally', async () => {
    const rest = new REST({ api: h.fake.apiBase }).setToken(TEST_TOKEN);
    const guildId = h.fake.guilds[0]?.id ?? '';
    const commands = commandDefinitions(engine.story);
    const result = await deployCommands(rest, { commands, clientId: undefined, guildId });
    expect(result).toMatchObject({ applicationId: h.fake.applicationId, scope: 'guild', count: 7 });
    const global = await deployCommands(rest, {
      commands,
      clientId: h.fake.applicationId,
      guildId: undefined,
    });
    expect(global.scope).toBe('global');
    for (const command of [...h.fake.commands(guildId), ...h.fake.commands()]) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.contexts).toEqual([0, 1, 2]);
      expect(command.integration_types).toEqual([0, 1]);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
    expect(
      h.fake
        .commands(guildId)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['ask', 'curate', 'faq', 'help', 'reload', 'source', 'story']);
  });
});
