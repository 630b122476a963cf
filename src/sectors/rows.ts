/**
 * The sectors panel's view model: which targets become rows, how each is put on the one
 * unit-free scale, and how rows sort. Pure and DOM-free (unit-tested with worked numbers).
 *
 * The scale is the share of the way from baseline (0) to target (1), the same shares the
 * gauge draws (`wayShares`): the assessment's progress for relative, absolute and cap
 * targets in either direction; progress toward the final count for count targets (milestones
 * as ticks); and elapsed time to the deadline for peak targets (the "expected" mark is then
 * the projected peak year). Values below 0 moved away from the target; above 1 went beyond it.
 */
import type { Indicator, Method, PolicyDocument, Problem, Sector, Target } from '../format/types.js';
import { citedSources, type CitedSources } from '../format/sources.js';
import { echo } from '../format/echo.js';
import { closest, someIds } from '../format/closest.js';
import { movement, targetHeading, valueInYear } from '../i18n/describe.js';
import { observationsOf, sectorOf } from '../format/lookup.js';
import { inRangeText } from '../i18n/in-range.js';
import { formatShare } from '../i18n/format.js';
import { intlLocale, type Lang } from '../i18n/lang.js';
import { messages, statusName } from '../i18n/messages.js';
import { capital, localize } from '../i18n/text.js';
import { dueByText, peakText, wayText } from '../i18n/way.js';
import { assess, beforeBaseline } from '../progress/assess.js';
import { turned } from '../progress/peak.js';
import { seriesOf } from '../progress/series.js';
import { pendingYear, type Status } from '../progress/status.js';
import { shareDomain } from '../scale/share-domain.js';
import { wayShares } from '../progress/shares.js';
import { sectorsMessages, type FilterKind, type SortOrder } from './messages.js';

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
  readonly sectorLabel: string;
  /** The target's own label, else its indicator's. */
  readonly name: string;
  /** "Target: −3.7% vs 2020 by 2025". */
  readonly targetText: string;
  /** A peak target: the bar is time to the deadline and `expected` the projected peak year. */
  readonly peak: boolean;
  /** A limit (see Assessment.limit): its bar is the room used, not a share of the way. */
  readonly limit: boolean;
  readonly status: Status;
  /** The assessment's `metLate`: an achieved target met only after its year, named "Achieved late" (`statusName`). */
  readonly metLate: number | null;
  /** The assessment's `met`: an achieved target not met by its latest value is named so (`statusName`). */
  readonly met: boolean;
  /** True when there is nothing to judge yet: the row says "no data yet" and sorts last. */
  readonly noData: boolean;
  /** Share of the way from baseline (0) to target (1); for peak targets, share of the time to the deadline. */
  readonly progress: number | null;
  /** Share due by the latest observation's year on the required path; for peak targets, the projected peak year as a share. */
  readonly expected: number | null;
  /** Interim milestones as shares of the way. */
  readonly milestones: readonly number[];
  /** "About" targets: the accepted range as shares of the way (see progress/shares.ts). */
  readonly band?: readonly [number, number];
  /** The method's ratio (used to order rows within one status); Infinity for a peak whose growth has turned. */
  readonly ratio: number | null;
  /** The figure shown beside the status: "76% of the way", "Peak around 2027", "no data yet". */
  readonly valueText: string;
  /** "60% due by 2022" (empty when there is none). */
  readonly dueText: string;
  /**
   * The latest value with its unit and year, shown under the target ("Latest: 44.1 Mt CO₂ in 2024", "… (estimate)"
   * where the data say it is one), so a reader comparing sectors has the figure, not only a share of the way; '' without
   * data, or where `valueText` already is it (a row without a share: "0.3 GW in 2024").
   */
  readonly latestText: string;
  /**
   * What the row's accessible name (its visible text) leaves out, read after it as its description: where the latest
   * value stands when that is not its value ("Down 6.8% from 2020 as of 2022.", "Peaked at 53.6 Mt in 2019"), and for a
   * peak the share of the time to the deadline that has passed; '' when there is nothing more. (The whole sentence,
   * sector, target and status again, doubled every option to some 60 words.)
   */
  readonly details: string;
  readonly illustrative: boolean;
}

