import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { properNounsOf } from '../../src/answering/composeReply.ts';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { OTHER_STORY_DIR, shippedLanguage, shippedStory, storyAt } from '../storyFixture.ts';
import { type Harness, startHarness } from './botHarness.ts';

interface Body {
  content?: string;
  embeds?: unknown[];
  data?: Body;
}

const language = shippedLanguage();
const engine = createAnswerEngine(storyAt(OTHER_STORY_DIR), language);

/**
 * Names of the shipped story (people, places, organisations): the words its article capitalises
 * mid-sentence that are not everyday English. None may reach a user of another story.
 */
const SHIPPED_NAMES: readonly string[] = (() => {
  const shipped = shippedStory();
  const nouns = properNounsOf([
    ...shipped.article.paragraphs,
    ...shipped.entries.map((e) => e.answer),
  ]);
  return [...nouns].filter(
    (w) => w.length >= 3 && !language.frequencies.common.has(w.toLowerCase()),
  );
})();

let h: Harness;
let userSeq = 0;
const freshUser = (): { id: string } => ({ id: String(910000000000000000n + BigInt(++userSeq)) });

async function slash(name: string, options: Record<string, string> = {}): Promise<string> {
  const sent = h.fake.sendSlashCommand({ name, options, user: freshUser() });
  const call = await h.fake.waitForInteractionResponse(sent.id, 5000);
  return JSON.stringify((call.body as Body).data ?? {});
}

/** The bot's reply to a direct message. */
async function dm(content: string): Promise<string> {
  const sent = h.fake.sendMessage({ content, dm: true, user: freshUser() });
  const call = await h.fake.waitForCall(
    (c) => c.method === 'POST' && c.path === `/channels/${sent.channelId}/messages`,
    5000,
  );
  return JSON.stringify(call.body);
}

const namesIn = (text: string): string[] => SHIPPED_NAMES.filter((name) => text.includes(name));

beforeAll(async () => {
  h = await startHarness({ engine: () => engine });
});

afterAll(async () => {
  await h.close();
});

describe('the bot serving another story on a loopback Discord', () => {
  it('knows what to look for', () => {
    expect(SHIPPED_NAMES).toEqual(expect.arrayContaining(['Putin', 'Elton', 'Kremlin']));
  });

  it('answers /ask from the story it serves, naming nothing of the shipped story', async () => {
    const reply = await slash('ask', { question: 'why is the bridge closing?' });
    expect(reply).toMatch(/cracks/);
    expect(reply).toMatch(/road salt/);
    expect(namesIn(reply)).toEqual([]);
  });

  it('answers a direct message the same way', async () => {
    const reply = await dm('who pays for the repairs');
    expect(reply).toMatch(/4\.2 million/);
    expect(namesIn(reply)).toEqual([]);
  });

  it('refuses a question about the shipped story', async () => {
    const reply = await slash('ask', { question: 'did putin really call elton john?' });
    expect(reply).toMatch(/doesn't cover/);
  });

  it('presents the story it serves in /story and /faq', async () => {
    const story = await slash('story');
    expect(story).toMatch(/Old Harbor Bridge/);
    expect(namesIn(story)).toEqual([]);
    const faq = await slash('faq');
    expect(faq).toMatch(/Why is the Old Harbor Bridge closing\?/);
    expect(namesIn(faq)).toEqual([]);
  });

  // The help text and the reply to an empty question still carry an example question from the
  // shipped story: these fail until they are built from the story served.
  it('/help names nothing of the shipped story', async () => {
    const help = await slash('help');
    expect(help).toMatch(/\/ask/);
    expect(namesIn(help)).toEqual([]);
  });

  it('the reply to an empty question names nothing of the shipped story', async () => {
    const reply = await dm('   ');
    expect(namesIn(reply)).toEqual([]);
  });
});
