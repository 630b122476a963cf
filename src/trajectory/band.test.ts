import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../format/types.js';
import { assess } from '../progress/assess.js';
import { projectPeak } from '../progress/peak.js';
import { bandAt, bandSigma, projectAtRate, spreadOf, withBand, roundToBand, BAND_WINDOW, MIN_CHANGES } from './band.js';

const cn = china as unknown as PolicyDocument;
const dm = demo as unknown as PolicyDocument;

describe('spreadOf', () => {
  it('takes the sample sd of log growth', () => {
    // 100 → 110 → 99 → 108.9 → 108.9: changes +10%, −10%, +10%, 0; ln 1.1 = 0.0953102, ln 0.9 = −0.1053605, 0.
    // Mean 0.0213150; deviations² 0.0054753, 0.0160467, 0.0054753, 0.0004543, sum 0.0274516; ÷ 3, √ → sd 0.0956584.
    const s = spreadOf([{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 99 }, { year: 2023, value: 108.9 }, { year: 2024, value: 108.9 }], 'compound')!;
    expect(s.kind).toBe('log');
    expect(s.n).toBe(4);
    expect(s.sd).toBeCloseTo(0.0956584, 6);
  });

  it('takes the sample sd of absolute differences for linear rates', () => {
    // Differences 2, 4, 6, 8 → mean 5, sample variance (9 + 1 + 1 + 9)/3 = 6.6667 → sd 2.5820.
    const s = spreadOf([{ year: 1, value: 0 }, { year: 2, value: 2 }, { year: 3, value: 6 }, { year: 4, value: 12 }, { year: 5, value: 20 }], 'linear')!;
    expect(s.kind).toBe('absolute');
    expect(s.n).toBe(4);
    expect(s.sd).toBeCloseTo(Math.sqrt(20 / 3), 12);
  });

  it('never bridges a gap in the years', () => {
    // 2002 → 2004 is not a year-on-year change: only 2000→01, 01→02, 04→05 and 05→06 count (differences 1, 3, 2, 2).
    const s = spreadOf([{ year: 2000, value: 0 }, { year: 2001, value: 1 }, { year: 2002, value: 4 }, { year: 2004, value: 100 }, { year: 2005, value: 102 }, { year: 2006, value: 104 }], 'linear')!;
    expect(s.n).toBe(4);
    expect(s.sd).toBeCloseTo(Math.sqrt(2 / 3), 12); // mean 2, squares 1 + 1 + 0 + 0 = 2, ÷ 3
  });

  it(`needs at least ${MIN_CHANGES} changes: China's industrial energy intensity (two, 2021 and 2022) draws no band`, () => {
    // Its two changes, −5.6% and −1.3%, gave σ = 0.032 and "2025 could be between 76.9 and 91.5": a spread from one
    // degree of freedom, anywhere from a third to thirty times the true one.
    expect(spreadOf([{ year: 2020, value: 100 }, { year: 2021, value: 94.4 }, { year: 2022, value: 93.2 }], 'compound')).toBeNull();
    expect(spreadOf([{ year: 2020, value: 1 }, { year: 2021, value: 2 }, { year: 2022, value: 3 }, { year: 2023, value: 4 }], 'linear')).toBeNull();
    expect(spreadOf([], 'linear')).toBeNull();
  });

  it(`uses only the last ${BAND_WINDOW} changes`, () => {
    // An early wild swing, then eleven years of exactly +1 a year: the window sees no spread.
    const series = [{ year: 1990, value: 100 }, { year: 1991, value: 500 }];
    for (let i = 1; i <= 11; i++) series.push({ year: 1991 + i, value: 500 + i });
    expect(spreadOf(series, 'linear')).toEqual({ kind: 'absolute', sd: 0, n: BAND_WINDOW });
  });
});

describe('bandSigma and bandAt', () => {
  const spread = { kind: 'log' as const, sd: 0.0317037, n: 2 };

  it('grows as σ·√(k(1 + k/n))', () => {
    expect(bandSigma(spread, 0)).toBe(0);
    // k = 1: √(1 · 1.5) = 1.22474
    expect(bandSigma(spread, 1)).toBeCloseTo(0.0317037 * 1.2247449, 7);
    // k = 3: √(3 · 2.5) = √7.5 = 2.7386128 → 0.0868241
    expect(bandSigma(spread, 3)).toBeCloseTo(0.0868241, 6);
  });

  it('is multiplicative for log spreads: 83.857 in 2025 → [76.883, 91.463]', () => {
    // 83.857 · e^−0.0868241 = 76.8834; 83.857 · e^0.0868241 = 91.4633.
    const [lo, hi] = bandAt(83.8570887, spread, 3);
    expect(lo).toBeCloseTo(76.8834, 3);
    expect(hi).toBeCloseTo(91.4633, 3);
  });

  it('is additive for absolute spreads, and ordered for negative values', () => {
    expect(bandAt(10, { kind: 'absolute', sd: 2, n: 4 }, 4)).toEqual([10 - 2 * Math.sqrt(8), 10 + 2 * Math.sqrt(8)]);
    const [lo, hi] = bandAt(-50, spread, 3);
    expect(lo).toBeLessThan(hi);
    expect(lo).toBeCloseTo(-50 * Math.exp(0.0868241), 3);
  });

  it('is empty without a spread or at k = 0', () => {
    expect(bandAt(5, null, 3)).toEqual([5, 5]);
    expect(bandAt(5, spread, 0)).toEqual([5, 5]);
  });
});

