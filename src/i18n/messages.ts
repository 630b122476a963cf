/**
 * Every user-visible string Peakline generates, in English and Simplified Chinese.
 * `Messages` is one interface, so a string missing from either table fails type-checking.
 * Entries that take values are functions; values arrive already formatted.
 */
import type { Lang } from './lang.js';
import { joined, joinTable } from './join.js';
import type { Status } from '../progress/status.js';
import type { Method } from '../format/types.js';

export interface Messages {
  /** ": " or "：" (Chinese takes a full-width colon). */
  colon: string;
  status: Record<Status, string>;
  /** The `achieved` status of a target met only after its target year (`metLate`; see `statusName`). */
  achievedLate: string;
  /** The `achieved` status of a target met in its target year whose latest value no longer meets it (see `statusName`). */
  achievedKept: string;
  states: {
    loading: string; noData: string; error: string;
    /** Before why a new `src` failed, under the chart it kept (a live page's poll): "Not updated" ("Could not update" read twice before "Could not load …"). */
    notUpdated: string;
    /** "3 problems:"; `english`: the list below is in English (data problems on a page in another language). */
    errorDetails: (n: number, english: boolean) => string;
    /** An attribute value outside its allowed list: `method="fastest"`, `theme="sepia"`, `variant="pie"`. */
    notOneOf: (attr: string, value: string, allowed: readonly string[]) => string;
    badAsOf: (value: string) => string;
    /** as-of names a year that has not happened (`now` is the current year). */
    futureAsOf: (value: string, now: number) => string;
    /** Computing or drawing the view threw (`detail` is the exception's text). */
    crashed: (detail: string) => string;
    /** No document, or none could be loaded: what went wrong (`LoadFailure`), said in the widget's language. */
    load: {
      /** No data property, inline JSON, `src` or `<peakline-data>`; `attr`: the element's `data` attribute, echoed, if it has one. */
      none: (attr?: string) => string;
      /** `src` is no http(s) address (`url` echoed, as every address below). */
      scheme: (url: string) => string;
      /** The network failed, or CORS kept the answer from the page. */
      network: (url: string) => string;
      /** An error answer: `status` is its status and status text, echoed ("404 Not Found"); the Chinese gives the number only. */
      http: (url: string, status: string) => string;
      /** The answer's body could not be read. */
      read: (url: string) => string;
      /** No answer within `ms` milliseconds. */
      timeout: (url: string, ms: number) => string;
    };
  };
  provenance: {
    source: string; data: string; illustrative: string; illustrativeHint: string; howCalculated: string;
    /** The disclosure's label when it holds only the target's note (no calculation yet). */
    aboutData: string;
    /** Label of the target's note from the data. */
    note: string;
    /** The disclosure of the sources not listed in the footer itself. */
    moreSources: (n: number) => string;
    /** After "as of 2022": the target year has passed, and the data do not reach it (see `pendingYear`). */
    pending: (year: number) => string;
    /** A status judged on a series that stands in for the target's (`proxy` in the data: what the series is). */
    indicative: (proxy: string) => string;
    /** Label of observations' notes, from their years in ascending order: "2020–2024 values", "2021 value". */
    values: (years: readonly number[]) => string;
    asOf: (year: string | number) => string;
  };
  words: {
    baseline: string; target: string; latest: string; path: string; projection: string; peak: string; milestone: string;
    /**
     * The baseline's mark (the trajectory's square, the gauge's tick) where the target gives no baseline value and the
     * first observation stands in (`explain.baselineFromObservation` says which year for which): "Baseline" beside a
     * 2024 point read as the plan's 2020 baseline.
     */
    standIn: string;
    /** A peak target whose series has peaked: "Peaked 2019". */
    peaked: (year: number) => string;
    noDataYet: string;
    /** After a gap phrase ("beating the target by 1 Mt"), separator included: the target was met `years` after its year. */
    metLate: (years: number) => string;
  };
  /** Sentences of the "How is this calculated?" explanation (values formatted; years as numbers). */
  explain: {
    inputs: (baseline: string, baselineYear: number, latest: string, latestYear: number, target: string, targetYear: number) => string;
    /** The target gives a baseline year (`baselineYear`) but no value: the first observation, of `year`, stands in. */
    baselineFromObservation: (baselineYear: number, year: number) => string;
    /** `back`: the share moved away from the target, unsigned ("41%"), when the value has gone the wrong way; `progress` keeps its sign for the division; `ratio` is false where nothing was due (nothing to divide by). */
    path: (pathValue: string, year: number | string, progress: string, expected: string, ratio: string | false, back: string | false) => string;
    /** `due`: the target year has come (the required rate is then what it needed, not needs). */
    rate: (achieved: string, required: string, ratio: string, linear: boolean, due: boolean) => string;
    extrapolation: (rate: string, projected: string, targetYear: number, ratio: string, linear: boolean) => string;
    /** Extrapolation with data from the target year on: nothing to project, Q is the latest value's share of the way. */
    reached: (ratio: string) => string;
    /** A compound rate of a value that is itself a percentage: relative, not in points. */
    relative: (rate: string) => string;
    /** How the ratio maps to the status, with the thresholds in force. */
    verdict: (status: string, onTrack: string, needsAcceleration: string) => string;
    achieved: (latest: string, year: number, target: string) => string;
    missed: (targetYear: number) => string;
    /**
     * The target met only after its year (`met`): `value` is the value observed in the target year, which did not meet
     * it; false where there is none (whether it was met on time is unknown, and `met` is the first year the data show).
     */
    late: (targetYear: number, value: string | false, met: number) => string;
    /** Met in the target year (`value`, that year's), not by the latest value. */
    kept: (targetYear: number, value: string) => string;
    noDistance: string;
    insufficient: (n: number) => string;
    /** No baseline value, and the first observation (`first`) is not before the target year: nothing to measure from. */
    noBaseline: (first: number, targetYear: number) => string;
    /** A peak target judged from `n` (fewer than three) year-on-year growth rates. */
    noTrend: (n: number) => string;
    peakReached: (peak: string, year: number, later: number, deadline: number) => string;
    /** `after`: growth does not reach zero by `peakYear` (ten years past the deadline; see shownPeakYear). */
    /** `falling`: growth at or below zero, `peakYear` the highest value's year (no division: no years to zero growth are left). `ratio` '' for a peak after its deadline: no score. */
    peakTrend: (growth: string, slope: string, n: number, peakYear: number, after: boolean, deadline: number, ratio: string, falling: boolean) => string;
    /** Growth without a clear trend (three rates or more): `slope` is the fitted slope and `se` its standard error. */
    peakSteady: (growth: string, falling: boolean, n: number, slope: string, se: string, deadline: number, ratio: string) => string;
    milestone: (value: string, year: number) => string;
    /** A count's milestone whose year has come, which the latest value does not reach. */
    passed: (value: string, year: number) => string;
    cap: (allowance: string, year: number, over: boolean) => string;
    /** A cap above its allowance for the latest year, before its last: off track whatever the ratio. */
    breach: string;
    /**
     * An "about" target before its year: where the method lands (the projection, or for `path` the latest value)
     * is inside its range (on track) or outside it (off track). `status` is the status's name.
     */
    about: (range: string, targetYear: number, value: string, year: number, projected: boolean, inside: boolean, status: string) => string;
    /**
     * A limit (the baseline already meets the target: see `Assessment.limit`): where the method lands (as for `about`)
     * is within it, past it, or (`over`, a cap) above the latest year's allowance. `status`: the status's name before the
     * target year; '' after it, where `missed` follows.
     */
    limit: (target: string, targetYear: number, value: string, year: number, projected: boolean, inside: boolean, over: boolean, status: string) => string;
    /** An "about" target without a tolerance in the data: the half-width Peakline chose (see `aboutTolerance`). */
    /** `five`: ±5% of the target, formatted, when half the way was taken instead (5% would hold the baseline); else false. */
    aboutDefault: (tolerance: string, five: string | false) => string;
  };
}

