/**
 * The review worker thread: builds the review queue, edits and checks the knowledge, and writes
 * decisions, so none of it (reading databases, grouping, every kb:check check) runs on the thread
 * that answers. Calls are answered one at a time, in order: two curators' accepts in one process
 * are applied one after the other (across processes, the knowledge's lock file orders them).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguagePack } from '../../knowledge/loadLanguage.ts';
import { formatProblem } from '../../knowledge/problem.ts';
import { err } from '../../result.ts';
import { portLogger } from '../../workerThread.ts';
import type {
  FromReviewWorker,
  ReviewReply,
  ReviewWorkerData,
  ToReviewWorker,
} from './reviewProtocol.ts';
import { openReviewSession } from './reviewSession.ts';

const port = parentPort;
if (!port) throw new Error('reviewWorker.ts runs as a worker thread');
const data = workerData as ReviewWorkerData;
// The worker reads the language data itself, as the reload worker does: one pack per thread.
const language = loadLanguagePack();
const session = language.ok
  ? openReviewSession({ ...data, language: language.value, log: portLogger(port) })
  : undefined;
const broken = language.ok
  ? ''
  : `the language data has problems: ${language.error.map(formatProblem).join('; ')}`;

port.on('message', (message: ToReviewWorker) => {
  if (message.type === 'close') {
    session?.close();
    port.close();
    return;
  }
  const { call } = message;
  let reply: ReviewReply;
  if (!session) {
    if (call.op === 'queue') reply = { op: 'queue', result: err(broken) };
    else reply = { op: call.op, result: { status: 'failed', reason: broken } };
  } else if (call.op === 'queue') reply = { op: 'queue', result: session.queue() };
  else if (call.op === 'accept') reply = { op: 'accept', result: session.accept(call.request) };
  else if (call.op === 'dismiss') reply = { op: 'dismiss', result: session.dismiss(call.request) };
  else reply = { op: 'smallTalk', result: session.smallTalk(call.request) };
  port.postMessage({ type: 'reply', id: message.id, reply } satisfies FromReviewWorker);
});
