// Conversations on the loopback Discord: a DM with greetings, follow-ups and thanks; two people
// in one channel through mentions, each with their own context; /ask follow-ups; and context
// that expires.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createConversations } from '../../src/conversation/conversations.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { expectSpecConformance, type Harness, startHarness } from './botHarness.ts';

interface Body {
  content?: string;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  components?: { components: { label?: string; custom_id?: string }[] }[];
  message_reference?: { message_id: string };
  data?: Body;
}

const TEN_MINUTES = 10 * 60_000;
const clock = { now: 1_000_000 };
let h: Harness;
let userSeq = 0;
const freshUser = (): { id: string } => ({
  id: String(800_000_000_000_000_000n + BigInt(++userSeq)),
});

beforeAll(async () => {
  h = await startHarness({
    conversations: createConversations(shippedLanguage(), { now: () => clock.now }),
    questions: 20,
  });
});
afterEach(() => expectSpecConformance(h.fake));
afterAll(async () => {
  await h.close();
});

/** Everything a reply shows: its content, embeds and button labels. */
function shown(body: Body): string {
  return JSON.stringify([body.content ?? '', body.embeds ?? [], body.components ?? []]);
}

/** Sends a message (a DM, or a mention in the first server's channel) and waits for its reply. */
async function say(text: string, user: { id: string }, dm: boolean): Promise<Body> {
  const sent = h.fake.sendMessage({
    content: text,
    user,
    ...(dm ? { dm } : { mentionsBot: true }),
  });
  const call = await h.fake.waitForCall(
    (c) =>
      c.method === 'POST' &&
      c.path === `/channels/${sent.channelId}/messages` &&
      (c.body as Body).message_reference?.message_id === sent.id,
    5000,
  );
  return call.body as Body;
}

async function ask(question: string, user: { id: string }): Promise<Body> {
  const sent = h.fake.sendSlashCommand({ name: 'ask', options: { question }, user });
  const call = await h.fake.waitForInteractionResponse(sent.id, 5000);
  return (call.body as Body).data ?? {};
}

describe('conversations on Discord', () => {
  it('holds a DM conversation: a greeting, follow-ups, the sources, thanks', async () => {
    const user = freshUser();
    const greeting = await say('hey!', user, true);
    expect(greeting.content).toMatch(/Elton John, Putin and the hoax call/);
    expect(greeting.embeds).toEqual([]);
    // The example question it offers is a button that answers it.
    expect(greeting.components?.[0]?.components[0]?.custom_id).toMatch(/./);
    expect(shown(greeting)).not.toMatch(/doesn't cover/);

    const first = await say('did putin actually ring elton', user, true);
    expect(first.embeds?.[0]?.description).toMatch(/^No — .*hoax/);
    const followUp = await say('who did it then?', user, true);
    expect(followUp.embeds?.[0]?.title).toBe('Who was behind the hoax?');
    expect(followUp.embeds?.[0]?.description).toMatch(/pranksters/);
    const sources = await say('source?', user, true);
    expect(sources.embeds?.[0]?.description).toMatch(/Here is where the article says it/);
    expect(sources.embeds?.[0]?.fields?.[0]?.name).toBe('Source: paragraph 9');
    const thanks = await say('thanks!', user, true);
    expect(thanks.content).toMatch(/welcome|glad/i);
    expect(shown(thanks)).not.toMatch(/doesn't cover/);
  });

  it('keeps two people in one channel apart through mentions', async () => {
    const a = freshUser();
    const b = freshUser();
    expect(shown(await say('who is elton john', a, false))).toMatch(/singer/);
    expect(shown(await say('who is peskov', b, false))).toMatch(/press secretary/);
    const aFollow = await say('is he gay?', a, false);
    expect(aFollow.embeds?.[0]?.title).toBe('Is Elton John gay?');
    expect(aFollow.embeds?.[0]?.description).toMatch(/^Yes — /);
    const bFollow = await say('what did he say?', b, false);
    expect(shown(bFollow)).toMatch(/no conversation|does not correspond/i);
    expect(shown(bFollow)).not.toMatch(/gay/);
  });

  it('follows up on /ask, and shares the context with the same user in the same channel', async () => {
    const user = freshUser();
    expect(shown(await ask('who is putin', user))).toMatch(/Russian President/);
    const followUp = await ask('did he really call elton?', user);
    expect(followUp.embeds?.[0]?.title).toBe('Did Vladimir Putin really call Elton John?');
    // A mention by the same user in the same channel continues the same conversation.
    const more = await say('tell me more', user, false);
    expect(more.embeds?.[0]?.title).toBe('Was Elton John prank called?');
    // Another user in that channel has no context of theirs.
    const other = await ask('why?', freshUser());
    expect(other.embeds?.[0]?.title).toBe('Ask me the whole question');
  });

  it('forgets a conversation after ten quiet minutes', async () => {
    const user = freshUser();
    await say('who is peskov', user, true);
    clock.now += TEN_MINUTES - 1000;
    expect((await say('source?', user, true)).embeds?.[0]?.fields?.[0]?.name).toBe(
      'Source: paragraph 5',
    );
    clock.now += TEN_MINUTES + 1000;
    const expired = await say('source?', user, true);
    expect(expired.embeds?.[0]?.title).toBe('Ask me the whole question');
    expect(shown(expired)).toMatch(/Did Putin really call Elton John\?/);
  });
});
