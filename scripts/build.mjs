// Bundles the bot's entry points into dist/ for `npm start`: plain Node runs them without a
// TypeScript loader in the process, which keeps a long-running bot's memory low.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts', 'src/discord/shardManagerMain.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules; only the project's own code is bundled.
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
