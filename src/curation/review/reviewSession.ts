import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SmallTalkKind } from '../../answering/language/conversationSchema.ts';
import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { storySmallTalk } from '../../conversation/storySmallTalk.ts';
import { addPhrasing } from '../../knowledge/edit/addPhrasing.ts';
import { cleanPhrasing, type EditRefused } from '../../knowledge/edit/editQaFile.ts';
import type { FileLockOptions } from '../../knowledge/edit/fileLock.ts';
import { markSmallTalk } from '../../knowledge/edit/markSmallTalk.ts';
import type { KnowledgeProblem } from '../../knowledge/problem.ts';
import type { Logger } from '../../logger.ts';
import { err, ok, type Result } from '../../result.ts';
import { DECISIONS } from '../decisions.ts';
import { buildReport, mergeReportInputs, type ReportInput, readReportInput } from '../report.ts';
import { loadReportInput } from '../reportCli.ts';
import type { QuestionGroup } from '../reportTypes.ts';
import { type CurationStore, openCurationStore } from '../store.ts';
import { diskEngine } from './diskEngine.ts';
import type {
  AcceptOutcome,
  AcceptRequest,
  DismissOutcome,
  DismissRequest,
  ReviewQueue,
  SmallTalkChoice,
  SmallTalkOutcome,
  SmallTalkRequest,
} from './reviewTypes.ts';

/** How much the review reads and shows; one frozen place to tune it. */
export const REVIEW = Object.freeze({
  /** Groups in the queue; past this the oldest, least asked ones wait for the next review. */
  maxGroups: 1000,
  /** Other phrasings kept per group (the most asked ones). */
  examples: 5,
  /** 👎 entries listed, and the questions kept for each. */
  dislikedEntries: 100,
  downQuestions: 5,
  /** Phrases of the language shown for each kind of small talk. */
  smallTalkExamples: 3,
});

export interface ReviewSessionOptions {
  /** The story folder whose `qa.yaml` accepted phrasings go into. */
  readonly storyDir: string;
  /** The language the engine reads questions in (as the bot's). */
  readonly language: LanguagePack;
  /** This host's curation database: read, and where decisions are written. */
  readonly ownDb: string;
  /** Further databases to review with it (copies from other hosts), read only. */
  readonly otherDbs: readonly string[];
  readonly log: Logger;
  readonly now?: () => Date;
  readonly lock?: FileLockOptions;
}

/** The review's operations, synchronous: run them in a worker thread or a command-line tool. */
export interface ReviewSession {
  queue(): Result<ReviewQueue, string>;
  accept(request: AcceptRequest): AcceptOutcome;
  dismiss(request: DismissRequest): DismissOutcome;
  smallTalk(request: SmallTalkRequest): SmallTalkOutcome;
  close(): void;
}

/**
 * Opens a review of the questions recorded in this host's database and the others given, judged
 * against the knowledge on disk (loaded and checked once, again whenever its files change).
 */
