/**
 * Number formatting for both built-in languages, through `Intl` with formatters
 * memoised per locale and options (creating an Intl.NumberFormat is slow; a chart
 * formats hundreds of ticks and labels).
 *
 * Chinese uses 万 (10⁴) and 亿 (10⁸) for large magnitudes, as readers expect:
 * 12,667 → "1.27万"; 180,000,000 → "1.8亿".
 */
import { intlLocale, type Lang } from './lang.js';
import { joinFigures } from './join.js';

const cache: Record<string, Intl.NumberFormat> = {};

/** Returns a memoised Intl.NumberFormat. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return (cache[`${lang}|${JSON.stringify(options)}`] ??= new Intl.NumberFormat(intlLocale(lang), options));
}


/**
 * Formats a finite value ("—" otherwise), typesetting Intl's hyphen-minus as a true minus sign (U+2212), 万 and 亿 held to
 * their figure. No sign on a value that rounds to zero: "0%", not "−0%" for −0.00001 or −0 (Intl's signDisplay
 * 'negative' does this too, but throws in browsers from before 2022-23). From 10¹⁶ on (beyond the data's ±10¹⁵, only a
 * runaway projection or a change from a near-zero baseline gets there) in scientific notation, "2E301" and "+1E302%",
 * where digits would fill lines.
 */
const format = (lang: Lang, value: number, options: Intl.NumberFormatOptions): string =>
  Number.isFinite(value)
    ? joinFigures(
        numberFormat(lang, Math.abs(value) < 1e16 ? options : { ...options, notation: 'scientific', maximumSignificantDigits: 3 })
          .format(value)
          .replace(/^-(?=[^1-9]*$)/, '')
          .replace(/-/g, '\u2212'),
      )
    : '—';

/**
 * formatNumber's decimals: about three significant figures (0 from 100, 1 from 10, 2 from 1, 3 from 0.1), and below 0.1
 * as many as three figures need, up to 15 ("0.00045", "0.0000123"; a leak rate of 0.0004 read "0", and the trajectory's
 * headline said "meeting the target" of 0.0002 because both figures were written as 0).
 */
const defaultDigits = (value: number) => {
  const abs = Math.abs(value);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : abs >= 0.1 || !abs ? 3 : Math.min(15, 2 - Math.floor(Math.log10(abs)));
};

/**
 * Formats a data value: grouping in English, 万/亿 in Chinese from 10,000 up.
 * `digits` fixes the decimals (for tick labels that must agree with each other); by default
 * they keep about three significant figures without noise (`defaultDigits`).
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
  const abs = Math.abs(value);
  // 9,999.5 would round to "10,000": from there on, 万 reads better.
  return format(
    lang,
    value,
    lang === 'zh' && abs >= 9999.5
      ? { notation: 'compact', maximumSignificantDigits: 4 }
      : { maximumFractionDigits: digits ?? defaultDigits(value) },
  );
}

/** A share (0.844) as a percentage ("84%"; Intl's percent style writes no decimals unless `digits` asks for them). */
export function formatShare(lang: Lang, share: number, digits?: number): string {
  return format(lang, share, { style: 'percent', maximumFractionDigits: digits });
}