/**
 * What only the one-target widgets (gauge, trajectory) say: the method's formula above the explanation, the problems of
 * their `target` attribute and "indicative" beside their status. Apart from the table, like IN_RANGE below, so the
 * sector panel's bundle leaves it out.
 */
export interface TargetMessages {
  methodFormula: Record<Method, string>;
  /** A peak target's formula (it is judged from the growth trend, whatever the method). */
  peakFormula: string;
  noTarget: string;
  /**
   * With the nearest id (`guess`) when there is one, else the ids there are (`known`, `someIds`: the first eight, quoted), as the
   * sector panel's. Led by the attribute as written, as the other option errors are (its path "targets", the data's list,
   * read as the panel's `targets` attribute).
   */
  unknownTarget: (id: string, guess: string | undefined, known: string) => string;
  earlyAsOf: (value: string, baselineYear: number) => string;
  /** "indicative" beside the status, where the reason is in its title and the target's note (room is short there). */
  indicativeShort: string;
}

/**
 * The in-range phrase (see `inRangeText`), apart from the table: only the gauge and the sector panel use it, so the
 * trajectory's bundle leaves it out.
 */
/** `assumed`: the range is Peakline's reading of "about" (no tolerance in the data), said as such, not as the plan's. */
type InRange = (range: string, side: number, then: readonly [side: number, year: number] | undefined, assumed: boolean) => string;

