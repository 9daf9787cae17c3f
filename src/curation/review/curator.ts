import type { AnswerEngine } from '../../answering/engine.ts';
import type { ReloadResult } from '../../knowledge/liveKnowledge.ts';
import type { Result } from '../../result.ts';
import { curatorKeyOf } from '../curatorKey.ts';
import type { AcceptOutcome, DismissOutcome, ReviewQueue, ReviewService } from './reviewTypes.ts';

/** What an accept came to, as a curator should hear it. */
export interface AcceptReport {
  readonly outcome: AcceptOutcome;
  /** The reload that put the edit live; absent when nothing was written or nothing reloads. */
  readonly reload?: ReloadResult;
  /** How the knowledge serving now answers each question of the group (null: not answered). */
  readonly answers: readonly { readonly question: string; readonly entryId: string | null }[];
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
  close(): Promise<void>;
}

export interface CuratorDeps {
  readonly review: ReviewService;
  /** Key for hashing curators (as for voters): the audit trail never holds a user id. */
  readonly secret: string;
  /** The engine serving now: which questions of a group it answers after an accept. */
  readonly engine: () => AnswerEngine;
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
    close: () => deps.review.close(),
  };
}
