/**
 * The trajectory's view model: every string, path and position it shows for one target,
 * computed from the data in one pure function (unit-testable without a browser). The element
 * calls it in `willUpdate` when data, size or options change, and only templates the result.
 */
import type { Method, PolicyDocument, Target, YearValue } from '../format/types.js';
import { citedSources, safeUrl, type CitedSources } from '../format/sources.js';
import { dataNotes } from '../i18n/data-notes.js';
import { targetHeading, targetPhrase, targetValues } from '../i18n/describe.js';
import { columnDigits, formatChange, formatColumn, isIndexUnit, rangeEnds } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages, statusName } from '../i18n/messages.js';
import { capital, localize, otherLang } from '../i18n/text.js';
import { joinUnitWord } from '../i18n/join.js';
import { textWidth } from '../i18n/text-width.js';
import { SMALL } from './tooltip.js';
import { assess, rateText, type Assessment } from '../progress/assess.js';
import { pathValueAt } from '../progress/path.js';
import { annualRate } from '../progress/rates.js';
import { seriesOf } from '../progress/series.js';
import { roundToBand } from './band.js';
import { trajectoryGeometry, type PointGeometry, type TrajectoryGeometry } from './geometry.js';
import { trajectoryMessages } from './messages.js';
import { trajectoryModel, type TrajectoryModel } from './model.js';
import { gapRanges } from './paths.js';
import { CHART_EM, chartHeight } from './scales.js';

export type LegendKey =
  | 'observed' | 'estimate' | 'illustrative' | 'required' | 'cap' | 'projection' | 'band' | 'target' | 'milestone'
  | 'ceiling' | 'floor' | 'range' | 'deadline' | 'peak' | 'baseline';

export interface LegendItem {
  readonly key: LegendKey;
  readonly label: string;
}

/** One observation: a point the pointer and keyboard step through (its dot's geometry), and a row of the data table. */
export interface InteractivePoint extends PointGeometry {
  /** Tooltip lines: year, value with unit, provenance, required-path value (or ''), "Source: …". */
  readonly year: string;
  readonly value: string;
  readonly status: string;
  readonly path: string;
  readonly source: string;
  /** Table cells: the value without its unit, the required path's ("—" outside it), and the source's title ("—" without one) and URL. */
  readonly number: string;
  readonly pathNumber: string;
  readonly title: string;
  /** Only http(s) URLs (safeUrl); null renders the title as plain text. */
  readonly url: string | null;
  /** The title's language where it is not the chart's (an English title in a Chinese chart), for its `lang`. */
  readonly titleLang: Lang | undefined;
  /** The chart's slider value at this point (`aria-valuetext`): what a screen reader reads when it is reached. */
  readonly announce: string;
  /** The tooltip's first line: its year in bold ("2021", "2021年"), `gap` (" ", "："), then `value`. */
  readonly tip: readonly [year: string, gap: string];
}

export interface TrajectoryView {
  readonly a: Assessment;
  readonly model: TrajectoryModel;
  readonly geometry: TrajectoryGeometry;
  readonly title: string;
  readonly subtitle: string;
  readonly unit: string;
  /**
   * The keys hint's room beside the unit, above the plot, in em of the small text it is set in (its `max-width`); 0
   * where less than 4 em are left (a long unit, large text), and the hint is not shown: it covered the unit.
   */
  readonly keysRoom: number;
  /** "At this pace: 83.9 in 2025, beating the target by 2.6 points"; empty without a projection. */
  readonly pace: string;
  readonly description: string;
  readonly legend: readonly LegendItem[];
  /** The data table's caption and column heads; its rows are `points`. */
  readonly table: {
    readonly caption: string;
    /**
     * Year, value (with its unit), the required path's value (where any row has one: `path`), status, source; without the
     * source column when every row has the one source.
     */
    readonly columns: readonly string[];
    readonly path: boolean;
    /** That one source (the first row, whose title, url and titleLang are read), said once under the caption (34 rows of China's CO₂ each read out one OWID link); else null. */
    readonly source: Pick<InteractivePoint, 'title' | 'url' | 'titleLang'> | null;
  };
  /** One per observation; none without data (the chart then says "No data yet"). */
  readonly points: readonly InteractivePoint[];
  readonly sources: CitedSources;
  /** The target's `proxy`: what the series shown is, when it stands in for the target's (the status is indicative); ''. */
  readonly proxy: string;
  /** The target's note from the data, in `lang` (its caveats; '' without one): shown in the footer's disclosure. */
  readonly note: string;
  /** The shown observations' derivations and notes, with their years (see `dataNotes`): also in the disclosure. */
  readonly dataNotes: readonly string[];
}