/**
 * How far along the way from baseline to target a value is, in the gauge's legend and the sector panel's rows alike
 * (see `src/i18n/way.ts`); apart from the table, like IN_RANGE, so the trajectory's bundle leaves them out.
 * `of`'s `back`: a value gone the wrong way ("41% of the way backwards", 倒退41%), said without a minus sign, which beside
 * "Mt CO₂" reads as a cut.
 * The Chinese due and no-peak phrases carry a zero-width space (U+200B) where a line may break: the sector panel keeps
 * Chinese readouts' words whole (word-break: keep-all), which left "截至2022年应完成42%" no break at all, so at 200% text
 * in a 320 px column (a 230 px line) the frame's overflow-wrap cut it anywhere: "…应完成4 ⏎ 2%" ("…42 ⏎ %" in a 260 px
 * line), "按当前增速不会达 ⏎ 峰"; now "截至2022年应完成 ⏎ 42%", "按当前增速 ⏎ 不会达峰". The gauge's legend keeps its keys' words
 * whole too, and at 250% text "截至2024年应完成" (275 px) and "预计约2030年达峰" were wider than a 320 px column's line:
 * they break after the year as well, "截至2024年 ⏎ 应完成 ⏎ 80%", "预计约2030年 ⏎ 达峰".
 */
type Way = { of: (share: string, back: boolean) => string; used: (share: string) => string; due: (share: string, year: number) => string; peak: (year: number, after: boolean) => string; turned: (year: number) => string; noPeak: string };

/** Ascending years as a span when there are three or more in a row ("2020–2024"), else listed ("2021, 2023"). */
const years = (ys: readonly number[], dash: string, comma: string) =>
  ys.length > 2 && ys[ys.length - 1]! - ys[0]! === ys.length - 1 ? ys[0] + dash + ys[ys.length - 1] : ys.join(comma);

/** "a year late", "3 years late". */
const lateBy = (n: number) => `${n > 1 ? `${n} years` : 'a year'} late`;

/**
 * A signed yearly change as Chinese says it: "−3.5%" → 下降3.5%, "+4.9%（相对变化率）" → 增长4.9%（相对变化率）, "0%" → 变化0%,
 * never a sign after 下降 ("下降−3.5%"). The explanation's and the trajectory's description's rates alike (年均下降3.5%).
 */
export const zhChange = (r: string) => (r[0] === '+' ? '增长' + r.slice(1) : r[0] === '−' ? '下降' + r.slice(1) : '变化' + r);

// The Chinese tables, then the English ones: each language's four (the shared table, the one-target widgets', the
// in-range phrase, the way phrases) together, in the order the bundle keeps, so gzip codes each language's text as one
// run (measured: −63 B gzip against each table's two languages side by side; −49 B against the English first). A
// translator reads one language's tables in a row; the interfaces above say what each entry is.

