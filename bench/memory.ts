/** `global.gc` when node runs with --expose-gc; the children of the bench always do. */
const collect = (globalThis as { gc?: () => void }).gc;

export const GC_EXPOSED = collect !== undefined;

/** Collects garbage twice: the first pass can leave objects that only the second frees. */
export function fullGc(): void {
  collect?.();
  collect?.();
}

/** Heap in use after a full collection: what is retained, not what happens to be uncollected. */
export function retainedHeap(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

/** Two decimals: an index on a small story retains well under a megabyte. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}
