/**
 * Every user-visible string `<peakline-trajectory>` adds to the shared tables, in English and
 * Simplified Chinese. `TrajectoryMessages` is one interface, so a string missing from either
 * table fails type-checking. Entries that take values are functions; values arrive formatted.
 */
import type { Lang } from '../i18n/lang.js';
import type { ObservationStatus } from '../format/types.js';

/** What the projection is compared with: the final target, or (count targets) the next milestone. */
export type GapRef = 'target' | 'milestone';

export interface TrajectoryMessages {
  legend: {
    observed: string;
    hollow: Record<Exclude<ObservationStatus, 'official'>, string>;
    requiredStraight: string;
    requiredRate: string;
    cap: string;
    projection: string;
    band: string;
    target: string;
    milestone: string;
    ceiling: string;
    floor: string;
    range: string;
    deadline: string;
    peak: string;
    highest: string;
    baseline: string;
  };
  /** Short labels drawn next to the marks. */
  labels: {
    baseline: string;
    target: (value: string) => string;
    deadline: (year: string) => string;
    peak: (year: string) => string;
    highest: (year: string) => string;
  };
  observation: Record<ObservationStatus, string>;
  /** The annotation under the title: where the series is heading. */
  pace: {
    projected: (p: { value: string; year: string; gap: string }) => string;
    /** The target year has passed (or is this year): the latest value is compared instead. */
    latest: (p: { value: string; year: string; gap: string }) => string;
    short: (amount: string, ref: GapRef) => string;
    beating: (amount: string, ref: GapRef) => string;
    meeting: (ref: GapRef) => string;
    withinRange: string;
    aboveRange: (amount: string) => string;
    belowRange: (amount: string) => string;
    stillRising: string;
    falling: string;
  };
  plot: {
    label: string;
    noPoints: string;
    announce: (p: { year: string; value: string; status: string; source: string }) => string;
    pathValue: (value: string) => string;
    source: string;
  };
  table: {
    toggle: string;
    caption: (title: string) => string;
    year: string;
    value: (unit: string) => string;
    status: string;
    source: string;
  };
  describe: {
    trend: (p: { first: string; firstYear: string; latest: string; latestYear: string; change: string; n: number }) => string;
    single: (p: { value: string; year: string }) => string;
    gaps: (years: string) => string;
    pathStraight: (p: { baseline: string; baselineYear: string; target: string; targetYear: string }) => string;
    pathRate: (p: { baseline: string; baselineYear: string; target: string; targetYear: string; rate: string }) => string;
    pathCap: (p: { first: string; firstYear: string; last: string; lastYear: string }) => string;
    milestones: (list: string) => string;
    milestone: (p: { value: string; year: string }) => string;
    targetOnly: (p: { target: string; targetYear: string }) => string;
    peakDeadline: (year: string) => string;
    peakConfirmed: (p: { value: string; year: string }) => string;
    highestSoFar: (p: { value: string; year: string }) => string;
    projection: (p: { since: string; rate: string; value: string; year: string; gap: string }) => string;
    peakProjection: (p: { growth: string; value: string; year: string; gap: string }) => string;
    band: (p: { lo: string; hi: string; year: string }) => string;
    status: (status: string) => string;
    noData: string;
  };
  rate: {
    perYear: (rate: string) => string;
  };
  /** Problems with the element's own attributes, shown like data errors. */
  problems: {
    noTarget: string;
    badMethod: (method: string) => string;
    badAsOf: (value: string) => string;
  };
  /** Separator between clauses in a list. */
  listSeparator: string;
}

