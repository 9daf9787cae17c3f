/**
 * The curation worker thread: owns the SQLite connection and writes the batches the bot queues,
 * so a slow or locked database costs this thread time, never the one that answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { portLogger } from '../workerThread.ts';
import type { CurationWorkerData, FromCurationWorker, ToCurationWorker } from './queueProtocol.ts';
import { openCurationStore } from './store.ts';

const port = parentPort;
if (!port) throw new Error('curationWorker.ts runs as a worker thread');
const { path, busyTimeoutMs } = workerData as CurationWorkerData;
const post = (message: FromCurationWorker): void => port.postMessage(message);

post({ type: 'opening' });
const store = openCurationStore({ path, log: portLogger(port), busyTimeoutMs });
post({ type: 'opened', enabled: store.enabled });
port.on('message', (message: ToCurationWorker) => {
  if (message.type === 'write') {
    post({ type: 'written', outcomes: store.writeBatch(message.batch) ?? null });
  } else {
    store.close();
    port.close();
  }
});
