/**
 * The strings `<peakline-trajectory>` adds to the shared tables (src/i18n/messages.ts), in
 * English and Simplified Chinese. Words the shared table already has (Target, Baseline,
 * Milestone, Peak, Required path, At this pace, Source, estimate, No data yet…) are taken from
 * there, not repeated. `TrajectoryMessages` is one interface, so a string missing from either
 * table fails type-checking. Entries that take values are functions; values arrive formatted.
 */
import type { ObservationStatus } from '../format/types.js';
import type { Lang } from '../i18n/lang.js';
import { joinTable } from '../i18n/join.js';
import { zhChange } from '../i18n/messages.js';

/** A year: numbers are written as they are ("2025"). */
type Y = number | string;
/** The pace annotation's arguments: value, year, gap phrase. */
type Pace = [value: string, year: Y, gap: string];

export interface TrajectoryMessages {
  /** Between items of a list. */
  list: string;
  /** Between sentences. */
  space: string;
  /** Ends a sentence. */
  stop: string;
  /** Between years in a list. */
  comma: string;
  /** Legend entries the shared words lack. */
  legend: {
    observed: string;
    /** Hollow points. */
    estimate: string;
    illustrative: string;
    requiredRate: string;
    cap: string;
    band: string;
    /** The pace line where too few changes give no likely range (band.ts): without one it read as certain. */
    paceFew: string;
    ceiling: string;
    floor: string;
    /** The plan's range; also its name in running text, in lower case ("within the target range"), as `rangeAssumed`'s. */
    range: string;
    /** The range Peakline took for "about" (the data gave no tolerance). */
    rangeAssumed: string;
    deadline: string;
    highest: string;
  };
  /** A mark's word with its year, drawn next to it ("Peak 2019", "Highest 2023"). */
  yearMark: (word: string, year: Y) => string;
  /** Short word for the highest value so far (`yearMark`). */
  highest: string;
  observation: Record<ObservationStatus, string>;
  /** The annotation under the title: where the series is heading at this pace. */
  projected: (...p: Pace) => string;
  /** The target year has passed (or is this year): the latest value is compared instead. */
  latest: (...p: Pace) => string;
  /**
   * A gap between two percentages: "12.9 points" (not "12.9%", a share of the value); between two index values
   * (`index`), "2.6 points" too (zh 个点, not 个百分点).
   */
  points: (amount: string, index?: boolean) => string;
  /** `ref` is the (lower-case) word for what is judged against: target or milestone. */
  short: (amount: string, ref: string) => string;
  /**
   * An at-most target's value above it: "17.1 Mt CO₂ above the target" ("short of" read as below a cap); `ref` is also a
   * range's name (its legend entry's, in lower case): "16 Mt above the assumed range".
   */
  above: (amount: string, ref: string) => string;
  beating: (amount: string, ref: string) => string;
  meeting: (ref: string) => string;
  withinRange: (range: string) => string;
  belowRange: (amount: string, range: string) => string;
  rising: string;
  /** The projected growth has reached zero: the series levels off at its projected peak. */
  flat: string;
  falling: string;
  /** Accessible name of the chart when it has points to step through (a slider over their years). */
  plot: string;
  /** Shown while the plot has keyboard focus and no year is picked yet: the keys, which the plot's name says. */
  keys: string;
  /**
   * The tooltip's first line is `tipYear(year)`, in bold, then `tipGap`, then the value: "2021 94.4", "2021年：94.4"
   * (as the line below it, "所需路径：97.1", and the slider's reading; a bare "2021 94.4" is no Chinese).
   */
  tipYear: (year: string) => string;
  tipGap: string;
  /**
   * A year's value as the slider reads it: `path` is the tooltip's "Required path: 97.1" line, or '' where it shows none;
   * `source` '' where every point has the one source (the table's caption and the footer say it once).
   */
  announce: (year: Y, value: string, status: string, source: string, path: string) => string;
  /** The table button's one name, open or closed (its state is aria-pressed). */
  toggle: string;
  caption: (title: string) => string;
  year: string;
  value: (unit: string) => string;
  status: string;
  perYear: (rate: string) => string;
  /** The target level's label on the chart: "Target 86.5", "目标：86.5" (as the gauge's "目标：18亿吨"). */
  targetLabel: (value: string) => string;
  describe: {
    trend: (n: number, first: string, firstYear: Y, latest: string, latestYear: Y, change: string) => string;
    single: (value: string, year: Y) => string;
    gaps: (years: string) => string;
    /** `rate` is empty for a straight path. */
    path: (baseline: string, baselineYear: Y, target: string, targetYear: Y, rate: string) => string;
    cap: (first: string, firstYear: Y, last: string, lastYear: Y) => string;
    milestones: (list: string) => string;
    milestone: (value: string, year: Y) => string;
    peakDeadline: (year: Y) => string;
    /** The peak (confirmed) or the highest value so far. */
    peak: (confirmed: boolean, value: string, year: Y) => string;
    projection: (since: Y, rate: string, ...p: Pace) => string;
    /** `trend`: growth follows its fitted trend; else it is held at its recent average (see `clearTrend`). */
    peakProjection: (growth: string, trend: boolean, ...p: Pace) => string;
    band: (lo: string, hi: string, year: Y) => string;
    /** How the band is drawn, for the "How is this calculated?" disclosure: ±1 σ of the last `n` yearly changes. */
    bandHow: (n: number) => string;
    status: (status: string) => string;
    noData: string;
  };
}

