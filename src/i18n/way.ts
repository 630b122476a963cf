/**
 * A share of the way from baseline to target in words, as the gauge's legend and the sector panel's rows say it:
 * "76% of the way", "41% of the way backwards" (never "−41% of the way": beside "44.1 Mt CO₂" a minus reads as a cut),
 * "60% due by 2022". Pure.
 */
import { formatShare } from './format.js';
import type { Lang } from './lang.js';
import { messages, WAY } from './messages.js';
import { shownPeakYear, turned, type PeakFacts } from '../progress/peak.js';

/**
 * `share` (1 = the target reached) in words; below 0, moved away from the target. Short of the target is at most "99%":
 * 99.6% of the way rounded to "100% of the way" beside a figure that does not meet the target.
 */
export function wayText(lang: Lang, share: number, limit?: boolean): string {
  // (Within a billionth of 1 is there: a −6% goal from 40 is 37.599999999999994, which 37.6 meets, at 0.9999999999999976.)
  const s = formatShare(lang, Math.abs(share < 1 - 1e-9 ? Math.min(share, 0.99) : share));
  // A limit's share is of the room to it used up (see Assessment.limit): "80% of the headroom used"; moved away from
  // it, none ("0%", not "backwards": that is the good way).
  return limit ? WAY[lang].used(share < 0 ? formatShare(lang, 0) : s) : WAY[lang].of(s, share < 0);
}

/** The share due by `year` (the latest observation's) on the required path, in words: "42% due by 2022". */
export function dueByText(lang: Lang, share: number, year: number): string {
  return WAY[lang].due(formatShare(lang, share), year);
}

/**
 * When a peak target peaks, as the gauge's legend and the sector panel's rows say it: "Peaked 2019", "Peaked 2024
 * (unconfirmed)" (growth turned, fewer than two lower years after the highest), "Peak around 2027",
 * "Peak after 2040" (growth slowing too slowly to read a year), or "No peak at this pace" (growth not slowing at all).
 */
export function peakText(lang: Lang, peak: PeakFacts): string {
  if (peak.confirmed) return messages(lang).words.peaked(peak.peak.year);
  if (peak.projectedPeakYear === null) return WAY[lang].noPeak;
  // Growth already at or below zero: the highest value so far is in the past, and "Peak around 2024" read as a forecast.
  if (turned(peak)) return WAY[lang].turned(peak.peak.year);
  return WAY[lang].peak(...shownPeakYear(peak));
}