export function openReviewSession(options: ReviewSessionOptions): ReviewSession {
  const { log, storyDir } = options;
  const now = options.now ?? (() => new Date());
  let own: CurationStore | undefined;

  const ownStore = (): CurationStore => {
    own ??= openCurationStore({ path: options.ownDb, log, now });
    return own;
  };

  const { language } = options;
  const engine = diskEngine(storyDir, language);
  const smallTalkKinds: readonly SmallTalkChoice[] = language.smallTalk.kinds.map((k) => ({
    kind: k.kind,
    examples: k.phrases.slice(0, REVIEW.smallTalkExamples).map((words) => words.join(' ')),
  }));

  const others = otherPaths(options.ownDb, options.otherDbs);
  const queue = (): Result<ReviewQueue, string> => {
    const current = engine();
    if (!current.ok) return current;
    const store = ownStore();
    if (!store.enabled) return err(`cannot open the curation database ${options.ownDb}`);
    const ownInput = readReportInput(store);
    if (!ownInput.ok) return err(`cannot read ${options.ownDb}: ${ownInput.error}`);
    const inputs: ReportInput[] = [ownInput.value];
    const unreadable: string[] = [];
    for (const path of others) {
      const input = existsSync(path) ? loadReportInput(path, log) : err('no such file');
      if (input.ok) inputs.push(input.value);
      else {
        unreadable.push(`${path}: ${input.error}`);
        log.warn('curation.review_unreadable', { path, reason: input.error });
      }
    }
    const report = buildReport(mergeReportInputs(inputs), current.value, {
      groups: REVIEW.maxGroups,
      examples: REVIEW.examples,
      entries: REVIEW.dislikedEntries,
      downQuestions: REVIEW.downQuestions,
      now,
    });
    const talk = storySmallTalk(current.value.story, language);
    const likelySmallTalk: Record<string, SmallTalkKind> = {};
    for (const group of report.unanswered) {
      const kind = talk.reader.likely(talk.words(group.representative));
      if (kind) likelySmallTalk[group.id] = kind;
    }
    return ok({
      story: report.story,
      generatedAt: report.generatedAt,
      groups: report.unanswered,
      disliked: report.disliked,
      totals: report.totals,
      databases: inputs.length,
      unreadable,
      smallTalkKinds,
      likelySmallTalk,
    });
  };

  const findGroup = (groupId: string): Result<QuestionGroup | undefined, string> => {
    const current = queue();
    return current.ok ? ok(current.value.groups.find((g) => g.id === groupId)) : current;
  };

  return {
    queue,
    accept(request) {
      const started = performance.now();
      const found = findGroup(request.groupId);
      if (!found.ok) return { status: 'failed', reason: found.error };
      const group = found.value;
      if (!group) return { status: 'gone' };
      const added = addPhrasing(storyDir, language, request.entryId, group.representative, {
        ...(options.lock && { lock: options.lock }),
      });
      if (!added.ok) {
        const refusal = refused(added.error);
        return refusal.status === 'failed'
          ? refusal
          : { ...refusal, phrasing: group.representative };
      }
      // The new knowledge is loaded again on the next review (its files' stamp has changed): another
      // process may have edited it since, and the cache must not miss that edit.
      const { prepared, phrasing, status } = added.value;
      const current = prepared ? undefined : engine();
      const entryQuestion =
        (prepared?.engine ?? (current?.ok ? current.value : undefined))?.entry(request.entryId)
          ?.question ?? request.entryId;
      const decision = ownStore().recordDecision({
        action: 'accept',
        question: phrasing,
        entryId: request.entryId,
        curatorKey: request.curatorKey,
        phrasings: group.phrasings,
        hideForMs: 0,
      });
      log.info('curation.accepted', {
        entryId: request.entryId,
        status,
        audit: decision.ok,
        // Reading the queue, the edit under the lock, every check, the write and the decision.
        ms: Math.round(performance.now() - started),
      });
      return {
        status,
        entryId: request.entryId,
        entryQuestion,
        phrasing,
        groupQuestions: [group.representative, ...group.examples],
        ...(!decision.ok && { auditProblem: decision.error }),
      };
    },
    dismiss(request) {
      const found = findGroup(request.groupId);
      if (!found.ok) return { status: 'failed', reason: found.error };
      const group = found.value;
      if (!group) return { status: 'gone' };
      const decision = ownStore().recordDecision({
        action: 'dismiss',
        question: group.representative,
        entryId: null,
        curatorKey: request.curatorKey,
        phrasings: group.phrasings,
        hideForMs: DECISIONS.dismissForMs,
      });
      if (!decision.ok) return { status: 'failed', reason: decision.error };
      log.info('curation.dismissed', { questions: group.count });
      return {
        status: 'dismissed',
        question: group.representative,
        hiddenUntil: decision.value.hiddenUntil,
      };
    },
    smallTalk(request) {
      const started = performance.now();
      const found = findGroup(request.groupId);
      if (!found.ok) return { status: 'failed', reason: found.error };
      const group = found.value;
      if (!group) return { status: 'gone' };
      const current = engine();
      if (!current.ok) return { status: 'failed', reason: current.error };
      // Read as small talk already (marked meanwhile, or the language has it now): nothing to write.
      const already = storySmallTalk(current.value.story, language).kind(group.representative);
      let status: 'marked' | 'already' = 'already';
      let kind = already ?? request.kind;
      let phrase = cleanPhrasing(group.representative);
      if (already === undefined) {
        const marked = markSmallTalk(storyDir, language, request.kind, group.representative, {
          ...(options.lock && { lock: options.lock }),
        });
        if (!marked.ok) {
          const refusal = refused(marked.error);
          return refusal.status === 'failed'
            ? refusal
            : { ...refusal, phrase: group.representative };
        }
        status = marked.value.status === 'added' ? 'marked' : 'already';
        kind = marked.value.kind;
        phrase = marked.value.phrase;
      }
      const decision = ownStore().recordDecision({
        action: 'small-talk',
        question: phrase,
        entryId: null,
        smallTalkKind: kind,
        curatorKey: request.curatorKey,
        phrasings: group.phrasings,
        hideForMs: 0,
      });
      log.info('curation.small_talk', {
        kind,
        status,
        audit: decision.ok,
        ms: Math.round(performance.now() - started),
      });
      return {
        status,
        kind,
        phrase,
        groupQuestions: [group.representative, ...group.examples],
        ...(!decision.ok && { auditProblem: decision.error }),
      };
    },
    close() {
      own?.close();
      own = undefined;
    },
  };
}

/** An edit refused, as the review reports it: failed (in the way), or refused with its reason. */
function refused(refusal: EditRefused):
  | { readonly status: 'failed'; readonly reason: string }
  | {
      readonly status: 'refused';
      readonly reason: string;
      readonly problems: readonly KnowledgeProblem[];
    } {
  if (refusal.kind === 'failed') return { status: 'failed', reason: refusal.reason };
  return {
    status: 'refused',
    reason: refusal.kind === 'invalid' ? refusal.reason : 'the knowledge would fail kb:check',
    problems: refusal.kind === 'checks' ? refusal.problems : [],
  };
}

/** The other databases, without this host's own (named twice, or through another path). */
function otherPaths(own: string, others: readonly string[]): string[] {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const seen = new Set([real(own)]);
  return others.filter((path) => {
    const key = real(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
