/**
 * Sentences about a target, built from the data and its assessment: the target in words
 * ("−13.5% vs 2020 by 2025"), the headline figure, and the full accessible description
 * ("Energy use per unit of industrial value added: down 6.8% from 2020 as of 2022; target
 * down 13.5% by 2025; on track."). Pure functions: the widgets only place the strings.
 */
import type { PolicyDocument, Target, YearValue } from '../format/types.js';
import type { Assessment } from '../progress/assess.js';
import { aboutTolerance, lastAllowance } from '../progress/goal.js';
import { pathValueAt } from '../progress/path.js';
import { formatChange, formatNumber, valueFormat, type ValueFormat } from './format.js';
import { joinFigures } from './join.js';
import type { Lang } from './lang.js';
import { messages, statusName } from './messages.js';
import { capital, localize } from './text.js';
import { indicatorOf, observationsOf, sectorOf } from '../format/lookup.js';

/** "Mt per year" for the indicator, in the reader's language. */
function unitOf(doc: PolicyDocument, target: Target, lang: Lang): string {
  return localize(indicatorOf(doc, target)!.unit, lang);
}

/**
 * A figure held to its unit in a dataset's own text: "of 180 Mt a year" breaks before or after "180 Mt", never between
 * (the widgets' own figures are written with no-break spaces). The unit is its indicator's first word ("Mt" of "Mt
 * per year", "thousand" of "thousand units"), matched as a whole word after a space after a digit.
 */
export function holdUnit(text: string, unit: string): string {
  const word = unit.split(/[\s,]/)[0];
  return word ? text.replace(/(?<=\d) (?=([^\s,.;:)]+))/g, (space, next: string) => (next === word ? '\u00a0' : space)) : text;
}

/** targetValues by document (validated documents are not changed), then language and target id. */
const formats = new WeakMap<PolicyDocument, Record<string, ValueFormat>>();

/**
 * How a target's values are written (see `valueFormat`): one magnitude for all of them, chosen from its
 * indicator's observations (every year, so `as-of` does not change it), baseline, goal, milestones and
 * allowances. The gauge, trajectory, sector row and explanation of one target therefore agree.
 */
export function targetValues(doc: PolicyDocument, target: Target, lang: Lang): ValueFormat {
  // Once per document, target and language: a gauge's view asks for it half a dozen times (assessment, headline,
  // sentence, range, target), and each would scan every observation of the document again.
  let byTarget = formats.get(doc);
  if (!byTarget) formats.set(doc, (byTarget = {}));
  const key = `${lang} ${target.id}`;
  if (byTarget[key]) return byTarget[key];
  const g = target.goal;
  // A baseline or goal without a value (relative and peak goals) gives undefined, which valueFormat skips like any non-finite value.
  const value = (x: object) => (x as { value?: number }).value!;
  // The values a status turns on, written apart from any value near them (see valueFormat's pivots): the goal's (a
  // relative one's from the baseline value), a cap's allowances, the milestones.
  // An "about" goal's are its range's ends, not its middle (a projection of 1,799.6 inside 1,773–1,827 read as such),
  // written as precisely as they are (51.2504 read "above the target range (48.8–51.3 Mt)").
  const about = g.kind === 'absolute' && g.comparison === 'about' && aboutTolerance(g.value, value(target.baseline), g.tolerance);
  const pivots = [
    ...(about === false ? [g] : [{ value: g.value - about }, { value: g.value + about }]),
    ...(g.kind === 'cap' ? g.allowances : []),
    ...(target.milestones ?? []),
  ].map(value).filter(Number.isFinite);
  // A cap's allowances for the years between two given ones, as the required path interpolates them (34.804 above 2022's
  // 34.8, between 38 in 2020 and 30 in 2025, read "34.8" twice).
  const first = g.kind === 'cap' ? g.allowances[0]!.year : 0;
  const derived = (
    g.kind === 'relative'
      ? [value(target.baseline) * (1 + g.change / 100)]
      : g.kind === 'cap'
        ? Array.from({ length: lastAllowance(g).year - first + 1 }, (_, k) => pathValueAt(g.allowances, first + k)!)
        : []
  ).filter(Number.isFinite);
  return (byTarget[key] = valueFormat(
    lang,
    unitOf(doc, target, lang),
    [value(target.baseline), ...pivots, ...observationsOf(doc, target.indicator).map(value)],
    pivots,
    derived,
  ));
}