/** A percentage change, to one decimal (−6.8 → "−6.8%", 4 → "+4%"). */
export function formatChange(lang: Lang, percent: number): string {
  return format(lang, percent / 100, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** A ratio such as the method's R or Q, always two decimals ("0.84"). */
export function formatRatio(lang: Lang, ratio: number): string {
  return format(lang, ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Chinese multiplier prefixes and the power of ten each hides ("百万吨" is 10⁶ t). 千 is left alone
 * where it is the SI prefix of a unit of its own (千瓦, 千克, 千米…): 5万千瓦, not 5000万瓦.
 */
const ZH_PREFIXES: readonly [string, number][] = [['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['千', 1e3]];
const ZH_SI = /^千[瓦克米焦伏帕卡赫兆升]/;

/** How the values of one indicator are written in one language: a unit, and numbers in that unit. */
export interface ValueFormat {
  /** The unit bare numbers are in: the data's own, or in Chinese its 万/亿 form ("亿吨二氧化碳" for 百万吨二氧化碳). */
  readonly unit: string;
  /** Data unit → `unit`: 0.01 for 百万吨 → 亿吨; 1 when nothing folds (always in English). */
  readonly factor: number;
  /** The decimals, in `unit`, of a value as `quantity` writes it (negative when it is written in a coarser word): `number`'s default. */
  digits(value: number): number;
  /** The bare number in `unit`, where the unit is named nearby (axis, table, chart labels): "18.54" (zh) / "1,854" (en). */
  number(value: number, digits?: number): string;
  /** The value with its unit: "18.54亿吨", "9016万吨", "1,854 Mt"; index units are left off ("93.2"). */
  quantity(value: number, digits?: number): string;
  /**
   * A value in running text that otherwise leaves the unit to the headline (explanations, "At this pace", the
   * gauge's "of"): the bare number while bare numbers are in the data's own unit, the quantity once they are
   * folded, so no bare number reads in a magnitude the text does not name.
   */
  text(value: number, digits?: number): string;
}

/**
 * The decimals a value is published with: those of its shortest round-trip string (118.3 → 1, 2484.855 → 3, 3.1e-7 → 8),
 * after rounding to nine significant figures, past which a JSON number's digits are floating-point noise (93.19999999999999
 * is 93.2; 0.1 + 0.2 written by a script is 0.3); at most 15.
 */
export const publishedDigits = (value: number): number => {
  const [, f = '', e = 0] = /(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(+value.toPrecision(9)))!;
  return Math.min(15, Math.max(0, f.length - +e));
};

/**
 * The decimals of the trajectory's data table, the accessible alternative to its chart, which shows the figures as
 * published: the most any observation is published with (`publishedDigits`, in `q`'s unit), so the decimal points
 * align, capped at five significant figures of the largest: 107.5, 110.5 … 118, 118.3 are "107.5" … "118.0", "118.3"
 * (the three-figure rule wrote 108 … 118, 118: a rising series read flat). The cap keeps a national total in Mt to
 * the kilotonne off a phone's column at 200% text: OWID's 11,902.503 and 2,484.855 are "11,903" and "2,485" (Mt),
 * "119.03" and "24.85" (亿吨), the same figures in both languages; never coarser than the three-figure rule writes any
 * of them (2.5 beside 11,903: "2.5", "11,902.5").
 */
export function columnDigits(q: ValueFormat, observed: readonly number[]): number {
  const f = q.factor;
  const top = Math.max(0, ...observed.map((v) => Math.abs(v * f)));
  const published = observed.map((v) => publishedDigits(v * f));
  // Never coarser than the three-figure rule writes a value as published: 2.5 beside 11,903 stays "2.5".
  const least = Math.max(0, ...observed.map((v, i) => Math.min(published[i]!, defaultDigits(v * f))));
  const most = Math.min(15, Math.max(0, ...published));
  let d = Math.max(least, Math.min(4 - Math.floor(Math.log10(top)), most));
  // Nor so coarse that two different observations read the same: 1,234,567 and 1,234,568 people are 1.234567 and
  // 1.234568 (million), not 1.2346 twice.
  const distinct = new Set(observed).size;
  while (d < most && new Set(observed.map((v) => (v * f).toFixed(d))).size < distinct) d++;
  return d;
}

/**
 * A table column's figures in `q`'s unit, all to `d` decimals (the trajectory's table passes `columnDigits`): the observations, and after
 * them what is computed beside them (the required path), which takes their decimals, so each is read beside its
 * observation at the observation's precision (a coarser path could hide a shortfall, 93.2 against 93.24). No separator
 * below five digits once folded. (A function of its own, not a method of ValueFormat: only the trajectory's table
 * needs it.)
 */
export function formatColumn(lang: Lang, q: ValueFormat, values: readonly number[], d: number): string[] {
  return values.map((v) => format(lang, +(v * q.factor).toPrecision(12), { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: grouping(lang, q.factor) }));
}

/** Grouping: Chinese leaves a folded figure's four digits together ("1300万", `'min2'`, ES2023, not in TypeScript's ES2022 library). */
const grouping = (lang: Lang, factor: number) => (lang === 'zh' && factor !== 1 ? 'min2' : true) as boolean;

/**
 * The powers of ten that large values are written in, and their words: English's million, billion and trillion,
 * Chinese 万, 亿 and 万亿 (a Chinese figure never reads "50,000亿": 5万亿).
 */
const FOLDS: Record<Lang, readonly [number, string][]> = {
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
  zh: [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']],
};

/**
 * The power of ten a size is written in and its word ([1, ''] below the smallest): from where its figures would round
 * up to it, as formatNumber turns 9,999.5 into 1万 (Chinese keeps at least four figures: 9,999.5万 is 1亿; English three:
 * 999.5 billion is 1 trillion).
 */
const fold = (abs: number, lang: Lang) => FOLDS[lang].find(([to]) => abs >= to * (lang === 'zh' ? 0.99995 : 0.9995)) ?? [1, ''];

/** An index unit ("index, 2020 = 100", "指数，2020年=100"): its values are bare numbers, and a gap between them is in points. */
export const isIndexUnit = (unit: string) => /^(index|指数)/i.test(unit);

/**
 * The one rule for writing an indicator's values in a language. Large values are written in a word, as a newsroom
 * writes them, so no figure runs to thirteen digits: English from a million ("3.1 trillion USD"), Chinese from 10⁴ and 10⁸
 * of the base unit and 10¹² (万, 亿, 万亿), its multiplier prefix (百万, 千, 万, 亿) or plain unit (吨, 台) folded in, so no
 * number is written as 1.4万 of 百万吨:
 * - bare numbers (axis ticks, table cells, chart labels) share one magnitude, chosen by the largest of `values`, and
 *   `unit` names it: clinker capacity 1,793–1,854 Mt is 17.93–18.54 under "亿吨"; 2 to 5 trillion USD are 2–5 under
 *   "trillion USD";
 * - a value with its unit is folded on its own, as prose writes it ("1.24亿吨", "9016万吨", "982 billion USD"); one too
 *   small to fold is written in English in the data's unit, in Chinese in the shared one (a 百万吨 beside 亿吨 would mix
 *   magnitudes), except zero, which takes the base unit ("0吨", not "0亿吨" or "0百万吨").
 * Every figure is as precise as English writes it (`digitsIn`): about three significant figures, in millions,
 * billions or trillions from a million, else every whole digit of the data's unit ("1,854 Mt"). A Chinese figure keeps
 * that precision in its own unit, so it tells a reader what the English tells one: 11,903 and 2,485 Mt are 119.03亿 and
 * 24.85亿吨, to the same 0.01亿 (four significant figures wrote "119亿" beside "24.85亿" in one sentence); 90.16 Mt,
 * "90.2 Mt", is 9016万吨 (never fewer whole digits than it has). No separator below five digits once folded
 * ("1300万吨").
 * Not folded: index units, "%", and in Chinese units that do not start with a Chinese character (formatNumber's 万/亿).
 * A "%" unit is written attached: "26.5%".
 */
export function valueFormat(lang: Lang, unit: string, values: readonly number[], pivots: readonly number[], derived: readonly number[]): ValueFormat {
  const index = !unit || isIndexUnit(unit);
  const zh = lang === 'zh';
  // A percentage is written attached, as English and Chinese both write it: "26.5%", not "26.5 %".
  const percent = unit === '%';
  // An English unit that already names a magnitude ("million USD", "thousand units") is not folded again: "2.5 million
  // million USD" (Chinese folds its prefix into the 万/亿 instead).
  const foldable = !index && !percent && (zh ? /^[\u4e00-\u9fff]/.test(unit) : !/^(thousand|million|billion|trillion)\b/i.test(unit));
  const [prefix, power] = (zh && foldable && !ZH_SI.test(unit) && ZH_PREFIXES.find(([p]) => unit.startsWith(p))) || ['', 1];
  /** The factor from the data's unit to the one values up to `top` are written in, and that unit ('' for the data's own). */
  const scale = (top: number): [factor: number, unit: string] => {
    const [to, word] = foldable ? fold(top * power, lang) : [1, ''];
    return to > 1 ? [power / to, zh ? word + unit.slice(prefix.length) : `${word}\u00a0${unit}`] : [1, ''];
  };
  /**
   * Decimals that write `value` in the unit `f` leads to as precisely as English writes it: defaultDigits of the figure
   * English writes (in the data's unit, or in millions, billions, trillions), moved by the places between the two units
   * (11,903 Mt: 0 decimals in English, 2 in 亿吨).
   */
  const digitsIn = (value: number, f: number) => {
    const e = foldable ? 1 / fold(Math.abs(value), 'en')[0] : 1;
    return Math.min(15, Math.max(0, defaultDigits(value * e) + Math.round(Math.log10(e / f))));
  };
  /**
   * A number in the unit `f` leads to: no further 万/亿 or words once folded. The product to 12 significant figures, as
   * 999,500 × 10⁻⁶ is 0.9994999999999999 ("0.999 million" beside "100万"); at most 15 decimals (Intl allows 20, and a
   * value 10⁻⁹ beside trillions asked for 21).
   */
  const write = (value: number, f: number, d: number) => {
    const places = Math.min(15, Math.max(0, d));
    return f === 1 ? formatNumber(lang, value, places) : format(lang, +(value * f).toPrecision(12), { maximumFractionDigits: places, useGrouping: grouping(lang, f) });
  };
  const [factor, shared] = scale(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
  /** The factor to the unit `quantity` writes a value in, and that unit. */
  const unitFor = (value: number): [factor: number, unit: string] => {
    const [own, folded] = scale(Math.abs(value));
    return folded ? [own, folded] : zh ? [factor, shared || unit] : [1, unit];
  };
  /**
   * Decimals in the shared unit as precise as `quantity` writes the value: 4 for 90.16 Mt beside 亿吨 (9016万吨, 0.9016亿);
   * negative for a value written in a coarser word (105 million Mt beside bare Mt is −6: rounded to millions).
   */
  const digits = (value: number) => {
    const [f] = unitFor(value);
    // Apart from a pivot near it too (see sharp), so a gap worked out from two written figures is not 0 where they differ.
    return sharp(value, factor, digitsIn(value, f) + Math.round(Math.log10(f / factor)));
  };
  /**
   * Decimals for `value` beside the pivots (the target's values, which a status turns on), from `d`, the usual ones: a
   * pivot itself as published (a target of 11,902.5 read "11,903" beside a value of 11,902.6, which does not meet it),
   * and a value within a step of the last decimal written of one, to at least the pivot's decimals (so rounding cannot
   * carry it past the pivot) and on until the two differ: 30.004 against "at most 30", not met, read "30 Mt" beside
   * "Wrong direction"; now "30.004 Mt". Within `meets`' billionth a value is the pivot (a computed
   * 29.999999999999996 is "30"). `derived` pivots (a relative goal's value, EU 4,876.3 × 0.45 = 2,194.3575) have no
   * published decimals: only the values near them are written apart.
   */
  const all = [...pivots, ...derived];
  /** Within `meets`' billionth (progress/goal.ts): the same value. */
  const same = (v: number, p: number) => Math.abs(v - p) <= 1e-9 * Math.max(1, Math.abs(p));
  const sharp = (value: number, f: number, d: number) => {
    all.forEach((p, i) => {
      // (Two values that write alike are within a step of the last decimal: no others are written twice to compare.)
      if (Math.abs(value - p) * f < 10 ** -d) {
        if (i < pivots.length) d = Math.max(d, publishedDigits(p * f));
        while (!same(value, p) && d < 15 && write(value, f, d) === write(p, f, d)) d++;
      }
    });
    return d;
  };
  /** A value the same as a pivot is the pivot: "zero by 2050" projected at −1.1e-13 is "0", not "−0.000000000000114". */
  const snap = (v: number) => all.find((p) => same(v, p)) ?? v;
  const number = (value: number, d?: number) => write((value = snap(value)), factor, d ?? digits(value));
  const quantity = (value: number, d?: number): string => {
    value = snap(value);
    if (index) return number(value, d);
    // Explicit decimals are the shared unit's (a gap as precise as the figures it separates): round there first, and
    // keep that precision in the unit the value is written in.
    if (d !== undefined && shared) value = Math.round(value * factor * 10 ** d) / 10 ** d / factor;
    const [f, named] = unitFor(value);
    const n = write(value, f, d === undefined ? sharp(value, f, digitsIn(value, f)) : d + Math.round(Math.log10(factor / f)));
    // Zero in the base unit, as Chinese writes it ("不超过0吨二氧化碳当量"), not a magnitude of nothing ("0亿吨").
    const u = n === '0' ? unit.slice(prefix.length) : named;
    if (zh) return glue(n, u);
    // No-break spaces hold the figure to its unit: "(1,710–1,890 Mt)" must not wrap before "Mt", nor "9.8 Mt CO₂"
    // before "CO₂". A longer unit is held by its first word only ("140 thousand ⏎ units"): a run wider than a narrow
    // column would be split mid-word by overflow-wrap ("140 thousand un ⏎ its" at 260 px).
    return n + (percent ? u : `\u00a0${u.length > 8 ? u : u.replace(' ', '\u00a0')}`);
  };
  return { unit: shared || unit, factor, digits, number, quantity, text: shared ? quantity : number };
}

/**
 * A Chinese figure and its Chinese unit, held together: a word joiner (U+2060, invisible, ignored by find-in-page) after the
 * figure and after the unit's first character, as Chinese allows a line break between any two characters: "3000⁠万⁠吨",
 * never "3000 ⏎ 万吨" or "3000万 ⏎ 吨". A long unit may still break after that ("1968万吨 ⏎ 二氧化碳当量").
 */
const glue = (n: string, unit: string) => {
  // 万亿 is one magnitude: "5⁠万亿⁠吨", never "5万亿 ⏎ 吨".
  const k = unit.startsWith('万亿') ? 2 : 1;
  return /^[\u4e00-\u9fff]/.test(unit) ? `${n}\u2060${unit.slice(0, k)}${unit[k] ? `\u2060${unit.slice(k)}` : ''}` : n + unit;
};

/**
 * A range's two ends as quantities, the unit they share written once, after the second: "13,390" and "15,770 Mt CO₂"
 * ("between 13,390 and 15,770 Mt CO₂", not "13,390 Mt CO₂ and 15,770 Mt CO₂"); in Chinese each keeps its 万 or 亿,
 * "133.9亿" and "157.7亿吨二氧化碳", and a zero in the base unit keeps its own ("0吨二氧化碳" and "1.2亿吨二氧化碳").
 */
export function rangeEnds(q: ValueFormat, lo: number, hi: number): [string, string] {
  const a = q.quantity(lo);
  const b = q.quantity(hi);
  // The unit starts at a no-break space (English) or a word joiner (Chinese); 万, 亿 and 万亿 stay with their figure.
  for (let i = 0; i < a.length; i++) if (/[\u00a0\u2060]/.test(a[i]!) && !/[万亿]/.test(a[i + 1]!) && b.endsWith(a.slice(i))) return [a.slice(0, i), b];
  return [a, b];
}

/**
 * A range with one unit, after its second figure: "1,710–1,890 Mt" in one magnitude. Chinese writes a range of figures
 * with the wave dash, each figure with its own 万 or 亿 and a percentage with its %, as GB/T 15835-2011 (数字用法) does
 * ("9亿～16亿", not "9～16亿"; "15%～30%", not "15～30%"): "17.73亿～18.27亿吨", "8924万～9476万吨" (not "0.8924～9476万吨", a
 * shared magnitude beside a folded one), "28.5%～31.5%". Word joiners keep it on one line (a line may break after an en
 * dash, "(1,773– ⏎ 1,827 Mt)", and either side of ～).
 */
export function formatRange(q: ValueFormat, [lo, hi]: readonly [number, number], lang: Lang): string {
  return lang === 'zh' ? rangeEnds(q, lo, hi).join('\u2060～\u2060') : `${q.number(lo)}–\u2060${q.quantity(hi)}`;
}
