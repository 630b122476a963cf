/**
 * Peak targets ("emissions peak before 2030").
 *
 * - Achieved once the series' highest value lies at or before the deadline and at least
 *   two later observations are lower (the decline is confirmed, not a single dip).
 * - Otherwise judged from the trend of growth: a least-squares line through the last
 *   (up to five) year-on-year growth rates gives the year growth reaches zero, the projected
 *   peak. ratio = (deadline − latest year) ÷ (projected peak − latest year), so a peak
 *   projected on the deadline scores 1, one projected twice as far away scores 0.5.
 *   Growth already at or below zero scores 1, or the on-track threshold where a target sets it higher (peaking, not
 *   yet confirmed: on track whatever the thresholds); growth that is not slowing scores 0 (off track). The shared
 *   thresholds then apply.
 * - A trend only where the rates show one: a slope at least twice its standard error. Else growth
 *   is taken as steady at their mean. Fewer than three rates (four consecutive years) are
 *   insufficient data: two points always fit a line exactly. China's CO₂, 2019–2023 (+3.7, +1.8,
 *   +5.0, −0.9, +4.9%): the fitted slope is −0.03 ± 0.90 points a year, its sign unknown, yet it put
 *   the peak "after 2040", and leaving out 2023 alone turned that into "on track, peak around 2024".
 */
import type { Baseline, Observation, YearValue } from '../format/types.js';
import { formatChange, formatNumber, formatRatio, type ValueFormat } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { Assessment, Mutable } from './assess.js';
import { pick, yearOnYear } from './series.js';
import { conclude } from './status.js';

export interface PeakFacts {
  /** The highest observation so far. */
  readonly peak: YearValue;
  /** How many later observations are lower than the peak. */
  readonly laterLower: number;
  readonly confirmed: boolean;
  /** Fitted growth (percent a year) at the latest year, and its change per year (0 without a clear trend). */
  readonly growth: number | null;
  readonly growthSlope: number | null;
  /** Whether growth shows a clear trend (see `clearTrend`); else `growth` is the recent rates' mean, held steady. */
  readonly trend: boolean;
  /** Year the fitted growth reaches zero; null if it never does. */
  readonly projectedPeakYear: number | null;
  readonly deadline: number;
}

/**
 * The projected peak year as a reader is shown it: rounded, or, when growth never reaches zero or
 * only more than ten years past the deadline (a straight-line fit of growth can put the crossing
 * centuries away, and there the exact year means nothing), ten years past the deadline, marked `after`.
 */
export function shownPeakYear({ projectedPeakYear: year, deadline }: PeakFacts): [year: number, after: boolean] {
  const far = deadline + 10;
  return year === null || year > far ? [far, true] : [Math.round(year), false];
}

/**
 * Whether the series' growth has turned (at or below zero) while its highest value awaits confirmation: the peak so far
 * is then in the past ("Peaked 2024 (unconfirmed)", the gauge's "must stay below its 2024 high"), scored 1 (no years to
 * zero growth are left to divide by).
 */
export const turned = (p: PeakFacts): boolean => !p.confirmed && p.growth !== null && p.growth <= 0;

const TREND_POINTS = 5;
const MIN_RATES = 3;

/**
 * Yearly values from `latest` to `deadline` along the fitted growth path: growth `growth` percent
 * at the latest year, changing by `slope` points a year, and floored at zero once it gets there
 * (or at its own value if already negative). The assessment's projection is the last point; the
 * trajectory chart draws them all.
 */
export function projectPeak(latest: YearValue, growth: number, slope: number, deadline: number): YearValue[] {
  const out: YearValue[] = [{ year: latest.year, value: latest.value }];
  const floor = Math.min(growth, 0);
  let value = latest.value;
  for (let year = latest.year + 1; year <= deadline; year++) {
    value *= 1 + Math.max(growth + slope * (year - latest.year), floor) / 100;
    out.push({ year, value });
  }
  return out;
}

/**
 * Least-squares line through year-on-year growth rates (change against year), with the standard error of its slope
 * (null below three points, where a line fits exactly and says nothing of its own uncertainty) and the rates' mean.
 */
export function fitLine(points: readonly { year: number; change: number }[]): { slope: number; intercept: number; se: number | null; mean: number } | null {
  const n = points.length;
  if (n === 0) return null;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.change, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - mx) ** 2;
    sxy += (p.year - mx) * (p.change - my);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  const residuals = points.reduce((s, p) => s + (p.change - intercept - slope * p.year) ** 2, 0);
  return { slope, intercept, se: n > 2 && sxx ? Math.sqrt(residuals / (n - 2) / sxx) : null, mean: my };
}

