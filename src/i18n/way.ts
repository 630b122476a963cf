/**
 * A share of the way from baseline to target in words, as the gauge's legend and the sector panel's rows say it:
 * "76% of the way", "41% of the way backwards" (never "−41% of the way": beside "44.1 Mt CO₂" a minus reads as a cut),
 * "60% due by now". Pure.
 */
import { formatShare } from './format.js';
import type { Lang } from './lang.js';
import { WAY } from './messages.js';

/** `share` (1 = the target reached) in words; below 0, moved away from the target. */
export function wayText(lang: Lang, share: number): string {
  return share < 0 ? WAY[lang].back(formatShare(lang, -share)) : WAY[lang].of(formatShare(lang, share));
}

/** The share due by now on the required path, in words. */
export function dueByNowText(lang: Lang, share: number): string {
  return WAY[lang].due(formatShare(lang, share));
}
