import type { BuildOptions } from 'esbuild';

/**
 * How the bot is bundled for plain Node: ESM, the project's own code bundled, dependencies left
 * in node_modules. Shared by the build and by the benchmark, so the bench measures the bot the
 * way `npm start` runs it.
 */
export const NODE_BUNDLE = Object.freeze({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // A dynamic import stays a real one (a chunk of its own): the entry point runs its first lines,
  // such as the SIGHUP handler, before the bot's modules and dependencies load.
  splitting: true,
  sourcemap: true,
  logLevel: 'warning',
} as const satisfies BuildOptions);
