// Tests of the loopback Discord against a plain discord.js 14 Client (no project code involved).
import { once } from 'node:events';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  noIdentifyThrottle,
  startFakeDiscord,
} from '@story-bot/loopback-discord';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
  Routes,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';

const TIMEOUT = 3000;
let fake: FakeDiscord | null = null;
const clients: Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.destroy();
  await fake?.close();
  // A plain discord.js client sends nothing Discord's spec disallows; tests that provoke it take theirs.
  const violations = fake?.takeViolations() ?? [];
  fake = null;
  expect(violations).toEqual([]);
});

async function start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  fake = await startFakeDiscord(options);
  return fake;
}

/** A real discord.js Client pointed at the fake, logged in and through `clientReady`. */
async function connect(f: FakeDiscord, options: Partial<ClientOptions> = {}): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...options,
    rest: { api: f.apiBase, ...options.rest },
  });
  clients.push(client);
  const ready = waitFor(client, Events.ClientReady);
  await client.login('fake-token');
  await ready;
  return client;
}

/** `once` with a timeout so a missing event fails the test instead of hanging it. */
async function waitFor<T extends unknown[] = unknown[]>(
  emitter: NodeJS.EventEmitter,
  event: string,
  timeoutMs = TIMEOUT,
): Promise<T> {
  return (await once(emitter, event, { signal: AbortSignal.timeout(timeoutMs) })) as T;
}

/** Run a handler for every interaction; its failures are collected rather than lost. */
function onInteraction(
  client: Client,
  handler: (interaction: Interaction) => Promise<unknown>,
): Error[] {
  const errors: Error[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error as Error));
  });
  return errors;
}

