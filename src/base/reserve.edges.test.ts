/** Reserved heights at their switch points (from a mutation run of reserve.ts). */
import { describe, expect, it } from 'vitest';
import { sectorsReserve, wrapEm } from './reserve.js';

describe('sectorsReserve', () => {
  it('an inner width of exactly 36 em (606 px at 16 px: 606 − 28 − 2 = 576 px) already has three columns', () => {
    // Three columns: 4.85 + (203 / 36 − 1.45 = 4.19 → 4.2) = 9.05 → 9.1 (stacked would be 8.15 + 1.7 = 9.85 → 9.9).
    expect(sectorsReserve(606, 1, 16, 'en')[1]).toBe(9.1);
  });
});

describe('wrapEm', () => {
  it('a frame narrower than its own padding (20 px) counts as 1 em wide, not 0 or less: 377 / 1 − 5.2 = 371.8 em', () => {
    expect(wrapEm(20, 16, 'en', 377, 5.2)).toBe(371.8);
  });
});
