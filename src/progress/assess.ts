/**
 * The progress engine: one target's assessment, as pure data. No DOM.
 *
 * Methods (documented with sources in METHODS.md):
 * - `path`: ratio = progress ÷ expected, against the required path (EEA distance-to-target).
 * - `rate`: R = sign(y₀)·d·CAGR_achieved ÷ |CAGR_required| (Statistics Canada / Open SDG).
 * - `extrapolation` (default): project the latest value to the target year at the achieved CAGR;
 *   Q = (projected − baseline) ÷ (target − baseline) (UN Statistics Division progress chart).
 *
 * The required path (and so `pathValue` and `expected`) comes from `requiredPath()` in path.ts, the
 * same function the trajectory draws with: straight for `path`, a constant annual rate for `rate`
 * and `extrapolation`, a cap's allowances, through a count target's milestones.
 *
 * "About" targets (hold near a value by a year) are a range that counts only in the target year:
 * achieved when an observation from that year on lies in the range. Before it, the status is the
 * method's, except that where the method lands (the projection to the target year for `rate` and
 * `extrapolation`, whose ratios both follow it; the latest value for `path`) inside the range is
 * on track, and past the range, on the far side from the baseline, is off track.
 */
import type { GoalKind, Method, Observation, PolicyDocument, Target, Thresholds, YearValue } from '../format/types.js';
import { targetValues } from '../i18n/describe.js';
import { indicatorOf } from '../format/lookup.js';
import { formatChange, formatRange, formatRatio, formatShare, type ValueFormat } from '../i18n/format.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { aboutShare, goalYear, meets, resolveGoal, type ResolvedGoal } from './goal.js';
import { pathValueAt, requiredPath, type PathShape } from './path.js';
import { assessPeak, type PeakFacts } from './peak.js';
import { annualRate, compoundDefined, project, type AnnualRate } from './rates.js';
import { pick, seriesOf } from './series.js';
import { conclude, DEFAULT_THRESHOLDS, type Status } from './status.js';

export const DEFAULT_METHOD: Method = 'extrapolation';
export const METHODS: readonly Method[] = ['path', 'rate', 'extrapolation'];

