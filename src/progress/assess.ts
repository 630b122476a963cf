/**
 * The progress engine: one target's assessment, as pure data. No DOM.
 *
 * Methods (documented with sources in ARCHITECTURE.md):
 * - `path`: ratio = progress ÷ expected, against the required path (EEA distance-to-target).
 * - `rate`: R = sign(y₀)·d·CAGR_achieved ÷ |CAGR_required| (Statistics Canada / Open SDG).
 * - `extrapolation` (default): project the latest value to the target year at the achieved CAGR;
 *   Q = (projected − baseline) ÷ (target − baseline) (UN Statistics Division progress chart).
 */
import type { GoalKind, Method, Observation, PolicyDocument, Target, Thresholds, YearValue } from '../format/types.js';
import { formatChange, formatNumber, formatRatio, formatShare } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { meets, resolveGoal, type ResolvedGoal } from './goal.js';
import { assessPeak, type PeakFacts } from './peak.js';
import { annualRate, interpolate, project, type AnnualRate } from './rates.js';
import { seriesOf } from './series.js';
import { classify, DEFAULT_THRESHOLDS, type Status } from './status.js';

export const DEFAULT_METHOD: Method = 'extrapolation';
export const METHODS: readonly Method[] = ['path', 'rate', 'extrapolation'];

export interface AssessOptions {
  readonly method?: Method;
  /** Only observations up to and including this year are used. */
  readonly asOf?: number;
  /** Language of `explanation`. */
  readonly lang?: Lang;
}

export interface Assessment {
  readonly targetId: string;
  readonly kind: GoalKind;
  readonly method: Method;
  readonly status: Status;
  /** The method's ratio (path ratio, R or Q); null where there is nothing to divide. */
  readonly ratio: number | null;
  /** Share of the way from baseline to target covered by the latest value (1 = target reached). */
  readonly progress: number | null;
  /** Share of the way due by the latest year on the required path. */
  readonly expected: number | null;
  readonly baseline: YearValue | null;
  /** True when the target gave no baseline value and the first observation stood in. */
  readonly baselineFromObservation: boolean;
  /** What is judged against: the target, or for count targets the next unmet milestone. */
  readonly target: YearValue | null;
  /** The goal's final value and year (differs from `target` while a milestone is pending). */
  readonly finalTarget: YearValue | null;
  readonly comparison: ResolvedGoal['comparison'] | null;
  readonly latest: YearValue | null;
  /** The latest value continued to the target year at the achieved rate. */
  readonly projected: YearValue | null;
  readonly achievedAnnualRate: number | null;
  readonly requiredAnnualRate: number | null;
  readonly rateKind: AnnualRate['kind'] | null;
  /** The required path's value at the latest year. */
  readonly pathValue: number | null;
  /** (latest − pathValue) ÷ |pathValue|: 0.012 means 1.2% above the path. */
  readonly pathGap: number | null;
  /** The required path (baseline → target; a cap's allowances). */
  readonly path: readonly YearValue[];
  readonly met: boolean;
  /** The target year has passed and the target was not met. */
  readonly missed: boolean;
  readonly peak: PeakFacts | null;
  readonly thresholds: Required<Thresholds>;
  /** Observations used, the baseline included. */
  readonly used: readonly YearValue[];
  readonly illustrative: boolean;
  readonly estimated: boolean;
  readonly asOf: number | null;
  readonly explanation: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function empty(target: Target, method: Method, thresholds: Required<Thresholds>, asOf: number | undefined): Mutable<Assessment> {
  return {
    targetId: target.id, kind: target.goal.kind, method, status: 'insufficient-data', ratio: null, progress: null,
    expected: null, baseline: null, baselineFromObservation: false, target: null, finalTarget: null, comparison: null,
    latest: null, projected: null, achievedAnnualRate: null, requiredAnnualRate: null, rateKind: null, pathValue: null,
    pathGap: null, path: [], met: false, missed: false, peak: null, thresholds, used: [], illustrative: false,
    estimated: false, asOf: asOf ?? null, explanation: '',
  };
}

/** Finds a target by id. */
export function findTarget(doc: PolicyDocument, id: string): Target | undefined {
  return doc.targets.find((t) => t.id === id);
}

/**
 * Assesses one target. Returns null when the document has no target with that id.
 * Never throws for a document that passed `validate()`.
 */
export function assess(doc: PolicyDocument, targetId: string, options: AssessOptions = {}): Assessment | null {
  const target = findTarget(doc, targetId);
  if (!target) return null;
  const indicator = doc.indicators.find((i) => i.id === target.indicator);
  const better = indicator?.better ?? 'lower';
  const method = options.method ?? target.method ?? DEFAULT_METHOD;
  const lang = options.lang ?? 'en';
  const m = messages(lang);
  const fmt = (v: number) => formatNumber(lang, v);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...target.thresholds };
  const a = empty(target, method, thresholds, options.asOf);