const en: TrajectoryMessages = {
  legend: {
    observed: 'Observed',
    hollow: { estimate: 'Estimate (hollow)', illustrative: 'Illustrative (hollow)' },
    requiredStraight: 'Required path',
    requiredRate: 'Required path (constant rate)',
    cap: 'Annual caps',
    projection: 'At this pace',
    band: '±1 sd of yearly changes',
    target: 'Target',
    milestone: 'Milestone',
    ceiling: 'Ceiling',
    floor: 'Floor',
    range: 'Target range',
    deadline: 'Peak deadline',
    peak: 'Peak',
    highest: 'Highest so far',
    baseline: 'Baseline',
  },
  labels: {
    baseline: 'Baseline',
    target: (v) => `Target ${v}`,
    deadline: (y) => `Peak by ${y}`,
    peak: (y) => `Peak ${y}`,
    highest: (y) => `Highest ${y}`,
  },
  observation: { official: 'official', estimate: 'estimate', illustrative: 'illustrative' },
  pace: {
    projected: (p) => `At this pace: ${p.value} in ${p.year}, ${p.gap}`,
    latest: (p) => `In ${p.year}: ${p.value}, ${p.gap}`,
    short: (a, ref) => `${a} short of the ${ref}`,
    beating: (a, ref) => `beating the ${ref} by ${a}`,
    meeting: (ref) => `meeting the ${ref}`,
    withinRange: 'within the target range',
    aboveRange: (a) => `${a} above the target range`,
    belowRange: (a) => `${a} below the target range`,
    stillRising: 'still rising',
    falling: 'already falling',
  },
  plot: {
    label: 'Chart of the observed values. Use the left and right arrow keys to read each year; Home and End jump to the first and last.',
    noPoints: 'Chart without observations',
    announce: (p) => `${p.year}: ${p.value} (${p.status}). Source: ${p.source}`,
    pathValue: (v) => `Required path: ${v}`,
    source: 'Source',
  },
  table: {
    toggle: 'Data table',
    caption: (t) => `${t}: observed values`,
    year: 'Year',
    value: (u) => (u ? `Value (${u})` : 'Value'),
    status: 'Status',
    source: 'Source',
  },
  describe: {
    trend: (p) =>
      `${p.n} observations run from ${p.first} in ${p.firstYear} to ${p.latest} in ${p.latestYear} (${p.change}).`,
    single: (p) => `One observation: ${p.value} in ${p.year}.`,
    gaps: (y) => `No data for ${y}.`,
    pathStraight: (p) => `The required path runs in a straight line from ${p.baseline} in ${p.baselineYear} to the target of ${p.target} in ${p.targetYear}.`,
    pathRate: (p) =>
      `The required path runs from ${p.baseline} in ${p.baselineYear} to the target of ${p.target} in ${p.targetYear} at a constant ${p.rate} a year.`,
    pathCap: (p) => `The annual caps run from ${p.first} in ${p.firstYear} to ${p.last} in ${p.lastYear}.`,
    milestones: (l) => `Milestones: ${l}.`,
    milestone: (p) => `${p.value} by ${p.year}`,
    targetOnly: (p) => `The target is ${p.target} by ${p.targetYear}.`,
    peakDeadline: (y) => `The series must peak by ${y}.`,
    peakConfirmed: (p) => `It peaked at ${p.value} in ${p.year}.`,
    highestSoFar: (p) => `The highest value so far is ${p.value} in ${p.year}.`,
    projection: (p) => `At the pace since ${p.since} (${p.rate}), it would be ${p.value} in ${p.year}, ${p.gap}.`,
    peakProjection: (p) => `If recent growth (${p.growth} a year) follows its fitted trend, it would be ${p.value} in ${p.year}, ${p.gap}.`,
    band: (p) => `Allowing for past year-to-year swings (±1 standard deviation), ${p.year} could be between ${p.lo} and ${p.hi}.`,
    status: (s) => `Status: ${s}.`,
    noData: 'No observations yet.',
  },
  rate: { perYear: (r) => `${r} a year` },
  problems: {
    noTarget: 'Set the target attribute to the id of one of the dataset\'s targets.',
    badMethod: (m) => `method="${m}" is not one of path, rate, extrapolation.`,
    badAsOf: (v) => `as-of="${v}" is not a year.`,
  },
  listSeparator: '; ',
};