describe('fakeDiscord with a real discord.js Client', () => {
  it('serves gateway discovery, READY and GUILD_CREATE', async () => {
    const f = await start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.apiBase } });
    clients.push(client);
    const available = waitFor(client, Events.GuildAvailable);
    const ready = waitFor(client, Events.ClientReady);
    await client.login('fake-token');
    await Promise.all([ready, available]);

    const guild = f.guilds[0];
    if (!guild) throw new Error('no guild');
    expect(client.user?.id).toBe(f.botUser.id);
    expect(client.application?.id).toBe(f.applicationId);
    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.available).toBe(true);
    expect(cached?.channels.cache.get(guild.textChannelId)?.type).toBe(ChannelType.GuildText);
    expect(cached?.roles.everyone.id).toBe(guild.id);
    expect(cached?.members.me?.id).toBe(f.botUser.id);
    expect(f.calls.some((c) => c.method === 'GET' && c.path === '/gateway/bot')).toBe(true);
    expect(f.identifyCount).toBe(1);
    expect(f.identifies[0]?.shard).toEqual([0, 1]);
    expect(f.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('answers heartbeats', async () => {
    const f = await start({ heartbeatIntervalMs: 40 });
    const client = await connect(f);
    const deadline = Date.now() + 1500;
    while (f.heartbeatCount < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(f.heartbeatCount).toBeGreaterThanOrEqual(2);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('delivers a slash command and records the reply callback', async () => {
    const f = await start();
    const client = await connect(f);
    const seen: Array<{ question: string | null; cached: boolean }> = [];
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push({
        question: interaction.options.getString('question'),
        cached: interaction.inCachedGuild(),
      });
      await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
    });

    const sent = f.sendSlashCommand({ name: 'ping', options: { question: 'who?' } });
    const call = await f.waitForInteractionResponse(sent.id);

    expect(call.path).toBe(sent.callbackPath);
    expect(call.query).toEqual({ with_response: 'false' });
    expect(call.status).toBe(204);
    expect(call.body).toMatchObject({
      type: 4,
      data: { content: 'pong', allowed_mentions: { parse: [] } },
    });
    expect(call.headers.authorization).toBeUndefined(); // callbacks are sent without the bot token
    expect(seen).toEqual([{ question: 'who?', cached: true }]);
    expect(f.interaction(sent.id)?.acknowledged).toBe(true);
    expect(errors).toEqual([]);
  });

  it('nests subcommand options', async () => {
    const f = await start();
    const client = await connect(f);
    const seen: string[] = [];
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const sub = interaction.options.getSubcommand();
      seen.push(
        `${sub}:${interaction.options.getInteger('limit')}:${interaction.options.getBoolean('all')}`,
      );
    });

    f.sendSlashCommand({ name: 'kb', subcommand: 'search', options: { limit: 3, all: true } });
    await expect.poll(() => seen).toEqual(['search:3:true']);
  });

  it('rejects a wrong token like Discord when one is configured', async () => {
    const f = await start({ token: 'right-token' });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: f.apiBase } });
    clients.push(client);
    await expect(client.login('wrong-token')).rejects.toThrow(/token/i);
    expect(f.calls[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
    expect(f.identifyCount).toBe(0);
  });

  it('supports deferReply, editReply (with a file) and followUp', async () => {
    const f = await start();
    const client = await connect(f);
    const edited: Message[] = [];
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      edited.push(
        await interaction.editReply({
          content: 'done',
          files: [{ attachment: Buffer.from('hi'), name: 'a.txt' }],
        }),
      );
      edited.push(await interaction.followUp({ content: 'one more thing' }));
    });

    const sent = f.sendSlashCommand({ name: 'slow' });
    const edit = await f.waitForCall(
      (c) => c.method === 'PATCH' && c.path === `${sent.webhookPath}/messages/@original`,
    );

    expect(f.calls.find((c) => c.path === sent.callbackPath)?.body).toMatchObject({ type: 5 });
    expect(edit.body).toMatchObject({ content: 'done' });
    expect(edit.files.map((file) => [file.name, file.data.toString()])).toEqual([['a.txt', 'hi']]);
    await expect.poll(() => edited.length).toBeGreaterThanOrEqual(1);
    expect(edited[0]?.content).toBe('done');
    expect(edited[0]?.attachments.first()?.name).toBe('a.txt');
    const original = f.message(f.interaction(sent.id)?.originalMessageId ?? '');
    expect(original?.content).toBe('done');
    expect(original?.flags).toBe(0); // the Loading flag is gone once the reply is edited

    const followUp = await f.waitForCall((c) => c.method === 'POST' && c.path === sent.webhookPath);
    expect(followUp.query.wait).toBe('true');
    expect(followUp.body).toMatchObject({ content: 'one more thing' });
    await expect.poll(() => edited.length).toBe(2);
    expect(f.interaction(sent.id)?.followUpIds).toEqual([edited[1]?.id]);
    expect(errors).toEqual([]);
  });

  it('handles autocomplete respond', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `Topic ${typed}`, value: `${typed}-1` }]);
    });

    const sent = f.sendAutocomplete({ name: 'ask', options: { topic: 'war' } });
    const call = await f.waitForInteractionResponse(sent.id);

    expect(call.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Topic war', value: 'war-1' }] },
    });
    expect(errors).toEqual([]);
  });

  it('round-trips a button on a reply (withResponse) and its update', async () => {
    const f = await start();
    const client = await connect(f);
    const pressedOn: string[] = [];
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('next').setLabel('Next').setStyle(ButtonStyle.Primary),
        );
        const response = await interaction.reply({
          content: 'page 1',
          components: [row],
          withResponse: true,
        });
        pressedOn.push(`reply:${response.resource?.message?.id ?? 'none'}`);
      } else if (interaction.isButton()) {
        pressedOn.push(`button:${interaction.message.id}`);
        await interaction.update({ content: 'page 2', components: [] });
      }
    });

    const command = f.sendSlashCommand({ name: 'pages' });
    const reply = await f.waitForInteractionResponse(command.id);
    expect(reply.query.with_response).toBe('true');
    const replyId = f.interaction(command.id)?.originalMessageId ?? '';
    await expect.poll(() => pressedOn).toEqual([`reply:${replyId}`]);

    const press = f.sendButton({ customId: 'next' });
    expect(press.messageId).toBe(replyId);
    const update = await f.waitForInteractionResponse(press.id);

    expect(update.body).toMatchObject({ type: 7, data: { content: 'page 2', components: [] } });
    expect(pressedOn).toEqual([`reply:${replyId}`, `button:${replyId}`]);
    expect(f.message(replyId)?.content).toBe('page 2');
    expect(errors).toEqual([]);
  });

  it('delivers a string select', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isStringSelectMenu()) return;
      await interaction.reply({
        content: `picked ${interaction.values.join(',')}`,
        flags: 'Ephemeral',
      });
    });

    const sent = f.sendSelect({ customId: 'pick', values: ['b', 'c'] });
    const call = await f.waitForInteractionResponse(sent.id);

    expect(call.body).toMatchObject({ type: 4, data: { content: 'picked b,c', flags: 64 } });
    expect(errors).toEqual([]);
  });

  it('delivers a DM to a client with Partials.Channel and records message.reply', async () => {
    const f = await start();
    const client = await connect(f, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
    });
    const channelTypes: ChannelType[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot) return;
      channelTypes.push(message.channel.type);
      void message.reply({ content: `you said: ${message.content}` });
    });

    const sent = f.sendMessage({ content: 'hello', dm: true });
    expect(sent.delivered).toBe(true);
    expect(sent.guildId).toBeNull();
    const call = await f.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${sent.channelId}/messages`,
    );

    expect(call.body).toMatchObject({
      content: 'you said: hello',
      message_reference: { message_id: sent.id },
    });
    expect(call.headers.authorization).toBe('Bot fake-token');
    expect(channelTypes).toEqual([ChannelType.DM]);
  });

  it('drops DMs a client did not ask for (no DirectMessages intent)', async () => {
    const f = await start();
    await connect(f);
    expect(f.sendMessage({ content: 'hello', dm: true }).delivered).toBe(false);
  });

  it('delivers guild mentions with content but blanks other content without MessageContent', async () => {
    const f = await start();
    const client = await connect(f, {
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    });
    const received: Array<{ content: string; mentioned: boolean }> = [];
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot || !client.user) return;
      received.push({ content: message.content, mentioned: message.mentions.has(client.user) });
      if (message.mentions.has(client.user)) void message.reply('hi there');
    });

    f.sendMessage({ content: 'no mention' });
    const sent = f.sendMessage({ content: 'what happened?', mentionsBot: true });
    const call = await f.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${sent.channelId}/messages`,
    );

    expect(sent.channelId).toBe(f.guilds[0]?.textChannelId);
    expect(call.body).toMatchObject({
      content: 'hi there',
      message_reference: { message_id: sent.id },
    });
    expect(received).toEqual([
      { content: '', mentioned: false },
      { content: `<@${f.botUser.id}> what happened?`, mentioned: true },
    ]);
  });

  it('resumes after a resumable drop, replaying what was missed', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });
    const resumed = waitFor(client, Events.ShardResume);

    f.dropConnection({ resumable: true });
    const missed = f.sendSlashCommand({ name: 'during-outage' }); // buffered, replayed on RESUME
    await resumed;
    await f.waitForInteractionResponse(missed.id);
    const after = f.sendSlashCommand({ name: 'after-outage' });
    await f.waitForInteractionResponse(after.id);

    expect(f.resumeCount).toBe(1);
    expect(f.identifyCount).toBe(1);
    expect(f.connectionCount).toBe(2);

    // A dead TCP connection (no close frame, client sees 1006) resumes too.
    const resumedAgain = waitFor(client, Events.ShardResume);
    f.dropConnection({ resumable: true, terminate: true });
    await resumedAgain;
    const last = f.sendSlashCommand({ name: 'after-reset' });
    await f.waitForInteractionResponse(last.id);
    expect(f.resumeCount).toBe(2);
    expect(f.identifyCount).toBe(1);
    expect(errors).toEqual([]);
  });

  it('re-identifies after a non-resumable drop', async () => {
    const f = await start();
    const client = await connect(f, { ws: { buildIdentifyThrottler: noIdentifyThrottle } });
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('back');
    });

    f.dropConnection({ resumable: false });
    await waitFor(client, Events.ShardReady);
    await f.waitForGateway();
    const sent = f.sendSlashCommand({ name: 'after' });
    await f.waitForInteractionResponse(sent.id);

    expect(f.identifyCount).toBe(2);
    expect(f.resumeCount).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs two shards on one Client, each with its own guild', async () => {
    const f = await start({ shardCount: 2 });
    const client = await connect(f, { shards: [0, 1], shardCount: 2 });
    const guildShards: number[] = [];
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand() || !interaction.inCachedGuild()) return;
      guildShards.push(interaction.guild.shardId);
      await interaction.reply('ok');
    });

    expect(f.guilds.map((g) => g.shardId)).toEqual([0, 1]);
    for (const guild of f.guilds)
      expect(client.guilds.cache.get(guild.id)?.shardId).toBe(guild.shardId);
    expect(f.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const second = f.guilds[1];
    if (!second) throw new Error('no second guild');
    const sent = f.sendSlashCommand({ name: 'where', guildId: second.id });
    expect(sent.shardId).toBe(1);
    await f.waitForInteractionResponse(sent.id);
    expect(guildShards).toEqual([1]);
    expect(errors).toEqual([]);
  });

  it('survives injected 429 and 500 on the callback', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('eventually');
    });

    f.failNext({ method: 'POST', pathPattern: /\/callback$/, status: 429, retryAfter: 0.05 });
    const limited = f.sendSlashCommand({ name: 'one' });
    await f.waitForInteractionResponse(limited.id);
    f.failNext({ method: 'POST', pathPattern: '/callback', status: 500 });
    const broken = f.sendSlashCommand({ name: 'two' });
    await f.waitForInteractionResponse(broken.id);

    const statuses = (path: string): number[] =>
      f.calls.filter((c) => c.path === path).map((c) => c.status);
    expect(statuses(limited.callbackPath)).toEqual([429, 204]);
    expect(statuses(broken.callbackPath)).toEqual([500, 204]);
    // discord.js waited out retry-after (0.05 s) before retrying.
    const [first, retry] = f.calls.filter((c) => c.path === limited.callbackPath);
    expect((retry?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(45);
    expect(errors).toEqual([]);
  });

  it('lets a persistent 500 reach the handler, and the client goes on', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('x');
    });

    f.failNext({ pathPattern: '/callback', status: 500, times: 4 }); // 1 try + 3 retries
    const failed = f.sendSlashCommand({ name: 'doomed' });
    await expect.poll(() => errors.length).toBe(1);
    expect(f.interaction(failed.id)?.acknowledged).toBe(false);

    const next = f.sendSlashCommand({ name: 'fine' });
    await f.waitForInteractionResponse(next.id);
  });

  it('injects a 401, after which discord.js drops its token, and 403 Missing Access', async () => {
    const f = await start();
    const client = await connect(f);
    const channel = f.guilds[0]?.textChannelId ?? '';
    f.failNext({ method: 'POST', pathPattern: '/messages', status: 403 });
    const forbidden = await client.rest
      .post(`/channels/${channel}/messages`, { body: { content: 'x' } })
      .catch((e: unknown) => e);
    expect((forbidden as DiscordAPIError).code).toBe(50001);
    f.failNext({ method: 'POST', pathPattern: '/messages', status: 401 });
    const rejected = await client.rest
      .post(`/channels/${channel}/messages`, { body: { content: 'x' } })
      .catch((e: unknown) => e);
    expect((rejected as DiscordAPIError).status).toBe(401);
    // The token is gone: the next authenticated call fails before it reaches the fake.
    const after = await client.rest
      .post(`/channels/${channel}/messages`, { body: { content: 'y' } })
      .catch((e: unknown) => e);
    expect(String(after)).toMatch(/token/i);
  });

  it('refuses an interaction response after the deadline, as Discord does', async () => {
    const f = await start({ interactionDeadlineMs: 100 });
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'slow') await new Promise((r) => setTimeout(r, 200));
      await interaction.reply('done');
    });
    const quick = f.sendSlashCommand({ name: 'quick' });
    await f.waitForInteractionResponse(quick.id);
    const slow = f.sendSlashCommand({ name: 'slow' });
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
    expect(f.interaction(slow.id)?.acknowledged).toBe(false);
  });

  it('stores application commands and reports unknown routes as Discord 404s', async () => {
    const f = await start();
    const client = await connect(f);
    const application = client.application;
    if (!application) throw new Error('no application');

    await application.fetch();
    const set = await application.commands.set([{ name: 'ask', description: 'Ask a question' }]);
    const registered = set.first();
    expect(f.commands().map((c) => c.name)).toEqual(['ask']);
    expect((await application.commands.fetch()).map((c) => c.id)).toEqual([registered?.id]);
    const guildId = f.guilds[0]?.id ?? '';
    await application.commands.set([{ name: 'local', description: 'Guild only' }], guildId);
    expect(f.commands(guildId).map((c) => c.name)).toEqual(['local']);

    const commandIds: string[] = [];
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) commandIds.push(interaction.commandId);
    });
    f.sendSlashCommand({ name: 'ask' });
    await expect.poll(() => commandIds).toEqual([registered?.id]);

    const error = await client.rest.get('/definitely/not/a/route').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    expect((error as DiscordAPIError).code).toBe(0);
    expect(f.calls.at(-1)).toMatchObject({ path: '/definitely/not/a/route', status: 404 });
    expect(f.takeViolations()).toMatchObject([
      { path: '/definitely/not/a/route', operation: null, problems: [{ code: 'UNKNOWN_ROUTE' }] },
    ]);
  });
});