  const observed = seriesOf(doc, target.indicator, options.asOf);
  const flag = (obs: readonly Observation[]) => {
    a.illustrative = obs.some((o) => o.provenance.status === 'illustrative');
    a.estimated = obs.some((o) => o.provenance.status === 'estimate');
  };

  if (target.goal.kind === 'peak') {
    flag(observed);
    return assessPeak(a, target.goal.year, target.baseline, observed, lang);
  }

  // Usable points: the baseline, then observations after the baseline year.
  const after = observed.filter((o) => o.year > target.baseline.year);
  let baseline: YearValue | undefined =
    target.baseline.value !== undefined ? { year: target.baseline.year, value: target.baseline.value } : undefined;
  let points: YearValue[] = after;
  if (!baseline) {
    const first = observed.find((o) => o.year >= target.baseline.year);
    if (first) {
      baseline = { year: first.year, value: first.value };
      a.baselineFromObservation = true;
      points = observed.filter((o) => o.year > first.year);
    }
  }
  const usedObs = observed.filter((o) => o.year >= (baseline?.year ?? target.baseline.year));
  flag(usedObs);
  a.used = (baseline ? [baseline, ...points] : points).map((p) => ({ year: p.year, value: p.value }));
  a.baseline = baseline ?? null;

  const latest = points[points.length - 1];
  if (!baseline || !latest) {
    a.explanation = m.explain.insufficient(a.used.length);
    const g = baseline ? resolveGoal(target, baseline, better) : null;
    if (g) {
      a.target = a.finalTarget = { year: g.year, value: g.value };
      a.comparison = g.comparison;
      a.path = g.path;
    }
    return a;
  }
  a.latest = { year: latest.year, value: latest.value };
  a.asOf = options.asOf ?? latest.year;

  // Count targets: judge against the first milestone (or the final count) not yet reached.
  let override: YearValue | undefined;
  if (target.goal.kind === 'count') {
    const steps = [...(target.milestones ?? []), { year: target.goal.year, value: target.goal.value }].sort((x, y) => x.year - y.year);
    override = steps.find((s) => latest.value < s.value) ?? steps[steps.length - 1];
  }
  const goal = resolveGoal(target, baseline, better, override);
  if (!goal) return a;
  const final = resolveGoal(target, baseline, better);
  a.target = { year: goal.year, value: goal.value };
  a.finalTarget = final ? { year: final.year, value: final.value } : a.target;
  a.comparison = goal.comparison;
  a.path = goal.path;

  const distance = goal.value - baseline.value;
  const pathValue = interpolate(goal.path, latest.year);
  a.pathValue = pathValue;
  if (pathValue !== null && pathValue !== 0) a.pathGap = (latest.value - pathValue) / Math.abs(pathValue);

  const achieved = annualRate(baseline, latest);
  const required = annualRate(baseline, { year: goal.year, value: goal.value }, achieved?.kind);
  const rateKind = achieved && required && achieved.kind === required.kind ? achieved.kind : 'linear';
  const achievedRate = annualRate(baseline, latest, rateKind);
  const requiredRate = annualRate(baseline, { year: goal.year, value: goal.value }, rateKind);
  a.rateKind = rateKind;
  a.achievedAnnualRate = achievedRate?.value ?? null;
  a.requiredAnnualRate = requiredRate?.value ?? null;
  if (achievedRate) {
    const horizon = Math.max(goal.year, latest.year);
    a.projected = { year: horizon, value: project(latest, achievedRate, horizon) };
  }

