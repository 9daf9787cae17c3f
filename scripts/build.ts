// Bundles the bot's entry points into dist/ for `npm start`: plain Node runs them without a
// TypeScript loader in the process, which keeps a long-running bot's memory low.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './bundleOptions.ts';

await build({
  ...NODE_BUNDLE,
  entryPoints: ['src/main.ts', 'src/discord/shardManagerMain.ts'],
  outbase: 'src',
  outdir: 'dist',
});
