import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CurationQueue, createCurationQueue } from '../../src/curation/curationQueue.ts';
import type { FeedbackRecord } from '../../src/curation/records.ts';
import { openCurationStore } from '../../src/curation/store.ts';
import { makeTempDir, questionRecord, recordingLogger } from './helpers.ts';
import { holdWriteLock } from './lockHolder.ts';

const WORKER = new URL('../../src/curation/curationWorker.ts', import.meta.url);

const vote = (answerKey: string): FeedbackRecord => ({
  answerKey,
  voterKey: 'salted-hash',
  entryId: 'summary',
  question: 'what happened',
  vote: 'down',
  origin: 'dm',
});

function count(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

async function until(condition: () => boolean): Promise<void> {
  await expect.poll(condition, { timeout: 10_000, interval: 20 }).toBe(true);
}

describe('the curation queue', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let queue: CurationQueue | undefined;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(async () => {
    await queue?.close();
    queue = undefined;
    temp.cleanup();
  });

  it('writes questions and votes from its worker thread, and says how each vote counted', async () => {
    const path = join(temp.dir, 'curation.sqlite');
    queue = createCurationQueue({ path, worker: WORKER, log: recordingLogger() });
    for (let i = 0; i < 20; i += 1) queue.recordQuestion(questionRecord({ question: `q${i}` }));
    expect(await queue.recordFeedback(vote('reply-1'))).toBe('counted');
    expect(await queue.recordFeedback(vote('reply-1'))).toBe('duplicate');
    await queue.close();
    expect(count(path, 'questions')).toBe(20);
    expect(count(path, 'feedback')).toBe(1);
  });

  it('keeps taking records while another process holds the lock, and writes them all once it is released', async () => {
    const path = join(temp.dir, 'curation.sqlite');
    openCurationStore({ path, log: recordingLogger() }).close();
    const lock = await holdWriteLock(path);
    const log = recordingLogger();
    queue = createCurationQueue({ path, worker: WORKER, log });
    const votes: Promise<string>[] = [];
    for (let i = 0; i < 100; i += 1) {
      queue.recordQuestion(questionRecord({ question: `locked ${i}` }));
      if (i % 10 === 0) votes.push(queue.recordFeedback(vote(`reply-${i}`)));
    }
    await until(() => queue?.state() === 'open');
    // Every record is waiting in the queue or in the worker's transaction; none is written yet.
    expect(queue.stats()).toEqual({ depth: 110, dropped: 0 });
    expect(count(path, 'questions')).toBe(0);
    await lock.release();
    expect(await Promise.all(votes)).toEqual(Array(10).fill('counted'));
    await until(() => queue?.stats().depth === 0);
    expect(count(path, 'questions')).toBe(100);
    expect(log.events.filter((e) => e.level !== 'debug')).toEqual([]);
  });

  it('drops what does not fit, counts it in the log and in the database for the report', async () => {
    const path = join(temp.dir, 'curation.sqlite');
    openCurationStore({ path, log: recordingLogger() }).close();
    const lock = await holdWriteLock(path);
    const log = recordingLogger();
    queue = createCurationQueue({ path, worker: WORKER, log, limits: { capacity: 10 } });
    for (let i = 0; i < 30; i += 1) queue.recordQuestion(questionRecord({ question: `q${i}` }));
    expect(await queue.recordFeedback(vote('reply-1'))).toBe('failed');
    expect(queue.stats()).toEqual({ depth: 10, dropped: 21 });
    expect(log.events.filter((e) => e.event === 'curation.dropped')[0]?.fields).toMatchObject({
      count: 1,
      total: 1,
      reason: 'the queue is full',
    });
    await lock.release();
    await queue.close();
    expect(count(path, 'questions')).toBe(10);
    const store = openCurationStore({ path, log, readonly: true });
    expect(store.readDroppedTotal()).toEqual({ ok: true, value: 21 });
    store.close();
  });

  it.each([
    ['a folder under /proc', () => '/proc/no-such-process/curation.sqlite', /ENOENT/],
    [
      'a file in place of a folder',
      () => {
        writeFileSync(join(temp.dir, 'plain-file'), 'x');
        return join(temp.dir, 'plain-file', 'curation.sqlite');
      },
      /is not a folder/,
    ],
  ])(
    'turns recording off with a clear warning for %s, and drops records quietly',
    async (_, pathOf, reason) => {
      const log = recordingLogger();
      queue = createCurationQueue({ path: pathOf(), worker: WORKER, log });
      await until(() => queue?.state() === 'disabled');
      expect(log.events.filter((e) => e.level === 'warn').map((e) => e.event)).toContain(
        'curation.open_failed',
      );
      expect(JSON.stringify(log.events)).toMatch(reason);
      queue.recordQuestion(questionRecord());
      expect(await queue.recordFeedback(vote('reply-1'))).toBe('failed');
    },
  );
});
