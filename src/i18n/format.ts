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

const MINUS = '\u2212';
/** Intl writes a hyphen-minus; typeset a true minus sign. */
const typeset = (s: string) => s.replace(/-/g, MINUS);

/** Decimal places that keep about three significant figures without noise. */
function fractionDigits(abs: number): number {
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  return 3;
}

/**
 * Formats a data value: grouping in English, 万/亿 in Chinese from 10,000 up.
 * `digits` fixes the decimals (for tick labels that must agree with each other).
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  // 9,999.5 would round to "10,000": from there on, 万 reads better.
  if (lang === 'zh' && abs >= 9999.5) {
    return typeset(numberFormat(lang, { notation: 'compact', maximumSignificantDigits: 4 }).format(value));
  }
  const d = digits ?? fractionDigits(abs);
  return typeset(numberFormat(lang, { maximumFractionDigits: d, minimumFractionDigits: 0 }).format(value));
}

/** A share (0.844) as a percentage ("84%"). */
export function formatShare(lang: Lang, share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '—';
  return typeset(numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share));
}

/** A percentage change (−6.8 → "−6.8%", 4 → "+4%"). */
export function formatChange(lang: Lang, percent: number, digits = 1): string {
  if (!Number.isFinite(percent)) return '—';
  return typeset(
    numberFormat(lang, { style: 'percent', maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(percent / 100),
  );
}

/** A ratio such as the method's R or Q, always two decimals ("0.84"). */
export function formatRatio(lang: Lang, ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return typeset(numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio));
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
