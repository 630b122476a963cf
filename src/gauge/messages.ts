/**
 * Strings that only `<peakline-gauge>` shows (its legend, headline and the text beside it), in English and Simplified
 * Chinese. Shared vocabulary comes from `src/i18n/messages.ts`; apart from it, so the other widgets' bundles leave
 * these out.
 */
import type { Lang } from '../i18n/lang.js';
import { joinTable } from '../i18n/join.js';

export interface GaugeMessages {
  /** The target's key in the legend: "Target by 2025", "2025年目标". */
  targetBy: (year: number) => string;
  /**
   * A peak's headline, the series' growth, saying which: the fitted trend at the latest year ("Trend +2.9% a year",
   * "年增速趋势+2.9%") or, without a clear trend, the recent rates' mean ("Average +2.9% a year", "年均增速+2.9%").
   * A bare "+2.9% a year" read as last year's growth (China's CO₂ grew 4.4% in 2023; 2.9% is the mean of five years).
   * The Chinese words held whole by word joiners: the headline's balanced wrap at 200% text broke "年均增 ⏎ 速+2.9%"
   * (and `mustPeak` "…年前停 ⏎ 止增长" at 320 px).
   */
  growth: (growth: string, trend: boolean) => string;
  /** What a peak must do, beside its headline ("must fall to zero" was read as the emissions falling to zero). */
  mustPeak: (year: number) => string;
  /**
   * What a peak whose growth has turned must do to be confirmed (two lower years after its highest): "must stay below
   * its 2024 high"; "must stop growing (peak) by 2030" read as if it were still growing beside "Trend −1.2% a year".
   */
  stayBelow: (year: number) => string;
  /** The goal beside the headline: "target −13.5%"; "目标：18亿吨", as the subtitle's "目标：到2025年…" (no space in Chinese). */
  target: (goal: string) => string;
  /** A peak's fill is time: "Years so far: 2020–2023". */
  yearsSoFar: (from: number, to: number) => string;
}

const TABLES: Record<Lang, GaugeMessages> = {
  en: {
    targetBy: (y) => `Target by ${y}`,
    growth: (g, trend) => `${trend ? 'Trend' : 'Average'} ${g} a year`,
    mustPeak: (y) => `must stop growing (peak) by ${y}`,
    stayBelow: (y) => `must stay below its ${y} high`,
    target: (g) => `target ${g}`,
    yearsSoFar: (from, to) => `Years so far: ${from}–${to}`,
  },
  zh: /* @__PURE__ */ joinTable({
    targetBy: (y) => `${y}年目标`,
    growth: (g, trend) => (trend ? '年\u2060增\u2060速\u2060趋\u2060势' : '年\u2060均\u2060增\u2060速') + g,
    mustPeak: (y) => `须于${y}年前停\u2060止\u2060增\u2060长（达峰）`,
    stayBelow: (y) => `须保持低于${y}年的最高值`,
    target: (g) => `目标：${g}`,
    yearsSoFar: (from, to) => `已过年份：${from}—${to}年`,
  }),
};

/** The gauge's own strings for a language. */
export function gaugeMessages(lang: Lang): GaugeMessages {
  return TABLES[lang];
}
