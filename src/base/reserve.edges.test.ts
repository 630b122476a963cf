/** Reserved heights at their switch points (from a mutation run of reserve.ts). */
import { describe, expect, it } from 'vitest';
import { sectorsReserve, wrapEm } from './reserve.js';

describe('sectorsReserve', () => {
  it('an inner width of exactly 44 em (734 px at 16 px: 734 − 28 − 2 = 704 px) already has three columns', () => {
    // Three columns: 4 + (205 / 44 − 0.8 = 3.86 → 3.9) = 7.9 (stacked would be 6.2 + 2.1 = 8.3).
    expect(sectorsReserve(734, 1, 16, 'en', false, null)[1]).toBe(7.9);
  });
});

describe('wrapEm', () => {
  it('a frame narrower than its own padding (20 px) counts as 1 em wide, not 0 or less: 377 / 1 − 5.2 = 371.8 em', () => {
    expect(wrapEm(20, 16, 'en', 377, 5.2)).toBe(371.8);
  });
});
