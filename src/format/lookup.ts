/**
 * Lookups in a valid document that the progress engine, the chart models and the sentences share: a target's indicator
 * and its sector. Plain data, no text.
 */
import type { Indicator, PolicyDocument, Target } from './types.js';

/** The indicator a target measures (always there in a valid document). */
export function indicatorOf(doc: PolicyDocument, target: Target): Indicator | undefined {
  return doc.indicators.find((i) => i.id === target.indicator);
}

/** A target's sector id: its own, else its indicator's (undefined for a target of the whole economy). */
export function sectorOf(doc: PolicyDocument, target: Target): string | undefined {
  return target.sector ?? indicatorOf(doc, target)?.sector;
}