const zh: TrajectoryMessages = {
  legend: {
    observed: '观测值',
    hollow: { estimate: '估算值（空心）', illustrative: '示意值（空心）' },
    requiredStraight: '所需路径',
    requiredRate: '所需路径（恒定变化率）',
    cap: '年度限额',
    projection: '按当前速度',
    band: '逐年变化±1个标准差',
    target: '目标',
    milestone: '阶段目标',
    ceiling: '上限',
    floor: '下限',
    range: '目标区间',
    deadline: '达峰期限',
    peak: '峰值',
    highest: '迄今最高',
    baseline: '基准',
  },
  labels: {
    baseline: '基准',
    target: (v) => `目标 ${v}`,
    deadline: (y) => `${y}年前达峰`,
    peak: (y) => `${y}年峰值`,
    highest: (y) => `${y}年最高`,
  },
  observation: { official: '官方数据', estimate: '估算', illustrative: '示意' },
  pace: {
    projected: (p) => `按当前速度：${p.year}年为 ${p.value}，${p.gap}`,
    latest: (p) => `${p.year}年：${p.value}，${p.gap}`,
    short: (a, ref) => `距${ref === 'milestone' ? '阶段目标' : '目标'}还差 ${a}`,
    beating: (a, ref) => `优于${ref === 'milestone' ? '阶段目标' : '目标'} ${a}`,
    meeting: (ref) => `恰好达到${ref === 'milestone' ? '阶段目标' : '目标'}`,
    withinRange: '处于目标区间内',
    aboveRange: (a) => `高于目标区间 ${a}`,
    belowRange: (a) => `低于目标区间 ${a}`,
    stillRising: '届时仍在上升',
    falling: '已在下降',
  },
  plot: {
    label: '观测值图表。使用左右方向键逐年查看数值；Home 键和 End 键跳至第一年和最后一年。',
    noPoints: '暂无观测值的图表',
    announce: (p) => `${p.year}年：${p.value}（${p.status}）。来源：${p.source}`,
    pathValue: (v) => `所需路径：${v}`,
    source: '来源',
  },
  table: {
    toggle: '数据表',
    caption: (t) => `${t}：观测值`,
    year: '年份',
    value: (u) => (u ? `数值（${u}）` : '数值'),
    status: '数据类型',
    source: '来源',
  },
  describe: {
    trend: (p) => `共 ${p.n} 个观测值，从${p.firstYear}年的 ${p.first} 变为${p.latestYear}年的 ${p.latest}（${p.change}）。`,
    single: (p) => `仅有一个观测值：${p.year}年为 ${p.value}。`,
    gaps: (y) => `${y}年无数据。`,
    pathStraight: (p) => `所需路径从${p.baselineYear}年的 ${p.baseline} 沿直线变化至${p.targetYear}年的目标 ${p.target}。`,
    pathRate: (p) => `所需路径从${p.baselineYear}年的 ${p.baseline} 以每年 ${p.rate} 的恒定变化率达到${p.targetYear}年的目标 ${p.target}。`,
    pathCap: (p) => `年度限额从${p.firstYear}年的 ${p.first} 降至${p.lastYear}年的 ${p.last}。`,
    milestones: (l) => `阶段目标：${l}。`,
    milestone: (p) => `${p.year}年前达到 ${p.value}`,
    targetOnly: (p) => `目标为${p.targetYear}年前达到 ${p.target}。`,
    peakDeadline: (y) => `该序列须于${y}年前达峰。`,
    peakConfirmed: (p) => `已于${p.year}年达到峰值 ${p.value}。`,
    highestSoFar: (p) => `迄今最高值为${p.year}年的 ${p.value}。`,
    projection: (p) => `按${p.since}年以来的速度（${p.rate}），${p.year}年将为 ${p.value}，${p.gap}。`,
    peakProjection: (p) => `若近年增速（每年 ${p.growth}）按拟合趋势继续变化，${p.year}年将为 ${p.value}，${p.gap}。`,
    band: (p) => `考虑以往逐年波动（±1个标准差），${p.year}年的数值可能在 ${p.lo} 至 ${p.hi} 之间。`,
    status: (s) => `状态：${s}。`,
    noData: '暂无观测值。',
  },
  rate: { perYear: (r) => `每年 ${r}` },
  problems: {
    noTarget: '请将 target 属性设为数据集中某个目标的 ID。',
    badMethod: (m) => `method="${m}" 不是 path、rate 或 extrapolation 之一。`,
    badAsOf: (v) => `as-of="${v}" 不是年份。`,
  },
  listSeparator: '；',
};

const TABLES: Record<Lang, TrajectoryMessages> = { en, zh };

/** The trajectory's message table for a language. */
export function trajectoryMessages(lang: Lang): TrajectoryMessages {
  return TABLES[lang];
}
