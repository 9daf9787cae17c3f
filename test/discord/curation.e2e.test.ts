import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createFeedbackRecorder, createQuestionRecorder } from '../../src/curation/recording.ts';
import { type CurationStore, openCurationStore } from '../../src/curation/store.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/knowledge/liveKnowledge.ts';
import { prepareStory } from '../../src/knowledge/prepareStory.ts';
import { SILENT_LOGGER } from '../../src/logger.ts';
import { STORY_DIR, shippedLanguage } from '../storyFixture.ts';
import { expectSpecConformance, type Harness, startHarness } from './botHarness.ts';

interface Body {
  data?: {
    embeds?: { description?: string; title?: string }[];
    components?: { components: { custom_id?: string }[] }[];
  };
}

const OWNER = '111111111111111111';
let dir: string;
let store: CurationStore;
let knowledge: LiveKnowledge;
let h: Harness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'curation-e2e-'));
  cpSync(STORY_DIR, join(dir, 'story'), { recursive: true });
  const prepared = prepareStory(join(dir, 'story'), shippedLanguage());
  if (!prepared.ok) throw new Error('shipped knowledge must load');
  knowledge = createLiveKnowledge({
    dir: join(dir, 'story'),
    initial: prepared.value.engine,
    prepare: (storyDir) => prepareStory(storyDir, shippedLanguage()),
    log: SILENT_LOGGER,
  });
  store = openCurationStore({ path: join(dir, 'curation.sqlite'), log: SILENT_LOGGER });
  h = await startHarness({
    engine: knowledge.current,
    bot: {
      onAnswer: createQuestionRecorder(store),
      recordFeedback: createFeedbackRecorder(store, 'test-secret-of-enough-length'),
      reloadKnowledge: knowledge.reload,
      ownerIds: [OWNER],
    },
  });
});

afterEach(() => expectSpecConformance(h.fake));