export interface AssessOptions {
  /** null or left out: the target's own method, else extrapolation. */
  readonly method?: Method | null;
  /** Only observations up to and including this year are used (null or left out: all). */
  readonly asOf?: number | null;
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
  /** The required path's value at the latest year (`pathValueAt(path, latest.year)`). */
  readonly pathValue: number | null;
  /** (latest − pathValue) ÷ |pathValue|: 0.012 means 1.2% above the path. */
  readonly pathGap: number | null;
  /** The required path from the baseline to the final target (see path.ts), as the trajectory draws it. */
  readonly path: readonly YearValue[];
  readonly pathShape: PathShape | null;
  /** An "about" target's accepted range [low, high]; null for other comparisons. */
  readonly range: readonly [number, number] | null;
  /** The range is Peakline's reading of "about" (the data gave no tolerance; see `aboutTolerance`), not the plan's. */
  readonly rangeAssumed: boolean;
  /**
   * The baseline already meets the target: a ceiling above it, a floor below it, caps rising from it, or a goal equal to
   * it (no room; a relative goal only with a change of 0). There is no way to cover, only room to stay within, so
   * `progress` is the share of that room used up (over 1: past the limit; null without room), `ratio` and `expected` are
   * null, there is no required path (but a cap's allowances: `path` [], `pathValue` and `pathGap` null), and the status
   * is where the method lands: within the limit on track, past it off track; met, like a range, only from the target
   * year on.
   */
  readonly limit: boolean;
  /**
   * The latest value meets the target (an "about" target or a limit only from its target year on; a peak's once
   * confirmed; a cap's only within its latest year's allowance too).
   */
  readonly met: boolean;
  /**
   * Met late: the first year after the target year in which the target was met, where the value observed in the target
   * year did not meet it (the status stays `achieved`; the widgets name it "Achieved late", see `statusName`); null
   * otherwise, and where the data have no value for the target year (whether it was met on time is then unknown: the
   * explanation says when the data first show it met). Never set for a peak, whose peak after the deadline is not
   * confirmed (see peak.ts).
   */
  readonly metLate: number | null;
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

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Each document's target positions by id (the first target with each id, as a search from the start finds it). A hit
 * is checked against the document on every use; an id the index does not place is searched for, and indexed afresh
 * only when found (a list changed in place), so looking up an id the data lacks costs a search, not a new index.
 * The sector panel assesses every target by id: a search per target was O(n²), 50 million id comparisons for a pasted
 * document of 10,000 targets (~0.4 s of CPU).
 */
const targetIndex = new WeakMap<PolicyDocument, Map<unknown, number>>();

/** Finds a target by id. */
export function findTarget(doc: PolicyDocument, id: string): Target | undefined {
  const { targets } = doc;
  let i = targetIndex.get(doc)?.get(id) ?? -1;
  if (targets[i]?.id !== id) {
    i = targets.findIndex((t) => t.id === id);
    // There after all: not indexed yet, or the list has changed since. Indexed afresh (reversed, so the first target with
    // an id keeps it).
    if (i >= 0) targetIndex.set(doc, new Map(targets.map((t, j) => [t.id, j] as const).reverse()));
  }
  return targets[i];
}

/**
 * Whether `asOf` is before the target's baseline year, where there is no progress to judge: a one-target widget
 * makes it an error, a sector row says so, and the embed builder flags the field.
 */
export function beforeBaseline(target: Target, asOf: number | null | undefined): boolean {
  return asOf != null && asOf < target.baseline.year;
}

/**
 * Assesses one target. Returns null when the document has no target with that id.
 * Never throws for a document that passed `validate()`.
 */
export function assess(doc: PolicyDocument, targetId: string, options: AssessOptions = {}): Assessment | null {
  const target = findTarget(doc, targetId);
  if (!target) return null;
  // The validator guarantees the indicator exists.
  const better = indicatorOf(doc, target)!.better;
  // As the widgets read them, for a caller in plain JavaScript: any language tag ("zh-CN", navigator.language; "zh-CN"
  // threw) and, for an unknown method, the target's own or the default (it was echoed back as if used).
  const method = [options.method, target.method].find((x) => METHODS.includes(x!)) ?? DEFAULT_METHOD;
  const lang = toLang(options.lang);
  const m = messages(lang).explain;
  // Values as running text: bare in the data's unit, with their unit once Chinese folds it into 万/亿.
  const q = targetValues(doc, target, lang);
  // Every figure in the explanation with its unit ("the value would be 1,778 Mt in 2025"), as the gauge's headline.
  const fmt = q.quantity;
  // Every field, so the object keeps one shape; the steps below fill in what the data allow.
  const a: Mutable<Assessment> = {
    targetId: target.id, kind: target.goal.kind, method, status: 'insufficient-data', ratio: null, progress: null,
    expected: null, baseline: null, baselineFromObservation: false, target: null, finalTarget: null, comparison: null,
    latest: null, projected: null, achievedAnnualRate: null, requiredAnnualRate: null, rateKind: null, pathValue: null,
    pathGap: null, path: [], pathShape: null, range: null, rangeAssumed: false, limit: false, met: false, metLate: null, missed: false, peak: null, thresholds: { ...DEFAULT_THRESHOLDS, ...target.thresholds }, used: [], illustrative: false,
    estimated: false, asOf: options.asOf ?? null, explanation: '',
  };
  const { goal: g, baseline: b } = target;

  const observed = seriesOf(doc, target.indicator, options.asOf);
  const flag = (obs: readonly Observation[]) => {
    const statuses = obs.map((o) => o.provenance.status);
    a.illustrative = statuses.includes('illustrative');
    a.estimated = statuses.includes('estimate');
  };

  if (g.kind === 'peak') {
    flag(observed);
    return assessPeak(a, g.year, b, observed, lang, q);
  }

  // The baseline: the target's own, else the first observation from its year on, if it is before the target year (one
  // from the target year on leaves no span to measure progress over: "−0% of the way was due", "projected 85 in 2026").
  const end = goalYear(g);
  const found = observed.find((o) => o.year >= b.year);
  const first = found && found.year < end ? found : undefined;
  const baseline: YearValue | undefined = b.value !== undefined ? pick(b as YearValue) : first && pick(first);
  a.baselineFromObservation = b.value === undefined && !!first;
  // Usable points: the baseline, then observations after its year.
  const from = baseline?.year ?? b.year;
  const points = observed.filter((o) => o.year > from).map(pick);
  flag(observed.filter((o) => o.year >= from));
  a.used = baseline ? [baseline, ...points] : points;
  a.baseline = baseline ?? null;
  // The explanation's sentences. A stand-in is said first, also where there is too little data to judge: one observation
  // still draws the required path from it, and a relative goal's value is reckoned from it.
  const lines: string[] = [];
  if (a.baselineFromObservation) lines.push(m.baselineFromObservation(b.year, baseline!.year));

  // The goal's end point; for count targets the next unmet milestone may stand in for it below.
  const final = baseline && resolveGoal(target, baseline, better);
  const setPath = (rateKind: AnnualRate['kind'] | null) => ({ points: a.path, shape: a.pathShape } = requiredPath(target, baseline!, final!, method, rateKind));
  if (final) {
    a.target = a.finalTarget = pick(final);
    a.comparison = final.comparison;
    if (final.comparison === 'about') {
      a.range = [final.value - final.tolerance, final.value + final.tolerance];
      a.rangeAssumed = g.kind === 'absolute' && g.tolerance === undefined;
    }
    setPath(null);
  }
  const latest = points[points.length - 1];
  if (!baseline || !latest) {
    // No starting point: no baseline value, and the data start from the target year on.
    const noStart = !baseline && found;
    lines.push(noStart ? m.noBaseline(found.year, end) : m.insufficient(a.used.length));
    // One observation, standing in for the baseline's value, or data without a starting point: the latest value is still
    // shown ("0.3 GW as of 2024, insufficient data"), not "No data yet" beside a chart that plots it.
    if (a.baselineFromObservation) a.latest = baseline!;
    else if (noStart) a.latest = pick(observed[observed.length - 1]!);
    return conclude(a, lines, lang, null, 'off-track');
  }
  a.latest = latest;
  a.asOf ??= latest.year;
  if (!final) return a;

  // Count targets: judge against the first milestone not yet reached (the final count once they all are).
  let goal = final;
  let milestone: YearValue | undefined;
  let passed: YearValue | undefined;
  if (g.kind === 'count') {
    // (The validator keeps milestones in ascending years.)
    // A milestone whose year has come unmet is passed, not the target: judged against the next one still ahead (80 in
    // 2024 against 100 by 2024, 200 by 2030 was "missed" for ever after, six years before the target year).
    const short = target.milestones?.filter((s) => latest.value < s.value);
    // (Nor one its baseline already meets, which is not on its way either (see requiredPath): 110 in 2023 from 120,
    // against 120 by 2027, 200 by 2030, was a limit with no room, "—" of the way; it has lost ground towards 200.)
    const next = short?.find((s) => s.year > latest.year && s.value > baseline.value);
    passed = short?.filter((s) => s.year <= latest.year).pop();
    // One in the target year is no interim step (nor on the required path): it falls due with the final count, which
    // asks as much or more (100 by 2030 beside 200 by 2030 judged 60 in 2024 "on track", R = 15 ÷ 10 a year).
    if (next && next.year < g.year) {
      milestone = next;
      goal = resolveGoal(target, baseline, better, next)!;
      a.target = pick(goal);
    }
  }

  const distance = goal.value - baseline.value;
  const far = Math.abs(distance) > 1e-12;

  // One kind of rate for both, so achieved and required compare like with like.
  const rateKind = goal.year > baseline.year && compoundDefined(baseline.value, latest.value) && compoundDefined(baseline.value, goal.value) ? 'compound' : 'linear';
  // The required path has the shape of the required rate (straight when that is linear).
  setPath(rateKind);
  // A required path always has points (the baseline at least), so this is a number.
  const pathValue = pathValueAt(a.path, latest.year)!;
  a.pathValue = pathValue;
  if (pathValue) a.pathGap = (latest.value - pathValue) / Math.abs(pathValue);

  // Every point lies after the baseline year, so the achieved rate exists; the required one may not.
  const achieved = annualRate(baseline, latest, rateKind)!;
  const required = annualRate(baseline, goal, rateKind);
  a.rateKind = rateKind;
  a.achievedAnnualRate = achieved.value;
  a.requiredAnnualRate = required?.value ?? null;
  const horizon = Math.max(goal.year, latest.year);
  const projected = (a.projected = { year: horizon, value: project(latest, achieved, horizon) });

  lines.push(m.inputs(fmt(baseline.value), baseline.year, fmt(latest.value), latest.year, fmt(goal.value), goal.year));
  if (passed) lines.push(m.passed(fmt(passed.value), passed.year));
  if (milestone) lines.push(m.milestone(fmt(milestone.value), milestone.year));
  // A cap is kept year by year: above its allowance for the latest year, a value does not meet it, whatever the last
  // allowance (28 against 2023's 23, on caps rising to 30, "already meets the target of 30").
  // (Before the first allowance's year there is none: the path there is a line from the baseline, judged by the method.)
  const capped = g.kind === 'cap' && latest.year >= g.allowances[0]!.year;
  const over = capped && !meets({ value: pathValue, comparison: 'at-most', tolerance: 0 }, latest.value);
  // (Past the last allowance's year, that allowance: there is none for 2026 of caps to 2025.)
  if (capped) lines.push(m.cap(fmt(pathValue), Math.min(latest.year, goal.year), over));
  // A range the data did not give is Peakline's reading of "about": say so, and how it was drawn.
  if (a.rangeAssumed) {
    // Which rule gave the range: 5% of the target, or half the way when 5% would hold the baseline (see aboutTolerance).
    const five = aboutShare(goal.value);
    lines.push(m.aboutDefault(fmt(goal.tolerance), goal.tolerance < five && fmt(five)));
  }

  // A limit (see Assessment.limit): moving towards it uses the room up, it is not progress (20 → 31 against "at most 30
  // by 2030" was "110% of the way", ratio 3.67, on track). A goal equal to its baseline is one with no room ("at most
  // 100" from 100 was "achieved" years early, one a hair above it "on track"). It is judged as a range is before its
  // year, by where the method lands, within it or past it, and met only from its year on.
  const held = meets(goal, baseline.value);
  const limit = (a.limit = !a.range && held);
  // The method's ratio (path ratio, R or Q; left null where there is nothing to divide) and its sentence.
  // Missing values format as "—".
  // (An "about" target that holds its baseline value has no distance either, but its range judges it: see below.)
  let sentence = a.range ? '' : m.noDistance;
  if (far) {
    const progress = (a.progress = (latest.value - baseline.value) / distance);
    // (+ 0: `expected` is 0, not −0, where a cap's allowance is still the baseline's value; the text is the formatter's.)
    const expected = (a.expected = Math.min(1, (pathValue - baseline.value) / distance) + 0);
    const ratio = () => formatRatio(lang, a.ratio ?? NaN);
    const linear = rateKind === 'linear';
    if (method === 'path') {
      // Nothing due yet (a cap's allowances at or above the baseline): no ratio to divide, and a negative share due would
      // flip its sign. Within the allowance is on track; beyond it the value has gone back further than the cap allows.
      a.ratio = expected > 0 ? progress / expected : progress < expected ? -Infinity : Infinity;
      // Shares to a tenth, so the division can be checked: 50.4% ÷ 40% = 1.26 (rounded to 50% ÷ 40% it read as 1.25).
      // Gone the wrong way, the sentence says "41% of the way backwards", as the gauge does; the division keeps the sign.
      sentence = m.path(g.kind === 'cap' ? '' : fmt(pathValue), latest.year, formatShare(lang, progress, 1), formatShare(lang, expected, 1), expected > 0 && ratio(), progress < 0 && formatShare(lang, -progress, 1));
    } else if (method === 'rate') {
      // d: +1 when the target lies above the baseline, −1 below. For compound rates sign(y₀) corrects
      // for negative baselines, where a rising ratio means a falling value.
      if (required?.value)
        a.ratio = ((linear ? 1 : Math.sign(baseline.value)) * Math.sign(distance) * achieved.value) / Math.abs(required.value);
      sentence = m.rate(rateText(lang, achieved, q), rateText(lang, required, q), ratio(), linear, latest.year >= goal.year);
    } else {
      a.ratio = (projected.value - baseline.value) / distance;
      // With data from the target year on, the "projection" is the latest value itself (horizon = latest.year): said so,
      // not "the value would be 33 Mt in 2022" of a 2022 value. Q is then the latest value's share of the way.
      sentence = latest.year < goal.year ? m.extrapolation(rateText(lang, achieved, q), fmt(projected.value), horizon, ratio(), linear) : m.reached(ratio());
    }
  } else if (!a.range && !limit) a.status = 'wrong-direction';
  // An "about" target before its year: a value to hold near counts only in its target year, so being in the range is not yet achieving it.
  const early = (a.range || limit) && latest.year < goal.year;
  a.met = meets(goal, latest.value) && !early && !over;
  // Where the method lands, for a range or a limit before its year: the latest value for `path` (and for a cap above its
  // allowance, which has landed outside it), else the projection to the target year (R and Q both follow it); past the
  // year, the latest value.
  const land = method === 'path' || over || !early ? latest : projected;
  const inside = !over && meets(goal, land.value);
  if (limit) {
    // No way and no required path (it is not drawn: nothing requires the value to rise to a ceiling), only the limit;
    // a cap's allowances stay its path.
    a.ratio = a.expected = null;
    if (g.kind !== 'cap') [a.path, a.pathShape, a.pathValue, a.pathGap] = [[], null, null, null];
    sentence = '';
    // Past the year, the missed target (see conclude) says the rest.
    if (early) a.status = inside ? 'on-track' : 'off-track';
    if (early || !a.met) lines.push(m.limit(fmt(goal.value), goal.year, fmt(land.value), land.year, land !== latest, inside, over, early ? messages(lang).status[a.status] : ''));
  }
  // Above its allowance before the last year, a cap is off track whatever the method's ratio (31 Mt against 2023's 28.2,
  // on caps falling to 30, was "on track", Q = 2.07; caps rising from the baseline are limits, above); gone the wrong
  // way, it stays that.
  const breach = over && !limit && latest.year < goal.year && !(a.ratio! < 0);
  if (breach) a.status = 'off-track';
  const due = points.find((p) => p.year === goal.year);
  if (a.met) {
    a.status = 'achieved';
    lines.push(m.achieved(fmt(latest.value), latest.year, fmt(goal.value)));
    sentence = '';
    // Met after the target year: the deadline is judged on the value observed in that year. If it missed, the target
    // was met late, in the first year after it that meets it (33 Mt in 2022 against at most 30 by 2022, 29 in 2023: met
    // in 2023, a year late); without a value for that year, whether it was met on time is unknown, and the explanation
    // says the first year the data show it met, if that is after the target year. The same `meets` for every kind: a
    // ceiling or a floor; a range ("about") or a limit, which count only from their year; a count, judged here against its final count
    // (the latest value meets every milestone; a milestone reached after its own year is not called late); a cap, against
    // its last allowance (earlier allowances are the required path, not deadlines). Peaks: see assessPeak.
    // (Met by a latest value up to the target year, the first year met is not after it.)
    const first = points.find((p) => p.year >= ((due || a.range || limit) ? goal.year : 0) && meets(goal, p.value))!;
    if (first.year > goal.year) {
      if (due) a.metLate = first.year;
      lines.push(m.late(goal.year, !!due && fmt(due.value), first.year));
    }
  } else if (due && meets(goal, due.value)) {
    // Met in its target year, not by the latest value: the deadline is judged on that year's value (as for `metLate`), so
    // achieved, on time (29 Mt in 2022 against at most 30 by 2022, then 33 in 2023, was "passed without being met").
    a.status = 'achieved';
    lines.push(m.kept(goal.year, fmt(due.value)));
    sentence = '';
  }
  if (sentence) lines.push(sentence);
  if (breach) lines.push(m.breach);
  if (early && !limit) {
    // Past the range on the far side from the baseline: it would have to turn back. From a baseline inside the range
    // (holding its value, or near it), any side is the far side: it had only to stay (1,760 against about 1,800 ± 1.5%
    // from 1,790 was "wrong direction", beside a dot outside the band).
    if (inside || held || (land.value - goal.value) * distance > 0) {
      a.status = inside ? 'on-track' : 'off-track';
      lines.push(m.about(formatRange(q, a.range!, lang), goal.year, fmt(land.value), land.year, land !== latest, inside, messages(lang).status[a.status]));
    }
  }
  return conclude(a, lines, lang, latest.year >= goal.year ? goal.year : null, (a.progress ?? 0) < 0 ? 'wrong-direction' : 'off-track');
}

/**
 * An annual rate in running text: a straight-line one with its unit ("−53.7 Mt CO₂e", not a bare "−53.7"); a compound one
 * as a percentage, said to be relative where the value is itself a percentage ("+4.8% (relative)" of an 18% share is
 * about +0.9 points a year, which a bare "+4.8%" reads as).
 */
export function rateText(lang: Lang, rate: AnnualRate | null, q: ValueFormat): string {
  if (!rate) return '—';
  if (rate.kind === 'linear') return (rate.value > 0 ? '+' : '') + q.quantity(rate.value);
  const change = formatChange(lang, rate.value * 100);
  return q.unit === '%' ? messages(lang).explain.relative(change) : change;
}
