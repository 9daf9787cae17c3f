import type { ReviewSession } from './reviewSession.ts';
import type { ReviewService } from './reviewTypes.ts';

/** The review run on the caller's own thread: for the command-line tool, which answers no one. */
export function reviewInProcess(session: ReviewSession): ReviewService {
  return {
    queue: async () => session.queue(),
    accept: async (request) => session.accept(request),
    dismiss: async (request) => session.dismiss(request),
    smallTalk: async (request) => session.smallTalk(request),
    close: async () => session.close(),
  };
}