export interface SectorsView {
  /** Rows in the dataset's order (the element sorts them: sortRows). */
  readonly rows: readonly SectorRow[];
  /** The shared scale: [min(0, progress…), max(1, progress…)] in quarter steps, clamped to [−0.5, 1.5]. */
  readonly domain: readonly [number, number];
  /** "6 targets: 1 achieved, 5 insufficient data" (statuses worst first); empty without rows. */
  readonly summary: string;
  readonly policyTitle: string;
  /**
   * Provenance for the footer: where the rows' targets are set and their data sources; without rows, the policy's
   * documents (as `targets`), where a reader can check what the plan sets.
   */
  readonly sources: CitedSources;
  readonly illustrative: boolean;
  readonly anyPeak: boolean;
  readonly anyMilestones: boolean;
  /**
   * The filters in words, for the message when none match: each id by its name ("Petrochemicals and chemicals"), those
   * of one filter joined by "or", the filters by "and"; '' without filters.
   */
  readonly filterText: string;
}

const KINDS: readonly FilterKind[] = ['sectors', 'indicators', 'targets'];

/** Splits an attribute list: "steel, building-materials" → ["steel", "building-materials"]. */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** What each filter chooses among, by kind. */
const filterables = (doc: PolicyDocument) => ({ sectors: doc.sectors ?? [], indicators: doc.indicators, targets: doc.targets });

/** Filter values that name nothing in the dataset, as problems for the error box. */
export function selectionProblems(doc: PolicyDocument, filters: SectorFilters, lang: Lang): Problem[] {
  const sm = sectorsMessages(lang);
  const have = filterables(doc);
  return KINDS.flatMap((kind) => {
    const ids = have[kind].map((x) => x.id);
    return (
      (filters[kind] ?? [])
        .filter((id) => !ids.includes(id))
        // Labelled by the attribute it was written in: `indicator` (singular), whose list is the data's `indicators`.
        // With the nearest id, else the first eight there are (as the gauge's `target`).
        .map((id) => ({
          path: kind === 'indicators' ? 'indicator' : kind,
          message: sm.unknown(kind, echo(id), closest(id, ids), someIds(ids, lang)),
        }))
    );
  });
}

/**
 * The targets that become rows, in dataset order: by default every one, those that name no sector (a plan's headline
 * targets, for the whole economy or industry) under "All sectors", so the overview never leaves out a plan's main
 * target (China's industrial CO₂ peak, off track, was missing from its own panel). Every given filter narrows the set;
 * a target without a sector is in no sector list.
 */
export function selectTargets(doc: PolicyDocument, filters: SectorFilters): Target[] {
  const { targets = [], indicators = [], sectors = [] } = filters;
  // (A target's sector is looked up only for a sector filter: its indicator is a search of the indicators.)
  return doc.targets.filter(
    (t) =>
      (!targets.length || targets.includes(t.id)) &&
      (!indicators.length || indicators.includes(t.indicator)) &&
      (!sectors.length || sectors.includes(sectorOf(doc, t) as string)),
  );
}

