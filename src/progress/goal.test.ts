import { describe, expect, it } from 'vitest';
import { aboutTolerance } from './goal.js';

describe('aboutTolerance: the band of an "about" target', () => {
  it('is the data\'s tolerance when given, as a percentage of the value', () => {
    // ±2% of 1,800 = 36, even though the baseline (1,854) lies 54 away.
    expect(aboutTolerance(1800, 1854, 2)).toBeCloseTo(36, 9);
    // A tolerance the data gives wider than the distance is the author's choice: kept (±10% = 180).
    expect(aboutTolerance(1800, 1854, 10)).toBeCloseTo(180, 9);
  });
  it('else ±5%, but at most half the way from the baseline, so the band never holds the baseline', () => {
    // China clinker: "about 1.8 bn t" from 1,854 Mt. 5% would be ±90 (1,710–1,890, the baseline inside); half of 54 is 27.
    expect(aboutTolerance(1800, 1854, undefined)).toBe(27);
    // Demo clinker: about 100 from 130: half of 30 is 15, 5% is 5: ±5.
    expect(aboutTolerance(100, 130, undefined)).toBe(5);
  });
  it('keeps ±5% when the baseline is the value itself (nothing to halve)', () => {
    expect(aboutTolerance(100, 100, undefined)).toBe(5);
  });
});
