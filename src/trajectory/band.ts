/**
 * The projection ("where it is heading at the current pace") and its uncertainty band.
 * Pure maths on years and values: no DOM, no scales.
 *
 * Projection from the latest observation (year t₀, value v₀), k = year − t₀ years ahead:
 *   compound rate r:  v(k) = v₀ · (1 + r)^k
 *   linear rate r:    v(k) = v₀ + r · k
 *   peak targets:     `projectPeak` (src/progress/peak.ts), the path `assessPeak` fits: g(y) = g₀ + s · (y − t₀) percent,
 *                     floored at 0 once it gets there (at g₀ if growth is already ≤ 0), compounded
 *                     year by year, so the last point equals Assessment.projected.
 *
 * Spread: σ = sample standard deviation (n − 1) of the last `BAND_WINDOW` year-on-year changes of
 * the observed series (consecutive years only; a gap is never bridged, see `yearOnYear`):
 *   compound: of the log growth ln(1 + c/100), c the y/y change in percent;
 *   linear:   of the absolute differences vₜ − vₜ₋₁ (a compound rate is undefined there).
 * At least `MIN_CHANGES` (4) changes are needed; with fewer there is no band. A standard deviation from two changes
 * could be a third of the true one or thirty times it (the 95% interval of σ from one degree of freedom): China's
 * industrial energy intensity, two changes (−5.6% in 2021, then −1.3%, from two different releases), drew "2025 could
 * be between 76.9 and 91.5" as if known.
 *
 * Band after k years: the random walk with drift (Hyndman & Athanasopoulos, "Forecasting:
 * Principles and Practice", 3rd ed., §5.5, the drift method's h-step standard deviation):
 *   σₖ = σ · √(k · (1 + k/n)),  n = number of changes σ came from.
 * The √k part is the year-to-year swings adding up; the k/n part is the uncertainty of the pace
 * itself, estimated from only n changes. Then ±1 σₖ:
 *   compound: [v(k) · e^(−σₖ), v(k) · e^(+σₖ)]   (multiplicative: the swings compound)
 *   linear:   [v(k) − σₖ, v(k) + σₖ]
 */
import type { YearValue } from '../format/types.js';
import { project, type AnnualRate } from '../progress/rates.js';
import { yearOnYear } from '../progress/series.js';

/** How many of the most recent year-on-year changes the spread is taken from. */
export const BAND_WINDOW = 10;
/** The fewest changes a spread is taken from. */
export const MIN_CHANGES = 4;

export interface Spread {
  /** `log`: σ of ln(1 + change); `absolute`: σ of the differences, in the indicator's units. */
  readonly kind: 'log' | 'absolute';
  readonly sd: number;
  /** Number of year-on-year changes σ was computed from. */
  readonly n: number;
}

export interface ProjectionPoint extends YearValue {
  /** Years after the latest observation (0 at the latest observation itself). */
  readonly k: number;
  readonly lo: number;
  readonly hi: number;
}

/** σ of the recent year-on-year changes of `series` (ascending years), or null with fewer than `MIN_CHANGES`. */
export function spreadOf(series: readonly YearValue[], kind: 'compound' | 'linear'): Spread | null {
  const changes: number[] = [];
  if (kind === 'compound') {
    for (const c of yearOnYear(series)) if (c.change > -100) changes.push(Math.log(1 + c.change / 100));
  } else {
    for (let i = 1; i < series.length; i++) {
      const a = series[i - 1]!;
      const b = series[i]!;
      if (b.year - a.year === 1) changes.push(b.value - a.value);
    }
  }
  const recent = changes.slice(-BAND_WINDOW);
  const n = recent.length;
  if (n < MIN_CHANGES) return null;
  // Sample standard deviation (n − 1), as d3-array's `deviation`.
  const mean = recent.reduce((s, c) => s + c, 0) / n;
  const sd = Math.sqrt(recent.reduce((s, c) => s + (c - mean) ** 2, 0) / (n - 1));
  return Number.isFinite(sd) ? { kind: kind === 'compound' ? 'log' : 'absolute', sd, n } : null;
}

/** σₖ: the band's half-width k ≥ 0 years ahead, in log units or the indicator's units (0 at k = 0). */
export function bandSigma(spread: Spread, k: number): number {
  return spread.sd * Math.sqrt(k * (1 + k / spread.n));
}

/** The ±1 σₖ interval around `center`, k years ahead (lo ≤ hi always; σₖ is 0 at k = 0). */
export function bandAt(center: number, spread: Spread | null, k: number): [number, number] {
  if (!spread) return [center, center];
  const s = bandSigma(spread, k);
  if (spread.kind === 'log') {
    const a = center * Math.exp(-s);
    const b = center * Math.exp(s);
    return a <= b ? [a, b] : [b, a];
  }
  return [center - s, center + s];
}

/** Yearly values from `latest` to `toYear` at a constant annual rate (the first point is `latest`). */
export function projectAtRate(latest: YearValue, rate: AnnualRate, toYear: number): YearValue[] {
  const out: YearValue[] = [];
  for (let year = latest.year; year <= toYear; year++) out.push({ year, value: project(latest, rate, year) });
  return out;
}

/** Adds the band to projected points (k counted from the first point). */
export function withBand(points: readonly YearValue[], spread: Spread | null): ProjectionPoint[] {
  const start = points[0]?.year ?? 0;
  return points.map((p) => {
    const k = p.year - start;
    const [lo, hi] = bandAt(p.value, spread, k);
    return { year: p.year, value: p.value, k, lo, hi };
  });
}

/**
 * A projected figure to the precision its band is worth, for the words ("At this pace: 14,500 Mt CO₂ in 2030", not 14,532
 * beside a band of 13,390–15,770): rounded to the place of the band's half-width's second significant figure
 * (±1,190 → to the hundred), and never coarser than a tenth of its distance from any of `marks` (the target, a range's
 * ends), so a gap to the target does not round away. A zero distance or no band leaves it as it is.
 * roundToBand(14532, 13390, 15770, []) = 14,500; roundToBand(2822, 0, 8200, [2194]) = 2,820 (±4,100, but 628 from the target: tens).
 */
export function roundToBand(v: number, lo: number, hi: number, marks: readonly number[]): number {
  const e = Math.min(...[(hi - lo) / 2, ...marks.map((m) => Math.abs(v - m))].map((d) => Math.floor(Math.log10(d)) - 1));
  // Divided by a whole power of ten, not multiplied by a fraction: 0.1235, not 0.12349999999999998.
  const k = 10 ** Math.abs(e);
  return k < Infinity ? (e < 0 ? Math.round(v * k) / k : Math.round(v / k) * k) : v;
}