/** The target in words: "−13.5% vs 2020 by 2025", "at least 180 Mt per year by 2025", "peak by 2030". */
export function targetPhrase(doc: PolicyDocument, target: Target, lang: Lang): string {
  // In Chinese, each year held to its 年 (joinFigures; English has none): a narrow subtitle broke "到2030 ⏎ 年200项".
  return joinFigures(phrase(doc, target, lang));
}

function phrase(doc: PolicyDocument, target: Target, lang: Lang): string {
  const zh = lang === 'zh';
  const g = target.goal;
  const n = targetValues(doc, target, lang).quantity;
  /** "180 Mt by 2025" / "到2025年1.8亿吨", as the plans word it ("到2025年……"); a peak is "2030年前达峰" (below). */
  const by = (v: string, year: number) => (zh ? `到${year}年${v}` : `${v} by ${year}`);
  const y = target.baseline.year;
  switch (g.kind) {
    case 'relative':
      return by(zh ? `比${y}年${g.change < 0 ? '下降' : '上升'}${formatNumber(lang, Math.abs(g.change))}%` : `${formatChange(lang, g.change)} vs ${y}`, g.year);
    case 'absolute': {
      // A ceiling of zero is "zero" ("net zero" for net emissions), not "at most 0 Mt CO₂e".
      if (g.comparison === 'at-most' && g.value === 0) return by(zh ? '降至零' : 'zero', g.year);
      const cmp = { 'at-least': ['at least ', '不低于'], 'at-most': ['at most ', '不超过'], about: ['about ', '约'] }[g.comparison];
      return by(cmp[zh ? 1 : 0] + n(g.value), g.year);
    }
    case 'peak':
      return zh ? `${g.year}年前达峰` : by('peak', g.year);
    case 'count': {
      // Every step carries the unit: "200 thousand units by 2027, 500 thousand units by 2032" (zh: 20万台, 50万台).
      return [...(target.milestones ?? []), g].map((step) => by(n(step.value), step.year)).join(zh ? '，' : ', ');
    }
    case 'cap': {
      const last = lastAllowance(g);
      // Allowances that rise (a plan letting coal power grow to a ceiling) do not go "down to" the last one, nor do flat
      // ones (a single allowance, or the same each year): "annual caps, 100 Mt in 2025".
      const d = Math.sign(last.value - g.allowances[0]!.value);
      return zh
        ? `年度限额，${last.year}年${['降至', '为', '升至'][d + 1]}${n(last.value)}`
        : `annual caps, ${['down to ', '', 'rising to '][d + 1]}${n(last.value)} in ${last.year}`;
    }
  }
}

/** What heads a target: its name (its own label, else its indicator's), its sector's name ('' without one), "Target: −13.5% vs 2020 by 2025", and the sector and target joined as a subtitle. */
export function targetHeading(doc: PolicyDocument, target: Target, lang: Lang): { name: string; sector: string; goal: string; subtitle: string } {
  const m = messages(lang);
  const ind = indicatorOf(doc, target)!;
  const id = sectorOf(doc, target);
  const sector = id ? localize(doc.sectors?.find((s) => s.id === id)?.label, lang) : '';
  const goal = m.words.target + m.colon + targetPhrase(doc, target, lang);
  return { name: holdUnit(localize(target.label ?? ind.label, lang), unitOf(doc, target, lang)), sector, goal, subtitle: sector ? `${sector} · ${goal}` : goal };
}

