import { describe, expect, it } from 'vitest';
import { fullGc, gcPacer } from '../../ingest/memory.ts';

describe('gcPacer', () => {
  it('collects at most once per interval, on the first call after it has passed', () => {
    let t = 0;
    let collections = 0;
    const pace = gcPacer({ everyMs: 5000, now: () => t, collect: () => collections++ });
    const calls = [0, 4999, 5000, 6000, 9999, 10000, 10001];
    const after: number[] = [];
    for (const at of calls) {
      t = at;
      pace();
      after.push(collections);
    }
    expect(after).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });

  it('does nothing when no collection is available', () => {
    let t = 0;
    const pace = gcPacer({ everyMs: 10, now: () => t, collect: null });
    t = 1000;
    expect(() => pace()).not.toThrow();
  });
});

describe('fullGc', () => {
  it('exposes V8 full collection at run time and frees unreachable objects', () => {
    const gc = fullGc();
    expect(typeof gc).toBe('function');
    gc!();
    const base = process.memoryUsage().heapUsed;
    // Half a million objects, unreachable once the function returns.
    const allocate = (): number => {
      const garbage: { i: number; s: string }[] = [];
      for (let i = 0; i < 500_000; i++) garbage.push({ i, s: `item ${i}` });
      expect(garbage).toHaveLength(500_000);
      return process.memoryUsage().heapUsed;
    };
    const full = allocate();
    gc!();
    const after = process.memoryUsage().heapUsed;
    expect(full - base).toBeGreaterThan(20 * 2 ** 20);
    expect(after - base).toBeLessThan(5 * 2 ** 20);
    expect(fullGc()).toBe(gc);
  });
});
