import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/bundleOptions.ts';

/** How `npm start` runs the bot: a bundle under plain node, with these node flags. */
export interface ProductionRuntime {
  readonly nodeFlags: readonly string[];
  /** Where the flags were read from, printed with the figures so a mismatch shows. */
  readonly source: string;
}

const PACKAGE_JSON = new URL('../package.json', import.meta.url);
/** Bundles of the bench processes; bench/.gitignore keeps them out of the repository. */
const OUT_DIR = fileURLToPath(new URL('./.build/', import.meta.url));

/**
 * The node flags of the start script (`node <flags> dist/main.js`), read rather than copied,
 * so the bot is measured the way it is deployed even after the start script changes.
 */
export function productionRuntime(): ProductionRuntime {
  const scripts = (
    JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { scripts?: Record<string, string> }
  ).scripts;
  const start = scripts?.start ?? '';
  const match = /\bnode((?:\s+--\S+)*)\s+dist\/main\.js/.exec(start);
  if (!match)
    return { nodeFlags: [], source: `no "node … dist/main.js" in the start script (${start})` };
  return {
    nodeFlags: (match[1] ?? '').trim().split(/\s+/).filter(Boolean),
    source: 'the start script of package.json',
  };
}

/**
 * Bundles bench process entry points as scripts/build.ts bundles the bot (esbuild, ESM,
 * dependencies left in node_modules), so they run under plain node like `npm start` does:
 * no TypeScript loader in the process, whose own thread would add tens of MB to the RSS.
 * Returns the bundle of each entry, by the entry's name.
 */
export async function bundleForNode(entries: readonly string[]): Promise<Map<string, string>> {
  await build({
    ...NODE_BUNDLE,
    entryPoints: entries.map((entry) => fileURLToPath(new URL(entry, import.meta.url))),
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
  });
  return new Map(
    entries.map((entry) => [
      entry,
      `${OUT_DIR}${entry.replace(/^\.\//, '').replace(/\.ts$/, '.mjs')}`,
    ]),
  );
}
