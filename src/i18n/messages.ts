/**
 * Every user-visible string Peakline generates, in English and Simplified Chinese.
 * `Messages` is one interface, so a string missing from either table fails type-checking.
 * Entries that take values are functions; values arrive already formatted.
 */
import type { Lang } from './lang.js';
import type { Status } from '../progress/status.js';
import type { Method } from '../format/types.js';

export interface Messages {
  status: Record<Status, string>;
  method: Record<Method, string>;
  methodFormula: Record<Method, string>;
  states: { loading: string; noData: string; error: string; errorDetails: (n: number) => string; unknownTarget: (id: string) => string };
  provenance: { source: string; illustrative: string; illustrativeHint: string; estimate: string; howCalculated: string; asOf: (year: string) => string };
  words: {
    baseline: string; target: string; latest: string; path: string; projection: string; peak: string; milestone: string; by: (year: string) => string;
    noDataYet: string; ofTarget: (done: string, goal: string) => string; yearsLeft: (n: number) => string;
  };
  explain: {
    inputs: (p: { baseline: string; baselineYear: string; latest: string; latestYear: string; target: string; targetYear: string }) => string;
    baselineFromObservation: (year: string) => string;
    path: (p: { pathValue: string; year: string; progress: string; expected: string; ratio: string }) => string;
    rate: (p: { achieved: string; required: string; ratio: string; linear: boolean }) => string;
    extrapolation: (p: { rate: string; projected: string; targetYear: string; ratio: string; linear: boolean }) => string;
    verdict: (p: { status: string; ratio: string; onTrack: string; needsAcceleration: string }) => string;
    achieved: (p: { latest: string; year: string; target: string }) => string;
    missed: (p: { targetYear: string }) => string;
    noDistance: string;
    insufficient: (n: number) => string;
    noTrend: string;
    peakReached: (p: { peak: string; year: string; later: number; deadline: string }) => string;
    peakTrend: (p: { growth: string; slope: string; peakYear: string | null; deadline: string }) => string;
    milestone: (p: { value: string; year: string }) => string;
    cap: (p: { allowance: string; year: string; over: boolean }) => string;
  };
}

const en: Messages = {
  status: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'needs-acceleration': 'Needs acceleration',
    'off-track': 'Off track',
    'wrong-direction': 'Wrong direction',
    'insufficient-data': 'Insufficient data',
  },
  method: { path: 'distance to the straight-line path', rate: 'achieved vs required annual rate', extrapolation: 'extrapolation of the current trend' },
  methodFormula: {
    path: 'ratio = progress ÷ share of the way due by now on a straight line (European Environment Agency)',
    rate: 'R = achieved annual rate ÷ required annual rate (Statistics Canada / Open SDG)',
    extrapolation: 'Q = (projected − baseline) ÷ (target − baseline) (UN Statistics Division progress chart)',
  },
  states: {
    loading: 'Loading policy data…',
    noData: 'No data yet',
    error: 'This chart could not be shown',
    errorDetails: (n) => (n === 1 ? '1 problem in the data:' : `${n} problems in the data:`),
    unknownTarget: (id) => `No target with id "${id}" in this dataset`,
  },
  provenance: {
    source: 'Source',
    illustrative: 'Illustrative data',
    illustrativeHint: 'Some values shown are invented for demonstration, not real observations.',
    estimate: 'estimate',
    howCalculated: 'How is this calculated?',
    asOf: (y) => `as of ${y}`,
  },
  words: {
    baseline: 'Baseline',
    target: 'Target',
    latest: 'Latest',
    path: 'Required path',
    projection: 'At this pace',
    peak: 'Peak',
    milestone: 'Milestone',
    by: (y) => `by ${y}`,
    noDataYet: 'no data yet',
    ofTarget: (done, goal) => `${done} of ${goal}`,
    yearsLeft: (n) => (n === 1 ? '1 year left' : `${n} years left`),
  },
  explain: {
    inputs: (p) => `Baseline ${p.baseline} (${p.baselineYear}); latest ${p.latest} (${p.latestYear}); target ${p.target} by ${p.targetYear}.`,
    baselineFromObservation: (y) => `The target gives no baseline value, so the first observation (${y}) is used.`,
    path: (p) =>
      `A straight line from the baseline to the target passes ${p.pathValue} in ${p.year}, so ${p.expected} of the way was due by then; ${p.progress} has been covered. Ratio = ${p.progress} ÷ ${p.expected} = ${p.ratio}.`,
    rate: (p) =>
      `The value has changed by ${p.achieved} a year since the baseline${p.linear ? ' (a straight-line rate, because a compound rate is undefined for zero or negative values)' : ''}; reaching the target needs ${p.required} a year. R = ${p.ratio}.`,
    extrapolation: (p) =>
      `Continuing at ${p.rate} a year${p.linear ? ' (straight-line, because a compound rate is undefined for zero or negative values)' : ''}, the value would be ${p.projected} in ${p.targetYear}. Q = (projected − baseline) ÷ (target − baseline) = ${p.ratio}.`,
    verdict: (p) => `${p.status}: a ratio of ${p.onTrack} or more is on track, ${p.needsAcceleration} to ${p.onTrack} needs acceleration, 0 to ${p.needsAcceleration} is off track, below 0 is the wrong direction.`,
    achieved: (p) => `The latest value, ${p.latest} (${p.year}), already meets the target of ${p.target}.`,
    missed: (p) => `The target year ${p.targetYear} has passed without the target being met.`,
    noDistance: 'The baseline already equals the target, so any move away from it is the wrong direction.',
    insufficient: (n) => `At least two observations are needed to judge progress; ${n === 0 ? 'there are none' : 'there is only one'}.`,
    noTrend: 'A growth trend needs observations in consecutive years; there are none.',
    peakReached: (p) => `The series peaked at ${p.peak} in ${p.year}, before the ${p.deadline} deadline, and ${p.later} later observations are lower.`,
    peakTrend: (p) =>
      `Recent annual growth is ${p.growth}, changing by ${p.slope} points a year. ${p.peakYear ? `At that trend growth reaches zero around ${p.peakYear}` : 'At that trend growth does not reach zero'}; the deadline is ${p.deadline}.`,
    milestone: (p) => `Judged against the next milestone: ${p.value} by ${p.year}.`,
    cap: (p) => `The allowance for ${p.year} is ${p.allowance}; the latest value is ${p.over ? 'above' : 'within'} it.`,
  },
};