const zh: Messages = /* @__PURE__ */ joinTable({
  colon: '：',
  status: {
    achieved: '已实现',
    'on-track': '进度正常',
    'needs-acceleration': '需要加速',
    'off-track': '进度落后',
    'wrong-direction': '方向相反',
    'insufficient-data': '数据不足',
  },
  achievedLate: '逾期实现',
  achievedKept: '已实现（现未达标）',
  states: {
    loading: '正在加载政策数据…',
    noData: '暂无数据',
    error: '无法显示此图表',
    notUpdated: '未更新',
    errorDetails: (n, english) => `发现${n}个问题${english ? '（说明为英文，可在嵌入代码生成器中查看中文说明）' : ''}：`,
    notOneOf: (attr, value, allowed) => `${attr}="${value}" 无效，可选值：${allowed.join('、')}。`,
    badAsOf: (v) => `as-of="${v}" 不是年份。`,
    futureAsOf: (v, now) => `as-of="${v}" 是未来年份：请使用${now}年或更早的年份。`,
    crashed: (detail) => `绘制此数据时出错（${detail}）。这是 Peakline 的缺陷，请连同数据一起报告。`,
    // As the embed builder says the loader's English (site/builder/problems-zh.ts).
    load: {
      none: (a) =>
        `没有数据${a === undefined ? '' : `（data="${a}" 是特性，不会被读取）`}：请设置 data 属性，在元素内添加 <script type="application/json">，设置 src，或将其放入 <peakline-data src="…"> 中。`,
      scheme: (url) => `"${url}" 不是 http(s) 网址，因此未加载。`,
      network: (url) => `无法加载 ${url}：网络故障，或服务器不允许此页面读取（CORS）。`,
      // The status's number alone (it leads: the loader's `${status} ${statusText}`): the text after it is the server's
      // English ("404 Not Found"), and a Chinese phrase for the common ones cost 40–95 B gzip.
      http: (url, status) => `无法加载 ${url}：服务器返回 ${status.slice(0, 3)}。`,
      read: (url) => `无法读取 ${url} 的响应。`,
      timeout: (url, ms) => `加载 ${url} 超过${ms < 1000 ? `${ms}毫秒` : `${Math.round(ms / 1000)}秒`}，已停止。`,
    },
  },
  provenance: {
    source: '来源',
    data: '数据',
    illustrative: '示意数据',
    illustrativeHint: '部分数值为演示而虚构，并非真实观测值。',
    howCalculated: '如何计算？',
    aboutData: '关于数据',
    note: '说明',
    moreSources: (n) => `其他${n}个来源`,
    values: (ys) => `${years(ys, '—', '、')}年数值`,
    asOf: (y) => `截至${y}年`,
    pending: (y) => `尚无${y}年数据`,
    indicative: (p) => `仅供参考：${p}`,
  },
  words: {
    baseline: '基准',
    standIn: '替代基准',
    target: '目标',
    latest: '最新',
    path: '所需路径',
    projection: '按当前速度',
    peak: '峰值',
    milestone: '阶段目标',
    peaked: (y) => `${y}年达峰`,
    noDataYet: '暂无数据',
    metLate: (n) => `，逾期${n}年实现`,
  },
  explain: {
    inputs: (b, by, l, ly, t, ty) => `基准值${b}（${by}年）；最新值${l}（${ly}年）；目标为到${ty}年达到${t}。`,
    baselineFromObservation: (by, y) => `目标未给出${by}年的基准值，因此以第一个观测值（${y}年）代替。`,
    path: (v, y, progress, expected, ratio, back) =>
      `${v ? `从基准到目标的直线路径在${y}年为${v}，即` : '按限额，'}届时应完成${expected}；实际${back ? `倒退${back}` : `已完成${progress}`}。${ratio ? `比值 = ${progress} ÷ ${expected} = ${ratio}。` : ''}`,
    rate: (achieved, required, ratio, linear, due) =>
      `自基准年以来年均${zhChange(achieved)}${linear ? '（基准值、最新值或目标值为零或负数，无法计算复合增长率，改用线性变化率）' : ''}；实现目标${due ? '原本' : ''}需要年均${zhChange(required)}。R = ${ratio}。`,
    extrapolation: (rate, projected, y, ratio, linear) =>
      `若保持年均${zhChange(rate)}${linear ? '（基准值、最新值或目标值为零或负数，无法按复合增长率外推，改用线性外推）' : ''}，${y}年将达到${projected}。Q = (预测值 − 基准值) ÷ (目标值 − 基准值) = ${ratio}。`,
    reached: (ratio) => `数据已覆盖目标年份，无需外推：Q = (最新值 − 基准值) ÷ (目标值 − 基准值) = ${ratio}。`,
    relative: (rate) => `${rate}（相对变化率）`,
    verdict: (status, on, na) => `${status}：比值不低于${on}为进度正常，${na}至${on}为需要加速，0至${na}为进度落后，低于0为方向相反。`,
    achieved: (l, y, t) => `最新值${l}（${y}年）已达到目标${t}。`,
    missed: (y) => `目标年份${y}年已过，目标未实现。`,
    late: (y, v, met) => (v ? `目标年份${y}年未实现目标（当年为${v}），${met}年才实现，逾期${met - y}年。` : `目标年份${y}年没有数据；数据显示目标于${met}年首次实现。`),
    kept: (y, v) => `目标已于${y}年实现（当年为${v}），但最新值已不再达标。`,
    noDistance: '基准值已等于目标值，任何偏离都属于方向相反。',
    insufficient: (n) => `判断进展至少需要两个观测值；${n ? '目前只有一个' : '目前没有观测值'}。`,
    noBaseline: (first, y) => `目标未给出基准值，而第一个观测值（${first}年）不早于目标年（${y}年）：无从衡量进展。`,
    noTrend: (n) => `判断达峰需要增速趋势：至少三年的年增速，即连续四年的观测值；目前${n ? `只有${n}年` : '没有'}。`,
    peakReached: (peak, y, later, deadline) => `该序列于${y}年达到峰值${peak}，早于${deadline}年的期限，其后${later}个观测值均低于峰值。`,
    peakTrend: (growth, slope, n, y, after, deadline, ratio, falling) =>
      `对近${n}年的年增速拟合直线，最新一年增速为${growth}，每年变化${slope}个百分点。${falling ? `该序列已不再增长（迄今最高值出现在${y}年；期限为${deadline}年）${ratio && `，比值计为${ratio}`}。` : `按此趋势，增速${after ? `到${y}年仍不会降至零` : `将在${y}年前后降至零`}；期限为${deadline}年。${ratio && `比值 = 距期限年数 ÷ 增速降至零所需年数 = ${ratio}。`}`}`,
    peakSteady: (growth, falling, n, slope, se, deadline, ratio) =>
      `近${n}年的年增速平均为${growth}，没有明显趋势（拟合直线每年变化${slope} ± ${se}个百分点，不到其标准误的两倍），因此按增速不变计算：${falling ? '该序列已不再增长' : `到${deadline}年增速不会降至零`}。${ratio && `比值 = ${ratio}。`}`,
    milestone: (v, y) => `按下一个阶段目标评估：到${y}年达到${v}。`,
    passed: (v, y) => `未达到${y}年阶段目标（${v}）。`,
    cap: (v, y, over) => `${y}年的限额为${v}；最新值${over ? '高于' : '未超过'}限额。`,
    breach: '超过当年限额，无论比值如何，均为进度落后。',
    about: (r, ty, v, y, projected, inside, status) =>
      `目标为区间${r}，${ty}年时数值处于区间内方为实现。${projected ? `按当前速度，${y}年将为${v}，` : `最新值${v}（${y}年）`}处于区间${inside ? '内' : '外'}：${status}。`,
    limit: (t, ty, v, y, projected, inside, over, status) =>
      `基准值已达到目标，${ty}年${t}是不可越过的限度。${projected ? `按当前速度，${y}年将为${v}，` : `最新值${v}（${y}年）`}${over ? '高于当年限额' : inside ? '处于限度之内' : '已越过限度'}${status && `：${status}`}。`,
    aboutDefault: (t, five) =>
      `目标为“左右”而未给出区间：Peakline 取±${t}，即${five ? `基准值与目标值差距的一半；若取目标值的5%（±${five}），基准值已处于区间内` : '目标值的5%'}。`,
  },
});

