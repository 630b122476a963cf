/**
 * The sectors panel's view model: which targets become rows, how each is put on the one
 * unit-free scale, and how rows sort. Pure and DOM-free (unit-tested with worked numbers).
 *
 * The scale is the share of the way from baseline (0) to target (1), the same shares the
 * gauge draws (`gaugeShares`): the assessment's progress for relative, absolute and cap
 * targets in either direction; progress toward the final count for count targets (milestones
 * as ticks); and elapsed time to the deadline for peak targets (the "expected" mark is then
 * the projected peak year). Values below 0 moved away from the target; above 1 went beyond it.
 */
import type { PolicyDocument, Problem, Source, Target } from '../format/types.js';
import { citedSources, resolveSource } from '../format/sources.js';
import { describeTarget, indicatorOf, targetPhrase } from '../i18n/describe.js';
import { formatShare } from '../i18n/format.js';
import { intlLocale, type Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { localize } from '../i18n/text.js';
import { assess, type Assessment } from '../progress/assess.js';
import { seriesOf } from '../progress/series.js';
import type { Status } from '../progress/status.js';
import type { GoalKind } from '../format/types.js';
import { gaugeDomain } from '../gauge/geometry.js';
import { gaugeShares } from '../gauge/shares.js';
import { sectorsMessages, type SortOrder } from './messages.js';

/** Which targets to show. Every list is optional; given lists narrow the rows (they intersect). */
export interface SectorFilters {
  /** Sector ids (`sectors="steel,building-materials"`). */
  readonly sectors?: readonly string[];
  /** Indicator ids (`indicator="clinker-capacity"`). */
  readonly indicators?: readonly string[];
  /** Target ids (`targets="id1,id2"`). */
  readonly targets?: readonly string[];
}

export interface SectorRow {
  readonly targetId: string;
  /** Position in the dataset's `targets` list (the `data` order). */
  readonly index: number;
  readonly sectorId: string | null;
  readonly sectorLabel: string;
  /** The target's own label, else its indicator's. */
  readonly name: string;
  /** The target in words: "−3.7% vs 2020 by 2025". */
  readonly phrase: string;
  /** "Target: −3.7% vs 2020 by 2025". */
  readonly targetText: string;
  readonly kind: GoalKind;
  readonly status: Status;
  /** True when there is nothing to judge yet: the row says "no data yet" and sorts last. */
  readonly noData: boolean;
  /** Share of the way from baseline (0) to target (1); for peak targets, share of the time to the deadline. */
  readonly progress: number | null;
  /** Share due by now on the required path; for peak targets, the projected peak year as a share. */
  readonly expected: number | null;
  /** Interim milestones as shares of the way. */
  readonly milestones: readonly number[];
  /** The method's ratio (used to order rows within one status). */
  readonly ratio: number | null;
  /** The figure shown beside the status: "76% of the way", "Peak ≈ 2027", "no data yet". */
  readonly valueText: string;
  /** "60% due by now" (empty when there is none). */
  readonly dueText: string;
  /** The full accessible sentence for the row. */
  readonly sentence: string;
  readonly illustrative: boolean;
  readonly estimated: boolean;
  readonly assessment: Assessment;
}

export interface SectorsView {
  /** Rows in the requested order. */
  readonly rows: readonly SectorRow[];
  /** The shared scale: [min(0, progress…), max(1, progress…)] in quarter steps, clamped to [−0.5, 1.5]. */
  readonly domain: readonly [number, number];
  /** How many rows have each status, worst first, zero counts left out. */
  readonly counts: readonly { status: Status; count: number }[];
  readonly summary: string;
  readonly policyTitle: string;
  readonly sources: { readonly target: Source | null; readonly data: readonly Source[] };
  readonly illustrative: boolean;
  readonly anyPeak: boolean;
  readonly anyMilestones: boolean;
  /** The filters in words, for the "no targets match" message: `sectors="steel"`. */
  readonly filterText: string;
}

/** Splits an attribute list: "steel, building-materials" → ["steel", "building-materials"]. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean))];
}

/** A target's sector: its own, else its indicator's. */
export function sectorOf(doc: PolicyDocument, target: Target): string | undefined {
  return target.sector ?? indicatorOf(doc, target)?.sector;
}

/** Filter values that name nothing in the dataset, as problems for the error box. */
export function selectionProblems(doc: PolicyDocument, filters: SectorFilters, lang: Lang): Problem[] {
  const sm = sectorsMessages(lang);
  const problems: Problem[] = [];
  const known = (doc.sectors ?? []).map((s) => s.id);
  for (const id of filters.sectors ?? [])
    if (!known.includes(id)) problems.push({ path: 'sectors', message: sm.unknownSector(id, known.join(', ')) });
  for (const id of filters.indicators ?? [])
    if (!doc.indicators.some((i) => i.id === id)) problems.push({ path: 'indicators', message: sm.unknownIndicator(id) });
  for (const id of filters.targets ?? [])
    if (!doc.targets.some((t) => t.id === id)) problems.push({ path: 'targets', message: sm.unknownTarget(id) });
  return problems;
}

/**
 * The targets that become rows, in dataset order. By default every target that names a sector
 * (its own or its indicator's); naming targets or indicators explicitly also admits targets
 * without a sector. Every given filter narrows the set.
 */
export function selectTargets(doc: PolicyDocument, filters: SectorFilters): Target[] {
  const targets = filters.targets ?? [];
  const indicators = filters.indicators ?? [];
  const sectors = filters.sectors ?? [];
  const explicit = targets.length > 0 || indicators.length > 0;
  return doc.targets.filter((t) => {
    const sector = sectorOf(doc, t);
    if (!explicit && sector === undefined) return false;
    if (targets.length > 0 && !targets.includes(t.id)) return false;
    if (indicators.length > 0 && !indicators.includes(t.indicator)) return false;
    if (sectors.length > 0 && (sector === undefined || !sectors.includes(sector))) return false;
    return true;
  });
}

/** The peak year in words, as the gauge says it: beyond ten years past the deadline the exact year means nothing. */
function peakWhen(a: Assessment, deadline: number, lang: Lang): string {
  const sm = sectorsMessages(lang);
  if (!a.peak) return '';
  if (a.peak.confirmed) return sm.peaked(String(a.peak.peak.year));
  const y = a.peak.projectedPeakYear;
  const far = deadline + 10;
  return y === null || y > far ? sm.peakAfter(String(far)) : sm.peakAround(String(Math.round(y)));
}

/** One target as a row on the shared scale. */
export function buildRow(doc: PolicyDocument, target: Target, index: number, lang: Lang): SectorRow {
  const m = messages(lang);
  const sm = sectorsMessages(lang);
  const a = assess(doc, target.id, { lang })!;
  const shares = gaugeShares(target, a);
  const sectorId = sectorOf(doc, target) ?? null;
  const sectorLabel = sectorId ? localize(doc.sectors?.find((s) => s.id === sectorId)?.label, lang) || sectorId : sm.noSector;
  const name = localize(target.label ?? indicatorOf(doc, target)?.label, lang);
  const phrase = targetPhrase(doc, target, lang);
  const noData = a.status === 'insufficient-data' || a.latest === null;
  const peak = target.goal.kind === 'peak';
  const progress = noData ? null : shares.progress;
  const expected = noData ? null : shares.expected;
  const share = (v: number) => formatShare(lang, v);
  let valueText: string = m.words.noDataYet;
  let dueText = '';
  let tail = '';
  if (!noData) {
    if (peak) {
      const when = peakWhen(a, target.goal.year, lang);
      valueText = when || (progress === null ? '—' : share(progress));
      if (progress !== null && when) tail = sm.peakSentence(share(progress), when);
    } else {
      valueText = progress === null ? '—' : sm.ofTheWay(share(progress));
      if (expected !== null) dueText = sm.dueByNow(share(expected));
      if (progress !== null) tail = sm.progressSentence(share(progress), expected === null ? null : share(expected));
    }
  }
  const zh = lang === 'zh';
  const described = describeTarget(doc, target, noData ? null : a, lang);
  const sentence = `${sectorLabel}${zh ? '：' : ': '}${described}${tail ? (zh ? '' : ' ') + tail : ''}`;
  return {
    targetId: target.id, index, sectorId, sectorLabel, name, phrase, targetText: sm.targetIs(phrase), kind: target.goal.kind,
    status: noData ? 'insufficient-data' : a.status, noData, progress, expected,
    milestones: noData ? [] : shares.milestones, ratio: a.ratio, valueText, dueText, sentence,
    illustrative: a.illustrative, estimated: a.estimated, assessment: a,
  };
}

/** Worst first, so "which sectors are behind" reads from the top; no data always last. */
export const STATUS_RANK: Readonly<Record<Status, number>> = {
  'wrong-direction': 0,
  'off-track': 1,
  'needs-acceleration': 2,
  'on-track': 3,
  achieved: 4,
  'insufficient-data': 5,
};

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(intlLocale(lang), { numeric: true, sensitivity: 'base' })));
  return c;
}