export interface TrajectoryViewOptions {
  readonly lang: Lang;
  /** Width of the chart body in CSS px. */
  readonly width: number;
  readonly method?: Method | null;
  readonly asOf?: number | null;
  /** The element's font size in px (default 16): chart text is drawn at 0.75 of it, and the geometry computed for that. */
  readonly fontPx?: number;
}

/** Everything the trajectory shows, computed from the data (pure; the element only templates it). */
export function trajectoryView(doc: PolicyDocument, target: Target, opts: TrajectoryViewOptions): TrajectoryView {
  const { lang, fontPx = 16 } = opts;
  const m = messages(lang);
  const tm = trajectoryMessages(lang);
  const d = tm.describe;
  const a = assess(doc, target.id, opts)!;
  const model = trajectoryModel(doc, target, a);
  const { observed: obs, projection: proj, target: goal, peak, baseline: base, milestones, reference } = model;
  // One magnitude for every value shown (Chinese folds 百万吨 into 亿吨 for the axis, labels, table and text alike):
  // bare numbers where the unit is named (axis, chart labels, table), `text` in sentences, `quantity` with the unit.
  const q = targetValues(doc, target, lang);
  const { unit, number: fmt, text, quantity: u } = q;
  const signed = (v: number) => (v > 0 ? '+' : '') + text(v);
  const width = Math.max(160, Math.round(opts.width));
  // A first observation standing in for a baseline without a value is named so, on the chart and in the legend alike:
  // "Baseline" beside a 2024 point read as the plan's 2020 baseline (the explanation says which year it stands in for).
  const baseName = a.baselineFromObservation ? m.words.standIn : m.words.baseline;
  const geometry = trajectoryGeometry({
    model, width, height: chartHeight(width, fontPx), values: q, font: fontPx * CHART_EM,
    labels: {
      baseline: baseName,
      target: goal ? tm.targetLabel(fmt(goal.value)) : '',
      milestone: fmt,
      // "Peak by 2030", "2030年前达峰": the target's phrase (a deadline is a peak target's year), capitalised.
      deadline: model.deadline !== null ? capital(targetPhrase(doc, target, lang)) : '',
      peak: peak ? tm.yearMark(peak.confirmed ? m.words.peak : tm.highest, peak.year) : '',
    },
  });
  const { name: title, subtitle } = targetHeading(doc, target, lang);

  // The gap between a value and what it is judged against, in words ("2.6 short of the target").
  const against = model.judged ?? goal;
  // Only for a target with a value: a projection, or a latest value at or after its year, needs one.
  // Each figure as it is written (its own decimals, in the shown magnitude), so a gap is their difference as a reader
  // would work it out: 2,820 (the projection, see roundToBand) and 2,194 are 626 apart, though the unrounded 2,821.6 and 2,194.4 are 627.2.
  const written = (v: number) => {
    const k = q.factor * 10 ** q.digits(v);
    return Math.round(v * k) / k;
  };
  const gapPhrase = (exact: number): string => {
    const value = written(exact);
    const goalValue = written(against!.value);
    // The gap gets the decimals the smaller of the two figures is written with (86.5 and 83.9 → 1: "2.6"),
    // leaving out a zero, which says nothing about precision (a net-zero target: 1,656 short, not 1,656.015).
    // With its unit, so a headline stands on its own ("beating the target by 9.8 Mt"); a gap between percentages is
    // in points ("12.9 points short"), not a percentage, and so is one between index values ("beating the target by 2.6
    // points": a bare 2.6 had no unit).
    // Or, where the value is written apart from the target it is near (valueFormat's pivots: 30.004 against at most 30),
    // the value's: "0.004 Mt above the target", not "meeting the target" beside "Off track".
    const digits = Math.max(q.digits(Math.min(...[against!.value, exact].map(Math.abs).filter(Boolean))), q.digits(exact || against!.value));
    // Nor more precise than its own three figures allow (one decimal more): 181 million and 300 Mt are 181 million Mt
    // apart, not 180.9997 million; a gap written in a coarser word keeps that word's figures (105 million Mt, not
    // 104.9997 million).
    const f = (v: number, g = q.digits(v), d = Math.min(digits, g < 0 ? g : g + 1)) =>
      unit === '%' || isIndexUnit(unit) ? tm.points(fmt(v, d), unit !== '%') : u(v, d);
    const zero = f(0);
    if (reference?.kind === 'range' && !model.judged) {
      // Named as in the legend, in lower case: "within the assumed range", "处于假定区间内".
      const noun = (a.rangeAssumed ? tm.legend.rangeAssumed : tm.legend.range).toLowerCase();
      if (value > reference.hi && f(value - reference.hi) !== zero) return tm.above(f(value - reference.hi), noun);
      if (value < reference.lo && f(reference.lo - value) !== zero) return tm.belowRange(f(reference.lo - value), noun);
      return tm.withinRange(noun);
    }
    const ref = (model.judged ? m.words.milestone : m.words.target).toLowerCase();
    // Positive: the value falls short of the goal.
    const short = model.comparison === 'at-least' ? goalValue - value : value - goalValue;
    const amount = f(Math.abs(short));
    // Above a ceiling is "above" it: "17.1 Mt short of the target" read as under a 30 Mt cap.
    return amount === zero ? tm.meeting(ref) : short > 0 ? (model.comparison === 'at-most' ? tm.above : tm.short)(amount, ref) : tm.beating(amount, ref);
  };

  // Where the series is heading: the projection's end, else (target year passed) the latest value.
  const last = proj[proj.length - 1];
  const projected = proj.length > 1;
  // A peak's projection rises, falls, or levels off once its projected growth reaches zero (it does not turn down):
  // "levelling off", not "already falling", beside a flat line above the highest value so far.
  const trend = Math.sign(projected ? last!.value - proj[proj.length - 2]!.value : a.peak?.growth ?? 0);
  // A target met only after its year says so: "beating the target by 1 Mt, met a year late" (only the latest value, after
  // the target year, is then paced: nothing is projected).
  const paceAt = (p: YearValue): [string, number, string] => [
    u(p.value), p.year,
    model.kind === 'peak' ? (trend > 0 ? tm.rising : trend < 0 ? tm.falling : tm.flat) : gapPhrase(p.value) + (a.metLate ? m.words.metLate(a.metLate - against!.year) : ''),
  ];
  // Its figures in words to the precision the band is worth, "14,500 Mt CO₂ in 2030" beside 13,400–15,800, and never so
  // coarse that the gap to the target or a range's end rounds away (roundToBand); the explanation keeps its exact arithmetic.
  const round = (v: number, m = reference?.kind === 'range' ? [reference.lo, reference.hi] : against ? [against.value] : []) => roundToBand(v, last!.lo, last!.hi, m);
  const pace = projected
    ? paceAt({ year: last!.year, value: round(last!.value) })
    : a.latest && (model.kind === 'peak' ? a.peak?.growth != null : against && a.latest.year >= against.year)
      ? paceAt(a.latest)
      : null;

  // The description: trend, required path, milestones, pace, band, status.
  // Not the title: the figure is named by it, and the description comes right after it.
  const parts: string[] = [];
  const first = obs[0];
  const latest = obs[obs.length - 1];
  if (!first) parts.push(d.noData);
  else if (obs.length === 1) parts.push(d.single(u(first.value), first.year));
  else {
    // A share's change is in points ("6.5% to 22.3% (+15.8 points)"): +242.9% read as the share's own size.
    const diff = latest!.value - first.value;
    const change = unit === '%' ? tm.points(signed(diff)) : first.value !== 0 ? formatChange(lang, (latest!.value / first.value - 1) * 100) : signed(diff);
    parts.push(d.trend(obs.length, u(first.value), first.year, u(latest!.value), latest!.year, change));
    const gaps = gapRanges(obs).map(([g0, g1]) => (g0 === g1 ? g0 : `${g0}–${g1}`));
    if (gaps.length) parts.push(d.gaps(gaps.join(tm.comma)));
  }
  if (model.kind === 'peak') {
    parts.push(d.peakDeadline(model.deadline!));
    if (peak) parts.push(d.peak(peak.confirmed, u(peak.value), peak.year));
  } else if (target.goal.kind === 'cap') {
    // validate() requires at least one allowance.
    const caps = target.goal.allowances;
    const c0 = caps[0]!;
    const c1 = caps[caps.length - 1]!;
    parts.push(d.cap(u(c0.value), c0.year, u(c1.value), c1.year));
  } else if (base && goal && model.required.length) {
    // (Said as drawn: a limit has no required path, only its target, below.)
    const rate = model.requiredShape === 'compound' ? tm.perYear(rateText(lang, annualRate(base, goal, 'compound'), q)) : '';
    parts.push(d.path(u(base.value), base.year, u(goal.value), goal.year, rate));
  } else if (goal) parts.push(m.words.target + m.colon + d.milestone(u(goal.value), goal.year) + tm.stop);
  if (milestones.length) parts.push(d.milestones(milestones.map((ms) => d.milestone(u(ms.value), ms.year)).join(tm.list)));
  if (projected) {
    // A projection exists only with what it was made from: the peak's fitted growth, or the achieved rate since the baseline.
    parts.push(
      model.kind === 'peak'
        ? d.peakProjection(formatChange(lang, a.peak!.growth!), a.peak!.trend, ...pace!)
        : d.projection(a.baseline!.year, tm.perYear(rateText(lang, { kind: a.rateKind!, value: a.achievedAnnualRate! }, q)), ...pace!),
    );
    if (model.spread) parts.push(d.band(...rangeEnds(q, round(last!.lo, []), round(last!.hi, [])), last!.year));
  } else if (pace) parts.push(tm.latest(...pace) + tm.stop);
  parts.push(d.status(statusName(m, a)));

  // Legend: one entry for each kind of mark drawn, named by the legend table or the shared words.
  const l = tm.legend;
  const names: Partial<Record<LegendKey, string>> = { ...m.words, ...l };
  const legend: LegendItem[] = [];
  const add = (key: LegendKey, show: unknown, label = names[key]!) => show && legend.push({ key, label });
  add('observed', obs.some((o) => !o.hollow));
  add('estimate', obs.some((o) => o.status === 'estimate'));
  add('illustrative', obs.some((o) => o.status === 'illustrative'));
  if (model.requiredShape === 'cap') add('cap', 1);
  else add('required', model.required.length, model.requiredShape === 'compound' ? l.requiredRate : m.words.path);
  // No band (fewer than four changes): the legend says why, so the bare line does not read as more certain than a banded one.
  add('projection', geometry.projection, geometry.band ? undefined : l.paceFew);
  add('band', geometry.band);
  add('baseline', base, baseName);
  add('target', goal);
  add('milestone', milestones.length);
  // A range Peakline took for "about" is named so, not as the plan's.
  if (reference) add(reference.kind, 1, reference.kind === 'range' && a.rangeAssumed ? l.rangeAssumed : names[reference.kind]);
  add('deadline', model.deadline !== null);
  add('peak', peak, peak?.confirmed ? m.words.peak : l.highest);

  // The points the pointer and keyboard step through, which are also the table's rows.
  const req = model.required;
  const r0 = req[0];
  const r1 = req[req.length - 1];
  // The table's figures as published, aligned (columnDigits), where the chart's labels and the prose keep about three
  // figures. The required path's column shares the values' magnitude and decimals, so the two read side by side ("17.93"
  // beside "18.00").
  const pathValues = obs.map((o) => (r0 && r1 && o.year >= r0.year && o.year <= r1.year ? pathValueAt(req, o.year) : null));
  const digits = columnDigits(q, obs.map((o) => o.value));
  const column = formatColumn(lang, q, [...obs.map((o) => o.value), ...pathValues.filter((v) => v !== null)], digits);
  let k = obs.length;
  const pathName = model.requiredShape === 'cap' ? l.cap : m.words.path;
  const rows = obs.map((o, i): Omit<InteractivePoint, 'announce' | 'tip'> => {
    const g = geometry.points[i]!;
    const year = String(o.year);
    const value = column[i]!;
    const status = tm.observation[o.status];
    const source = o.source ? localize(o.source.title, lang) : '—';
    const pathValue = pathValues[i]!;
    // With its unit, as the value above it in the tooltip ("Required path: 109 thousand units", not a bare 109), unless
    // the unit is long ("MJ per Demoland dollar of value added"): the line above has it, and twice would not fit a 320 px chart.
    // The unit's word held whole in both (see joinUnitWord): at large text a line of the tooltip holds a few characters.
    const path = pathValue === null ? '' : pathName + m.colon + joinUnitWord((unit.length > 16 ? text : u)(pathValue));
    // The observation as its table row gives it (118.3 Mt, not 118 Mt), with its unit.
    const quantity = joinUnitWord(u(o.value, digits));
    const cited = m.provenance.source + m.colon + source;
    return {
      ...g, year, value: quantity, status, source: cited,
      number: value, title: source, url: o.source && safeUrl(o.source.url), titleLang: otherLang(source, lang),
      path, pathNumber: pathValue === null ? '—' : column[k++]!,
    };
  });
  const oneSource = rows.length > 1 && rows.every((p) => p.title === rows[0]!.title && p.url === rows[0]!.url);
  // Read as running text, with its unit (a screen reader has no axis to read it from); with the tooltip's required path,
  // and its source where the points have more than one (else the table's caption and the footer say it once).
  const points = rows.map((p): InteractivePoint => ({ ...p, announce: tm.announce(p.year, p.value, p.status, oneSource ? '' : p.title, p.path), tip: [tm.tipYear(p.year), tm.tipGap] }));

  const hasPath = pathValues.some((v) => v !== null);
  const series = seriesOf(doc, target.indicator, a.asOf);
  // The chart's width in the small text's em, less the unit's and a 1 em gap.
  const keysRoom = width / (SMALL * fontPx) - (unit ? textWidth(unit, 1) + 1 : 0);
  return {
    a, model, geometry, title, unit, legend, points,
    subtitle,
    keysRoom: keysRoom < 4 ? 0 : Math.floor(keysRoom),
    pace: pace ? (projected ? tm.projected : tm.latest)(...pace) : '',
    description: parts.join(tm.space),
    table: {
      caption: tm.caption(title),
      columns: [tm.year, tm.value(unit), ...(hasPath ? [pathName] : []), tm.status, ...(oneSource ? [] : [m.provenance.source])],
      path: hasPath,
      source: oneSource ? points[0]! : null,
    },
    sources: citedSources(doc, [target.source], series),
    proxy: localize(target.proxy, lang),
    note: localize(target.note, lang),
    // What the drawn band is, beside the sentence that uses it; σ and its widening are in `band.ts`.
    dataNotes: model.spread ? [...dataNotes(series, lang), d.bandHow(model.spread.n)] : dataNotes(series, lang),
  };
}
