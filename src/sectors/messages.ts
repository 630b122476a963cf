/**
 * Strings that only `<peakline-sectors>` shows, in English and Simplified Chinese.
 * One interface for both tables, so a string missing from either fails type-checking.
 * Shared vocabulary (statuses, "no data yet", provenance) stays in `src/i18n/messages.ts`.
 */
import type { Lang } from '../i18n/lang.js';
import type { Status } from '../progress/status.js';

/** Orders a reader can pick (see `sortRows` in rows.ts). */
export type SortOrder = 'status' | 'progress' | 'name' | 'data';
export const SORT_ORDERS: readonly SortOrder[] = ['status', 'progress', 'name', 'data'];

export interface SectorsMessages {
  /** The panel's heading. */
  title: string;
  /** How to read the shared scale, under the heading. */
  scale: string;
  /** Label of the sort control. */
  sortLabel: string;
  /** Each order's name in the control. */
  sort: Record<SortOrder, string>;
  /** Announced in the live region after a reader re-sorts. */
  sorted: (order: string) => string;
  /** Counts under the heading: "6 targets: 1 achieved, 5 insufficient data". */
  summary: (total: number, parts: readonly { status: Status; count: number }[], statusName: (s: Status) => string) => string;
  /** Label of the rows with no sector (only when `targets` or `indicator` picks them). */
  noSector: string;
  /** The row's target, in words: "Target: −3.7% vs 2020 by 2025". */
  targetIs: (phrase: string) => string;
  /** "76% of the way". */
  ofTheWay: (share: string) => string;
  /** "60% due by now". */
  dueByNow: (share: string) => string;
  /** Sentence tail for AT: "76% of the way from baseline to target; 60% due by now." */
  progressSentence: (share: string, due: string | null) => string;
  /** Peak rows: the bar is time, not level. */
  peaked: (year: string) => string;
  peakAround: (year: string) => string;
  peakAfter: (year: string) => string;
  peakSentence: (elapsed: string, when: string) => string;
  /** Axis labels. */
  axisBaseline: string;
  axisTarget: string;
  /** Legend. */
  legendProgress: string;
  legendArrow: string;
  legendExpected: string;
  legendTarget: string;
  legendMilestone: string;
  legendPeak: string;
  /** Body when the filters match no target. */
  noRows: (filters: string) => string;
  noRowsAtAll: string;
  /** Errors naming bad attribute values. */
  unknownSector: (id: string, known: string) => string;
  unknownIndicator: (id: string) => string;
  unknownTarget: (id: string) => string;
  badLayout: (value: string) => string;
  badSort: (value: string) => string;
  /** The "How is this calculated?" text. */
  explanation: string;
  method: string;
}

const en: SectorsMessages = {
  title: 'Targets by sector',
  scale: 'Each bar runs from the baseline (0%) to the target (100%), so targets in different units share one scale.',
  sortLabel: 'Sort by',
  sort: {
    status: 'Status (most behind first)',
    progress: 'Progress (least first)',
    name: 'Name (A–Z)',
    data: 'Order in the plan',
  },
  sorted: (order) => `Sorted by ${order.charAt(0).toLowerCase()}${order.slice(1)}`,
  summary: (total, parts, name) =>
    `${total === 1 ? '1 target' : `${total} targets`}: ${parts.map((p) => `${p.count} ${name(p.status).toLowerCase()}`).join(', ')}`,
  noSector: 'All sectors',
  targetIs: (phrase) => `Target: ${phrase}`,
  ofTheWay: (share) => `${share} of the way`,
  dueByNow: (share) => `${share} due by now`,
  progressSentence: (share, due) => `${share} of the way from baseline to target${due ? `; ${due} was due by now` : ''}.`,
  peaked: (year) => `Peaked ${year}`,
  peakAround: (year) => `Peak ≈ ${year}`,
  peakAfter: (year) => `Peak after ${year}`,
  peakSentence: (elapsed, when) => `${elapsed} of the time to the deadline has passed; ${when.charAt(0).toLowerCase()}${when.slice(1)}.`,
  axisBaseline: 'Baseline',
  axisTarget: 'Target',
  legendProgress: 'Progress from baseline (colour shows status)',
  legendArrow: 'Baseline → latest value (colour shows status)',
  legendExpected: 'Due by now on the required path',
  legendTarget: 'Target (100%)',
  legendMilestone: 'Milestone',
  legendPeak: 'Peak targets: the bar is time to the deadline; ◆ projected peak',
  noRows: (filters) => `No targets match ${filters}.`,
  noRowsAtAll: 'This dataset has no targets that name a sector.',
  unknownSector: (id, known) => `No sector with id "${id}" in this dataset${known ? ` (sectors: ${known})` : ''}`,
  unknownIndicator: (id) => `No indicator with id "${id}" in this dataset`,
  unknownTarget: (id) => `No target with id "${id}" in this dataset`,
  badLayout: (v) => `layout="${v}" is not one of bars, dots.`,
  badSort: (v) => `sort="${v}" is not one of status, progress, name, data.`,
  explanation:
    'Every target is put on one unit-free scale: the share of the way from its baseline (0%) to its target (100%) covered by the latest value. Below 0% means the value moved away from the target; above 100% means it went beyond. The dashed tick is the share due by now on a straight path from baseline to target (for annual caps, the allowance path). Count targets show progress toward the final count, with interim milestones as ticks. Peak targets are judged on time: the bar is the share of the time from the start of the series to the deadline that has passed, and the diamond is the projected peak year. Status sorting puts wrong direction first, then off track, needs acceleration, on track and achieved; rows with no data come last in every order except the order in the plan.',
  method: 'progress = (latest − baseline) ÷ (target − baseline)',
};