/** One target as a row on the shared scale. */
export function buildRow(
  doc: PolicyDocument,
  target: Target,
  index: number,
  lang: Lang,
  { method, asOf, now }: { method?: Method | null; asOf?: number | null; now?: number },
): SectorRow {
  const m = messages(lang);
  const sm = sectorsMessages(lang);
  const a = assess(doc, target.id, { lang, method, asOf })!;
  const heading = targetHeading(doc, target, lang);
  // validate() holds a sector id to a declared sector, whose label is required text: a named sector always has a label.
  const sectorLabel = heading.sector || sm.noSector;
  // Judged as of a year before its baseline, a row has nothing to judge, and says why rather than "no data yet" (a
  // one-target widget makes this an error; a panel's other rows may still be fine).
  const early = beforeBaseline(target, asOf);
  const noData = early || a.status === 'insufficient-data' || !a.latest;
  const peak = target.goal.kind === 'peak';
  const shares = noData ? { progress: null, expected: null, milestones: [], band: undefined } : wayShares(target, a);
  const { milestones, band } = shares;
  // A peak's time stops at its deadline: past it, a bar beyond the target tick read as overshoot, and its share of time
  // widened every row's scale of the way (129% of the time for data two years past a 2022 deadline).
  const progress = peak && shares.progress! > 1 ? 1 : shares.progress;
  // No peak in sight: past the scale (▶, as the legend says), not a ◆ at its end that reads as a year (the China panel's
  // scale ends at 150%, where the gauge puts it).
  const expected = a.peak && !a.peak.confirmed && a.peak.projectedPeakYear === null && shares.expected !== null ? Infinity : shares.expected;
  const p = progress === null ? '' : formatShare(lang, progress);
  // One observation (the baseline) is a value without progress: shown as it is, with its year ("0.3 GW in 2024"; a bare
  // "0.3 GW" beside "Insufficient data" said neither when nor why; not a change from itself), the bar left empty.
  const plain = a.latest && !early ? valueInYear(doc, target, lang, a.latest) : '';
  // An estimate says so wherever the value is shown, as the trajectory's table does ("(estimate)", "（估算）").
  const latest = plain && plain + (observationsOf(doc, target.indicator).find((o) => o.year === a.latest!.year)?.provenance.status === 'estimate' ? sm.estimate : '');
  let valueText = early ? sm.beforeBaseline(target.baseline.year) : latest || m.words.noDataYet;
  let dueText = '';
  let tail = '';
  if (!noData) {
    if (a.peak && peak) {
      // The projected year as the gauge gives it.
      const when = peakText(lang, a.peak);
      valueText = when;
      if (p) tail = sm.elapsed(p);
    } else {
      // An "about" target says where it stands against its range rather than "113% of the way" (see inRangeText).
      const inRange = inRangeText(doc, target, a, lang);
      // A target that holds its baseline has no share of a way: its latest value, as a row without a share shows it.
      const way = progress === null || shares.hold ? '' : wayText(lang, progress, a.limit);
      valueText = inRange || way || (shares.hold ? latest : '—');
      if (expected !== null) dueText = dueByText(lang, expected, a.latest!.year);
    }
  }
  // A target year over without a figure for it: "Target: −13.5% vs 2020 by 2025 · no 2025 figure yet", in sight (as
  // the one-target widgets' readout says it) and in the row's name.
  const pending = noData ? null : pendingYear(a, asOf, now);
  // Not the latest value again, which the row shows (its own line, or its value text): a peak's time passed alone then,
  // without its separator ("; ", "；").
  const where = a.latest && !early && !noData ? movement(doc, target, a, lang) : '';
  const said = where === plain ? tail.replace(/^\W ?/, '') : where + tail;
  const details = said && (lang === 'zh' ? said + '。' : capital(said) + '.');
  // A peak whose growth has turned scores 1 (no years to zero growth are left to divide by), which sorted it behind a
  // peak still growing that scores 30: among the rows of its status it is the furthest ahead. (A late one scores 0.)
  const ratio = a.peak && turned(a.peak) && a.ratio ? Infinity : a.ratio;
  return {
    targetId: target.id, index, sectorLabel,
    name: heading.name,
    // …and a status judged on a stand-in series: "· indicative: the series is national CO₂, not industrial".
    targetText: [heading.goal, pending && m.provenance.pending(pending), !noData && target.proxy && m.provenance.indicative(localize(target.proxy, lang))].filter(Boolean).join(' · '),
    peak,
    limit: a.limit,
    status: noData ? 'insufficient-data' : a.status, metLate: a.metLate, met: a.met, noData, progress, expected,
    milestones, ...(band && { band }), ratio, valueText, dueText,
    latestText: latest && valueText !== latest ? m.words.latest + m.colon + latest : '',
    details,
    illustrative: a.illustrative,
  };
}

/** Statuses worst first, so "which sectors are behind" reads from the top; no data always last. */
const WORST_FIRST: readonly Status[] = ['wrong-direction', 'off-track', 'needs-acceleration', 'on-track', 'achieved', 'insufficient-data'];

/** Ascending, nulls last (∞ − ∞ is NaN, which the tie-break treats as equal). */
const byNumber = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

/** One collator per language for the page, made when sorting by name first needs it (the other orders need none). */
const collators: Partial<Record<Lang, Intl.Collator>> = {};
const collator = (lang: Lang) => (collators[lang] ??= new Intl.Collator(intlLocale(lang), { numeric: true, sensitivity: 'base' }));

/**
 * Sorts rows (a new array; ties keep dataset order):
 * - `status`: wrong direction, off track, needs acceleration, on track, achieved (no longer met, late, then in time),
 *   then no data;
 *   within one status the lowest ratio (the most behind) first;
 * - `progress`: least of the way first; then the rows without a share of the way, as under `status` (most behind
 *   first): peak targets, whose bar is time elapsed to the deadline, not progress (the legend says so), and limits, whose
 *   bar is the room used (see Assessment.limit); no data last.
 *   (A target equal to its baseline is a limit with no room; an "about" one sorts as its bar is drawn: full while in
 *   its range, empty once not.) Elapsed time among
 *   shares of the way put an off-track peak 60% of the way to its deadline after a row 51% of the way that needs
 *   acceleration, and an achieved peak (90% of the time gone) below rows still on their way;
 * - `name`: sector, then target name, in the reader's language's collation; no data last;
 * - `data`: the dataset's own order, exactly.
 */