describe('projections', () => {
  it('compounds the achieved rate yearly to the Assessment’s projected value (energy intensity)', () => {
    const a = assess(cn, 'industrial-energy-intensity-2025')!;
    const pts = projectAtRate(a.latest!, { kind: 'compound', value: a.achievedAnnualRate! }, a.projected!.year);
    // r = (93.2/100)^(1/2) − 1 = −3.4599%; 93.2 · 0.965401^3 = 83.857.
    expect(pts.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(pts[1]!.value).toBeCloseTo(93.2 * 0.9654015, 3);
    expect(pts[3]!.value).toBeCloseTo(a.projected!.value, 9);
    expect(a.projected!.value).toBeCloseTo(83.857, 3);
  });

  it('adds units per year for linear rates', () => {
    expect(projectAtRate({ year: 2020, value: 1 }, { kind: 'linear', value: -0.5 }, 2022)).toEqual([
      { year: 2020, value: 1 }, { year: 2021, value: 0.5 }, { year: 2022, value: 0 },
    ]);
  });

  it('follows assessPeak’s fitted growth path to the same value at the deadline', () => {
    for (const [doc, id] of [[cn, 'industrial-co2-peak-2030'], [dm, 'industry-co2-peak-2025'], [dm, 'transport-energy-peak-2030']] as const) {
      const a = assess(doc, id)!;
      const pts = projectPeak(a.latest!, a.peak!.growth!, a.peak!.growthSlope!, a.peak!.deadline);
      expect(pts[0]).toEqual(a.latest);
      expect(pts[pts.length - 1]!.year).toBe(a.projected!.year);
      expect(pts[pts.length - 1]!.value).toBeCloseTo(a.projected!.value, 6);
    }
  });

  it('China CO₂: 11,902.5 in 2023 growing at its recent average, 2.89% a year (no clear trend) → 14,532 in 2030', () => {
    const a = assess(cn, 'industrial-co2-peak-2030')!;
    const pts = projectPeak(a.latest!, a.peak!.growth!, a.peak!.growthSlope!, 2030);
    // Growth 2019–2023: +3.687, +1.789, +4.972, −0.851, +4.863%; mean 2.8921%, held: 11,902.503 · 1.028921 = 12,246.7.
    expect(a.peak!.growthSlope).toBe(0);
    expect(pts[1]!.value).toBeCloseTo(11902.503 * 1.028921359, 2);
    expect(pts[7]!.value).toBeCloseTo(11902.503 * 1.028921359 ** 7, 1);
    expect(pts[7]!.value).toBeCloseTo(14531.6, 1);
  });

  it('withBand counts k from the latest observation', () => {
    const pts = withBand([{ year: 2022, value: 93.2 }, { year: 2023, value: 90 }], { kind: 'absolute', sd: 1, n: 1 });
    expect(pts[0]).toEqual({ year: 2022, value: 93.2, k: 0, lo: 93.2, hi: 93.2 });
    // k = 1, n = 1: σ₁ = √(1 · 2) = 1.41421
    expect(pts[1]!.lo).toBeCloseTo(90 - Math.SQRT2, 12);
    expect(pts[1]!.hi).toBeCloseTo(90 + Math.SQRT2, 12);
  });
});

describe('edges: spreadOf window and zero', () => {
  it('takes only the last 10 changes: a jump of 50 before ten changes of ±1 does not count', () => {
    // Changes: +50, then +1, −1, +1, … (ten): mean 0, sample variance 10/9 → sd 1.0541.
    const values = [0, 50, 51, 50, 51, 50, 51, 50, 51, 50, 51, 50];
    const s = spreadOf(values.map((value, i) => ({ year: 2000 + i, value })), 'linear')!;
    expect(s.n).toBe(10);
    expect(s.sd).toBeCloseTo(Math.sqrt(10 / 9), 12);
  });

  it('leaves out a fall to zero (−100%, no logarithm): 10 → 11 → 12 → 13 → 14 → 0 keeps its four rises', () => {
    const s = spreadOf([10, 11, 12, 13, 14, 0].map((value, i) => ({ year: 2000 + i, value })), 'compound')!;
    expect(s.n).toBe(4);
    expect(Number.isFinite(s.sd)).toBe(true);
  });
});

describe('roundToBand', () => {
  it("rounds to the band half-width's second significant figure: China's CO₂, ±1,190 → to the hundred", () => {
    expect(roundToBand(14532, 13390, 15770, [])).toBe(14500);
    // ±0.69 → to the hundredth: 19.684 → 19.68 (shown as 19.7 anyway).
    expect(roundToBand(19.684, 19.0, 20.38, [])).toBe(19.68);
    expect(roundToBand(0.123456, 0.12, 0.127, [])).toBe(0.1235);
  });
  it('is never coarser than a tenth of the distance to a mark: 2,822, ±4,100 → hundreds, but 628 from the target → tens', () => {
    expect(roundToBand(2822, 0, 8200, [])).toBe(2800);
    expect(roundToBand(2822, 0, 8200, [2194])).toBe(2820);
    // 35 from the nearer end of a range: to the unit, so the gap is still 35.
    expect(roundToBand(1735, 1000, 2500, [1700, 1900])).toBe(1735);
  });
  it('leaves a value on a mark, or without a band, as it is', () => {
    expect(roundToBand(14532, 13390, 15770, [14532])).toBe(14532);
    expect(roundToBand(14532, 14532, 14532, [])).toBe(14532);
    expect(roundToBand(14532, NaN, NaN, [])).toBe(14532);
  });
});
