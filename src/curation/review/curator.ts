import type { AnswerEngine } from '../../answering/engine.ts';
import type { SmallTalkKind } from '../../answering/language/conversationSchema.ts';
import type { LanguagePack } from '../../answering/language/languagePack.ts';
import { storySmallTalk } from '../../conversation/storySmallTalk.ts';
import type { ReloadResult } from '../../knowledge/liveKnowledge.ts';
import type { Result } from '../../result.ts';
import { curatorKeyOf } from '../curatorKey.ts';
import type {
  AcceptOutcome,
  DismissOutcome,
  ReviewQueue,
  ReviewService,
  SmallTalkOutcome,
} from './reviewTypes.ts';

/** What an accept came to, as a curator should hear it. */
export interface AcceptReport {
  readonly outcome: AcceptOutcome;
  /** The reload that put the edit live; absent when nothing was written or nothing reloads. */
  readonly reload?: ReloadResult;
  /** How the knowledge serving now answers each question of the group (null: not answered). */
  readonly answers: readonly { readonly question: string; readonly entryId: string | null }[];
}

/** What marking a group as small talk came to, as a curator should hear it. */
export interface SmallTalkReport {
  readonly outcome: SmallTalkOutcome;
  /** The reload that put the edit live; absent when nothing was written or nothing reloads. */
  readonly reload?: ReloadResult;
  /** How the knowledge serving now reads each question of the group (null: not as small talk). */
  readonly readings: readonly {
    readonly question: string;
    readonly kind: SmallTalkKind | null;
  }[];
}

/** The review as front ends use it: who is curating goes in, a keyed hash of them is recorded. */
export interface Curator {
  queue(): Promise<Result<ReviewQueue, string>>;
  /** Adds the group's most asked phrasing to the entry, checked; then reloads, if wired. */
  accept(request: {
    readonly groupId: string;
    readonly entryId: string;
    readonly curatorId: string;
  }): Promise<AcceptReport>;
  dismiss(request: {
    readonly groupId: string;
    readonly curatorId: string;
  }): Promise<DismissOutcome>;
  /** Adds the group's most asked phrasing to the story's small talk, checked; then reloads, if wired. */
  smallTalk(request: {
    readonly groupId: string;
    readonly kind: SmallTalkKind;
    readonly curatorId: string;
  }): Promise<SmallTalkReport>;
  close(): Promise<void>;
}

export interface CuratorDeps {
  readonly review: ReviewService;
  /** Key for hashing curators (as for voters): the audit trail never holds a user id. */
  readonly secret: string;
  /** The engine serving now: which questions of a group it answers after an accept. */
  readonly engine: () => AnswerEngine;
  /** The language the bot converses in: how it reads a group's questions after they are marked. */
  readonly language: LanguagePack;
  /** Reloads the knowledge served (checked, swapped in atomically); absent in the command line. */
  readonly reload?: (reason: string) => Promise<ReloadResult>;
}

/** The one curator behind `/curate` and `npm run curate`. */
export function createCurator(deps: CuratorDeps): Curator {
  const keyOf = (curatorId: string): string => curatorKeyOf({ secret: deps.secret, curatorId });
  return {
    queue: () => deps.review.queue(),
    async accept({ groupId, entryId, curatorId }) {
      const outcome = await deps.review.accept({
        groupId,
        entryId,
        curatorKey: keyOf(curatorId),
      });
      const reload =
        outcome.status === 'added' && deps.reload
          ? await deps.reload(`curation: a phrasing added to ${entryId}`)
          : undefined;
      const questions =
        outcome.status === 'added' || outcome.status === 'already' ? outcome.groupQuestions : [];
      const engine = deps.engine();
      const answers = questions.map((question) => {
        const answer = engine.ask(question);
        return { question, entryId: answer.status === 'answered' ? answer.entry.id : null };
      });
      return { outcome, ...(reload && { reload }), answers };
    },
    dismiss: ({ groupId, curatorId }) =>
      deps.review.dismiss({ groupId, curatorKey: keyOf(curatorId) }),
    async smallTalk({ groupId, kind, curatorId }) {
      const outcome = await deps.review.smallTalk({ groupId, kind, curatorKey: keyOf(curatorId) });
      const reload =
        outcome.status === 'marked' && deps.reload
          ? await deps.reload(`curation: small talk (${outcome.kind}) added`)
          : undefined;
      const questions =
        outcome.status === 'marked' || outcome.status === 'already' ? outcome.groupQuestions : [];
      const talk = storySmallTalk(deps.engine().story, deps.language);
      const readings = questions.map((question) => ({
        question,
        kind: talk.kind(question) ?? null,
      }));
      return { outcome, ...(reload && { reload }), readings };
    },
    close: () => deps.review.close(),
  };
}