  const lines: string[] = [];
  if (a.baselineFromObservation) lines.push(m.explain.baselineFromObservation(String(baseline.year)));
  lines.push(
    m.explain.inputs({
      baseline: fmt(baseline.value), baselineYear: String(baseline.year), latest: fmt(latest.value),
      latestYear: String(latest.year), target: fmt(goal.value), targetYear: String(goal.year),
    }),
  );
  if (override && final && (override.year !== final.year || override.value !== final.value))
    lines.push(m.explain.milestone({ value: fmt(override.value), year: String(override.year) }));
  if (target.goal.kind === 'cap' && pathValue !== null)
    lines.push(m.explain.cap({ allowance: fmt(pathValue), year: String(latest.year), over: latest.value > pathValue }));

  a.met = meets(goal, latest.value);
  if (Math.abs(distance) > 1e-12) {
    a.progress = (latest.value - baseline.value) / distance;
    if (pathValue !== null) a.expected = Math.min(1, (pathValue - baseline.value) / distance);
  }

  if (a.met) {
    a.status = 'achieved';
    lines.push(m.explain.achieved({ latest: fmt(latest.value), year: String(latest.year), target: fmt(goal.value) }));
    a.ratio = ratioFor(method, a, baseline, distance, achievedRate, requiredRate);
  } else if (Math.abs(distance) <= 1e-12) {
    a.status = 'wrong-direction';
    lines.push(m.explain.noDistance);
  } else {
    a.ratio = ratioFor(method, a, baseline, distance, achievedRate, requiredRate);
    lines.push(explainMethod(method, a, lang, goal, achievedRate, requiredRate));
    if (latest.year >= goal.year) {
      a.missed = true;
      a.status = a.progress !== null && a.progress < 0 ? 'wrong-direction' : 'off-track';
      lines.push(m.explain.missed({ targetYear: String(goal.year) }));
    } else if (a.ratio !== null) {
      a.status = classify(a.ratio, thresholds);
      lines.push(
        m.explain.verdict({
          status: m.status[a.status], ratio: formatRatio(lang, a.ratio),
          onTrack: formatRatio(lang, thresholds.onTrack), needsAcceleration: formatRatio(lang, thresholds.needsAcceleration),
        }),
      );
    }
  }
  a.explanation = lines.join(lang === 'zh' ? '' : ' ');
  return a;
}

function ratioFor(
  method: Method,
  a: Mutable<Assessment>,
  baseline: YearValue,
  distance: number,
  achieved: AnnualRate | null,
  required: AnnualRate | null,
): number | null {
  switch (method) {
    case 'path':
      return a.progress !== null && a.expected ? a.progress / a.expected : null;
    case 'rate': {
      if (!achieved || !required || required.value === 0) return null;
      // d: +1 when the target lies above the baseline, −1 below. For compound rates sign(y₀) corrects
      // for negative baselines, where a rising ratio means a falling value.
      const d = Math.sign(distance);
      const s = achieved.kind === 'compound' ? Math.sign(baseline.value) : 1;
      return (s * d * achieved.value) / Math.abs(required.value);
    }
    case 'extrapolation':
      return a.projected && Math.abs(distance) > 1e-12 ? (a.projected.value - baseline.value) / distance : null;
  }
}

function rateText(lang: Lang, rate: AnnualRate | null): string {
  if (!rate) return '—';
  return rate.kind === 'compound' ? formatChange(lang, rate.value * 100) : (rate.value > 0 ? '+' : '') + formatNumber(lang, rate.value);
}

function explainMethod(method: Method, a: Assessment, lang: Lang, goal: ResolvedGoal, achieved: AnnualRate | null, required: AnnualRate | null): string {
  const m = messages(lang);
  const ratio = a.ratio === null ? '—' : formatRatio(lang, a.ratio);
  const linear = achieved?.kind === 'linear';
  switch (method) {
    case 'path':
      return m.explain.path({
        pathValue: a.pathValue === null ? '—' : formatNumber(lang, a.pathValue), year: String(a.latest?.year ?? ''),
        progress: a.progress === null ? '—' : formatShare(lang, a.progress), expected: a.expected === null ? '—' : formatShare(lang, a.expected),
        ratio,
      });
    case 'rate':
      return m.explain.rate({ achieved: rateText(lang, achieved), required: rateText(lang, required), ratio, linear });
    case 'extrapolation':
      return m.explain.extrapolation({
        rate: rateText(lang, achieved), projected: a.projected ? formatNumber(lang, a.projected.value) : '—',
        targetYear: String(a.projected?.year ?? goal.year), ratio, linear,
      });
  }
}