const zhTarget: TargetMessages = /* @__PURE__ */ joinTable({
  methodFormula: {
    path: '比值 = 已完成进度 ÷ 按直线路径截至最新年份应完成的进度（欧洲环境署方法）',
    rate: 'R = 实际年均变化率 ÷ 所需年均变化率（加拿大统计局 / Open SDG 方法）',
    extrapolation: 'Q = (预测值 − 基准值) ÷ (目标值 − 基准值)（联合国统计司进展图方法）',
  },
  peakFormula: '比值 = 距期限年数 ÷ 增速趋势降至零所需年数',
  noTarget: '请将 target 属性设为数据中某个目标的 ID。',
  unknownTarget: (id, guess, known) => `target="${id}"：此数据集中没有该 ID 的目标${guess ? `；是否指“${guess}”？` : `${known && `（现有 ID：${known}）`}。`}`,
  earlyAsOf: (v, y) => `as-of="${v}" 早于该目标的基准年：请使用${y}年或更晚的年份。`,
  indicativeShort: '仅供参考',
});

const zhInRange: InRange = /* @__PURE__ */ joined((r, side, then, assumed) => (side ? `${side < 0 ? '低' : '高'}于${assumed ? '假定' : '目标'}区间（${r}）` : `处于${assumed ? '假定' : '目标'}区间内（${r}）`) + (then ? `，按当前速度${then[1]}年将${then[0] ? `${then[0] < 0 ? '低' : '高'}于该区间` : '回到该区间内'}` : ''));

