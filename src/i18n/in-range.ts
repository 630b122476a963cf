/**
 * Where an "about" target's latest value lies against its range, in words. Used by the gauge and the sector panel
 * only: its phrase (`IN_RANGE`) is outside the shared message table, so the trajectory's bundle does not carry it.
 */
import type { PolicyDocument, Target } from '../format/types.js';
import type { Assessment } from '../progress/assess.js';
import { targetValues } from './describe.js';
import { formatRange } from './format.js';
import type { Lang } from './lang.js';
import { IN_RANGE } from './messages.js';

/**
 * Where an "about" target's latest value lies against its range, written as `formatRange` writes it:
 * "within the assumed range (1,773–1,827 Mt)" (China's clinker capacity in 2024, whose data give no tolerance: the
 * range is Peakline's reading of "about"; "处于假定区间内（17.73亿～18.27亿吨）": its 内 before the range, not alone on a
 * line after it), "within the target range (…)" where the data's `tolerance` gives it, or "below…"/"above…"; within it
 * but projected to another side by the target year, also that ("within the assumed range (95–105 Mt), at this pace
 * below it by 2028", "above the assumed range (95–105 Mt), at this pace within it by 2028": the illustrative demo);
 * '' for other targets or without a value. Shown instead of "113% of the way": for a value to hold
 * near, the share of the way to the range's middle says little, and above 100% it reads as
 * overshooting when the value is where it should be (or, past the range, as progress).
 */
export function inRangeText(doc: PolicyDocument, target: Target, a: Assessment, lang: Lang): string {
  const r = a.range;
  const v = a.latest?.value;
  if (!r || v === undefined) return '';
  const eps = 1e-9 * Math.max(1, Math.abs(r[1]));
  const side = (x: number) => (x < r[0] - eps ? -1 : x > r[1] + eps ? 1 : 0);
  // Within the range now but projected out of it by the target year (the status says "off track"), or outside it now
  // but projected into it ("on track"): say where the projection lands, or the two read as a contradiction. The `path`
  // method judges the latest value itself, so it has no projection to name.
  const p = a.method !== 'path' && a.projected && a.latest!.year < a.projected.year ? a.projected : null;
  const then = p && side(v) !== side(p.value) ? ([side(p.value), p.year] as [number, number]) : undefined;
  // With the unit, as the range stands beside the value's own ("1,793 Mt … within the assumed range (1,773–1,827 Mt)").
  return IN_RANGE[lang](formatRange(targetValues(doc, target, lang), r, lang), side(v), then, a.rangeAssumed);
}
