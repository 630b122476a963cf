/**
 * From a mutation-testing pass over peak.ts: each test fails for a mutant of `assessPeak` that the other tests let
 * through (the mutant is named in the test's comment).
 */
import { describe, expect, it } from 'vitest';
import type { Goal, PolicyDocument } from '../format/types.js';
import { assess, type AssessOptions } from './assess.js';

type Point = readonly [year: number, value: number];

/** One indicator ("ind", lower is better) and one peak target "t" with no baseline value, as assess.test.ts builds them. */
const doc = (goal: Goal, baselineYear: number, points: readonly Point[]): PolicyDocument => ({
  formatVersion: 1,
  policy: { id: 'p', title: 'P', jurisdiction: 'CN' },
  sources: [{ id: 'src', title: 'Bulletin', url: 'https://example.org/b' }],
  indicators: [{ id: 'ind', label: 'Indicator', unit: 'index', better: 'lower' }],
  targets: [{ id: 't', indicator: 'ind', baseline: { year: baselineYear }, goal }],
  observations: points.map(([year, value]) => ({ indicator: 'ind', year, value, provenance: { status: 'official', source: 'src' } })),
});
const run = (goal: Goal, baselineYear: number, points: readonly Point[], options: AssessOptions = {}) => assess(doc(goal, baselineYear, points), 't', options)!;

/** 50 in 2017, then +100, +5, +4.5, +4, +3.5, +3 % a year (the series of assess.test.ts's "growth slowing" case). */
const SLOWING: Point[] = [[2017, 50], [2018, 100], [2019, 105], [2020, 109.725], [2021, 114.112625], [2022, 118.10906688], [2023, 121.65233888]];

describe('peak mutants: the year judged as of', () => {
  it('is the latest observation\'s year when none is asked for, and the asked year when it is later than the data', () => {
    // Kills dropping `a.asOf ??= latest.year` (asOf stays null) and `a.asOf = latest.year` (the asked 2030 is lost).
    expect(run({ kind: 'peak', year: 2030 }, 2017, SLOWING).asOf).toBe(2023);
    expect(run({ kind: 'peak', year: 2030 }, 2017, SLOWING, { asOf: 2030 }).asOf).toBe(2030);
  });
});

describe('peak mutants: a peak after the deadline is not "peaked before the deadline"', () => {
  it('highest in 2022, two lower values after, deadline 2021: not confirmed, missed, off track', () => {
    // 100, 102, 104, 106, 108 (2022, the top), 105, 103: laterLower = 2, but the top is a year past the deadline.
    // Kills `confirmed = laterLower >= 2` (dropping `top.year <= deadline`), which called this achieved.
    const a = run({ kind: 'peak', year: 2021 }, 2018, [[2018, 100], [2019, 102], [2020, 104], [2021, 106], [2022, 108], [2023, 105], [2024, 103]]);
    expect(a.peak!.peak).toEqual({ year: 2022, value: 108 });
    expect(a.peak!.laterLower).toBe(2);
    expect(a.peak!.confirmed).toBe(false);
    expect([a.met, a.missed, a.status]).toEqual([false, true, 'off-track']);
  });
});

describe('peak mutants: a deadline already passed while still rising', () => {
  // Growth 5, 4.5, 4, 3.5, 3 % (2019–2023): fitted 3% in 2023 falling 0.5 a year, zero in 2029. Deadline 2021.
  const a = run({ kind: 'peak', year: 2021 }, 2017, SLOWING);

  it('its highest value (2023) after the deadline: missed, scores 0 and says no score', () => {
    expect(a.peak!.projectedPeakYear).toBe(2029);
    expect([a.ratio, a.missed]).toEqual([0, true]);
    expect(a.explanation).toContain('reaches zero around 2029; the deadline is 2021. The target year 2021 has passed without the target being met.');
  });

  it('scores 0, not a negative ratio, where no years are left to the deadline and the highest value is by it', () => {
    // +20, +16, +12, +8, −1 % (2019–2023): the highest value is 2022's, the deadline; 2023's is lower, one value, so
    // not confirmed. The line through the rates is 1% in 2023 (slope −5 ± 0.58: a clear trend), zero 0.2 years later.
    // max(0, 2022 − 2023) ÷ 0.2 = 0. Kills dropping the Math.max: (2022 − 2023) ÷ 0.2 = −5.
    const d = run({ kind: 'peak', year: 2022 }, 2018, [[2018, 100], [2019, 120], [2020, 139.2], [2021, 155.904], [2022, 168.37632], [2023, 166.6925568]]);
    expect(d.peak!.growth).toBeCloseTo(1, 9);
    expect(d.peak!.projectedPeakYear).toBe(2023.2);
    expect([d.ratio, d.missed, d.status]).toEqual([0, false, 'off-track']);
    expect(d.explanation).toContain('Ratio = years to the deadline ÷ years to zero growth = 0.00.');
  });

  it('projects to the latest year itself (nothing left to project), not back to the deadline', () => {
    // year max(2021, 2023) = 2023, value the latest 121.652. Kills `year: deadline`, which dated the 2023 value 2021.
    expect(a.projected!.year).toBe(2023);
    expect(a.projected!.value).toBeCloseTo(121.652, 3);
  });
});
