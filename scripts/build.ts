// Bundles the bot's entry points into dist/ (or the folder given) for `npm start`: plain Node runs
// them without a TypeScript loader in the process, which keeps a long-running bot's memory low.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundleOptions.ts';

await build({
  ...NODE_BUNDLE,
  // Worker threads are entry points of their own, beside the modules that start them.
  entryPoints: [
    'src/main.ts',
    'src/discord/shardManagerMain.ts',
    'src/curation/curationWorker.ts',
    'src/knowledge/prepareWorker.ts',
    'src/curation/review/reviewWorker.ts',
  ],
  outbase: 'src',
  outdir: process.argv[2] ?? 'dist',
});
