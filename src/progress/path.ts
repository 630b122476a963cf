/**
 * The required path: the one definition that `assess()` (its `pathValue` and `expected`, so the
 * gauge's "Required path" marker, the sector panel's "due by 2022" tick and the `path` method's
 * sentence) and the trajectory (its drawn line and tooltips) all use, so every widget and every
 * sentence gives the same value for the same year.
 *
 * From the baseline to the goal's end point:
 * - caps: the annual allowances, straight between them;
 * - count targets: through each interim milestone on the way;
 * - method `path`: straight lines (European Environment Agency distance-to-target);
 * - methods `rate` and `extrapolation`: a constant annual rate per segment,
 *   v(y) = a·(b/a)^((y − y_a)/(y_b − y_a)), sampled every year, so that the path is the rate the
 *   methods require; straight where a compound rate is undefined (a zero or a sign change, or
 *   when the assessment fell back to straight-line rates).
 */
import type { Method, Target, YearValue } from '../format/types.js';
import { compoundDefined, interpolate, type AnnualRate } from './rates.js';
import { pick } from './series.js';

export type PathShape = 'straight' | 'compound' | 'cap';

export interface RequiredPath {
  /** `compound` when at least one segment is a constant-rate curve. */
  readonly shape: PathShape;
  /** Ascending years; compound segments carry a point for every year. */
  readonly points: readonly YearValue[];
}

/** Yearly points of a constant-rate path from `a` to `b` (both included). */
export function compoundSegment(a: YearValue, b: YearValue): YearValue[] {
  const years = b.year - a.year;
  const out: YearValue[] = [];
  for (let i = 0; i <= years; i++) out.push({ year: a.year + i, value: i === 0 ? a.value : i === years ? b.value : a.value * Math.pow(b.value / a.value, i / years) });
  return out;
}

/**
 * The required path of a (non-peak) target from `baseline` to `end` (the goal's final value and
 * year). `rateKind` is the kind of rate the assessment compares (null without data): a `linear`
 * one keeps the path straight, as the required rate it stands for is then a straight line too.
 */
export function requiredPath(target: Target, baseline: YearValue, end: YearValue, method: Method, rateKind: AnnualRate['kind'] | null): RequiredPath {
  const g = target.goal;
  if (g.kind === 'cap') return { shape: 'cap', points: [baseline, ...g.allowances.filter((a) => a.year > baseline.year)] };
  // (Not a milestone its baseline already meets, which the data's warnings name: 100 by 2027 from 120 bent the path
  // below the baseline, "−11% of the way was due by 2023".)
  const inner = g.kind === 'count' ? (target.milestones ?? []).filter((s) => s.year > baseline.year && s.year < end.year && (s.value - baseline.value) * (end.value - baseline.value) > 0) : [];
  const nodes = [baseline, ...inner, end].map(pick);
  const compound = method !== 'path' && rateKind !== 'linear';
  const points: YearValue[] = [];
  let shape: PathShape = 'straight';
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    if (b.year <= a.year) continue;
    const seg = compound && compoundDefined(a.value, b.value) ? compoundSegment(a, b) : [a, b];
    if (seg.length > 2) shape = 'compound';
    points.push(...(points.length ? seg.slice(1) : seg));
  }
  return { shape, points: points.length ? points : [nodes[0]!] };
}

/**
 * The path's value in `year`, held at its ends. Exact for whole years (every year of a
 * compound segment is a point), which is all the format allows.
 */
export const pathValueAt: (points: readonly YearValue[], year: number) => number | null = interpolate;