const zhWay: Way = /* @__PURE__ */ joinTable({
  of: (s, back) => (back ? '倒退' : '已完成') + s,
  used: (s) => `余量已用${s}`,
  due: (s, y) => `截至${y}年\u200b应完成\u200b${s}`,
  peak: (y, after) => `预计${after ? `${y}年后` : `约${y}年`}\u200b达峰`,
  turned: (y) => `${y}年达峰\u200b（待确认）`,
  noPeak: '按当前增速\u200b不会达峰',
});

const en: Messages = {
  colon: ': ',
  status: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'needs-acceleration': 'Needs acceleration',
    'off-track': 'Off track',
    'wrong-direction': 'Wrong direction',
    'insufficient-data': 'Insufficient data',
  },
  achievedLate: 'Achieved late',
  achievedKept: 'Achieved (no longer met)',
  states: {
    loading: 'Loading policy data…',
    noData: 'No data yet',
    error: 'This chart could not be shown',
    notUpdated: 'Not updated',
    errorDetails: (n) => `${n} problem${n > 1 ? 's' : ''}:`,
    notOneOf: (attr, value, allowed) => `${attr}="${value}" is not one of ${allowed.join(', ')}.`,
    badAsOf: (v) => `as-of="${v}" is not a year.`,
    futureAsOf: (v, now) => `as-of="${v}" is in the future: use a year up to ${now}.`,
    crashed: (detail) => `Drawing this data failed (${detail}). This is a bug in Peakline: please report it with the data.`,
    load: {
      // A `data` attribute (`a`) is never read, typed by hand or written by a framework that rendered before
      // peakline/define.js ran ("[object Object]": the README's framework section says why).
      none: (a) =>
        `No data${a === undefined ? '' : ` (data="${a}" is an attribute, never read)`}: set the data property, add a <script type="application/json"> inside, set src, or wrap in <peakline-data src="…">.`,
      scheme: (url) => `"${url}" is not an http(s) address, so it was not loaded.`,
      // The browser's own words ("Failed to fetch") say nothing more, and no more in Chinese: left out.
      network: (url) => `Could not load ${url}: the network failed or the server does not allow this page to read it (CORS).`,
      http: (url, status) => `Could not load ${url}: the server answered ${status}.`,
      read: (url) => `Could not read the response from ${url}.`,
      timeout: (url, ms) => `Loading ${url} took longer than ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}, so it was stopped.`,
    },
  },
  provenance: {
    source: 'Source',
    data: 'Data',
    illustrative: 'Illustrative data',
    illustrativeHint: 'Some values shown are invented for demonstration, not real observations.',
    howCalculated: 'How is this calculated?',
    aboutData: 'About the data',
    note: 'Note',
    moreSources: (n) => `${n} more source${n > 1 ? 's' : ''}`,
    values: (ys) => `${years(ys, '–', ', ')} value${ys[1] ? 's' : ''}`,
    asOf: (y) => `as of ${y}`,
    pending: (y) => `no ${y} figure yet`,
    indicative: (p) => `indicative: ${p}`,
  },
  words: {
    baseline: 'Baseline',
    standIn: 'Stand-in baseline',
    target: 'Target',
    latest: 'Latest',
    path: 'Required path',
    projection: 'At this pace',
    peak: 'Peak',
    milestone: 'Milestone',
    peaked: (y) => `Peaked ${y}`,
    noDataYet: 'no data yet',
    metLate: (n) => `, met ${lateBy(n)}`,
  },
  explain: {
    inputs: (b, by, l, ly, t, ty) => `Baseline ${b} (${by}); latest ${l} (${ly}); target ${t} by ${ty}.`,
    baselineFromObservation: (by, y) => `The target gives no value for its ${by} baseline, so the first observation (${y}) stands in for it.`,
    path: (v, y, progress, expected, ratio, back) =>
      `${v ? `A straight line from the baseline to the target passes ${v} in ${y}, so ` : 'By the allowance, '}${expected} of the way was due by then; ${back ? `the value has gone ${back} of the way backwards` : `${progress} has been covered`}.${ratio ? ` Ratio = ${progress} ÷ ${expected} = ${ratio}.` : ''}`,
    rate: (achieved, required, ratio, linear, due) =>
      `The value has changed by ${achieved} a year since the baseline${linear ? ' (a fixed amount: a percentage rate does not work when the baseline, the latest value or the target is zero or below)' : ''}; reaching the target ${due ? 'needed' : 'needs'} ${required} a year. R = ${ratio}.`,
    extrapolation: (rate, projected, y, ratio, linear) =>
      `Continuing at ${rate} a year${linear ? ' (a fixed amount: a percentage rate does not work when the baseline, the latest value or the target is zero or below)' : ''}, the value would be ${projected} in ${y}. Q = (projected − baseline) ÷ (target − baseline) = ${ratio}.`,
    reached: (ratio) => `The data reach the target year, so nothing is projected: Q = (latest − baseline) ÷ (target − baseline) = ${ratio}.`,
    relative: (rate) => `${rate} (relative)`,
    verdict: (status, on, na) => `${status}: a ratio of ${on} or more is on track, ${na} to ${on} needs acceleration, 0 to ${na} is off track, below 0 is the wrong direction.`,
    achieved: (l, y, t) => `The latest value, ${l} (${y}), already meets the target of ${t}.`,
    missed: (y) => `The target year ${y} has passed without the target being met.`,
    late: (y, v, met) =>
      v ? `The target year ${y} passed without the target being met (${v}); it was met in ${met}, ${lateBy(met - y)}.` : `There is no figure for the target year ${y}; the data first show the target met in ${met}.`,
    kept: (y, v) => `The target was met in ${y} (${v}); the latest value no longer meets it.`,
    noDistance: 'The baseline already equals the target, so any move away from it is the wrong direction.',
    insufficient: (n) => `At least two observations are needed to judge progress; ${n ? 'there is only one' : 'there are none'}.`,
    noBaseline: (first, y) => `The target gives no baseline value, and the first observation (${first}) is not before the target year (${y}): progress has no starting point to be measured from.`,
    noTrend: (n) => `Judging a peak needs the trend of growth: at least three yearly growth rates, from four observations in consecutive years; there ${n === 1 ? 'is one' : `are ${n || 'none'}`}.`,
    peakReached: (peak, y, later, deadline) => `The series peaked at ${peak} in ${y}, before the ${deadline} deadline, and ${later} later observations are lower.`,
    peakTrend: (growth, slope, n, y, after, deadline, ratio, falling) =>
      `A line through the last ${n} yearly growth rates puts growth at ${growth} in the latest year, changing by ${slope} points a year. ${falling ? `The series is no longer growing (its highest value so far is ${y}'s; the deadline is ${deadline})${ratio && `: it scores ${ratio}`}.` : `At that trend growth ${after ? 'does not reach zero by' : 'reaches zero around'} ${y}; the deadline is ${deadline}.${ratio && ` Ratio = years to the deadline ÷ years to zero growth = ${ratio}.`}`}`,
    peakSteady: (growth, falling, n, slope, se, deadline, ratio) =>
      `The last ${n} yearly growth rates average ${growth} and show no clear trend (a line through them changes by ${slope} ± ${se} points a year, less than twice its standard error), so growth is taken as steady: ${falling ? 'the series is not growing' : `it would not reach zero by ${deadline}`}.${ratio && ` Ratio = ${ratio}.`}`,
    milestone: (v, y) => `Judged against the next milestone: ${v} by ${y}.`,
    passed: (v, y) => `Short of the ${y} milestone (${v}).`,
    cap: (v, y, over) => `The allowance for ${y} is ${v}; the latest value is ${over ? 'above' : 'within'} it.`,
    breach: 'Above its allowance, it is off track, whatever the ratio.',
    about: (r, ty, v, y, projected, inside, status) =>
      `The target is a range, ${r}, met only if the value is in it in ${ty}. ${projected ? `At this pace the value would be ${v} in ${y}, ` : `The latest value, ${v} (${y}), is `}${inside ? 'within' : 'outside'} it: ${status.toLowerCase()}.`,
    limit: (t, ty, v, y, projected, inside, over, status) =>
      `The baseline already meets the target, so ${t} by ${ty} is a limit to stay within. ${projected ? `At this pace the value would be ${v} in ${y}, ` : `The latest value, ${v} (${y}), is `}${over ? 'above its allowance' : inside ? 'within it' : 'past it'}${status && `: ${status.toLowerCase()}`}.`,
    aboutDefault: (t, five) =>
      `The target says "about" without a range: Peakline takes ±${t}, ${five ? `half the way from the baseline, as 5% of the target (±${five}) would hold the baseline already` : '5% of the target'}.`,
  },
};

