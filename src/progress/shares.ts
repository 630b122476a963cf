/**
 * What the gauge and the sector panel's rows draw, as shares of the way (0 = baseline, 1 = target), for each kind of
 * target:
 * - relative, absolute, cap: the assessment's progress and expected shares;
 * - count: progress towards the final count, with every milestone as a tick; the "expected" marker
 *   is where the required path (through the milestones, as the trajectory draws it) stands now;
 * - peak: time, not level. The scale runs from the first year of the trend to the deadline;
 *   the fill reaches the latest year, and the "expected" marker is the projected peak year, so a
 *   marker beyond the deadline means the peak is projected too late;
 * - a target equal to its baseline (a limit with no room): no way to go; the scale is full while it is kept (`hold`);
 * - "about" (range) targets: also the range as a band. Being in it is what counts, not a share of the way, so the
 *   latest value is drawn as a dot in or beside the band, not as a fill from the baseline (1,793 Mt against "about
 *   1,800", baseline 1,854, is 113% "of the way" but in the range: a fill past the target read as overshoot).
 */
import type { Target } from '../format/types.js';
import type { Assessment } from './assess.js';

export interface WayShares {
  readonly progress: number | null;
  readonly expected: number | null;
  readonly milestones: readonly number[];
  /** Peaks: the first year of the time scale (the fill runs from it to the latest year). */
  readonly from?: number;
  /** "About" targets: the accepted range, as shares of the way (low to high share). */
  readonly band?: readonly [number, number];
  /**
   * A target that holds its baseline's value ("keep at least 30%" from 30%): there is no way to go, so no share of it;
   * `progress` is 1 while the target is met or in its range (the scale full, as its "Achieved" or "On track" says) and
   * 0 once it is not.
   */
  readonly hold?: true;
}

export function wayShares(target: Target, a: Assessment): WayShares {
  const g = target.goal;
  if (g.kind === 'peak') {
    if (!a.latest || !a.peak) return { progress: null, expected: null, milestones: [] };
    // The baseline's year, but for data that end before it (a peak reads them all): theirs, as without a baseline value
    // (data 2015–2019 against a 2020 baseline read "Years so far: 2020–2019", −10% of the time).
    const start = a.baseline && a.baseline.year <= a.latest.year ? a.baseline.year : a.used[0]!.year;
    const span = g.year - start;
    if (span <= 0) return { progress: null, expected: null, milestones: [] };
    const share = (year: number) => (year - start) / span;
    const projected = a.peak.confirmed ? a.peak.peak.year : a.peak.projectedPeakYear;
    return { progress: share(a.latest.year), expected: projected === null ? 1.5 : share(projected), milestones: [], from: start };
  }
  // Shares of the way from the baseline to the final target (none when there is no such way).
  const b = a.baseline?.value ?? 0;
  const d = a.baseline && a.finalTarget ? a.finalTarget.value - b : 0;
  const share = (v: number) => (v - b) / d;
  // No way to go (a target equal to its baseline, within the assessment's 10⁻¹² of it; of any kind, an "about" one
  // too): full while met or in its range, empty once not. Nothing to judge yet (one observation) draws nothing.
  if (a.baseline && a.finalTarget && a.latest && a.status !== 'insufficient-data' && !(Math.abs(d) > 1e-12))
    return { progress: a.status === 'achieved' || a.status === 'on-track' ? 1 : 0, expected: null, milestones: [], hold: true };
  // (Ticks on the way only: a milestone its baseline already meets is none; see requiredPath.)
  const milestones = d ? (target.milestones ?? []).map((m) => share(m.value)).filter((s) => s > 0) : [];
  // (A count its baseline already meets is a limit: no path, nothing due; below, as any limit. One observation standing in
  // for the baseline is nothing to judge yet, as for any kind: no shares, so the gauge says why, not "0% of the way".)
  if (g.kind === 'count' && !a.limit && a.baseline && a.finalTarget && a.latest && a.status !== 'insufficient-data') {
    // The required path through the milestones (Assessment.pathValue, the trajectory's line), so the
    // "expected" marker agrees with the chart and the status label.
    const pathAtLatest = a.pathValue ?? b + ((a.latest.year - a.baseline.year) / (a.finalTarget.year - a.baseline.year)) * d;
    return { progress: share(a.latest.value), expected: Math.min(1, share(pathAtLatest)), milestones };
  }
  const r = a.range && d ? [share(a.range[0]), share(a.range[1])].sort((x, y) => x - y) : null;
  return { progress: a.progress, expected: a.expected, milestones, ...(r && { band: r as [number, number] }) };
}