/**
 * A relative target's latest change since its baseline, in percent; NaN for other kinds and where there is none to give:
 * a zero baseline, or one so small that the ratio overflows (5e-324 to 400 is Infinity: "up —%"). The value itself is
 * then given instead.
 */
const percentChange = (target: Target, a: Assessment) =>
  target.goal.kind === 'relative' && a.baseline && a.latest ? (a.latest.value / a.baseline.value - 1) * 100 : NaN;

/** The change since the baseline in the indicator's own terms: "−6.8%" (relative) or "1,793 Mt" (levels). */
export function headline(doc: PolicyDocument, target: Target, a: Assessment, lang: Lang): string {
  if (!a.latest) return messages(lang).words.noDataYet;
  const change = percentChange(target, a);
  return Number.isFinite(change) ? formatChange(lang, change) : targetValues(doc, target, lang).quantity(a.latest.value);
}

/** A value with its year, in the target's unit: "44.1 Mt CO₂ in 2024", "2024年为4410万吨二氧化碳". */
export function valueInYear(doc: PolicyDocument, target: Target, lang: Lang, { year, value }: YearValue): string {
  const v = targetValues(doc, target, lang).quantity(value);
  return lang === 'zh' ? joinFigures(`${year}年为${v}`) : `${v} in ${year}`;
}

/** Where the latest value stands: "44.1 Mt CO₂ in 2024", "down 6.8% from 2020 as of 2022", "peaked at … in 2019"; each year held to its 年. */
export const movement = (doc: PolicyDocument, target: Target, a: Assessment, lang: Lang): string => joinFigures(moved(doc, target, a, lang));

function moved(doc: PolicyDocument, target: Target, a: Assessment, lang: Lang): string {
  const zh = lang === 'zh';
  // Only called with a latest value (see describeTarget).
  const latest = a.latest!;
  const p = a.peak;
  if (target.goal.kind === 'peak' && p?.confirmed) {
    const v = targetValues(doc, target, lang).quantity(p.peak.value);
    return zh ? `已于${p.peak.year}年达峰（${v}）` : `peaked at ${v} in ${p.peak.year}`;
  }
  const change = percentChange(target, a);
  if (Number.isFinite(change) && a.baseline) {
    const size = formatNumber(lang, Math.abs(change), 1);
    // Less than 0.05% either way: level, not "up 0%" or "down 0%".
    if (size === '0') return zh ? `截至${latest.year}年与${a.baseline.year}年持平` : `unchanged from ${a.baseline.year} as of ${latest.year}`;
    if (zh) return `截至${latest.year}年比${a.baseline.year}年${change < 0 ? '下降' : '上升'}${size}%`;
    return `${change < 0 ? 'down' : 'up'} ${size}% from ${a.baseline.year} as of ${latest.year}`;
  }
  return valueInYear(doc, target, lang, latest);
}

/**
 * The full accessible description of a target and its status. `named: false` leaves the target's name out, for a
 * figure already named by its visible title (a screen reader would otherwise read the title three times).
 */
export function describeTarget(doc: PolicyDocument, target: Target, a: Assessment | null, lang: Lang, named: boolean): string {
  const zh = lang === 'zh';
  const m = messages(lang);
  const goal = targetPhrase(doc, target, lang);
  const data = !!a?.latest;
  // What follows the name: "target at least 180 Mt by 2025: no data yet." / "down 6.8% from 2020 as of 2022; target …".
  const rest = !data
    ? zh ? `目标${goal}；${m.words.noDataYet}。` : `target ${goal}: ${m.words.noDataYet}.`
    : zh
      ? `${movement(doc, target, a!, lang)}；目标${goal}；${statusName(m, a!)}。`
      : `${movement(doc, target, a!, lang)}; target ${goal}; ${statusName(m, a!).toLowerCase()}.`;
  // (Chinese starts with a character or a figure, which have no capital.)
  if (!named) return capital(rest);
  return `${targetHeading(doc, target, lang).name}${zh ? '：' : data ? ': ' : ', '}${rest}`;
}
