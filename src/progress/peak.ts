/**
 * Peak targets ("emissions peak before 2030").
 *
 * - Achieved once the series' highest value lies at or before the deadline and at least
 *   two later observations are lower (the decline is confirmed, not a single dip).
 * - Otherwise judged from the trend of growth: a least-squares line through the last
 *   (up to five) year-on-year growth rates gives the year growth reaches zero, the projected
 *   peak. ratio = (deadline − latest year) ÷ (projected peak − latest year), so a peak
 *   projected on the deadline scores 1, one projected twice as far away scores 0.5.
 *   Growth already at or below zero scores 1 (peaking, not yet confirmed); growth that is not
 *   slowing scores 0 (off track). The shared thresholds then apply.
 */
import type { Baseline, Observation, YearValue } from '../format/types.js';
import { formatChange, formatNumber, formatRatio } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { Assessment } from './assess.js';
import { yearOnYear } from './series.js';
import { classify } from './status.js';

export interface PeakFacts {
  /** The highest observation so far. */
  readonly peak: YearValue;
  /** How many later observations are lower than the peak. */
  readonly laterLower: number;
  readonly confirmed: boolean;
  /** Fitted growth (percent a year) at the latest year, and its change per year. */
  readonly growth: number | null;
  readonly growthSlope: number | null;
  /** Year the fitted growth reaches zero; null if it never does. */
  readonly projectedPeakYear: number | null;
  readonly deadline: number;
}

const TREND_POINTS = 5;

/** Least-squares line through (x, y) pairs. */
export function fitLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n === 0) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function assessPeak(a: Mutable<Assessment>, deadline: number, baseline: Baseline, observed: readonly Observation[], lang: Lang): Assessment {
  const m = messages(lang);
  a.used = observed.map((o) => ({ year: o.year, value: o.value }));
  a.target = a.finalTarget = null;
  if (baseline.value !== undefined) a.baseline = { year: baseline.year, value: baseline.value };
  if (observed.length < 2) {
    a.explanation = m.explain.insufficient(observed.length);
    return a;
  }
  const latest = observed[observed.length - 1]!;
  a.latest = { year: latest.year, value: latest.value };
  a.asOf = a.asOf ?? latest.year;

  // The last occurrence of the maximum: a plateau at the top has peaked when it starts to fall.
  let top = observed[0]!;
  for (const o of observed) if (o.value >= top.value) top = o;
  const later = observed.filter((o) => o.year > top.year);
  const laterLower = later.filter((o) => o.value < top.value).length;
  const confirmed = top.year <= deadline && laterLower >= 2 && laterLower === later.length;

  const growth = yearOnYear(observed).slice(-TREND_POINTS);
  const fit = fitLine(growth.map((g) => ({ x: g.year, y: g.change })));
  const fitted = fit ? fit.intercept + fit.slope * latest.year : null;
  let projectedPeakYear: number | null = null;
  if (fitted !== null && fit) {
    if (fitted <= 0) projectedPeakYear = latest.year;
    else if (fit.slope < 0) projectedPeakYear = latest.year + fitted / -fit.slope;
  }
  a.peak = {
    peak: { year: top.year, value: top.value }, laterLower, confirmed, growth: fitted, growthSlope: fit?.slope ?? null,
    projectedPeakYear: projectedPeakYear === null ? null : Math.round(projectedPeakYear * 10) / 10, deadline,
  };

  // Projection to the deadline along the fitted growth path (growth floored at zero once it gets there).
  if (fitted !== null && fit) {
    let value = latest.value;
    for (let y = latest.year + 1; y <= deadline; y++) {
      const g = Math.max(fit.intercept + fit.slope * y, fitted <= 0 ? fitted : 0);
      value *= 1 + g / 100;
    }
    a.projected = { year: Math.max(deadline, latest.year), value };
  }

  const lines: string[] = [];
  if (confirmed) {
    a.status = 'achieved';
    a.met = true;
    a.ratio = 1;
    lines.push(m.explain.peakReached({ peak: formatNumber(lang, top.value), year: String(top.year), later: laterLower, deadline: String(deadline) }));
  } else {
    if (fitted === null || !fit) {
      a.explanation = m.explain.noTrend;
      return a;
    }
    const yearsLeft = deadline - latest.year;
    if (projectedPeakYear === null) a.ratio = 0;
    else if (projectedPeakYear <= latest.year) a.ratio = 1;
    else a.ratio = Math.max(0, yearsLeft) / (projectedPeakYear - latest.year);
    lines.push(
      m.explain.peakTrend({
        growth: formatChange(lang, fitted), slope: formatNumber(lang, fit.slope, 2),
        peakYear: projectedPeakYear === null ? null : String(Math.round(projectedPeakYear)), deadline: String(deadline),
      }),
    );
    if (latest.year > deadline) {
      a.missed = true;
      a.status = 'off-track';
      lines.push(m.explain.missed({ targetYear: String(deadline) }));
    } else {
      a.status = classify(a.ratio, a.thresholds);
      lines.push(
        m.explain.verdict({
          status: m.status[a.status], ratio: formatRatio(lang, a.ratio),
          onTrack: formatRatio(lang, a.thresholds.onTrack), needsAcceleration: formatRatio(lang, a.thresholds.needsAcceleration),
        }),
      );
    }
  }
  a.explanation = lines.join(lang === 'zh' ? '' : ' ');
  return a;
}
