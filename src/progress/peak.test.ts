/** The peak's formulas with worked numbers (the assessments built on them are in assess.test.ts). */
import { describe, expect, it } from 'vitest';
import { clearTrend, fitLine, projectPeak, shownPeakYear, type PeakFacts } from './peak.js';

const pts = (...changes: number[]) => changes.map((change, i) => ({ year: 2001 + i, change }));

describe('fitLine: least squares through growth rates, with the slope\'s standard error', () => {
  it('three points by hand: (1, 1), (2, 3), (3, 2)', () => {
    // x̄ = 2, ȳ = 2; Sxx = 2, Sxy = (−1)(−1) + 0 + (1)(0) = 1 → slope 0.5, intercept 2 − 0.5·2 = 1 (in years from 2000).
    // Residuals −0.5, 1, −0.5: RSS 1.5; se = √(1.5 / (3 − 2) / 2) = √0.75 = 0.866.
    const fit = fitLine([{ year: 1, change: 1 }, { year: 2, change: 3 }, { year: 3, change: 2 }])!;
    expect(fit.slope).toBeCloseTo(0.5, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(fit.se).toBeCloseTo(Math.sqrt(0.75), 12);
    expect(fit.mean).toBe(2);
    // 0.5 < 2 × 0.866: no clear trend.
    expect(clearTrend(fit)).toBe(false);
  });

  it("China's CO₂ 2019–2023 (+3.69, +1.79, +4.97, −0.85, +4.86%): slope −0.03 ± 0.90 points a year, mean +2.89%", () => {
    const v = [10332.992, 10713.984, 10905.693, 11447.913, 11350.538, 11902.503]; // 2018–2023, Mt (OWID)
    const fit = fitLine(v.slice(1).map((x, i) => ({ year: 2019 + i, change: (x / v[i]! - 1) * 100 })))!;
    expect(fit.slope).toBeCloseTo(-0.0288, 4);
    expect(fit.se).toBeCloseTo(0.8955, 4);
    expect(fit.mean).toBeCloseTo(2.8921, 4);
    expect(clearTrend(fit)).toBe(false);
  });

  it('a straight line is a trend (no residuals: se 0)', () => {
    const fit = fitLine(pts(3, 2, 1, 0))!;
    expect(fit.slope).toBeCloseTo(-1, 12);
    expect(fit.se).toBe(0);
    expect(clearTrend(fit)).toBe(true);
  });

  it('a slope of exactly twice its standard error counts; just under does not', () => {
    expect(clearTrend({ slope: -1, se: 0.5 })).toBe(true);
    expect(clearTrend({ slope: -0.99, se: 0.5 })).toBe(false);
    expect(clearTrend({ slope: 0, se: 0 })).toBe(false);
  });

  it('two points fit exactly and say nothing of their uncertainty: se null, never a trend; none: null', () => {
    const fit = fitLine(pts(4, 1))!;
    expect(fit.slope).toBeCloseTo(-3, 12);
    expect(fit.se).toBeNull();
    expect(clearTrend(fit)).toBe(false);
    expect(fitLine([])).toBeNull();
  });

  it('one year only (Sxx = 0): slope 0, not a division by zero', () => {
    const fit = fitLine([{ year: 2020, change: 2 }, { year: 2020, change: 4 }, { year: 2020, change: 6 }])!;
    expect(fit.slope).toBe(0);
    expect(fit.se).toBeNull();
    expect(fit.mean).toBe(4);
  });
});

describe('projectPeak: yearly values along the growth path, floored at zero growth', () => {
  it('+2% falling 1 point a year from 100: 101 (+1%), then 0% growth held', () => {
    const out = projectPeak({ year: 2023, value: 100 }, 2, -1, 2026);
    expect(out.map((p) => p.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(out.map((p) => p.value)).toEqual([100, 101, 101, 101]);
  });

  it('already falling (−1%): the floor is that −1%, not 0, so the decline does not deepen past it', () => {
    const out = projectPeak({ year: 2023, value: 100 }, -1, -1, 2025);
    expect(out[1]!.value).toBeCloseTo(99, 12);
    expect(out[2]!.value).toBeCloseTo(98.01, 12);
  });

  it('steady growth (slope 0): compound', () => {
    expect(projectPeak({ year: 2023, value: 100 }, 10, 0, 2025)[2]!.value).toBeCloseTo(121, 12);
  });
});

describe('shownPeakYear: rounded, or "after" ten years past the deadline', () => {
  const facts = (projectedPeakYear: number | null) => ({ projectedPeakYear, deadline: 2030 }) as PeakFacts;
  it.each([
    [2033.6, [2034, false]],
    [2040, [2040, false]],
    [2040.2, [2040, true]],
    [2400, [2040, true]],
    [null, [2040, true]],
  ] as const)('%s → %j', (year, shown) => {
    expect(shownPeakYear(facts(year))).toEqual(shown);
  });
});
