/** How much a conversation memory holds, and for how long. */
export interface MemoryOptions {
  /** Conversations remembered at most; past it the least recently active one is forgotten. */
  readonly capacity: number;
  /** A conversation quiet for longer than this is forgotten. */
  readonly ttlMs: number;
  /** The clock, in milliseconds (replaceable in tests). */
  readonly now?: () => number;
}

/**
 * The defaults: ten minutes, about how long people keep a thread of questions going in a chat,
 * and 20,000 conversations, far more than a single process is asked in ten minutes, at well under
 * a kilobyte each (`npm run bench` measures it).
 */
export const MEMORY: MemoryOptions = Object.freeze({ capacity: 20_000, ttlMs: 10 * 60_000 });

/** A bounded, expiring map from a conversation's key to what it remembers. */
export interface ConversationMemory<T> {
  /** What the conversation remembers, or `undefined` when it has none or it expired. */
  get(key: string): T | undefined;
  /** Remembers `value` for the conversation from now on. */
  set(key: string, value: T): void;
  delete(key: string): void;
  /** Conversations held now (expired ones may linger until they are touched or pushed out). */
  readonly size: number;
}

interface Held<T> {
  readonly value: T;
  readonly until: number;
}

/**
 * A least-recently-used map with a time to live: a `Map` keeps insertion order, so re-inserting a
 * key on every write keeps the oldest conversation first, where it is dropped when the map is full
 * and where expired ones are swept. Both cost O(1) per write.
 */
export function createConversationMemory<T>(
  options: MemoryOptions = MEMORY,
): ConversationMemory<T> {
  const { capacity, ttlMs } = options;
  const now = options.now ?? Date.now;
  const held = new Map<string, Held<T>>();

  /** Drops expired conversations from the oldest end, a few at a time. */
  const sweep = (time: number): void => {
    let budget = 8;
    for (const [key, entry] of held) {
      if (entry.until > time || budget-- === 0) break;
      held.delete(key);
    }
  };

  return {
    get(key) {
      const entry = held.get(key);
      if (!entry) return undefined;
      if (entry.until <= now()) {
        held.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      const time = now();
      held.delete(key);
      held.set(key, { value, until: time + ttlMs });
      sweep(time);
      while (held.size > capacity) {
        const oldest = held.keys().next();
        if (oldest.done) break;
        held.delete(oldest.value);
      }
    },
    delete(key) {
      held.delete(key);
    },
    get size() {
      return held.size;
    },
  };
}