/** Ascending with nulls last. */
function byNumber(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * Sorts rows (a new array; ties keep dataset order):
 * - `status`: wrong direction, off track, needs acceleration, on track, achieved, then no data;
 *   within one status the lowest ratio (the most behind) first;
 * - `progress`: least of the way first; no data last;
 * - `name`: sector, then target name, in the reader's language's collation; no data last;
 * - `data`: the dataset's own order, exactly.
 */
export function sortRows(rows: readonly SectorRow[], order: SortOrder, lang: Lang): SectorRow[] {
  const noDataLast = (a: SectorRow, b: SectorRow) => Number(a.noData) - Number(b.noData);
  const compare: Record<SortOrder, (a: SectorRow, b: SectorRow) => number> = {
    status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || byNumber(a.ratio, b.ratio),
    progress: (a, b) => noDataLast(a, b) || byNumber(a.progress, b.progress),
    name: (a, b) => noDataLast(a, b) || collator(lang).compare(a.sectorLabel, b.sectorLabel) || collator(lang).compare(a.name, b.name),
    data: () => 0,
  };
  const cmp = compare[order] ?? compare.status;
  return [...rows].sort((a, b) => cmp(a, b) || a.index - b.index);
}

/** The shared scale for all rows (reuses the gauge's domain rule). */
export function sharedDomain(rows: readonly SectorRow[]): [number, number] {
  const values = rows.map((r) => r.progress).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return gaugeDomain(null);
  return gaugeDomain(Math.min(...values), Math.max(...values));
}

function filterText(filters: SectorFilters): string {
  const parts: string[] = [];
  if (filters.sectors?.length) parts.push(`sectors="${filters.sectors.join(',')}"`);
  if (filters.indicators?.length) parts.push(`indicator="${filters.indicators.join(',')}"`);
  if (filters.targets?.length) parts.push(`targets="${filters.targets.join(',')}"`);
  return parts.join(' ');
}

export interface SectorsViewOptions {
  readonly lang: Lang;
  readonly sort: SortOrder;
}

/** Everything the panel shows, computed from the data (pure; the element only templates it). */
export function sectorsView(doc: PolicyDocument, filters: SectorFilters, opts: SectorsViewOptions): SectorsView {
  const { lang } = opts;
  const m = messages(lang);
  const sm = sectorsMessages(lang);
  const targets = selectTargets(doc, filters);
  const built = targets.map((t) => buildRow(doc, t, doc.targets.indexOf(t), lang));
  const rows = sortRows(built, opts.sort, lang);
  const tally = new Map<Status, number>();
  for (const r of rows) tally.set(r.status, (tally.get(r.status) ?? 0) + 1);
  const counts = (Object.keys(STATUS_RANK) as Status[])
    .sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])
    .filter((s) => tally.has(s))
    .map((status) => ({ status, count: tally.get(status)! }));
  const seen = new Set<string>();
  const data: Source[] = [];
  for (const t of targets) {
    for (const s of citedSources(doc, t, seriesOf(doc, t.indicator)).data) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      data.push(s);
    }
  }
  return {
    rows,
    domain: sharedDomain(rows),
    counts,
    summary: rows.length ? sm.summary(rows.length, counts, (s) => m.status[s]) : '',
    policyTitle: localize(doc.policy.title, lang),
    sources: { target: resolveSource(doc, doc.policy.documents?.[0]), data },
    illustrative: rows.some((r) => r.illustrative),
    anyPeak: rows.some((r) => r.kind === 'peak' && !r.noData),
    anyMilestones: rows.some((r) => r.milestones.length > 0),
    filterText: filterText(filters),
  };
}
