import { describe, expect, it } from 'vitest';
import { createConversationMemory } from '../../src/conversation/memory.ts';

/** A memory on a clock the test moves. */
function memoryAt(capacity: number, ttlMs: number) {
  const clock = { now: 0 };
  const memory = createConversationMemory<string>({ capacity, ttlMs, now: () => clock.now });
  return { memory, clock };
}

describe('conversation memory', () => {
  it('remembers each conversation under its own key', () => {
    const { memory } = memoryAt(10, 1000);
    memory.set('dm:1', 'first');
    memory.set('channel:2', 'second');
    expect(memory.get('dm:1')).toBe('first');
    expect(memory.get('channel:2')).toBe('second');
    expect(memory.get('channel:3')).toBeUndefined();
  });

  it('forgets a conversation quiet for longer than its time to live', () => {
    const { memory, clock } = memoryAt(10, 1000);
    memory.set('a', 'x');
    clock.now = 999;
    expect(memory.get('a')).toBe('x');
    clock.now = 1000;
    expect(memory.get('a')).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it('counts the time to live from the last write', () => {
    const { memory, clock } = memoryAt(10, 1000);
    memory.set('a', 'x');
    clock.now = 800;
    memory.set('a', 'y');
    clock.now = 1500;
    expect(memory.get('a')).toBe('y');
  });

  it('holds at most its capacity, forgetting the least recently written first', () => {
    const { memory } = memoryAt(3, 60_000);
    for (const key of ['a', 'b', 'c']) memory.set(key, key);
    memory.set('a', 'again');
    memory.set('d', 'd');
    expect(memory.size).toBe(3);
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')).toBe('again');
    expect(memory.get('c')).toBe('c');
    expect(memory.get('d')).toBe('d');
  });

  it('stays within its capacity however many conversations come', () => {
    const { memory, clock } = memoryAt(100, 60_000);
    for (let i = 0; i < 10_000; i++) {
      clock.now = i;
      memory.set(`user:${i}`, 'x');
    }
    expect(memory.size).toBe(100);
  });

  it('sweeps expired conversations as new ones come, before the capacity is reached', () => {
    const { memory, clock } = memoryAt(1000, 100);
    for (let i = 0; i < 50; i++) memory.set(`old:${i}`, 'x');
    clock.now = 200;
    for (let i = 0; i < 10; i++) memory.set(`new:${i}`, 'x');
    expect(memory.size).toBe(10);
  });

  it('forgets a conversation on request', () => {
    const { memory } = memoryAt(10, 1000);
    memory.set('a', 'x');
    memory.delete('a');
    expect(memory.get('a')).toBeUndefined();
  });
});