const enTarget: TargetMessages = {
  methodFormula: {
    path: 'ratio = progress ÷ share of the way due by the latest year on a straight line (European Environment Agency)',
    rate: 'R = achieved annual rate ÷ required annual rate (Statistics Canada / Open SDG)',
    extrapolation: 'Q = (projected − baseline) ÷ (target − baseline) (UN Statistics Division progress chart)',
  },
  peakFormula: 'ratio = years to the deadline ÷ years until the growth trend reaches zero',
  noTarget: 'Set the target attribute to the id of a target in the data.',
  unknownTarget: (id, guess, known) => `target="${id}": this dataset has no target with that id${guess ? `; did you mean "${guess}"?` : known && ` (its ids: ${known})`}`,
  earlyAsOf: (v, y) => `as-of="${v}" is before this target's baseline year: use ${y} or later.`,
  indicativeShort: 'indicative',
};

const enInRange: InRange = (r, side, then, assumed) => `${side < 0 ? 'below' : side > 0 ? 'above' : 'within'} the ${assumed ? 'assumed' : 'target'} range (${r})${then ? `, at this pace ${then[0] < 0 ? 'below' : then[0] ? 'above' : 'within'} it by ${then[1]}` : ''}`;

const enWay: Way = {
  of: (s, back) => `${s} of the way${back ? ' backwards' : ''}`,
  used: (s) => `${s} of the headroom used`,
  due: (s, y) => `${s} due by ${y}`,
  peak: (y, after) => `Peak ${after ? 'after' : 'around'} ${y}`,
  turned: (y) => `Peaked ${y} (unconfirmed)`,
  noPeak: 'No peak at this pace',
};

