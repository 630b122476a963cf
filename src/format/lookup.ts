/**
 * Lookups in a valid document that the progress engine, the chart models and the sentences share: a target's indicator
 * and its sector. Plain data, no text.
 */
import type { Indicator, Observation, PolicyDocument, Target } from './types.js';

/**
 * Each document's indicators by id and observations by indicator (in document order), made once per document object:
 * a scan of the document for each target, as before, made a panel of 10,000 targets O(n²) (its update took 8 to 12 s
 * in Chromium on the 2-core machine, 2 s indexed).
 * A document changed in place is not indexed again, as it is not validated again (README: assign a copy).
 */
const indexes = new WeakMap<PolicyDocument, [Map<string, Indicator>, Map<string, Observation[]>]>();

function index(doc: PolicyDocument): [Map<string, Indicator>, Map<string, Observation[]>] {
  let x = indexes.get(doc);
  if (!x) {
    const byIndicator = new Map<string, Observation[]>();
    for (const o of doc.observations ?? []) byIndicator.get(o.indicator)?.push(o) ?? byIndicator.set(o.indicator, [o]);
    indexes.set(doc, (x = [new Map(doc.indicators.map((i) => [i.id, i])), byIndicator]));
  }
  return x;
}

/** The indicator a target measures (always there in a valid document). */
export function indicatorOf(doc: PolicyDocument, target: Target): Indicator | undefined {
  return index(doc)[0].get(target.indicator);
}

/** The observations of an indicator, in document order ([] for none). */
export function observationsOf(doc: PolicyDocument, indicator: string): readonly Observation[] {
  return index(doc)[1].get(indicator) ?? [];
}

/** A target's sector id: its own, else its indicator's (undefined for a target of the whole economy). */
export function sectorOf(doc: PolicyDocument, target: Target): string | undefined {
  return target.sector ?? indicatorOf(doc, target)?.sector;
}
