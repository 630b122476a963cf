/**
 * The trajectory's data model, in years and the indicator's units (no pixels, no text):
 * the observed series, the required path, the projection with its band, and the target's marks.
 * Built from one target and its Assessment; pure.
 *
 * Required path (baseline → target):
 * - method `path`: a straight line;
 * - methods `rate` and `extrapolation`: the constant annual rate, v(y) = b·(t/b)^((y − y_b)/(y_t − y_b)),
 *   sampled every year (straight where a compound rate is undefined: a zero or a sign change);
 * - count targets pass through each interim milestone; caps follow their allowances (Assessment.path);
 *   peak targets have none (a deadline instead).
 */
import type { Comparison, GoalKind, Method, ObservationStatus, PolicyDocument, Source, Target, YearValue } from '../format/types.js';
import { resolveSource } from '../format/sources.js';
import type { Assessment } from '../progress/assess.js';
import { ABOUT_TOLERANCE } from '../progress/goal.js';
import { compoundDefined } from '../progress/rates.js';
import { seriesOf } from '../progress/series.js';
import { projectAtRate, projectPeak, spreadOf, withBand, type ProjectionPoint, type Spread } from './band.js';

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
  readonly method: Method;
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
  /** The y axis should start at zero (counts). */
  readonly includeZero: boolean;
}

/** The goal's final point, computed from the target alone where the Assessment has none (no data). */
function goalPoint(target: Target, baseline: YearValue | null): YearValue | null {
  const g = target.goal;
  switch (g.kind) {
    case 'relative':
      return baseline ? { year: g.year, value: baseline.value * (1 + g.change / 100) } : null;
    case 'absolute':
    case 'count':
      return { year: g.year, value: g.value };
    case 'cap': {
      const last = g.allowances[g.allowances.length - 1];
      return last ? { year: last.year, value: last.value } : null;
    }
    case 'peak':
      return null;
  }
}

function comparisonOf(target: Target, better: 'lower' | 'higher'): Comparison | null {
  const g = target.goal;
  switch (g.kind) {
    case 'relative':
      return better === 'lower' ? 'at-most' : 'at-least';
    case 'absolute':
      return g.comparison;
    case 'count':
      return 'at-least';
    case 'cap':
      return 'at-most';
    case 'peak':
      return null;
  }
}

/** Yearly points of a constant-rate path from `a` to `b` (both included). */
export function compoundSegment(a: YearValue, b: YearValue): YearValue[] {
  const years = b.year - a.year;
  const out: YearValue[] = [];
  for (let i = 0; i <= years; i++) {
    const value = i === 0 ? a.value : i === years ? b.value : a.value * Math.pow(b.value / a.value, i / years);
    out.push({ year: a.year + i, value });
  }
  return out;
}