export function sortRows(rows: readonly SectorRow[], order: SortOrder, lang: Lang): SectorRow[] {
  // Achieved but no longer met, then late, before achieved in time, as the summary counts them (`met` differs only
  // within "achieved").
  const status = (a: SectorRow, b: SectorRow) => WORST_FIRST.indexOf(a.status) - WORST_FIRST.indexOf(b.status) || +a.met - +b.met || +!a.metLate - +!b.metLate || byNumber(a.ratio, b.ratio);
  // A share of the way, or null (a peak's time, a limit's room used: neither is one): after the shares (byNumber), and
  // among themselves (∞ − ∞ is NaN) in the status order; two equal shares keep dataset order.
  const way = (r: SectorRow) => (r.peak || r.limit ? null : r.progress);
  const cmp = (a: SectorRow, b: SectorRow): number =>
    order === 'data'
      ? 0
      : order === 'status'
        ? status(a, b)
        : +a.noData - +b.noData ||
          (order === 'progress' ? byNumber(way(a), way(b)) || (way(a) === null ? status(a, b) : 0) : collator(lang).compare(a.sectorLabel, b.sectorLabel) || collator(lang).compare(a.name, b.name));
  return [...rows].sort((a, b) => cmp(a, b) || a.index - b.index);
}

/** The shared scale for all rows (the gauge's domain rule over the lowest and highest progress, and the far side of any range). */
export function sharedDomain(rows: readonly Pick<SectorRow, 'progress' | 'band'>[]): [number, number] {
  const values = rows.map((r) => r.progress ?? NaN).filter(isFinite);
  // With no values, min/max are ±Infinity, which shareDomain ignores: [0, 1].
  return shareDomain(Math.min(...values), Math.max(...values), Math.max(1, ...rows.map((r) => r.band?.[1] ?? 1)));
}

export interface SectorsViewOptions {
  readonly lang: Lang;
  /** Assessment method for every row (default: each target's own, else extrapolation). */
  readonly method?: Method | null;
  /** Judge every row as of this year. */
  readonly asOf?: number | null;
  /** The current year, for a target year over without data ("no 2025 figure yet"; default: the clock's). */
  readonly now?: number;
}

/** A filter's id by its name: a sector's or indicator's label, a target's heading; an unknown id (the element shows an error instead) as written. */
function named(doc: PolicyDocument, kind: FilterKind, id: string, lang: Lang): string {
  const x = filterables(doc)[kind].find((x) => x.id === id);
  return !x ? id : kind === 'targets' ? targetHeading(doc, x as Target, lang).name : localize((x as Sector | Indicator).label, lang);
}

/** Everything the panel shows, computed from the data (pure; the element only templates it). */
export function sectorsView(doc: PolicyDocument, filters: SectorFilters, { lang, method, asOf, now }: SectorsViewOptions): SectorsView {
  const m = messages(lang);
  const sm = sectorsMessages(lang);
  const targets = selectTargets(doc, filters);
  const built = targets.map((t) => buildRow(doc, t, doc.targets.indexOf(t), lang, { method, asOf, now }));
  // Real and invented data side by side: the footer's one badge would mark every row, so the illustrative ones say so
  // by their target (a panel of illustrative rows only has the badge alone).
  const mixed = built.some((r) => r.illustrative) && built.some((r) => !r.illustrative && !r.noData);
  // In the dataset's order (selectTargets keeps it): the element sorts them (sortRows) as the reader chooses.
  const rows = mixed ? built.map((r) => (r.illustrative ? { ...r, targetText: `${r.targetText} · ${m.provenance.illustrative.toLowerCase()}` } : r)) : built;
  // Counted by the name each row shows, so a target met after its year is "achieved late" here too, before those met in time.
  const counts = WORST_FIRST.flatMap((s) => (s === 'achieved' ? [m.achievedKept, m.achievedLate, m.status[s]] : [m.status[s]]))
    .map((name): [string, number] => [name, rows.filter((r) => statusName(m, r) === name).length])
    .filter((c) => c[1]);
  return {
    rows,
    domain: sharedDomain(rows),
    summary: rows.length ? sm.summary(rows.length, counts, asOf) : '',
    policyTitle: localize(doc.policy.title, lang),
    // Each indicator's series once, in order of first use (a repeated series cites nothing new): 10,000 targets on a
    // handful of indicators resolved 110,000 observations' sources.
    sources: citedSources(doc, targets.length ? targets.map((t) => t.source) : (doc.policy.documents ?? []), [...new Set(targets.map((t) => t.indicator))].flatMap((ind) => seriesOf(doc, ind, asOf))),
    illustrative: rows.some((r) => r.illustrative),
    anyPeak: rows.some((r) => r.peak && !r.noData),
    anyMilestones: rows.some((r) => r.milestones.length > 0),
    filterText: KINDS.filter((k) => filters[k]?.length)
      .map((k) => filters[k]!.map((id) => named(doc, k, id, lang)).join(sm.or))
      .join(sm.and),
  };
}