/** Whether a fitted slope is a trend: known from at least three rates and at least twice its standard error. */
export const clearTrend = (fit: { slope: number; se: number | null }) => fit.se !== null && Math.abs(fit.slope) >= 2 * fit.se && fit.slope !== 0;

export function assessPeak(a: Mutable<Assessment>, deadline: number, baseline: Baseline, observed: readonly Observation[], lang: Lang, q: ValueFormat): Assessment {
  const m = messages(lang).explain;
  const used = (a.used = observed.map(pick));
  if (baseline.value !== undefined) a.baseline = pick(baseline as YearValue);
  const latest = used[used.length - 1];
  if (!latest || used.length < 2) {
    a.explanation = m.insufficient(used.length);
    return a;
  }
  a.latest = latest;
  a.asOf ??= latest.year;

  // The last occurrence of the maximum: a plateau at the top has peaked when it starts to fall.
  // Every later observation is therefore lower.
  let top = latest;
  for (const o of used) if (o.value >= top.value) top = o;
  const laterLower = used.filter((o) => o.year > top.year).length;
  // A peak after the deadline is never confirmed: the target says when the series turns, so a later peak misses it
  // whatever follows (off track once the deadline is over), and is not "achieved late" as a value reached after its
  // year is (`metLate` stays null; see assess.ts).
  const late = top.year > deadline;
  const confirmed = !late && laterLower >= 2;

  const rates = yearOnYear(used).slice(-TREND_POINTS);
  // Fewer than three rates cannot show a trend, nor that there is none: insufficient data (below).
  const fitted = rates.length >= MIN_RATES ? fitLine(rates) : null;
  // No clear trend: growth steady at the rates' mean (slope 0), not a line whose sign is noise.
  const trend = !!fitted && clearTrend(fitted);
  const fit = fitted && (trend ? fitted : { ...fitted, slope: 0, intercept: fitted.mean });
  const growth = fit && fit.intercept + fit.slope * latest.year;
  let projectedPeakYear: number | null = null;
  if (fit) {
    // Growth already at or below zero: the peak so far is the highest value's year (113 in 2024, then 111 in 2025,
    // read "reaches zero around 2025; the deadline is 2024" beside On track).
    if (growth! <= 0) projectedPeakYear = top.year;
    else if (fit.slope < 0) projectedPeakYear = latest.year + growth! / -fit.slope;
    const path = projectPeak(latest, growth!, fit.slope, deadline);
    a.projected = { year: Math.max(deadline, latest.year), value: path[path.length - 1]!.value };
  }
  // The projected peak year to a tenth of a year.
  a.peak = { peak: top, laterLower, confirmed, growth, growthSlope: fit?.slope ?? null, trend, projectedPeakYear: projectedPeakYear === null ? null : Math.round(projectedPeakYear * 10) / 10, deadline };

  if (confirmed) {
    a.status = 'achieved';
    a.met = true;
    a.ratio = 1;
  } else if (!fit) {
    a.explanation = m.noTrend(rates.length);
    return a;
  } else
    // A highest value after the deadline has missed it, whatever the trend: no score ("it scores 1.00" read beside
    // "has passed without the target being met").
    a.ratio = late || projectedPeakYear === null ? 0 : projectedPeakYear <= latest.year ? Math.max(1, a.thresholds.onTrack) : Math.max(0, deadline - latest.year) / (projectedPeakYear - latest.year);
  const score = late ? '' : formatRatio(lang, a.ratio!);
  const line = confirmed
    ? m.peakReached(q.quantity(top.value), top.year, laterLower, deadline)
    : trend
      ? m.peakTrend(formatChange(lang, growth!), formatNumber(lang, fit!.slope, 2), rates.length, ...shownPeakYear(a.peak), deadline, score, growth! <= 0)
      : m.peakSteady(formatChange(lang, growth!), growth! <= 0, rates.length, formatNumber(lang, fitted!.slope, 2), formatNumber(lang, fitted!.se ?? 0, 2), deadline, score);
  // Missed only by a highest value after the deadline: one by it, with a lower value after, awaits its confirmation (113
  // in 2024, 111 in 2025, "peak by 2024", was "passed without the target being met"); the trend judges it meanwhile.
  return conclude(a, [line], lang, late ? deadline : null, 'off-track');
}
