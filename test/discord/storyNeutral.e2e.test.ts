// The front ends speak of the story they serve, and of nothing else: a small story of another
// subject, built here, is presented by its own title, description and examples.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleChat } from '../../src/cli/consoleChat.ts';
import { createConversations } from '../../src/conversation/conversations.ts';
import { COMMANDS, commandDefinitions } from '../../src/discord/commands/commandList.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { tinyEngine } from '../tinyStory.ts';
import { type Harness, startHarness } from './botHarness.ts';

interface Body {
  data?: { embeds?: { title?: string; description?: string; footer?: { text: string } }[] };
}

/** Words of the shipped story, which must not turn up when another story is served. */
const OTHER_STORY = /putin|elton|kremlin|peskov/i;

const engine = tinyEngine();
const story = engine.story;
let h: Harness;
let user = 0;

beforeAll(async () => {
  h = await startHarness({ engine: () => engine });
});
afterAll(async () => {
  await h.close();
});

async function slash(name: string, options: Record<string, string> = {}): Promise<string> {
  const sent = h.fake.sendSlashCommand({
    name,
    options,
    user: { id: String(700_000_000_000_000_000n + BigInt(++user)) },
  });
  const call = await h.fake.waitForInteractionResponse(sent.id, 5000);
  return JSON.stringify((call.body as Body).data?.embeds ?? []);
}

describe('front ends serving another story', () => {
  it('describe /ask with the story at deploy time', () => {
    const ask = commandDefinitions(story).find((c) => c.name === 'ask');
    expect(ask?.description).toBe(story.description);
    expect(JSON.stringify(ask)).toContain(story.examples[0]);
    expect(JSON.stringify(commandDefinitions(story))).not.toMatch(OTHER_STORY);
  });

  it('list in /help every command that has help, with the story title and examples', async () => {
    const help = await slash('help');
    expect(help).toContain(story.title);
    for (const example of story.examples) expect(help).toContain(example);
    for (const command of COMMANDS) {
      if ('help' in command) expect(help).toContain(`**/${command.name}**`);
      else expect(help).not.toContain(`/${command.name}`);
    }
    expect(help).not.toMatch(OTHER_STORY);
  });

  it('answer an empty question and a refusal in the story’s own words', async () => {
    const empty = await slash('ask', { question: '???' });
    expect(empty).toContain(
      `Ask me a question about ${story.title}, for example: \\"${story.examples[0]}\\"`,
    );
    const refused = await slash('ask', { question: 'who won the football cup' });
    expect(refused).toMatch(/doesn't cover/);
    const answered = await slash('ask', { question: 'when does the bridge open' });
    expect(answered).toMatch(/Saturday/);
    for (const text of [empty, refused, answered]) expect(text).not.toMatch(OTHER_STORY);
  });

  it('greet at the console with the story title and examples', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => {
      text += String(chunk);
    });
    const done = createConsoleChat({
      engine: () => engine,
      conversations: createConversations(shippedLanguage()),
      input,
      output,
      interactive: true,
    }).run();
    input.end('\n');
    await done;
    expect(text).toContain(story.title);
    expect(text).toContain(story.examples[0]);
    expect(text).not.toMatch(OTHER_STORY);
  });

  it('make small talk about the story they serve, with its own example questions', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => {
      text += String(chunk);
    });
    const done = createConsoleChat({
      engine: () => engine,
      conversations: createConversations(shippedLanguage()),
      input,
      output,
      interactive: false,
    }).run();
    input.end('hello\nwhat can you do\nthanks!\n');
    await done;
    const replies = text.trim().split('\n');
    expect(replies).toHaveLength(3);
    for (const reply of replies) {
      expect(reply).toContain(story.title);
      expect(story.examples.some((example) => reply.includes(example))).toBe(true);
    }
    expect(text).not.toMatch(OTHER_STORY);
  });
});
