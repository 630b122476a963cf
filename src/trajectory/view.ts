/**
 * The trajectory's view model: every string, path and position it shows for one target,
 * computed from the data in one pure function (unit-testable without a browser). The element
 * calls it in `willUpdate` when data, size or options change, and only templates the result.
 */
import type { Method, PolicyDocument, Source, Target, YearValue } from '../format/types.js';
import { citedSources, safeUrl } from '../format/sources.js';
import { indicatorOf, targetPhrase, unitOf } from '../i18n/describe.js';
import { formatChange, formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { localize } from '../i18n/text.js';
import { assess, type Assessment } from '../progress/assess.js';
import { interpolate } from '../progress/rates.js';
import { seriesOf } from '../progress/series.js';
import { trajectoryGeometry, type TrajectoryGeometry } from './geometry.js';
import { trajectoryMessages, type GapRef } from './messages.js';
import { trajectoryModel, type TrajectoryModel } from './model.js';
import { gapRanges } from './paths.js';
import { chartHeight } from './scales.js';

export type LegendKey =
  | 'observed' | 'estimate' | 'illustrative' | 'required' | 'cap' | 'projection' | 'band' | 'target' | 'milestone'
  | 'ceiling' | 'floor' | 'range' | 'deadline' | 'peak' | 'baseline';

export interface LegendItem {
  readonly key: LegendKey;
  readonly label: string;
}

export interface SourceLink {
  readonly title: string;
  /** Only http(s) URLs (safeUrl); null renders the title as plain text. */
  readonly url: string | null;
}

export interface TableRow {
  readonly year: string;
  readonly value: string;
  readonly status: string;
  readonly source: SourceLink | null;
}

export interface InteractivePoint {
  readonly x: number;
  readonly y: number;
  readonly year: number;
  readonly hollow: boolean;
  /** Tooltip lines: value with unit, provenance, required-path value, source. */
  readonly heading: string;
  readonly value: string;
  readonly status: string;
  readonly path: string;
  readonly source: string;
  /** What the live region reads when the point is reached by keyboard. */
  readonly announce: string;
}

export interface TrajectoryView {
  readonly a: Assessment;
  readonly model: TrajectoryModel;
  readonly geometry: TrajectoryGeometry;
  readonly title: string;
  readonly subtitle: string;
  readonly unit: string;
  /** "At this pace: 83.9 in 2025, beating the target by 2.6"; empty without a projection. */
  readonly pace: string;
  readonly description: string;
  readonly legend: readonly LegendItem[];
  readonly table: {
    readonly caption: string;
    readonly columns: { readonly year: string; readonly value: string; readonly status: string; readonly source: string };
    readonly rows: readonly TableRow[];
  };
  readonly points: readonly InteractivePoint[];
  readonly noData: boolean;
  readonly sources: ReturnType<typeof citedSources>;
}

export interface TrajectoryViewOptions {
  readonly lang: Lang;
  /** Width of the chart body in CSS px. */
  readonly width: number;
  readonly method?: Method;
  readonly asOf?: number;
}

const isIndexUnit = (unit: string) => /^(index|指数)/i.test(unit);

function withUnit(lang: Lang, value: string, unit: string): string {
  if (!unit || isIndexUnit(unit)) return value;
  return lang === 'zh' ? `${value}${unit}` : `${value} ${unit}`;
}

function sourceLink(source: Source | null, lang: Lang): SourceLink | null {
  if (!source) return null;
  return { title: localize(source.title, lang), url: safeUrl(source.url) };
}

/** Decimals for a value of this magnitude, as `formatNumber` chooses them (≥100: 0, ≥10: 1, ≥1: 2, else 3). */
export function gapDigits(abs: number): number {
  return abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
}

/** The gap between a value and the goal, in words ("2.1 short of the target"). */
export function gapPhrase(lang: Lang, model: TrajectoryModel, value: number): string {
  const t = trajectoryMessages(lang).pace;
  const against = model.judged ?? model.target;
  if (!against) return '';
  const ref: GapRef = model.judged ? 'milestone' : 'target';
  // The gap gets the decimals of the smaller of the two figures it separates (86.5 and 83.9 → 1: "2.6").
  const digits = gapDigits(Math.min(Math.abs(against.value), Math.abs(value)));
  const fmt = (v: number) => formatNumber(lang, v, digits);
  const zero = fmt(0);
  if (model.reference?.kind === 'range' && !model.judged) {
    const r = model.reference;
    if (value > r.hi && fmt(value - r.hi) !== zero) return t.aboveRange(fmt(value - r.hi));
    if (value < r.lo && fmt(r.lo - value) !== zero) return t.belowRange(fmt(r.lo - value));
    return t.withinRange;
  }
  // Positive: the value falls short of the goal.
  const short = model.comparison === 'at-least' ? against.value - value : value - against.value;
  const amount = fmt(Math.abs(short));
  if (amount === zero) return t.meeting(ref);
  return short > 0 ? t.short(amount, ref) : t.beating(amount, ref);
}

interface Pace {
  readonly value: string;
  readonly year: string;
  readonly gap: string;
  readonly projected: boolean;
}

function paceOf(lang: Lang, model: TrajectoryModel, a: Assessment): Pace | null {
  const t = trajectoryMessages(lang).pace;
  const fmt = (v: number) => formatNumber(lang, v);
  const proj = model.projection;
  const last = proj[proj.length - 1];
  const before = proj[proj.length - 2];
  if (model.kind === 'peak') {
    if (last && before) {
      return { value: fmt(last.value), year: String(last.year), gap: last.value > before.value ? t.stillRising : t.falling, projected: true };
    }
    if (a.latest && a.peak && a.peak.growth !== null) {
      return { value: fmt(a.latest.value), year: String(a.latest.year), gap: a.peak.growth > 0 ? t.stillRising : t.falling, projected: false };
    }
    return null;
  }
  if (last && before) return { value: fmt(last.value), year: String(last.year), gap: gapPhrase(lang, model, last.value), projected: true };
  const against = model.judged ?? model.target;
  if (a.latest && against && a.latest.year >= against.year) {
    return { value: fmt(a.latest.value), year: String(a.latest.year), gap: gapPhrase(lang, model, a.latest.value), projected: false };
  }
  return null;
}

function rateText(lang: Lang, kind: 'compound' | 'linear', value: number): string {
  const r = trajectoryMessages(lang).rate;
  return r.perYear(kind === 'compound' ? formatChange(lang, value * 100) : `${value > 0 ? '+' : ''}${formatNumber(lang, value)}`);
}

function describe(doc: PolicyDocument, target: Target, a: Assessment, model: TrajectoryModel, pace: Pace | null, lang: Lang, title: string): string {
  const tm = trajectoryMessages(lang);
  const d = tm.describe;
  const m = messages(lang);
  const fmt = (v: number) => formatNumber(lang, v);
  const unit = unitOf(doc, target, lang);
  const u = (v: number) => withUnit(lang, fmt(v), unit);
  const parts: string[] = [lang === 'zh' ? `${title}。` : `${title}.`];
  const obs = model.observed;
  const first = obs[0];
  const latest = obs[obs.length - 1];
  if (!first || !latest) parts.push(d.noData);
  else if (obs.length === 1) parts.push(d.single({ value: u(first.value), year: String(first.year) }));
  else {
    const change = first.value !== 0 ? formatChange(lang, (latest.value / first.value - 1) * 100) : `${latest.value - first.value > 0 ? '+' : ''}${fmt(latest.value - first.value)}`;
    parts.push(d.trend({ first: u(first.value), firstYear: String(first.year), latest: u(latest.value), latestYear: String(latest.year), change, n: obs.length }));
    const gaps = gapRanges(obs);
    if (gaps.length) parts.push(d.gaps(gaps.map(([g0, g1]) => (g0 === g1 ? String(g0) : `${g0}–${g1}`)).join(lang === 'zh' ? '、' : ', ')));
  }
  const b = model.baseline;
  const t = model.target;
  if (model.kind === 'peak') {
    parts.push(d.peakDeadline(String(model.deadline)));
    if (model.peak) parts.push((model.peak.confirmed ? d.peakConfirmed : d.highestSoFar)({ value: u(model.peak.value), year: String(model.peak.year) }));
  } else if (model.requiredShape === 'cap' && model.required.length) {
    const allowances = target.goal.kind === 'cap' ? target.goal.allowances : model.required;
    const f = allowances[0]!;
    const l = allowances[allowances.length - 1]!;
    parts.push(d.pathCap({ first: u(f.value), firstYear: String(f.year), last: u(l.value), lastYear: String(l.year) }));
  } else if (b && t) {
    const p = { baseline: u(b.value), baselineYear: String(b.year), target: u(t.value), targetYear: String(t.year) };
    if (model.requiredShape === 'compound') {
      const rate = Math.pow(t.value / b.value, 1 / (t.year - b.year)) - 1;
      parts.push(d.pathRate({ ...p, rate: formatChange(lang, rate * 100) }));
    } else parts.push(d.pathStraight(p));
  } else if (t) parts.push(d.targetOnly({ target: u(t.value), targetYear: String(t.year) }));
  if (model.milestones.length) parts.push(d.milestones(model.milestones.map((ms) => d.milestone({ value: u(ms.value), year: String(ms.year) })).join(tm.listSeparator)));
  if (pace) {
    if (!pace.projected) parts.push(`${tm.pace.latest(pace)}${lang === 'zh' ? '。' : '.'}`);
    else if (model.kind === 'peak' && a.peak && a.peak.growth !== null) parts.push(d.peakProjection({ ...pace, growth: formatChange(lang, a.peak.growth) }));
    else if (a.rateKind && a.achievedAnnualRate !== null && a.baseline) {
      parts.push(d.projection({ ...pace, since: String(a.baseline.year), rate: rateText(lang, a.rateKind, a.achievedAnnualRate) }));
    }
    const last = model.projection[model.projection.length - 1];
    if (pace.projected && model.spread && last) parts.push(d.band({ lo: fmt(last.lo), hi: fmt(last.hi), year: String(last.year) }));
  }
  parts.push(d.status(m.status[a.status]));
  return parts.join(lang === 'zh' ? '' : ' ');
}

function legendOf(lang: Lang, model: TrajectoryModel, geometry: TrajectoryGeometry): LegendItem[] {
  const l = trajectoryMessages(lang).legend;
  const items: LegendItem[] = [];
  if (model.observed.some((o) => !o.hollow)) items.push({ key: 'observed', label: l.observed });
  if (model.observed.some((o) => o.status === 'estimate')) items.push({ key: 'estimate', label: l.hollow.estimate });
  if (model.observed.some((o) => o.status === 'illustrative')) items.push({ key: 'illustrative', label: l.hollow.illustrative });
  if (model.requiredShape === 'cap') items.push({ key: 'cap', label: l.cap });
  else if (model.required.length) items.push({ key: 'required', label: model.requiredShape === 'compound' ? l.requiredRate : l.requiredStraight });
  if (geometry.projection) items.push({ key: 'projection', label: l.projection });
  if (geometry.band) items.push({ key: 'band', label: l.band });
  if (model.baseline) items.push({ key: 'baseline', label: l.baseline });
  if (model.target) items.push({ key: 'target', label: l.target });
  if (model.milestones.length) items.push({ key: 'milestone', label: l.milestone });
  if (model.reference) items.push({ key: model.reference.kind, label: l[model.reference.kind] });
  if (model.deadline !== null) items.push({ key: 'deadline', label: l.deadline });
  if (model.peak) items.push({ key: 'peak', label: model.peak.confirmed ? l.peak : l.highest });
  return items;
}

/** Everything the trajectory shows, computed from the data (pure; the element only templates it). */
export function trajectoryView(doc: PolicyDocument, target: Target, opts: TrajectoryViewOptions): TrajectoryView {
  const { lang } = opts;
  const m = messages(lang);
  const tm = trajectoryMessages(lang);
  const a = assess(doc, target.id, { method: opts.method, asOf: opts.asOf, lang })!;
  const model = trajectoryModel(doc, target, a);
  const fmt = (v: number) => formatNumber(lang, v);
  const width = Math.max(160, Math.round(opts.width));
  const geometry = trajectoryGeometry({
    model, width, height: chartHeight(width), lang,
    labels: {
      baseline: tm.labels.baseline,
      target: model.target ? tm.labels.target(fmt(model.target.value)) : '',
      milestone: (v) => fmt(v),
      deadline: model.deadline !== null ? tm.labels.deadline(String(model.deadline)) : '',
      peak: model.peak ? (model.peak.confirmed ? tm.labels.peak : tm.labels.highest)(String(model.peak.year)) : '',
    },
  });
  const ind = indicatorOf(doc, target);
  const title = localize(target.label ?? ind?.label, lang);
  const sector = target.sector ?? ind?.sector;
  const sectorLabel = sector ? localize(doc.sectors?.find((s) => s.id === sector)?.label, lang) : '';
  const subtitle = [sectorLabel, `${m.words.target}: ${targetPhrase(doc, target, lang)}`].filter(Boolean).join(' · ');
  const unit = unitOf(doc, target, lang);
  const pace = paceOf(lang, model, a);
  const paceText = pace ? (pace.projected ? tm.pace.projected(pace) : tm.pace.latest(pace)) : '';

  const rows: TableRow[] = model.observed.map((o) => ({
    year: String(o.year), value: fmt(o.value), status: tm.observation[o.status], source: sourceLink(o.source, lang),
  }));
  const required: readonly YearValue[] = model.required;
  const points: InteractivePoint[] = model.observed.map((o, i) => {
    const g = geometry.points[i]!;
    const first = required[0];
    const last = required[required.length - 1];
    const pathValue = first && last && o.year >= first.year && o.year <= last.year ? interpolate(required, o.year) : null;
    const source = o.source ? localize(o.source.title, lang) : '—';
    const value = fmt(o.value);
    return {
      x: g.x, y: g.y, year: o.year, hollow: o.hollow,
      heading: String(o.year),
      value: withUnit(lang, value, unit),
      status: tm.observation[o.status],
      path: pathValue === null ? '' : tm.plot.pathValue(fmt(pathValue)),
      source,
      announce: tm.plot.announce({ year: String(o.year), value, status: tm.observation[o.status], source }),
    };
  });
  return {
    a, model, geometry, title, subtitle, unit,
    pace: paceText,
    description: describe(doc, target, a, model, pace, lang, title),
    legend: legendOf(lang, model, geometry),
    table: {
      caption: tm.table.caption(title),
      columns: { year: tm.table.year, value: tm.table.value(unit), status: tm.table.status, source: tm.table.source },
      rows,
    },
    points,
    noData: model.observed.length === 0,
    sources: citedSources(doc, target, seriesOf(doc, target.indicator, a.asOf ?? undefined)),
  };
}