/**
 * What went wrong getting a widget its document (see `Messages.states.load`): the kind, the address echoed, and the
 * status ("404 Not Found") or the time allowed (ms). Data, not text, so that every widget says it in its own language:
 * widgets of two languages share one request, and one `<peakline-data>`.
 */
export type LoadFailure = readonly ['none' | 'scheme' | 'network' | 'read', string?] | readonly ['http', string, string] | readonly ['timeout', string, number];

/** A load failure in a language; undefined for a kind this copy of the kit does not know (another version's provider). */
export const loadMessage = (m: Messages, [kind, url, detail]: LoadFailure): string | undefined => (m.states.load[kind] as ((url?: string, detail?: unknown) => string) | undefined)?.(url, detail);

const TABLES: Record<Lang, Messages> = { en, zh };

/** The message table for a language. */
export function messages(lang: Lang): Messages {
  return TABLES[lang];
}

/**
 * A status as the widgets name it: "Achieved late" for a target met only after its year (`metLate`), and "Achieved (no
 * longer met)" for one met in its year whose latest value does not meet it (it read "Achieved" beside "70% of the way"),
 * whose status, and so its colour, icon and place in a sort, stays `achieved`.
 */
export const statusName = (m: Messages, a: { status: Status; metLate: number | null; met: boolean }): string =>
  a.metLate ? m.achievedLate : a.status === 'achieved' && !a.met ? m.achievedKept : m.status[a.status];

export const TARGET_MESSAGES: Record<Lang, TargetMessages> = { en: enTarget, zh: zhTarget };

export const IN_RANGE: Record<Lang, InRange> = { en: enInRange, zh: zhInRange };

export const WAY: Record<Lang, Way> = { en: enWay, zh: zhWay };
