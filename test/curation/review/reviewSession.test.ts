import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/answering/normalizeText.ts';
import { storySmallTalk } from '../../../src/conversation/storySmallTalk.ts';
import type { Origin } from '../../../src/curation/records.ts';
import {
  openReviewSession,
  type ReviewSession,
} from '../../../src/curation/review/reviewSession.ts';
import { openCurationStore } from '../../../src/curation/store.ts';
import { prepareStory } from '../../../src/knowledge/prepareStory.ts';
import { shippedLanguage } from '../../storyFixture.ts';
import { makeTempDir, recordingLogger } from '../helpers.ts';
import { writeTinyStoryFolder } from './tinyStoryFolder.ts';

const DAY = 86_400_000;

let temp: ReturnType<typeof makeTempDir>;
let storyDir: string;
let ownDb: string;
let otherDb: string;
let clock: Date;
let session: ReviewSession;
let log: ReturnType<typeof recordingLogger>;

/** Records a question as the bot on that host would, at the clock's time. */
function asked(question: string, db = ownDb, origin: Origin = 'guild'): void {
  const store = openCurationStore({ path: db, log, now: () => clock });
  store.recordQuestion({
    question,
    normalized: normalizeText(question),
    status: 'unknown',
    bestEntryId: null,
    confidence: 0.2,
    origin,
  });
  store.close();
}

