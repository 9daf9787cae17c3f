import type { Answer } from './answering/answer.ts';
import type { AnswerEngine } from './answering/engine.ts';
import type { Turn } from './conversation/turn.ts';
import type { FrontEnd } from './frontEnd.ts';
import type { Logger } from './logger.ts';

/** How much of a question a debug line repeats. */
const LOGGED_QUESTION_LENGTH = 500;

/**
 * At `LOG_LEVEL=debug`, one line per question on how the engine read and ranked it: the question
 * itself (and, in a conversation, the question it was read as), its terms (word→stem×weight, `?` for words the knowledge never uses), the entries ranked
 * first with their scores, and the outcome. Question text is logged at debug only, never at info.
 */
export function logReading(
  log: Logger,
  engine: Pick<AnswerEngine, 'explain'>,
  answer: Answer,
  frontEnd: FrontEnd,
  conversation?: { readonly reading: string; readonly readAs: string },
): void {
  if (!log.enabled('debug')) return;
  // An empty or over-long question is not searched: there is no reading to show.
  const searched = answer.status === 'answered' || answer.reason === 'not-covered';
  const reading = searched ? engine.explain(conversation?.readAs ?? answer.question) : undefined;
  log.debug('question.read', {
    frontEnd,
    question: answer.question.slice(0, LOGGED_QUESTION_LENGTH),
    terms: reading?.terms
      .map((t) => `${t.word}→${t.stem}×${t.weight}${t.known ? '' : '?'}`)
      .join(' '),
    ranking: reading?.ranking.map((r) => `${r.id}:${r.score}`).join(' '),
    status: answer.status,
    ...(answer.status === 'answered'
      ? { entry: answer.entry.id, verdict: answer.verdict }
      : { reason: answer.reason }),
    confidence: Math.round(answer.confidence * 1000) / 1000,
    suggestions: answer.suggestions.map((s) => s.id).join(' '),
    ...(conversation && {
      reading: conversation.reading,
      readAs: conversation.readAs.slice(0, LOGGED_QUESTION_LENGTH),
    }),
  });
}

/**
 * At `LOG_LEVEL=debug`, the line of `logReading` for an answer, with how the conversation read
 * it (on its own, in context, as "tell me more"); for any other turn, what kind it was.
 */
export function logTurn(
  log: Logger,
  engine: Pick<AnswerEngine, 'explain'>,
  turn: Turn,
  frontEnd: FrontEnd,
): void {
  if (!log.enabled('debug')) return;
  if (turn.kind === 'answer') {
    logReading(log, engine, turn.answer, frontEnd, turn);
    return;
  }
  log.debug('question.read', {
    frontEnd,
    question: turn.question.slice(0, LOGGED_QUESTION_LENGTH),
    turn: turn.kind,
    ...(turn.kind === 'small-talk' && { talk: turn.talk }),
    ...(turn.kind === 'sources' && { entry: turn.answer.entry.id }),
  });
}
