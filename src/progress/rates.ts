import type { YearValue } from '../format/types.js';

/**
 * An annual rate of change between two points.
 * - `compound`: CAGR, (to/from)^(1/years) − 1, a fraction per year. Defined only when both
 *   values are non-zero and of the same sign, and their ratio is a number (5e-324 to 100 overflows to Infinity).
 * - `linear`: (to − from)/years, in the indicator's units per year: the fallback when a
 *   compound rate is undefined (a zero baseline, a sign change, a target of zero).
 */
export interface AnnualRate {
  readonly kind: 'compound' | 'linear';
  readonly value: number;
}

export function compoundDefined(a: number, b: number): boolean {
  return Math.sign(a) * Math.sign(b) > 0 && isFinite(b / a);
}

export function annualRate(from: YearValue, to: YearValue, kind?: AnnualRate['kind']): AnnualRate | null {
  const years = to.year - from.year;
  if (years <= 0) return null;
  // Compound unless asked for linear or undefined for these values.
  if (kind !== 'linear' && compoundDefined(from.value, to.value)) {
    return { kind: 'compound', value: Math.pow(to.value / from.value, 1 / years) - 1 };
  }
  return { kind: 'linear', value: (to.value - from.value) / years };
}

/** Continues `from` to `year` at `rate`. */
export function project(from: YearValue, rate: AnnualRate, year: number): number {
  const years = year - from.year;
  return rate.kind === 'compound' ? from.value * Math.pow(1 + rate.value, years) : from.value + rate.value * years;
}

/** Linear interpolation between the points of an ascending path (clamped at both ends). */
export function interpolate(path: readonly YearValue[], year: number): number | null {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return null;
  if (year <= first.year) return first.value;
  if (year >= last.year) return last.value;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    if (year <= b.year) return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
  }
  // Only a year that is not a number gets here: no value, not the last one.
  return null;
}
