import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

const example = parse(readFileSync(new URL('../.env.example', import.meta.url)));

describe('.env.example', () => {
  it('is a valid configuration as it stands (console mode: no token)', () => {
    const config = parseConfig(example);
    expect(config.ok, JSON.stringify(config)).toBe(true);
  });

  it('documents every variable the configuration reads', () => {
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const read = [...source.matchAll(/^\s{2}([A-Z][A-Z_]+):/gm)].map((m) => m[1] ?? '');
    // Set by the ShardingManager for its shard processes, not by people.
    const internal = new Set(['SHARDING_MANAGER', 'SHARDS', 'SHARD_COUNT']);
    for (const name of read.filter((n) => !internal.has(n)))
      expect(Object.keys(example), name).toContain(name);
  });
});
