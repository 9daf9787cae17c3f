/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console chat.
 * The SIGHUP handler goes in first, before the bot's modules load (they take a while, and an
 * unhandled SIGHUP would kill the process); then `appMain.ts` wires the parts together.
 */
import { listenForReloads } from './reloadSignal.ts';

const reloads = listenForReloads();
// Worker threads are files beside this one: src/…/*.ts from source, dist/…/*.js bundled.
const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const { startApp } = await import('./appMain.ts');
await startApp({
  reloads,
  workers: {
    curation: new URL(`./curation/curationWorker.${extension}`, import.meta.url),
    prepare: new URL(`./knowledge/prepareWorker.${extension}`, import.meta.url),
    review: new URL(`./curation/review/reviewWorker.${extension}`, import.meta.url),
  },
});
