import { describe, expect, it } from 'vitest';
import { candidateEntries } from '../../src/curation/review/candidates.ts';
import type { ReviewQueue } from '../../src/curation/review/reviewTypes.ts';
import { acceptStatus, smallTalkStatus } from '../../src/render/curateStatus.ts';
import {
  DISCORD_STATUS_STYLE,
  renderDislikedPage,
  renderReviewPage,
} from '../../src/render/discord/curateMessage.ts';
import { limitViolations } from '../discord/payloadLimits.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { tinyEngine } from '../tinyStory.ts';
import { HOSTILE } from './hostileText.ts';

// Live parts: a scheme link, an invite host, an unescaped masked link or <…>, bidi and zero-width controls.
const LIVE = /[a-z]:\/\/|discord\.(gg|com)|(?<!\\)\]\(|(?<!\\)<(?!t:\d+:R>)|[\u202E\u200B\u2066]/i;

const engine = tinyEngine();
const long = `${HOSTILE} ${'why '.repeat(400)}`;

function queueOf(representative: string, likely?: 'greeting'): ReviewQueue {
  return {
    story: engine.story.id,
    generatedAt: '2024-06-01T12:00:00.000Z',
    groups: [
      {
        id: '0123456789ab',
        count: 3,
        origins: { guild: 2, dm: 1, console: 0 },
        representative,
        examples: [HOSTILE, long],
        phrasings: ['x'],
        lastAskedAt: '2024-06-01T11:00:00.000Z',
        nearest: { id: 'opening', question: 'When does the harbour bridge open?', confidence: 0.4 },
        answeredNow: false,
      },
    ],
    disliked: [
      {
        entryId: 'cost',
        question: 'How much did the bridge cost?',
        down: 2,
        up: 1,
        downQuestions: [HOSTILE, long],
        lastVoteAt: '2024-06-01T10:00:00.000Z',
      },
    ],
    totals: { questions: 3, groups: 1, decided: 0, up: 1, down: 2, dropped: 0 },
    databases: 2,
    unreadable: [],
    smallTalkKinds: shippedLanguage().smallTalk.kinds.map((k) => ({
      kind: k.kind,
      examples: k.phrases.slice(0, 3).map((words) => words.join(' ')),
    })),
    likelySmallTalk: likely ? { '0123456789ab': likely } : {},
  };
}

function embedText(message: {
  embeds: readonly { description?: string; fields?: readonly { value: string }[] }[];
}): string {
  return message.embeds
    .map((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)].join('\n'))
    .join('\n');
}

describe('the review in Discord', () => {
  it('shows what people typed inert, and stays within Discord limits', () => {
    for (const representative of [HOSTILE, long]) {
      const queue = queueOf(representative);
      const page = renderReviewPage({
        queue,
        page: 0,
        entry: (id) => engine.entry(id),
        storyTitle: engine.story.title,
        choices: candidateEntries(engine, representative, 25),
        status: acceptStatus(
          {
            outcome: {
              status: 'refused',
              phrasing: representative,
              reason: 'the knowledge would fail kb:check',
              problems: [
                {
                  file: '/k/qa.yaml',
                  entryId: 'opening',
                  reason: `"${representative}" is answered by entry cost`,
                },
                {
                  file: '/k/qa.yaml',
                  entryId: 'opening',
                  reason: `phrasing "${HOSTILE}" also belongs to entry cost`,
                },
                {
                  file: '/k/qa.yaml',
                  reason: `quote is not verbatim in paragraph 2: "${HOSTILE}"`,
                },
              ],
            },
            answers: [],
          },
          DISCORD_STATUS_STYLE,
        ),
      });
      expect(embedText(page)).toMatch(/free nitro/);
      expect(embedText(page)).not.toMatch(LIVE);
      expect(limitViolations(page)).toEqual([]);
      expect(embedText(page)).not.toContain('/k/qa.yaml');
      const marked = renderReviewPage({
        queue: queueOf(representative, 'greeting'),
        page: 0,
        entry: (id) => engine.entry(id),
        storyTitle: engine.story.title,
        choices: [],
        status: smallTalkStatus(
          {
            outcome: {
              status: 'refused',
              phrase: representative,
              reason: 'the knowledge would fail kb:check',
              problems: [
                {
                  file: '/k/qa.yaml',
                  entryId: 'opening',
                  reason: `"${representative}" is read as small talk (greeting, by the story's small talk "${representative}"), so it would never be answered`,
                },
                {
                  file: '/k/qa.yaml',
                  reason: `small_talk.greeting: "${HOSTILE}" points back at someone or something named before ("${HOSTILE}"): people ask it as a follow-up, so it cannot be small talk`,
                },
              ],
            },
            readings: [],
          },
          DISCORD_STATUS_STYLE,
        ),
      });
      expect(embedText(marked)).toMatch(/free nitro/);
      expect(embedText(marked)).not.toMatch(LIVE);
      expect(embedText(marked)).not.toContain('/k/qa.yaml');
      expect(limitViolations(marked)).toEqual([]);
      const disliked = renderDislikedPage(queue, 0, (id) => engine.entry(id), engine.story.title);
      expect(embedText(disliked)).toMatch(/free nitro/);
      expect(embedText(disliked)).not.toMatch(LIVE);
      expect(limitViolations(disliked)).toEqual([]);
    }
  });

  it('offers the nearest entry in one click, and every entry in the menu, best first', () => {
    const page = renderReviewPage({
      queue: queueOf('how expensive was it'),
      page: 0,
      entry: (id) => engine.entry(id),
      storyTitle: engine.story.title,
      choices: candidateEntries(engine, 'how expensive was it', 25),
    });
    const components = page.components.flatMap((row) => row.components) as {
      custom_id?: string;
      label?: string;
      options?: { value: string }[];
    }[];
    expect(components.map((c) => c.label ?? c.custom_id)).toEqual([
      'curate:pick:0:0123456789ab',
      'Add as a phrasing of opening',
      'Dismiss',
      'Find an entry…',
      'curate:talk:0:0123456789ab',
      '◀ Previous',
      'Next ▶',
      'Refresh',
      '👎 answers (1)',
    ]);
    expect(components[0]?.options?.map((o) => o.value)).toEqual(['cost', 'opening']);
    expect(new Set(components.map((c) => c.custom_id)).size).toBe(components.length);
  });

  it('offers to mark it as small talk in one pick, the kind it reads like first', () => {
    const page = renderReviewPage({
      queue: queueOf('hiya mates', 'greeting'),
      page: 0,
      entry: (id) => engine.entry(id),
      storyTitle: engine.story.title,
      choices: [],
    });
    const menu = page.components
      .flatMap((row) => row.components)
      .find((c) => 'custom_id' in c && c.custom_id === 'curate:talk:0:0123456789ab') as
      | { placeholder: string; options: { label: string; value: string; description: string }[] }
      | undefined;
    expect(menu?.placeholder).toBe('Mark as small talk (it reads like greeting)…');
    expect(menu?.options[0]).toEqual({
      label: 'Greeting (closest)',
      value: 'greeting',
      description: 'Like “hi”, “hii”, “hey”',
    });
    expect(menu?.options.map((o) => o.value)).toEqual([
      'greeting',
      'goodbye',
      'thanks',
      'insult',
      'praise',
      'identity',
      'capabilities',
      'howAreYou',
      'acknowledgement',
    ]);
    expect(menu?.options.find((o) => o.value === 'howAreYou')?.label).toBe('How are you');
  });
});