/** The required path through `nodes` (ascending years): straight, or at a constant rate per segment. */
export function requiredPath(nodes: readonly YearValue[], compound: boolean): { points: YearValue[]; compound: boolean } {
  const points: YearValue[] = [];
  let usedCompound = false;
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    if (b.year <= a.year) continue;
    const seg = compound && compoundDefined(a.value, b.value) ? compoundSegment(a, b) : [a, b];
    if (seg.length > 2) usedCompound = true;
    points.push(...(points.length ? seg.slice(1) : seg));
  }
  return { points, compound: usedCompound };
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function trajectoryModel(doc: PolicyDocument, target: Target, a: Assessment): TrajectoryModel {
  const indicator = doc.indicators.find((i) => i.id === target.indicator);
  const better = indicator?.better ?? 'lower';
  const observed: ObservedPoint[] = seriesOf(doc, target.indicator, a.asOf ?? undefined).map((o) => ({
    year: o.year, value: o.value, status: o.provenance.status, hollow: o.provenance.status !== 'official',
    source: resolveSource(doc, o.provenance.source),
  }));
  const kind = target.goal.kind;
  const baseline: YearValue | null =
    a.baseline ?? (target.baseline.value !== undefined ? { year: target.baseline.year, value: target.baseline.value } : null);
  const finalTarget = a.finalTarget ?? goalPoint(target, baseline);
  const judged = a.target && finalTarget && (a.target.year !== finalTarget.year || a.target.value !== finalTarget.value) ? a.target : null;
  const milestones = [...(target.milestones ?? [])].map((m) => ({ year: m.year, value: m.value })).sort((x, y) => x.year - y.year);
  const comparison = a.comparison ?? comparisonOf(target, better);

  // Required path.
  let required: YearValue[] = [];
  let requiredShape: TrajectoryModel['requiredShape'] = null;
  if (kind === 'cap' && target.goal.kind === 'cap') {
    required = a.path.length > 0 ? a.path.map((p) => ({ year: p.year, value: p.value })) : target.goal.allowances.map((p) => ({ year: p.year, value: p.value }));
    requiredShape = 'cap';
  } else if (kind !== 'peak' && baseline && finalTarget) {
    const inner = kind === 'count' ? milestones.filter((m) => m.year > baseline.year && m.year < finalTarget.year) : [];
    const compound = a.method !== 'path' && a.rateKind !== 'linear';
    const path = requiredPath([baseline, ...inner, finalTarget], compound);
    required = path.points;
    requiredShape = path.compound ? 'compound' : 'straight';
  }

  // Reference mark: a ceiling, a floor or a range at the target value (caps draw their allowances instead).
  let reference: Reference | null = null;
  if (finalTarget && kind !== 'cap' && comparison) {
    if (comparison === 'about' && target.goal.kind === 'absolute') {
      const tol = (Math.abs(finalTarget.value) * (target.goal.tolerance ?? ABOUT_TOLERANCE)) / 100;
      reference = { kind: 'range', value: finalTarget.value, lo: finalTarget.value - tol, hi: finalTarget.value + tol };
    } else if (comparison === 'at-most') reference = { kind: 'ceiling', value: finalTarget.value };
    else if (comparison === 'at-least') reference = { kind: 'floor', value: finalTarget.value };
  }

  // Projection and band.
  const latest = a.latest;
  let points: YearValue[] = [];
  let spreadKind: 'compound' | 'linear' = a.rateKind ?? 'compound';
  if (kind === 'peak') {
    const p = a.peak;
    if (latest && p && finite(p.growth) && finite(p.growthSlope) && p.deadline > latest.year) {
      points = projectPeak(latest, p.growth, p.growthSlope, p.deadline);
    }
    spreadKind = observed.every((o) => o.value > 0) ? 'compound' : 'linear';
  } else if (latest && a.projected && a.rateKind && finite(a.achievedAnnualRate) && a.projected.year > latest.year) {
    points = projectAtRate(latest, { kind: a.rateKind, value: a.achievedAnnualRate }, a.projected.year);
  }
  const spread = points.length > 1 ? spreadOf(observed, spreadKind) : null;
  const projection = withBand(points, spread);

  const deadline = target.goal.kind === 'peak' ? target.goal.year : null;
  const peak = a.peak ? { year: a.peak.peak.year, value: a.peak.peak.value, confirmed: a.peak.confirmed } : null;

  // Extents.
  const years: number[] = [target.baseline.year, ...observed.map((o) => o.year), ...required.map((p) => p.year), ...milestones.map((m) => m.year)];
  if (finalTarget) years.push(finalTarget.year);
  if (deadline !== null) years.push(deadline);
  for (const p of projection) years.push(p.year);
  const values: number[] = [...observed.map((o) => o.value), ...required.map((p) => p.value), ...milestones.map((m) => m.value), ...projection.map((p) => p.value)];
  if (baseline) values.push(baseline.value);
  if (finalTarget) values.push(finalTarget.value);
  if (reference?.kind === 'range') values.push(reference.lo, reference.hi);
  const includeZero = kind === 'count';
  if (includeZero && values.length) values.push(0);
  const ok = values.filter(finite);
  const band = projection.filter((p) => p.k > 0);
  return {
    kind, method: a.method, comparison, observed, required, requiredShape, projection, spread, baseline,
    target: finalTarget, judged, milestones, reference, deadline, peak,
    xExtent: [Math.min(...years), Math.max(...years)],
    yExtent: ok.length ? [Math.min(...ok), Math.max(...ok)] : null,
    bandExtent: band.length ? [Math.min(...band.map((p) => p.lo)), Math.max(...band.map((p) => p.hi))] : null,
    includeZero,
  };
}