const zh: Messages = {
  status: {
    achieved: '已实现',
    'on-track': '进度正常',
    'needs-acceleration': '需要加速',
    'off-track': '进度落后',
    'wrong-direction': '方向相反',
    'insufficient-data': '数据不足',
  },
  method: { path: '与直线路径的距离', rate: '实际与所需年均变化率之比', extrapolation: '按当前趋势外推' },
  methodFormula: {
    path: '比值 = 已完成进度 ÷ 按直线路径至今应完成的进度（欧洲环境署方法）',
    rate: 'R = 实际年均变化率 ÷ 所需年均变化率（加拿大统计局 / Open SDG 方法）',
    extrapolation: 'Q = (预测值 − 基准值) ÷ (目标值 − 基准值)（联合国统计司进展图方法）',
  },
  states: {
    loading: '正在加载政策数据…',
    noData: '暂无数据',
    error: '无法显示此图表',
    errorDetails: (n) => `数据中有 ${n} 个问题：`,
    unknownTarget: (id) => `此数据集中没有 ID 为“${id}”的目标`,
  },
  provenance: {
    source: '来源',
    illustrative: '示意数据',
    illustrativeHint: '部分数值为演示而虚构，并非真实观测值。',
    estimate: '估算',
    howCalculated: '如何计算？',
    asOf: (y) => `截至${y}年`,
  },
  words: {
    baseline: '基准',
    target: '目标',
    latest: '最新',
    path: '所需路径',
    projection: '按当前速度',
    peak: '峰值',
    milestone: '阶段目标',
    by: (y) => `${y}年前`,
    noDataYet: '暂无数据',
    ofTarget: (done, goal) => `已完成 ${done}，目标 ${goal}`,
    yearsLeft: (n) => `剩余 ${n} 年`,
  },
  explain: {
    inputs: (p) => `基准值 ${p.baseline}（${p.baselineYear}年）；最新值 ${p.latest}（${p.latestYear}年）；目标 ${p.targetYear}年前达到 ${p.target}。`,
    baselineFromObservation: (y) => `目标未给出基准值，因此采用第一个观测值（${y}年）。`,
    path: (p) =>
      `从基准到目标的直线路径在${p.year}年为 ${p.pathValue}，即届时应完成 ${p.expected}；实际已完成 ${p.progress}。比值 = ${p.progress} ÷ ${p.expected} = ${p.ratio}。`,
    rate: (p) =>
      `自基准年以来年均变化 ${p.achieved}${p.linear ? '（因数值为零或负数，无法计算复合增长率，改用线性变化率）' : ''}；实现目标需要年均变化 ${p.required}。R = ${p.ratio}。`,
    extrapolation: (p) =>
      `若保持年均 ${p.rate} 的变化${p.linear ? '（因数值为零或负数，改用线性外推）' : ''}，${p.targetYear}年将达到 ${p.projected}。Q = (预测值 − 基准值) ÷ (目标值 − 基准值) = ${p.ratio}。`,
    verdict: (p) => `${p.status}：比值不低于 ${p.onTrack} 为进度正常，${p.needsAcceleration} 至 ${p.onTrack} 为需要加速，0 至 ${p.needsAcceleration} 为进度落后，低于 0 为方向相反。`,
    achieved: (p) => `最新值 ${p.latest}（${p.year}年）已达到目标 ${p.target}。`,
    missed: (p) => `目标年份${p.targetYear}年已过，目标未实现。`,
    noDistance: '基准值已等于目标值，任何偏离都属于方向相反。',
    insufficient: (n) => `判断进展至少需要两个观测值；${n === 0 ? '目前没有观测值' : '目前只有一个'}。`,
    noTrend: '判断增速趋势需要连续年份的观测值，目前没有。',
    peakReached: (p) => `该序列于${p.year}年达到峰值 ${p.peak}，早于${p.deadline}年的期限，其后 ${p.later} 个观测值均低于峰值。`,
    peakTrend: (p) =>
      `近年年均增速为 ${p.growth}，每年变化 ${p.slope} 个百分点。${p.peakYear ? `按此趋势，增速将在${p.peakYear}年前后降至零` : '按此趋势，增速不会降至零'}；期限为${p.deadline}年。`,
    milestone: (p) => `按下一个阶段目标评估：${p.year}年前达到 ${p.value}。`,
    cap: (p) => `${p.year}年的限额为 ${p.allowance}；最新值${p.over ? '高于' : '未超过'}限额。`,
  },
};

const TABLES: Record<Lang, Messages> = { en, zh };

/** The message table for a language. */
export function messages(lang: Lang): Messages {
  return TABLES[lang];
}
