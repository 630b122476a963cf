/** The pure helpers of `npm run bench` (bench/compare.mjs): medians, run-to-run spread, the memory verdict. */
import { describe, expect, it } from 'vitest';
import { median, memoryLeaks, spread, times } from '../../bench/compare.mjs';

describe('bench helpers', () => {
  it('median: middle value, mean of the two middle ones, nulls left out', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([null, 5, undefined])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('spread: (max − min) ÷ median, null with fewer than two runs or a zero median', () => {
    expect(spread([90, 100, 120])).toBeCloseTo(0.3);
    expect(spread([100])).toBeNull();
    expect(spread([0, 0, 0])).toBeNull();
  });

  it('memoryLeaks: within max(512 KB, 5 %) and a second cycle under 128 KB, nodes within 100, listeners within 20', () => {
    const at = (heap: number, nodes = 400, jsEventListeners = 3) => ({ heap, nodes, jsEventListeners });
    const mb = 1024 * 1024;
    expect(memoryLeaks(at(2 * mb), at(2.4 * mb), at(2.45 * mb))).toEqual([]);
    expect(memoryLeaks(at(2 * mb), at(2.6 * mb), at(2.6 * mb))).toEqual(['heap']);
    expect(memoryLeaks(at(20 * mb), at(20.9 * mb), at(20.9 * mb))).toEqual([]); // 5 % of 20 MB is over 512 KB
    expect(memoryLeaks(at(2 * mb), at(2.1 * mb), at(2.3 * mb))).toEqual(['heap']); // grows again
    expect(memoryLeaks(at(mb, 400, 3), at(mb, 500, 23), at(mb, 500, 23))).toEqual(['nodes', 'listeners']);
    expect(memoryLeaks(at(mb, 400, 3), at(mb, 499, 22), at(mb, 499, 22))).toEqual([]);
  });

  it('times: a ratio to one decimal, a dash without one', () => {
    expect(times(50024, 17655)).toBe('2.8×');
    expect(times(null, 3)).toBe('—');
    expect(times(3, 0)).toBe('—');
  });
});