afterAll(async () => {
  await h.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function respond(sent: { id: string }): Promise<NonNullable<Body['data']>> {
  return ((await h.fake.waitForInteractionResponse(sent.id, 5000)).body as Body).data ?? {};
}

/** The reply of an interaction answered after a deferral ("thinking…", then the edited reply). */
async function deferredReply(sent: {
  id: string;
  webhookPath: string;
}): Promise<NonNullable<Body['data']>> {
  await h.fake.waitForInteractionResponse(sent.id, 5000);
  const edit = await h.fake.waitForCall(
    (c) => c.method === 'PATCH' && c.path === `${sent.webhookPath}/messages/@original`,
    10_000,
  );
  return (edit.body as Body['data']) ?? {};
}

describe('curation through the loopback Discord', () => {
  it('records questions the bot could not answer, without who asked', async () => {
    await respond(
      h.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'what is elton john favourite food' },
      }),
    );
    // The bot records after it has replied, so the record may land a moment later.
    let questions: string[] = [];
    for (let i = 0; i < 40 && questions.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const rows = store.readQuestions();
      questions = rows.ok ? rows.value.map((r) => r.question) : [];
    }
    expect(questions).toContain('what is elton john favourite food');
    expect(JSON.stringify(store.readQuestions())).not.toContain(h.fake.defaultUser.id);
  });

  it('stores a mentioned user as @user, never the id', async () => {
    const mentioned = '444444444444444444';
    const sent = h.fake.sendMessage({
      content: `what does <@${mentioned}> think of the weather`,
      dm: true,
    });
    await h.fake.waitForCall((c) => c.path === `/channels/${sent.channelId}/messages`, 5000);
    await expect
      .poll(() => JSON.stringify(store.readQuestions()), { timeout: 5000 })
      .toContain('what does @user think of the weather');
    expect(JSON.stringify(store.readQuestions())).not.toContain(mentioned);
  });

  it('counts a 👍 / 👎 once per user per answer and acknowledges it quietly', async () => {
    const answer = await respond(
      h.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'did putin really call elton?' },
      }),
    );
    const ids =
      answer.components?.flatMap((row) => row.components.map((c) => c.custom_id ?? '')) ?? [];
    const down = ids.find((id) => id.startsWith('feedback:down:')) ?? '';
    // The button carries the entry and a short key of the question asked.
    expect(down).toMatch(/^feedback:down:did-putin-call:[a-z0-9]+$/);
    const voter = { id: '222222222222222222' };
    const first = await respond(h.fake.sendButton({ customId: down, user: voter }));
    const again = await respond(h.fake.sendButton({ customId: down, user: voter }));
    const other = await respond(
      h.fake.sendButton({ customId: down, user: { id: '333333333333333333' } }),
    );
    expect(first.embeds?.[0]?.description).toMatch(/Thanks for the feedback/);
    expect(again.embeds?.[0]?.description).toMatch(/already counted/);
    expect(other.embeds?.[0]?.description).toMatch(/Thanks for the feedback/);
    const votes = store.readFeedback();
    expect(
      votes.ok && votes.value.filter((v) => v.entryId === 'did-putin-call' && v.vote === 'down'),
    ).toHaveLength(2);
    expect(votes.ok && votes.value[0]?.question).toBe('did putin really call elton?');
  });

  it('refuses forged buttons politely and records nothing', async () => {
    const votes = (): number => {
      const rows = store.readFeedback();
      return rows.ok ? rows.value.length : -1;
    };
    const before = votes();
    const forged = (description: string | undefined): void =>
      expect(description).toMatch(/doesn't belong to this message|no longer in my knowledge/);

    // An entry that does not exist.
    forged(
      (await respond(h.fake.sendButton({ customId: 'feedback:up:does-not-exist' }))).embeds?.[0]
        ?.description,
    );
    // A feedback button on the /faq message, and a page of the FAQ on an answer message.
    const faq = h.fake.sendSlashCommand({ name: 'faq', user: { id: '666666666666666661' } });
    await respond(faq);
    const faqMessage = h.fake.interaction(faq.id)?.originalMessageId ?? '';
    forged(
      (
        await respond(
          h.fake.sendButton({ customId: 'feedback:up:did-putin-call', message: faqMessage }),
        )
      ).embeds?.[0]?.description,
    );
    const asked = h.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'did putin really call elton?' },
      user: { id: '666666666666666662' },
    });
    await respond(asked);
    const answerMessage = h.fake.interaction(asked.id)?.originalMessageId ?? '';
    const page = h.fake.sendButton({ customId: 'faq-page:0', message: answerMessage });
    const pageReply = await h.fake.waitForInteractionResponse(page.id, 5000);
    expect((pageReply.body as { type?: number }).type).toBe(4);
    forged((pageReply.body as Body).data?.embeds?.[0]?.description);
    // A menu option the FAQ never offered.
    const select = h.fake.sendSelect({
      customId: 'faq-select',
      values: ['not-an-option'],
      message: faqMessage,
    });
    forged((await respond(select)).embeds?.[0]?.description);
    expect(votes()).toBe(before);
  });

  it('records the question a button was for, from its key, not from the message text', async () => {
    const asked = h.fake.sendSlashCommand({
      name: 'ask',
      options: { question: 'so did putin phone elton or not' },
      user: { id: '666666666666666663' },
    });
    const answer = await respond(asked);
    const up =
      answer.components
        ?.flatMap((row) => row.components.map((c) => c.custom_id ?? ''))
        .find((id) => id.startsWith('feedback:up:')) ?? '';
    const original = h.fake.message(h.fake.interaction(asked.id)?.originalMessageId ?? '');
    if (!original) throw new Error('no answer message');
    // The same message with its text changed: the vote must not take the question from it.
    const changed = {
      ...original,
      embeds: [{ ...original.embeds[0], author: { name: 'You asked: something else' } }],
    };
    await respond(
      h.fake.sendButton({ customId: up, message: changed, user: { id: '555555555555555555' } }),
    );
    const rows = store.readFeedback();
    expect(rows.ok && rows.value[0]?.question).toBe('so did putin phone elton or not');
  });

  it('lets only owners /reload, and refuses broken knowledge while the old keeps answering', async () => {
    const stranger = await respond(h.fake.sendSlashCommand({ name: 'reload' }));
    expect(stranger.embeds?.[0]?.description).toMatch(/Only the bot's owners/);

    const qaPath = join(dir, 'story', 'qa.yaml');
    const original = readFileSync(qaPath, 'utf8');
    writeFileSync(
      qaPath,
      original.replace(
        'quote: "the call was a hoax engineered by two',
        'quote: "the call was a hoax engineered by nine',
      ),
    );
    const refused = await deferredReply(
      h.fake.sendSlashCommand({ name: 'reload', user: { id: OWNER } }),
    );
    expect(refused.embeds?.[0]?.description).toMatch(/Refused.*previous knowledge/s);
    expect(refused.embeds?.[0]?.description).toMatch(/not verbatim/);
    const still = await respond(
      h.fake.sendSlashCommand({
        name: 'ask',
        options: { question: 'did putin really call elton?' },
      }),
    );
    expect(still.embeds?.[0]?.description).toMatch(/hoax/);

    const qa = parse(original) as { entries: { id: string; answer: string }[] };
    const entry = qa.entries.find((e) => e.id === 'who-peskov');
    if (entry)
      entry.answer =
        'Dmitri S. Peskov is the Russian president’s press secretary (freshly reloaded).';
    writeFileSync(qaPath, stringify(qa));
    const reloaded = await deferredReply(
      h.fake.sendSlashCommand({ name: 'reload', user: { id: OWNER } }),
    );
    expect(reloaded.embeds?.[0]?.description).toMatch(
      new RegExp(`Reloaded: ${qa.entries.length} entries`),
    );
    const fresh = await respond(
      h.fake.sendSlashCommand({ name: 'ask', options: { question: 'who is peskov' } }),
    );
    expect(fresh.embeds?.[0]?.description).toMatch(/freshly reloaded/);
  });
});