describe('requests checked against Discord’s OpenAPI spec', () => {
  it('answers a body the spec refuses with 400 Invalid Form Body and records it', async () => {
    const f = await start();
    const client = await connect(f);
    const errors = onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'x'.repeat(2001) });
    });
    const sent = f.sendSlashCommand({ name: 'long' });
    await expect.poll(() => errors.length).toBe(1);

    const error = errors[0] as DiscordAPIError;
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error.code).toBe(50035);
    expect(error.rawError).toMatchObject({
      errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
    });
    expect(f.interaction(sent.id)?.acknowledged).toBe(false);
    const call = f.calls.find((c) => c.path === sent.callbackPath);
    expect(f.takeViolations()).toEqual([
      {
        seq: call?.seq,
        method: 'POST',
        path: sent.callbackPath,
        operation: 'POST /interactions/{interaction_id}/{interaction_token}/callback',
        problems: [
          {
            at: 'data.content',
            code: 'BASE_TYPE_MAX_LENGTH',
            message: 'Must be 2000 or fewer in length.',
            refused: true,
          },
        ],
      },
    ]);
  });

  it('records an undocumented field without refusing it, as Discord ignores it', async () => {
    const f = await start();
    const client = await connect(f);
    const channelId = f.guilds[0]?.textChannelId ?? '';
    const body = { content: 'hi', allowedMentions: { parse: [] } };
    const sent = (await client.rest.post(Routes.channelMessages(channelId), { body })) as {
      id: string;
    };
    expect(f.message(sent.id)?.content).toBe('hi');
    expect(f.takeViolations()).toMatchObject([
      {
        operation: 'POST /channels/{channel_id}/messages',
        problems: [{ at: 'allowedMentions', code: 'UNKNOWN_FIELD', refused: false }],
      },
    ]);
  });

  it('checks nothing with checkRequests: false', async () => {
    const f = await start({ checkRequests: false });
    const client = await connect(f);
    const channelId = f.guilds[0]?.textChannelId ?? '';
    const body = { content: 'hi', allowedMentions: { parse: [] } };
    await client.rest.post(Routes.channelMessages(channelId), { body });
    await client.rest.get('/definitely/not/a/route').catch(() => undefined);
    expect(f.violations).toEqual([]);
  });
});