// The Chinese table first: the bundle puts it after the sector panel's Chinese table, and gzip codes the two as one run
// (−9 B gzip against English first).
const zh: TrajectoryMessages = /* @__PURE__ */ joinTable({
  list: '；',
  space: '',
  stop: '。',
  comma: '、',
  legend: {
    observed: '观测值',
    estimate: '估算值（空心）',
    illustrative: '示意值（空心）',
    requiredRate: '所需路径（恒定变化率）',
    cap: '年度限额',
    band: '可能区间（按以往波动）',
    paceFew: '按当前速度（年份太少，无可能区间）',
    ceiling: '目标水平（上限）',
    floor: '目标水平（下限）',
    range: '目标区间',
    rangeAssumed: '假定区间',
    deadline: '达峰期限',
    highest: '迄今最高',
  },
  yearMark: (w, y) => `${y}年${w}`,
  highest: '最高',
  observation: { official: '官方', estimate: '估算', illustrative: '示意' },
  projected: (v, y, gap) => `按当前速度：${y}年为${v}，${gap}`,
  latest: (v, y, gap) => `${y}年：${v}，${gap}`,
  // Held to their figure by word joiners, as `glue` in src/i18n/format.ts holds units ("2.6 ⏎ 个点" broke a headline);
  // written out rather than imported: the message tables import nothing, so the bundles keep them together (importing
  // glue moved format.ts ahead of them, +161 B gzip in the trajectory's bundle).
  points: (a, index) => `${a}\u2060个\u2060${index ? '' : '百分'}点`,
  short: (a, ref) => `距${ref}还差${a}`,
  above: (a, ref) => `高出${ref}${a}`,
  beating: (a, ref) => `优于${ref}${a}`,
  meeting: (ref) => `恰好达到${ref}`,
  withinRange: (r) => `处于${r}内`,
  belowRange: (a, r) => `低于${r}${a}`,
  rising: '届时仍在上升',
  flat: '届时趋于平稳',
  falling: '已在下降',
  plot: '观测值：用左右方向键逐年查看',
  keys: '← → 逐年查看',
  tipYear: (y) => `${y}年`,
  tipGap: '：',
  announce: (y, v, status, source, path) => `${y}年：${v}（${status}）。${path && path + '。'}${source && '来源：' + source}`,
  toggle: '数据表',
  caption: (t) => `${t}：观测值`,
  year: '年份',
  value: (u) => (u ? `数值（${u}）` : '数值'),
  status: '数据类型',
  // As the explanation says a rate (年均下降3.5%), not "每年−3.5%".
  perYear: (r) => `年均${zhChange(r)}`,
  targetLabel: (g) => `目标：${g}`,
  describe: {
    trend: (n, a, ay, b, by, change) => `共${n}个观测值，从${ay}年的${a}变为${by}年的${b}（${change}）。`,
    single: (v, y) => `仅有一个观测值：${y}年为${v}。`,
    gaps: (y) => `${y}年无数据。`,
    path: (b, by, t, ty, rate) => `所需路径从${by}年的${b}${rate ? `以${rate}的恒定速度` : '沿直线'}达到${ty}年的目标${t}。`,
    cap: (a, ay, b, by) => `年度限额从${ay}年的${a}调整至${by}年的${b}。`,
    milestones: (l) => `阶段目标：${l}。`,
    milestone: (v, y) => `到${y}年达到${v}`,
    peakDeadline: (y) => `该序列须于${y}年前达峰。`,
    peak: (confirmed, v, y) => (confirmed ? `已于${y}年达到峰值${v}。` : `迄今最高值为${y}年的${v}。`),
    projection: (since, rate, v, y, gap) => `按${since}年以来${rate}的速度，${y}年将为${v}，${gap}。`,
    peakProjection: (growth, trend, v, y, gap) => `${trend ? `若年增速（${growth}）按拟合趋势变化` : `若年增速保持近年平均水平（${growth}）`}，${y}年将为${v}，${gap}。`,
    band: (lo, hi, y) => `考虑以往波动，${y}年可能在${lo}至${hi}之间。`,
    bandHow: (n) => `可能区间为预测值上下各一个标准差（按近${n}年的年度变化计算，约有三分之二的可能落在其中），越往后越宽。`,
    status: (s) => `状态：${s}。`,
    noData: '暂无观测值。',
  },
});

