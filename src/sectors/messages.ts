/**
 * Strings that only `<peakline-sectors>` shows, in English and Simplified Chinese.
 * One interface for both tables, so a string missing from either fails type-checking.
 * Shared vocabulary (statuses, "no data yet", Target, Milestone, provenance) comes from
 * `src/i18n/messages.ts`; only what the panel alone says lives here, kept short (it ships in
 * the bundle).
 */
import type { Lang } from '../i18n/lang.js';
import { joinTable } from '../i18n/join.js';

/** Orders a reader can pick (see `sortRows` in rows.ts). */
export type SortOrder = 'status' | 'progress' | 'name' | 'data';
export const SORT_ORDERS: readonly SortOrder[] = ['status', 'progress', 'name', 'data'];

/** Which filter attribute a problem is about (also the problem's `path`). */
export type FilterKind = 'sectors' | 'indicators' | 'targets';

export interface SectorsMessages {
  /** The panel's heading. */
  title: string;
  /** The error box's title. */
  error: string;
  /** How to read the shared scale, under the heading. */
  scale: string;
  /** Label of the sort control. */
  sortLabel: string;
  /** Each order's name in the control. */
  sort: Record<SortOrder, string>;
  /** Announced in the live region after a reader re-sorts ("Sorted by progress (least first)"). */
  sorted: (order: string) => string;
  /** The rows' own name, not the panel's title again (the group, the heading and the list each read "Targets by sector"). */
  rows: (order: string) => string;
  /**
   * Counts under the heading: "6 targets: 1 achieved, 5 insufficient data" (status names given); in a panel pinned to a
   * year (`as-of`), "3 targets as of 2015: …", which the rows said only in their own lines.
   */
  summary: (total: number, parts: readonly [name: string, count: number][], asOf?: number | null) => string;
  /** Label of the rows with no sector (a plan's headline targets, for a whole economy or industry). */
  noSector: string;
  /** A row judged as of a year before its baseline year (the panel's `as-of`), which has nothing to judge yet. */
  beforeBaseline: (baselineYear: number) => string;
  /** After a latest value that the data mark as an estimate (the trajectory's table says so too). */
  estimate: string;
  /** A peak row's share of the time from baseline to deadline, which its visible text leaves out: "70% of the time to the deadline has passed". */
  elapsed: (share: string) => string;
  /** Legend: the bar or arrow (either layout), the due-by-now tick, peak rows. */
  legendProgress: string;
  legendExpected: string;
  /** "About" targets: the range drawn as a band, the latest value as a dot in or beside it. */
  legendRange: string;
  /** Peak rows: the fill is time; with the keys of the peak marks drawn only (a ◆ peak year, a ▶ one past the scale). */
  legendPeak: (year: unknown, late: unknown) => string;
  /** The arrow before a value beyond either end of the shared scale (its bar is cut there). */
  legendOverflow: string;
  /** Word for "progress" in the calculation formula. */
  progress: string;
  /** Body when the filters match no target: `names` what they asked for ("Steel or Building materials"), joined by `or` and `and`. */
  noRows: (names: string) => string;
  or: string;
  and: string;
  noRowsAtAll: string;
  /** `rows` that is not a whole number above 0 (`value` as written). */
  badRows: (value: string) => string;
  /** A `target` attribute, which the panel does not have: it takes `targets` (`value` ''; when `targets` is set too). */
  targetAttr: (value: string) => string;
  /** A filter names an id the dataset lacks: with the nearest id (`guess`) when there is one, else `known`, the first eight valid ids, quoted (`someIds`). */
  unknown: (kind: FilterKind, id: string, guess: string | undefined, known: string) => string;
  /** The "How is this calculated?" text, below the formula (see `progress`). */
  explanation: string;
}

/** "Status (most behind first)" → "status (most behind first)". */
const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1);
const ZH_KIND: Record<FilterKind, string> = { sectors: '行业', indicators: '指标', targets: '目标' };

