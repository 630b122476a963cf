/**
 * A peak by its deadline that the data cannot confirm yet is not a missed peak. "Peak by 2024": 100, 105, 108, 110,
 * 112, 113 (2024, the highest), 111 (2025). The highest value is in the deadline year and the one later value is lower;
 * a second lower value would confirm it (peak.ts). It was "Off track" with "The target year 2024 has passed without the
 * target being met", though the series may well have peaked on time. Now the status is the trend's: growth fitted at
 * −0.9% in 2025, at or below zero, ratio 1, on track. A highest
 * value after the deadline is still missed (peak.mutants.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { assess } from './assess.js';

const doc = lateDoc([[2019, 100], [2020, 105], [2021, 108], [2022, 110], [2023, 112], [2024, 113], [2025, 111]], { kind: 'peak', year: 2024 });

describe('a peak by the deadline, awaiting its second lower value', () => {
  it('on track by the trend, not missed', () => {
    const a = assess(doc, 't')!;
    expect(a.peak!.peak).toEqual({ year: 2024, value: 113 });
    expect([a.peak!.confirmed, a.missed, a.status]).toEqual([false, false, 'on-track']);
    expect(a.explanation).not.toContain('without the target being met');
  });
  it('growth already below zero: the peak so far is the highest value\'s year, 2024, not the latest year\'s, 2025 (which read "reaches zero around 2025; the deadline is 2024" beside On track)', () => {
    const a = assess(doc, 't')!;
    expect(a.peak!.growth).toBeLessThan(0);
    expect(a.peak!.projectedPeakYear).toBe(2024);
    expect(a.explanation).toContain('reaches zero around 2024; the deadline is 2024.');
  });
});