const en: TrajectoryMessages = {
  list: '; ',
  space: ' ',
  stop: '.',
  comma: ', ',
  legend: {
    observed: 'Observed',
    estimate: 'Estimate (hollow)',
    illustrative: 'Illustrative (hollow)',
    requiredRate: 'Required path (constant rate)',
    cap: 'Annual caps',
    band: 'Likely range (past swings)',
    paceFew: 'At this pace (too few years for a likely range)',
    ceiling: 'Target level (a ceiling)',
    floor: 'Target level (a floor)',
    range: 'Target range',
    rangeAssumed: 'Assumed range',
    deadline: 'Peak deadline',
    highest: 'Highest so far',
  },
  yearMark: (w, y) => `${w} ${y}`,
  highest: 'Highest',
  observation: { official: 'official', estimate: 'estimate', illustrative: 'illustrative' },
  projected: (v, y, gap) => `At this pace: ${v} in ${y}, ${gap}`,
  latest: (v, y, gap) => `In ${y}: ${v}, ${gap}`,
  // "1 point", not "1 points" (a gap of exactly one): percentage points and index points alike in English.
  points: (a) => `${a} point${a === '1' ? '' : 's'}`,
  short: (a, ref) => `${a} short of the ${ref}`,
  above: (a, ref) => `${a} above the ${ref}`,
  beating: (a, ref) => `beating the ${ref} by ${a}`,
  meeting: (ref) => `meeting the ${ref}`,
  withinRange: (r) => `within the ${r}`,
  belowRange: (a, r) => `${a} below the ${r}`,
  rising: 'still rising',
  flat: 'levelling off',
  falling: 'already falling',
  plot: 'Observed values: left and right arrow keys step through the years',
  keys: '← → step through the years',
  tipYear: (y) => y,
  tipGap: ' ',
  announce: (y, v, status, source, path) => `${y}: ${v} (${status}).${path && ` ${path}.`}${source && ` Source: ${source}`}`,
  toggle: 'Data table',
  caption: (t) => `${t}: observed values`,
  year: 'Year',
  value: (u) => (u ? `Value (${u})` : 'Value'),
  // The figure's kind (official, estimate…), as the Chinese 数据类型; not "Status", which the widget's "On track" is.
  status: 'Data type',
  perYear: (r) => `${r} a year`,
  targetLabel: (g) => `Target ${g}`,
  describe: {
    trend: (n, a, ay, b, by, change) => `${n} observations run from ${a} in ${ay} to ${b} in ${by} (${change}).`,
    single: (v, y) => `One observation: ${v} in ${y}.`,
    gaps: (y) => `No data for ${y}.`,
    path: (b, by, t, ty, rate) => `The required path runs ${rate ? '' : 'straight '}from ${b} in ${by} to the target of ${t} in ${ty}${rate && ` at a constant ${rate}`}.`,
    cap: (a, ay, b, by) => `The annual caps run from ${a} in ${ay} to ${b} in ${by}.`,
    milestones: (l) => `Milestones: ${l}.`,
    milestone: (v, y) => `${v} by ${y}`,
    peakDeadline: (y) => `The series must peak by ${y}.`,
    peak: (confirmed, v, y) => `${confirmed ? 'It peaked at' : 'The highest value so far is'} ${v} in ${y}.`,
    projection: (since, rate, v, y, gap) => `Continuing at ${rate} (the pace since ${since}), it would be ${v} in ${y}, ${gap}.`,
    peakProjection: (growth, trend, v, y, gap) =>
      `${trend ? `If growth (${growth} a year) keeps its fitted trend` : `If growth stays at its recent average (${growth} a year)`}, it would be ${v} in ${y}, ${gap}.`,
    band: (lo, hi, y) => `Given past swings, ${y} would likely be between ${lo} and ${hi}.`,
    bandHow: (n) => `The likely range is the projection plus or minus one standard deviation of the last ${n} yearly changes (about two chances in three), widening with each year ahead.`,
    status: (s) => `Status: ${s}.`,
    noData: 'No observations yet.',
  },
};

/** The trajectory's message table for a language. */
export const trajectoryMessages = (lang: Lang): TrajectoryMessages => (lang === 'zh' ? zh : en);
