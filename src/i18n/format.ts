/**
 * Number formatting for both built-in languages, through `Intl` with formatters
 * memoised per locale and options (creating an Intl.NumberFormat is slow; a chart
 * formats hundreds of ticks and labels).
 *
 * Chinese uses 万 (10⁴) and 亿 (10⁸) for large magnitudes, as readers expect:
 * 12,667 → "1.27万"; 180,000,000 → "1.8亿".
 */
import { intlLocale, type Lang } from './lang.js';

const cache = new Map<string, Intl.NumberFormat>();

/** Returns a memoised Intl.NumberFormat. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), options);
    cache.set(key, f);
  }
  return f;
}

/** Formats a finite value ("—" otherwise), typesetting Intl's hyphen-minus as a true minus sign (U+2212). */
const format = (lang: Lang, value: number, options: Intl.NumberFormatOptions): string =>
  Number.isFinite(value) ? numberFormat(lang, options).format(value).replace(/-/g, '\u2212') : '—';

/**
 * Formats a data value: grouping in English, 万/亿 in Chinese from 10,000 up.
 * `digits` fixes the decimals (for tick labels that must agree with each other); by default
 * they keep about three significant figures without noise (0 from 100, 1 from 10, 2 from 1, else 3).
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
  const abs = Math.abs(value);
  // 9,999.5 would round to "10,000": from there on, 万 reads better. Beyond the data's ±1e15 (only a
  // runaway projection gets there) digits would fill lines: "2E301".
  return format(
    lang,
    value,
    abs >= 1e16
      ? { notation: 'scientific', maximumSignificantDigits: 3 }
      : lang === 'zh' && abs >= 9999.5
      ? { notation: 'compact', maximumSignificantDigits: 4 }
      : { maximumFractionDigits: digits ?? (abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3) },
  );
}

/** A share (0.844) as a percentage ("84%"). */
export function formatShare(lang: Lang, share: number, digits = 0): string {
  return format(lang, share, { style: 'percent', maximumFractionDigits: digits });
}

/** A percentage change (−6.8 → "−6.8%", 4 → "+4%"). */
export function formatChange(lang: Lang, percent: number, digits = 1): string {
  return format(lang, percent / 100, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' });
}

/** A ratio such as the method's R or Q, always two decimals ("0.84"). */
export function formatRatio(lang: Lang, ratio: number): string {
  return format(lang, ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Chinese unit prefixes that hide a power of ten ("百万吨" is 10⁶ t). */
const ZH_PREFIXES: readonly [string, number][] = [['百万', 1e6], ['千', 1e3]];

/**
 * A value with its unit, as a reader would write it.
 * English: "12,667 Mt CO₂". Chinese folds a multiplier prefix into 万/亿, so 11,900 百万吨 reads
 * "119亿吨" rather than "1.19万百万吨", and 500 千台 reads "50万台". Index units ("index, 2020 = 100")
 * are left off: the label carries them.
 */
export function formatQuantity(lang: Lang, value: number, unit: string): string {
  if (!unit || /^(index|指数)/i.test(unit)) return formatNumber(lang, value);
  if (lang !== 'zh') return `${formatNumber(lang, value)} ${unit}`;
  for (const [prefix, factor] of ZH_PREFIXES) {
    if (unit.startsWith(prefix) && Math.abs(value * factor) >= 1e4) return `${formatNumber(lang, value * factor)}${unit.slice(prefix.length)}`;
  }
  return `${formatNumber(lang, value)}${unit}`;
}
