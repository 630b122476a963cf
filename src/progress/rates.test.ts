import { describe, expect, it } from 'vitest';
import { annualRate, compoundDefined, interpolate, project } from './rates.js';

const at = (year: number, value: number) => ({ year, value });

describe('annualRate', () => {
  it('compound: 100 (2020) → 93 (2023) is 0.93^(1/3) − 1 ≈ −2.390% a year', () => {
    const r = annualRate(at(2020, 100), at(2023, 93));
    expect(r?.kind).toBe('compound');
    expect(r!.value).toBeCloseTo(-0.0239, 5); // −0.0238999…
  });

  it('compound: 100 → 86.5 over 5 years is 0.865^(1/5) − 1 ≈ −2.859% a year', () => {
    expect(annualRate(at(2020, 100), at(2025, 86.5))!.value).toBeCloseTo(-0.028589, 5);
  });

  it('compound: doubling over 10 years is 2^(0.1) − 1 ≈ 7.177%', () => {
    expect(annualRate(at(2020, 50), at(2030, 100))!.value).toBeCloseTo(0.071773, 6);
  });

  it('compound on negative values: −10 → −14 over 4 years is 1.4^(1/4) − 1 ≈ +8.776% (of magnitude)', () => {
    const r = annualRate(at(2020, -10), at(2024, -14));
    expect(r).toEqual({ kind: 'compound', value: expect.closeTo(0.087757, 6) as unknown as number });
  });

  it('linear when asked: (93 − 100) / 3 = −2.333 units a year', () => {
    const r = annualRate(at(2020, 100), at(2023, 93), 'linear');
    expect(r?.kind).toBe('linear');
    expect(r!.value).toBeCloseTo(-7 / 3, 10);
  });

  it('falls back to linear from a zero baseline: 0 → 10 over 2 years is +5 a year', () => {
    expect(annualRate(at(2020, 0), at(2022, 10))).toEqual({ kind: 'linear', value: 5 });
  });

  it('falls back to linear to a target of zero and across a sign change', () => {
    expect(annualRate(at(2020, 40), at(2030, 0))).toEqual({ kind: 'linear', value: -4 });
    expect(annualRate(at(2020, 10), at(2025, -10))).toEqual({ kind: 'linear', value: -4 });
  });

  it('falls back to linear even when compound is requested but undefined', () => {
    expect(annualRate(at(2020, 0), at(2024, 8), 'compound')).toEqual({ kind: 'linear', value: 2 });
  });

  it('is null for no time elapsed or time running backwards', () => {
    expect(annualRate(at(2020, 100), at(2020, 90))).toBeNull();
    expect(annualRate(at(2023, 100), at(2020, 90))).toBeNull();
  });

  it('no change is a compound rate of exactly 0', () => {
    expect(annualRate(at(2020, 100), at(2030, 100))).toEqual({ kind: 'compound', value: 0 });
  });
});

describe('compoundDefined', () => {
  it.each([
    [1, 2, true],
    [-1, -2, true],
    [0, 2, false],
    [2, 0, false],
    [-1, 2, false],
  ] as const)('(%d, %d) → %s', (a, b, want) => {
    expect(compoundDefined(a, b)).toBe(want);
  });
});

describe('project', () => {
  it('compound: 93 (2023) at −2.39%/yr to 2025 is 93 · 0.93^(2/3) ≈ 88.608', () => {
    const rate = annualRate(at(2020, 100), at(2023, 93))!;
    expect(project(at(2023, 93), rate, 2025)).toBeCloseTo(88.6077, 3);
  });

  it('linear: 93 (2023) at −7/3 per year to 2025 is 88.333', () => {
    expect(project(at(2023, 93), { kind: 'linear', value: -7 / 3 }, 2025)).toBeCloseTo(88.3333, 3);
  });

  it('compound: 100 at +10% for 2 years is 121; for 0 years is unchanged', () => {
    expect(project(at(2020, 100), { kind: 'compound', value: 0.1 }, 2022)).toBeCloseTo(121, 9);
    expect(project(at(2020, 100), { kind: 'compound', value: 0.1 }, 2020)).toBe(100);
  });

  it('projects backwards as well (negative years)', () => {
    expect(project(at(2022, 10), { kind: 'linear', value: 2 }, 2020)).toBe(6);
  });
});

describe('interpolate', () => {
  const path = [at(2020, 100), at(2025, 86.5)];

  it('a straight path: 2023 lies 3/5 of the way, 100 − 0.6 · 13.5 = 91.9', () => {
    expect(interpolate(path, 2023)).toBeCloseTo(91.9, 10);
  });

  it('returns the end points exactly and clamps outside them', () => {
    expect(interpolate(path, 2020)).toBe(100);
    expect(interpolate(path, 2025)).toBe(86.5);
    expect(interpolate(path, 2010)).toBe(100);
    expect(interpolate(path, 2040)).toBe(86.5);
  });

  it('a year that is not a number has no value on the path (not the last point\'s)', () => {
    expect(interpolate(path, Number.NaN)).toBe(null);
  });

  it('follows a multi-segment path: 2023 between 900 (2022) and 800 (2025) is 866.67', () => {
    const cap = [at(2020, 1000), at(2021, 950), at(2022, 900), at(2025, 800), at(2030, 600)];
    expect(interpolate(cap, 2021)).toBe(950);
    expect(interpolate(cap, 2023)).toBeCloseTo(866.6667, 3);
    expect(interpolate(cap, 2027)).toBeCloseTo(720, 10);
  });

  it('a one-point path is flat; an empty path is null', () => {
    expect(interpolate([at(2020, 5)], 2030)).toBe(5);
    expect(interpolate([], 2030)).toBeNull();
  });
});
