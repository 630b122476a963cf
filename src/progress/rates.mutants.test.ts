/** From a mutation-testing pass over rates.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import { interpolate } from './rates.js';

const at = (year: number, value: number) => ({ year, value });

describe('interpolate: the last point is returned as it is, not recomputed', () => {
  it('0.7 (2020) → 0.1 (2021): 2021 is exactly 0.1, and so is every later year', () => {
    // Through the segment's formula, 0.7 + (0.1 − 0.7) · 1 ÷ 1 is 0.09999999999999998 in floating point: the end is
    // exact only because `year >= last.year` returns the point itself. Kills `year > last.year` and dropping the line.
    const path = [at(2020, 0.7), at(2021, 0.1)];
    expect(0.7 + ((0.1 - 0.7) * 1) / 1).not.toBe(0.1);
    expect(interpolate(path, 2021)).toBe(0.1);
    expect(interpolate(path, 2030)).toBe(0.1);
  });
});
