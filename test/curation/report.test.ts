import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/answering/normalizeText.ts';
import { DECISIONS } from '../../src/curation/decisions.ts';
import type { FeedbackRecord } from '../../src/curation/records.ts';
import {
  NOTHING_RECORDED,
  renderReportJson,
  renderReportText,
} from '../../src/curation/renderReport.ts';
import {
  buildReport,
  type CurationReport,
  mergeReportInputs,
  readReportInput,
} from '../../src/curation/report.ts';
import { type CurationStore, openCurationStore } from '../../src/curation/store.ts';
import { shippedEngine } from '../storyFixture.ts';
import { makeTempDir, recordingLogger, steppingClock } from './helpers.ts';

const FIXED_NOW = (): Date => new Date('2024-06-01T12:00:00.000Z');

describe('curation report', () => {
  const engine = shippedEngine();
  let temp: ReturnType<typeof makeTempDir>;
  let store: CurationStore;

  beforeEach(() => {
    temp = makeTempDir();
    store = openCurationStore({
      path: join(temp.dir, 'curation.sqlite'),
      log: recordingLogger(),
      now: steppingClock(new Date('2024-05-01T00:00:00.000Z'), 60_000),
    });
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  /** Records questions as the bot would: with the engine's verdict on each. */
  function ask(...questions: string[]): void {
    for (const question of questions) {
      const answer = engine.ask(question);
      store.recordQuestion({
        question,
        normalized: normalizeText(question),
        status: answer.status,
        bestEntryId: answer.status === 'answered' ? answer.entry.id : null,
        confidence: answer.confidence,
        origin: 'guild',
      });
    }
  }

  function vote(entryId: string, question: string, v: 'up' | 'down', voter: string): void {
    const record: FeedbackRecord = {
      answerKey: `reply-${entryId}-${question}`,
      voterKey: `hash-${voter}`,
      entryId,
      question,
      vote: v,
      origin: 'guild',
    };
    store.recordFeedback(record);
  }

  function report(options: { groups?: number } = {}): CurationReport {
    const input = readReportInput(store);
    if (!input.ok) throw new Error(input.error);
    return buildReport(input.value, engine, { now: FIXED_NOW, ...options });
  }

  it('groups similar unanswered questions and names the entry each comes closest to', () => {
    ask(
      'what did elton eat for breakfast',
      'What did Elton have for breakfast?',
      'elton breakfast??',
      'what did elton eat for breakfast',
      'is putin married',
      'putin married?',
      'how old is putin',
    );
    const { unanswered, totals } = report();
    expect(totals).toEqual({ questions: 7, groups: 3, decided: 0, up: 0, down: 0, dropped: 0 });

    const breakfast = unanswered[0];
    expect(breakfast?.count).toBe(4);
    expect(breakfast?.representative).toBe('what did elton eat for breakfast');
    expect([...(breakfast?.examples ?? [])].sort()).toEqual([
      'What did Elton have for breakfast?',
      'elton breakfast??',
    ]);
    const top = engine.explain('what did elton eat for breakfast').ranking[0];
    expect(breakfast?.nearest).toEqual({
      id: top?.id,
      question: engine.entry(top?.id ?? '')?.question,
      confidence: top?.score,
    });
    expect(breakfast?.answeredNow).toBe(false);

    expect(unanswered[1]?.count).toBe(2);
    expect(unanswered[1]?.representative).toMatch(/married/);
    // A different person is a different question.
    expect(unanswered[2]).toMatchObject({
      count: 1,
      representative: 'how old is putin',
      examples: [],
    });
  });

  it('flags a group the current knowledge now answers', () => {
    const covered = engine.story.entries[0]?.question ?? '';
    ask(covered);
    expect(report().unanswered[0]).toMatchObject({
      representative: covered,
      answeredNow: true,
      nearest: { id: engine.story.entries[0]?.id },
    });
  });

  it('lists the entries with the most 👎 with the questions behind them', () => {
    vote('summary', 'what happened??', 'down', 'a');
    vote('summary', 'tell me what happened', 'down', 'b');
    vote('summary', 'what happened??', 'up', 'c');
    vote('call-topic', 'why the call', 'down', 'a');
    vote('call-topic', 'why the call', 'up', 'b');
    vote('call-topic', 'why the call', 'up', 'd');
    vote('removed-entry', 'old', 'down', 'a');
    vote('who-putin', 'who is putin', 'up', 'a');
    const { disliked, totals } = report();
    expect(totals).toMatchObject({ up: 4, down: 4 });
    expect(disliked.map((d) => [d.entryId, d.down, d.up])).toEqual([
      ['summary', 2, 1],
      ['removed-entry', 1, 0],
      ['call-topic', 1, 2],
    ]);
    expect(disliked[0]?.downQuestions).toEqual(['tell me what happened', 'what happened??']);
    expect(disliked[0]?.question).toBe(engine.entry('summary')?.question);
    expect(disliked[1]?.question).toBeNull();
  });

  it('renders plain text a curator can act on', () => {
    ask(
      'what did elton eat for breakfast',
      'what did elton eat for breakfast',
      'elton breakfast??',
      'is putin married',
    );
    vote('summary', 'what happened with the piano', 'down', 'a');
    const text = renderReportText(report());
    const nearest = engine.explain('what did elton eat for breakfast').ranking[0]?.id;
    expect(text).toContain('Curation report for elton-putin-call, 2024-06-01T12:00:00.000Z');
    expect(text).toContain('4 questions recorded without a good answer, in 2 groups');
    expect(text).toContain('3× "what did elton eat for breakfast"');
    expect(text).toContain('also: "elton breakfast??"');
    expect(text).toContain(`nearest: ${nearest} `);
    expect(text).toContain('1. summary');
    expect(text).toContain('👎 after: "what happened with the piano"');
  });

  it('renders the same report as JSON', () => {
    ask('is putin married');
    vote('summary', 'what happened', 'down', 'a');
    const built = report();
    expect(JSON.parse(renderReportJson(built))).toEqual(built);
  });

  it('shows hostile text inert: escaped, cut to length, one line each', () => {
    ask('\u001b[2J\u001b[31mwhy\r\nFAKE LINE \u202Eevil\u0000', 'x'.repeat(10_000));
    const text = renderReportText(report());
    const unsafe = [...text].filter((c) => (c < ' ' && c !== '\n') || c === '\u202E');
    expect(unsafe).toEqual([]);
    expect(text).toContain('\\u001b[2J\\u001b[31mwhy\\r\\nFAKE LINE \\u202eevil\\u0000');
    expect(text).toContain(`"${'x'.repeat(160)}…"`);
    expect(text.length).toBeLessThan(2000);
  });

  it('keeps to the number of groups asked for', () => {
    ask('is putin married', 'how old is putin', 'what did elton eat for breakfast');
    const built = report({ groups: 2 });
    expect(built.unanswered).toHaveLength(2);
    expect(built.totals.groups).toBe(3);
  });

  it('says nothing was recorded yet when there is nothing', () => {
    const built = report();
    expect(built).toMatchObject({ unanswered: [], disliked: [], totals: { questions: 0 } });
    expect(renderReportText(built)).toBe(NOTHING_RECORDED);
  });

  it('counts the records the bot had to drop', () => {
    ask('is putin married');
    store.writeBatch({ questions: [], votes: [], dropped: 7 });
    store.writeBatch({ questions: [], votes: [], dropped: 5 });
    const built = report();
    expect(built.totals.dropped).toBe(12);
    expect(renderReportText(built)).toContain('12 records were dropped');
  });

  it('leaves out what a curator dismissed, until it is asked again after the quiet time', () => {
    ask('is putin married', 'putin married?', 'how old is putin');
    const married = report().unanswered.find((g) => /married/.test(g.representative));
    if (!married) throw new Error('no group');
    store.recordDecision({
      action: 'dismiss',
      question: married.representative,
      entryId: null,
      curatorKey: 'curator-hash',
      phrasings: married.phrasings,
      hideForMs: DECISIONS.dismissForMs,
    });
    // Asked again a few minutes later: still dismissed.
    ask('is putin married');
    let built = report();
    expect(built.unanswered.map((g) => g.representative)).toEqual(['how old is putin']);
    expect(built.totals).toMatchObject({ questions: 4, decided: 3, groups: 1 });
    expect(built.decisions).toEqual([
      expect.objectContaining({ action: 'dismiss', question: married.representative }),
    ]);
    expect(renderReportText(built)).toMatch(
      /dismissed "(is putin married|putin married\?)" until 2024-05-31 \(curator curator-\)/,
    );

    // Asked again after the 30 days: a new group, of the new questions only.
    const later = openCurationStore({
      path: join(temp.dir, 'curation.sqlite'),
      log: recordingLogger(),
      now: () => new Date('2024-06-15T00:00:00.000Z'),
    });
    later.recordQuestion({ ...recordOf('is putin married'), origin: 'dm' });
    later.close();
    built = report();
    expect(built.unanswered.find((g) => /married/.test(g.representative))).toMatchObject({
      count: 1,
      origins: { guild: 0, dm: 1, console: 0 },
    });
  });

  it('leaves out the questions asked before a phrasing was accepted, not those after', () => {
    ask('what did elton eat for breakfast', 'elton breakfast??');
    const group = report().unanswered[0];
    if (!group) throw new Error('no group');
    store.recordDecision({
      action: 'accept',
      question: group.representative,
      entryId: 'who-elton-john',
      curatorKey: 'curator-hash',
      phrasings: group.phrasings,
      hideForMs: 0,
    });
    expect(report().unanswered).toEqual([]);
    ask('elton breakfast??');
    expect(report().unanswered).toMatchObject([{ count: 1, representative: 'elton breakfast??' }]);
    expect(renderReportText(report())).toContain(
      `added "${group.representative}" as a phrasing of who-elton-john`,
    );
  });

  it('shows a group marked as small talk among the decisions, and leaves its questions out', () => {
    ask('hiya mates', 'hiya mates!!');
    const group = report().unanswered[0];
    if (!group) throw new Error('no group');
    store.recordDecision({
      action: 'small-talk',
      question: 'hiya mates',
      entryId: null,
      smallTalkKind: 'greeting',
      curatorKey: 'curator-hash',
      phrasings: group.phrasings,
      hideForMs: 0,
    });
    const built = report();
    expect(built.unanswered).toEqual([]);
    expect(built.decisions).toEqual([
      expect.objectContaining({ action: 'small-talk', smallTalkKind: 'greeting', entryId: null }),
    ]);
    expect(renderReportText(built)).toMatch(
      /Z marked "hiya mates" as small talk \(greeting\) \(curator curator-\)/,
    );
  });

  it('merges the databases of several hosts: rows, drops, and decisions across them', () => {
    ask('is putin married', 'how old is putin');
    store.writeBatch({ questions: [], votes: [], dropped: 2 });
    const other = openCurationStore({
      path: join(temp.dir, 'other.sqlite'),
      log: recordingLogger(),
      now: steppingClock(new Date('2024-05-02T00:00:00.000Z'), 60_000),
    });
    other.recordQuestion(recordOf('putin married?'));
    other.recordQuestion(recordOf('how old is putin'));
    other.writeBatch({ questions: [], votes: [], dropped: 3 });
    // A decision taken on this host hides the other host's questions of that phrasing too.
    other.recordDecision({
      action: 'dismiss',
      question: 'how old is putin',
      entryId: null,
      curatorKey: 'curator-hash',
      phrasings: [normalizeText('how old is putin')],
      hideForMs: DECISIONS.dismissForMs,
    });
    const inputs = [readReportInput(store), readReportInput(other)].map((input) => {
      if (!input.ok) throw new Error(input.error);
      return input.value;
    });
    other.close();
    const merged = mergeReportInputs(inputs);
    expect(merged.questions.map((q) => q.at)).toEqual(
      [...merged.questions.map((q) => q.at)].sort().reverse(),
    );
    const built = buildReport(merged, engine, { now: FIXED_NOW });
    expect(built.totals).toMatchObject({ questions: 4, decided: 2, dropped: 5, groups: 1 });
    expect(built.unanswered).toMatchObject([
      { count: 2, representative: expect.stringMatching(/married/) },
    ]);
  });
});

function recordOf(question: string) {
  return {
    question,
    normalized: normalizeText(question),
    status: 'unknown' as const,
    bestEntryId: null,
    confidence: 0.1,
    origin: 'guild' as const,
  };
}