const en: SectorsMessages = {
  title: 'Targets by sector',
  error: 'This panel could not be shown',
  scale: 'The scale runs from baseline (0%) to target (100%), so targets in any unit share it.',
  sortLabel: 'Sort by',
  sort: { status: 'Status (most behind first)', progress: 'Progress (least first)', name: 'Sector, then name (A–Z)', data: 'Document order' },
  sorted: (order) => `Sorted by ${lower(order)}`,
  rows: (order) => `Targets, sorted by ${lower(order)}`,
  // "2 need acceleration": the one status name that is a verb agrees with its count.
  summary: (total, parts, asOf) => `${total} target${total === 1 ? '' : 's'}${asOf ? ` as of ${asOf}` : ''}: ${parts.map(([s, n]) => `${n} ${(n > 1 ? s.replace('Needs', 'Need') : s).toLowerCase()}`).join(', ')}`,
  noSector: 'All sectors',
  beforeBaseline: (y) => `before its ${y} baseline year`,
  estimate: ' (estimate)',
  elapsed: (p) => `; ${p} of the time to the deadline has passed`,
  legendProgress: 'Progress (colour shows status)',
  legendExpected: 'Due by the latest data',
  legendRange: 'Target range, latest value as a dot',
  legendPeak: (year, late) => `Peak targets: time elapsed to the deadline (not progress)${year ? '; ◆ peak year, reached or projected' : ''}${late ? '; ▶ a peak year later than the scale' : ''}`,
  legendOverflow: '▶ ◀ a value beyond the scale',
  progress: 'Progress',
  noRows: (names) => `No targets listed for ${names}.`,
  or: ' or ',
  and: ' and ',
  noRowsAtAll: 'This dataset has no targets.',
  badRows: (v) => `rows="${v}" is not a whole number of rows (1 or more).`,
  targetAttr: (v) => `A sector panel has no target attribute: ${v ? `to show some targets, use targets="${v}"` : 'remove it'}.`,
  unknown: (kind, id, guess, known) => `No ${kind.slice(0, -1)} with id "${id}" in this dataset${guess ? `; did you mean "${guess}"?` : known ? ` (${kind}: ${known})` : ''}`,
  explanation:
    'Below 0%: moved away from the target; above 100%: beyond it. Dashed tick: the share due by the year of the latest value on the required path (a straight line under the path method, else a constant annual rate; for caps, the allowances). Count targets: toward the final count, milestones as notches. Peak targets: time elapsed to the deadline, not progress; a diamond marks the peak year, reached or projected.',
};

const zh: SectorsMessages = /* @__PURE__ */ joinTable({
  title: '分行业目标',
  error: '无法显示此面板',
  scale: '刻度从基准（0%）到目标（100%），不同单位的目标共用一个刻度。',
  sortLabel: '排序',
  sort: { status: '状态（最落后在前）', progress: '进度（从低到高）', name: '行业和名称', data: '原文顺序' },
  sorted: (order) => `已按${order}排序`,
  rows: (order) => `目标列表，按${order}排列`,
  summary: (total, parts, asOf) => `${asOf ? `截至${asOf}年` : ''}共${total}项目标：${parts.map(([s, n]) => `${s}${n}项`).join('，')}`,
  noSector: '全行业',
  beforeBaseline: (y) => `早于其基准年（${y}年）`,
  estimate: '（估算）',
  elapsed: (p) => `；时间进度${p}`,
  legendProgress: '进度（颜色表示状态）',
  legendExpected: '截至最新数据应完成',
  legendRange: '目标区间（圆点为最新值）',
  legendPeak: (year, late) => `达峰目标：显示距期限已过去的时间（而非进度）${year ? '；◆ 达峰年份（已达峰或预计）' : ''}${late ? '；▶ 达峰年份晚于刻度范围' : ''}`,
  legendOverflow: '▶ ◀ 数值超出刻度范围',
  progress: '进度',
  noRows: (names) => `未列出${names}的目标。`,
  or: '或',
  and: '，且',
  noRowsAtAll: '此数据集中没有目标。',
  badRows: (v) => `rows="${v}" 无效：行数须为大于0的整数。`,
  // One colon a sentence: the error box puts "target：" before it.
  targetAttr: (v) => `行业面板没有 target 属性，${v ? `要显示部分目标，请使用 targets="${v}"` : '请删除它'}。`,
  unknown: (kind, id, guess, known) => `此数据集中没有 ID 为“${id}”的${ZH_KIND[kind]}${guess ? `；是否指“${guess}”？` : `${known ? `（现有${ZH_KIND[kind]}：${known}）` : ''}。`}`,
  explanation:
    '低于0%：背离目标；高于100%：超过目标。虚线刻度：按所需路径（直线路径法下为直线，其他方法为恒定年变化率；限额目标按限额）截至最新数值年份应完成的比例。数量目标按最终数量计，阶段目标以刻痕标出。达峰目标：显示距期限已过去的时间（而非进度），菱形为达峰年份（已达峰或预计）。',
});

const TABLES: Record<Lang, SectorsMessages> = { en, zh };

/** The panel's own strings for a language. */
export function sectorsMessages(lang: Lang): SectorsMessages {
  return TABLES[lang];
}
