/**
 * The trajectory's data model, in years and the indicator's units (no pixels, no text):
 * the observed series, the required path, the projection with its band, and the target's marks.
 * Built from one target and its Assessment; pure.
 *
 * The required path is the Assessment's (`requiredPath()` in src/progress/path.ts, the one definition
 * the gauge and the sector panel also judge against): straight for method `path`, a constant annual
 * rate for `rate` and `extrapolation` (straight where a compound rate is undefined), through a count
 * target's milestones, a cap's allowances. Peak targets have none (a deadline instead).
 */
import type { Comparison, GoalKind, ObservationStatus, PolicyDocument, Source, Target, YearValue } from '../format/types.js';
import { resolveSource } from '../format/sources.js';
import { indicatorOf } from '../format/lookup.js';
import type { Assessment } from '../progress/assess.js';
import { resolveGoal } from '../progress/goal.js';
import { pick, seriesOf } from '../progress/series.js';
import { projectPeak } from '../progress/peak.js';
import { projectAtRate, spreadOf, withBand, type ProjectionPoint, type Spread } from './band.js';

export interface ObservedPoint extends YearValue {
  readonly status: ObservationStatus;
  /** Estimated or illustrative points are drawn hollow. */
  readonly hollow: boolean;
  readonly source: Source | null;
}

export type Reference =
  | { readonly kind: 'ceiling' | 'floor'; readonly value: number }
  | { readonly kind: 'range'; readonly value: number; readonly lo: number; readonly hi: number };

export interface TrajectoryModel {
  readonly kind: GoalKind;
  readonly comparison: Comparison | null;
  readonly observed: readonly ObservedPoint[];
  readonly required: readonly YearValue[];
  readonly requiredShape: 'straight' | 'compound' | 'cap' | null;
  /** From the latest observation (k = 0) to the projection's year; empty when there is none. */
  readonly projection: readonly ProjectionPoint[];
  readonly spread: Spread | null;
  readonly baseline: YearValue | null;
  /** The goal's final value and year (null for peak targets). */
  readonly target: YearValue | null;
  /** What the status is judged against, if it differs from `target` (a count target's next milestone). */
  readonly judged: YearValue | null;
  readonly milestones: readonly YearValue[];
  readonly reference: Reference | null;
  /** Peak targets: the year the series must peak by. */
  readonly deadline: number | null;
  /** Peak targets: the highest observation so far, and whether the peak is confirmed. */
  readonly peak: (YearValue & { readonly confirmed: boolean }) | null;
  readonly xExtent: readonly [number, number];
  /** Extent of everything but the band; null when there is no value to show at all. */
  readonly yExtent: readonly [number, number] | null;
  /** Extent of the band alone (null without one). */
  readonly bandExtent: readonly [number, number] | null;
  /** Extent of the projection alone (null without one): it may widen the axis only so far (see geometry). */
  readonly projectionExtent: readonly [number, number] | null;
  /** The y axis should start at zero (counts). */
  readonly includeZero: boolean;
}

const finite = (v: number | null | undefined): v is number => Number.isFinite(v);

/** The smallest and largest of some values; null without any. */
const extentOf = (values: readonly number[]): [number, number] | null => (values.length ? [Math.min(...values), Math.max(...values)] : null);

export function trajectoryModel(doc: PolicyDocument, target: Target, a: Assessment): TrajectoryModel {
  const observed: ObservedPoint[] = seriesOf(doc, target.indicator, a.asOf).map(({ year, value, provenance: p }) => ({
    year, value, status: p.status, hollow: p.status !== 'official', source: resolveSource(doc, p.source),
  }));
  const g = target.goal;
  const kind = g.kind;
  const b = target.baseline;
  // The Assessment's baseline: the target's value where it gives one, else the first observation (or none), which the
  // view names a stand-in (`a.baselineFromObservation`), not "Baseline": an observation, often of a later year.
  const baseline = a.baseline;
  // The goal as assess() resolves it, so also without data, when the Assessment has none (null for peaks; a
  // relative goal without a baseline value has no value).
  const goal = resolveGoal(target, baseline ?? { year: b.year, value: NaN }, indicatorOf(doc, target)!.better);
  const finalTarget = goal && finite(goal.value) ? pick(goal) : null;
  const judged = a.target && finalTarget && (a.target.year !== finalTarget.year || a.target.value !== finalTarget.value) ? a.target : null;
  // Milestones are in ascending years (validate() requires it).
  const milestones = (target.milestones ?? []).map(pick);
  const comparison = goal?.comparison ?? null;

  // Required path: the Assessment's. Caps: the allowances themselves, so no cap line runs over the years before the
  // first one (the assessment's path starts at the baseline, to judge a value between it and the first cap). A limit
  // has none (see Assessment.limit); its reference line is the limit.
  const required = (g.kind === 'cap' ? g.allowances : a.path.length > 1 ? a.path : []).map(pick);
  const requiredShape = g.kind === 'cap' ? 'cap' : required.length ? a.pathShape : null;

  // Reference mark: a ceiling, a floor or a range at the target value (caps draw their allowances instead).
  const v = finalTarget?.value ?? 0;
  const reference: Reference | null =
    !finalTarget || kind === 'cap' || !comparison
      ? null
      : comparison === 'about'
        ? { kind: 'range', value: v, lo: v - goal!.tolerance, hi: v + goal!.tolerance }
        : { kind: comparison === 'at-most' ? 'ceiling' : 'floor', value: v };

  // Projection and band.
  // The Assessment has a peak, or a projected value and its rate, only with a latest value.
  const latest = a.latest!;
  const p = a.peak;
  let points: YearValue[] = [];
  if (kind === 'peak') {
    if (p && finite(p.growth) && finite(p.growthSlope) && p.deadline > latest.year) points = projectPeak(latest, p.growth, p.growthSlope, p.deadline);
  } else if (a.projected && finite(a.achievedAnnualRate) && a.projected.year > latest.year) {
    points = projectAtRate(latest, { kind: a.rateKind!, value: a.achievedAnnualRate }, a.projected.year);
  }
  const spreadKind = kind === 'peak' ? (observed.every((o) => o.value > 0) ? 'compound' : 'linear') : a.rateKind ?? 'compound';
  const spread = points.length > 1 ? spreadOf(observed, spreadKind) : null;
  const projection = withBand(points, spread);
  const deadline = g.kind === 'peak' ? g.year : null;

  // Extents.
  const all = [...observed, ...required, ...milestones, baseline, finalTarget].filter((q): q is YearValue => !!q);
  const years = [b.year, ...all.map((q) => q.year), ...projection.map((q) => q.year)];
  if (deadline !== null) years.push(deadline);
  const values = all.map((q) => q.value);
  if (reference?.kind === 'range') values.push(reference.lo, reference.hi);
  const includeZero = kind === 'count';
  if (includeZero && values.length) values.push(0);
  const band = projection.filter((q) => q.k > 0);
  return {
    kind, comparison, observed, required, requiredShape, projection, spread, baseline,
    target: finalTarget, judged, milestones, reference, deadline,
    peak: p ? { ...pick(p.peak), confirmed: p.confirmed } : null,
    xExtent: extentOf(years)!,
    yExtent: extentOf(values.filter(finite)),
    bandExtent: extentOf(band.flatMap((q) => [q.lo, q.hi])),
    projectionExtent: extentOf(projection.map((q) => q.value).filter(finite)),
    includeZero,
  };
}