function queue() {
  const result = session.queue();
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function groupOf(question: string) {
  const group = queue().groups.find((g) => g.representative === question);
  if (!group) throw new Error(`no group for ${question}`);
  return group;
}

beforeEach(() => {
  temp = makeTempDir();
  storyDir = writeTinyStoryFolder(join(temp.dir, 'story'));
  ownDb = join(temp.dir, 'own.sqlite');
  otherDb = join(temp.dir, 'other.sqlite');
  clock = new Date('2024-05-01T00:00:00.000Z');
  log = recordingLogger();
  session = openReviewSession({
    storyDir,
    language: shippedLanguage(),
    ownDb,
    otherDbs: [otherDb, join(temp.dir, 'missing.sqlite'), ownDb],
    log,
    now: () => clock,
  });
});
afterEach(() => {
  session.close();
  temp.cleanup();
});

describe('review session', () => {
  it('reviews this host and the others together, most asked first, naming what it cannot read', () => {
    asked('bridge opening party');
    asked('bridge opening party', otherDb, 'dm');
    asked('who paid for the bridge', otherDb);
    const review = queue();
    expect(review.databases).toBe(2);
    expect(review.unreadable).toEqual([expect.stringContaining('missing.sqlite: no such file')]);
    expect(review.groups.map((g) => [g.representative, g.count, g.origins])).toEqual([
      ['bridge opening party', 2, { guild: 1, dm: 1, console: 0 }],
      ['who paid for the bridge', 1, { guild: 1, dm: 0, console: 0 }],
    ]);
    expect(review.groups[0]?.nearest?.id).toBe('opening');
  });

  it('adds the most asked phrasing to the entry chosen, records who as a hash, and the group leaves', () => {
    asked('bridge opening party');
    asked('bridge opening party');
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    const group = groupOf('bridge opening party');
    const outcome = session.accept({ groupId: group.id, entryId: 'opening', curatorKey: 'hash-1' });
    expect(outcome).toEqual({
      status: 'added',
      entryId: 'opening',
      entryQuestion: 'When does the harbour bridge open?',
      phrasing: 'bridge opening party',
      groupQuestions: ['bridge opening party'],
    });
    const after = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    expect(after.startsWith('# Curated by hand: keep this comment.\n')).toBe(true);
    expect(after.replace('      - bridge opening party\n', '')).toBe(before);
    const checked = prepareStory(storyDir, shippedLanguage());
    const answer = checked.ok && checked.value.engine.ask('bridge opening party');
    expect(answer && answer.status === 'answered' && answer.entry.id).toBe('opening');
    expect(queue().groups).toEqual([]);
    const store = openCurationStore({ path: ownDb, log });
    expect(store.readDecisions()).toMatchObject({
      ok: true,
      value: [{ action: 'accept', entryId: 'opening', curatorKey: 'hash-1' }],
    });
    store.close();
    // The same group pressed again (another curator's page): it is gone.
    expect(session.accept({ groupId: group.id, entryId: 'opening', curatorKey: 'hash-2' })).toEqual(
      {
        status: 'gone',
      },
    );
  });

  it('refuses what would break a check: file untouched, nothing recorded, the group stays', () => {
    asked('bridge cost');
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    const group = groupOf('bridge cost');
    const outcome = session.accept({ groupId: group.id, entryId: 'opening', curatorKey: 'hash-1' });
    expect(outcome).toMatchObject({
      status: 'refused',
      phrasing: 'bridge cost',
      reason: 'the knowledge would fail kb:check',
      problems: expect.arrayContaining([
        expect.objectContaining({
          entryId: 'opening',
          reason: '"bridge cost" is answered by entry cost',
        }),
      ]),
    });
    expect(readFileSync(join(storyDir, 'qa.yaml'), 'utf8')).toBe(before);
    expect(queue().groups.map((g) => g.representative)).toEqual(['bridge cost']);
    const store = openCurationStore({ path: ownDb, log });
    expect(store.readDecisions()).toEqual({ ok: true, value: [] });
    store.close();
  });

  it("marks a group as small talk of the story's own, records it as such, and the group leaves", () => {
    asked('Hiya mates!');
    asked('hiya mates');
    asked('when does it open');
    const review = queue();
    const group = groupOf('hiya mates');
    expect(review.likelySmallTalk).toEqual({ [group.id]: 'greeting' });
    expect(review.smallTalkKinds.find((k) => k.kind === 'greeting')?.examples).toEqual([
      'hi',
      'hii',
      'hey',
    ]);
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    expect(
      session.smallTalk({ groupId: group.id, kind: 'greeting', curatorKey: 'hash-1' }),
    ).toEqual({
      status: 'marked',
      kind: 'greeting',
      phrase: 'hiya mates',
      groupQuestions: ['hiya mates'],
    });
    const after = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    expect(after).toBe(`${before}\nsmall_talk:\n  greeting:\n    - hiya mates\n`);
    const checked = prepareStory(storyDir, shippedLanguage());
    const story = checked.ok ? checked.value.engine.story : undefined;
    expect(story && storySmallTalk(story, shippedLanguage()).kind('Hiya mates!')).toBe('greeting');
    expect(queue().groups.map((g) => g.representative)).toEqual(['when does it open']);
    const store = openCurationStore({ path: ownDb, log });
    expect(store.readDecisions()).toMatchObject({
      ok: true,
      value: [
        { action: 'small-talk', question: 'hiya mates', entryId: null, smallTalkKind: 'greeting' },
      ],
    });
    store.close();
    expect(
      session.smallTalk({ groupId: group.id, kind: 'greeting', curatorKey: 'hash-2' }),
    ).toEqual({ status: 'gone' });
  });

  it('refuses small talk that would capture a phrasing: file untouched, nothing recorded, the group stays', () => {
    asked('bridge cost');
    const before = readFileSync(join(storyDir, 'qa.yaml'), 'utf8');
    const group = groupOf('bridge cost');
    expect(
      session.smallTalk({ groupId: group.id, kind: 'acknowledgement', curatorKey: 'hash-1' }),
    ).toMatchObject({
      status: 'refused',
      phrase: 'bridge cost',
      reason: 'the knowledge would fail kb:check',
      problems: expect.arrayContaining([
        expect.objectContaining({
          entryId: 'cost',
          reason: expect.stringMatching(/^"bridge cost" is read as small talk \(acknowledgement/),
        }),
      ]),
    });
    expect(readFileSync(join(storyDir, 'qa.yaml'), 'utf8')).toBe(before);
    expect(queue().groups.map((g) => g.representative)).toEqual(['bridge cost']);
    const store = openCurationStore({ path: ownDb, log });
    expect(store.readDecisions()).toEqual({ ok: true, value: [] });
    store.close();
  });

  it('takes a group off the queue without writing when the story reads it as small talk already', () => {
    asked('howdy folks');
    const qa = join(storyDir, 'qa.yaml');
    writeFileSync(qa, `${readFileSync(qa, 'utf8')}small_talk:\n  greeting: [howdy folks]\n`);
    const before = readFileSync(qa, 'utf8');
    const group = groupOf('howdy folks');
    expect(session.smallTalk({ groupId: group.id, kind: 'praise', curatorKey: 'hash-1' })).toEqual({
      status: 'already',
      kind: 'greeting',
      phrase: 'howdy folks',
      groupQuestions: ['howdy folks'],
    });
    expect(readFileSync(qa, 'utf8')).toBe(before);
    expect(queue().groups).toEqual([]);
  });

  it('dismisses a group for 30 days; asked again after that, it comes back as a new group', () => {
    asked('who paid for the bridge');
    asked('who paid for the bridge', otherDb);
    const group = groupOf('who paid for the bridge');
    expect(session.dismiss({ groupId: group.id, curatorKey: 'hash-1' })).toEqual({
      status: 'dismissed',
      question: 'who paid for the bridge',
      hiddenUntil: '2024-05-31T00:00:00.000Z',
    });
    expect(queue().groups).toEqual([]);
    clock = new Date(clock.getTime() + 29 * DAY);
    asked('who paid for the bridge', otherDb);
    expect(queue().groups).toEqual([]);
    clock = new Date(clock.getTime() + 2 * DAY);
    asked('who paid for the bridge');
    expect(queue().groups).toMatchObject([{ representative: 'who paid for the bridge', count: 1 }]);
    expect(session.dismiss({ groupId: 'ffffffffffff', curatorKey: 'hash-1' })).toEqual({
      status: 'gone',
    });
  });

  it('says why when the knowledge on disk fails kb:check, and changes nothing', () => {
    asked('bridge opening party');
    const qa = join(storyDir, 'qa.yaml');
    writeFileSync(
      qa,
      readFileSync(qa, 'utf8').replaceAll('twice the first estimate', 'thrice the first estimate'),
    );
    const result = session.queue();
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('fails kb:check') });
    expect(
      session.accept({ groupId: 'ffffffffffff', entryId: 'opening', curatorKey: 'h' }),
    ).toMatchObject({
      status: 'failed',
    });
  });
});