const zh: SectorsMessages = {
  title: '分行业目标',
  scale: '每条进度条从基准（0%）到目标（100%），不同单位的目标因此可以在同一尺度上比较。',
  sortLabel: '排序',
  sort: {
    status: '状态（最落后在前）',
    progress: '进度（从低到高）',
    name: '名称',
    data: '方案中的顺序',
  },
  sorted: (order) => `已按${order}排序`,
  summary: (total, parts, name) => `共 ${total} 项目标：${parts.map((p) => `${name(p.status)} ${p.count} 项`).join('，')}`,
  noSector: '全部行业',
  targetIs: (phrase) => `目标：${phrase}`,
  ofTheWay: (share) => `已完成 ${share}`,
  dueByNow: (share) => `至今应完成 ${share}`,
  progressSentence: (share, due) => `从基准到目标已完成 ${share}${due ? `；至今应完成 ${due}` : ''}。`,
  peaked: (year) => `${year}年达峰`,
  peakAround: (year) => `预计约${year}年达峰`,
  peakAfter: (year) => `预计${year}年后达峰`,
  peakSentence: (elapsed, when) => `距期限的时间已过去 ${elapsed}；${when}。`,
  axisBaseline: '基准',
  axisTarget: '目标',
  legendProgress: '自基准以来的进度（颜色表示状态）',
  legendArrow: '基准 → 最新值（颜色表示状态）',
  legendExpected: '按所需路径至今应完成',
  legendTarget: '目标（100%）',
  legendMilestone: '阶段目标',
  legendPeak: '达峰目标：进度条表示距期限的时间；◆ 预计达峰年份',
  noRows: (filters) => `没有符合 ${filters} 的目标。`,
  noRowsAtAll: '此数据集中没有注明行业的目标。',
  unknownSector: (id, known) => `此数据集中没有 ID 为“${id}”的行业${known ? `（现有行业：${known}）` : ''}`,
  unknownIndicator: (id) => `此数据集中没有 ID 为“${id}”的指标`,
  unknownTarget: (id) => `此数据集中没有 ID 为“${id}”的目标`,
  badLayout: (v) => `layout="${v}" 不是 bars、dots 之一。`,
  badSort: (v) => `sort="${v}" 不是 status、progress、name、data 之一。`,
  explanation:
    '所有目标都放在同一个无单位的尺度上：最新值从基准（0%）走到目标（100%）已完成的比例。低于 0% 表示数值背离目标；高于 100% 表示已超过目标。虚线刻度表示按从基准到目标的直线路径（年度限额目标则按限额路径）至今应完成的比例。数量目标显示朝最终数量的进度，阶段目标以刻度标出。达峰目标按时间判断：进度条表示从序列起点到期限已过去的时间比例，菱形为预计达峰年份。按状态排序时，方向相反在前，其后依次为进度落后、需要加速、进度正常和已实现；除“方案中的顺序”外，暂无数据的目标始终排在最后。',
  method: '进度 = (最新值 − 基准值) ÷ (目标值 − 基准值)',
};

const TABLES: Record<Lang, SectorsMessages> = { en, zh };

export function sectorsMessages(lang: Lang): SectorsMessages {
  return TABLES[lang];
}
