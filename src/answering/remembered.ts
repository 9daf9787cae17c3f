/** Inputs remembered before the memo is cleared: bounds a long run's memory. */
const MEMO_LIMIT = 10_000;

/**
 * `read`, remembering what it gave for the last few thousand inputs: words and facts are read
 * again for every question that reaches them.
 */
export function remembered<T>(read: (input: string) => T): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    const known = memo.get(input);
    if (known !== undefined) return known;
    const value = read(input);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(input, value);
    return value;
  };
}
