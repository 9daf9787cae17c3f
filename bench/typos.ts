import type { Rng } from './rng.ts';

/** Keys next to each other on a QWERTY keyboard: the usual slip of a finger. */
const NEIGHBOURS: Readonly<Record<string, string>> = Object.freeze({
  a: 'qsz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
});

/**
 * One typing mistake in a word: swapped, dropped, doubled or neighbouring letter. The first
 * letter is kept, as it is in most real typos; short words are left alone.
 */
export function typo(word: string, rng: Rng): string {
  if (word.length < 4) return word;
  const at = 1 + rng.int(word.length - 2);
  const letter = word[at] ?? '';
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, at) + (word[at + 1] ?? '') + letter + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default: {
      const near = NEIGHBOURS[letter];
      return near ? word.slice(0, at) + rng.pick([...near]) + word.slice(at + 1) : word;
    }
  }
}

/** A text as people type it in chat: often lower-case, often without the question mark. */
export function casually(text: string, rng: Rng): string {
  let out = rng.chance(0.6) ? text.toLowerCase() : text;
  if (rng.chance(0.5)) out = out.replace(/[?.!]+$/, '');
  return out;
}
