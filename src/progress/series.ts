import type { Observation, PolicyDocument, YearValue } from '../format/types.js';
import { observationsOf } from '../format/lookup.js';

/** A plain {year, value} copy of a point (dropping an observation's other fields). */
export const pick = ({ year, value }: YearValue): YearValue => ({ year, value });

/** Observations of one indicator in ascending years, optionally up to and including `asOf`. */
export function seriesOf(doc: PolicyDocument, indicator: string, asOf?: number | null): Observation[] {
  return observationsOf(doc, indicator)
    .filter((o) => asOf == null || o.year <= asOf)
    .sort((a, b) => a.year - b.year);
}

/** Year-on-year changes in percent between consecutive years (gaps are skipped, never bridged). */
export function yearOnYear(series: readonly { year: number; value: number }[]): { year: number; change: number }[] {
  const out: { year: number; change: number }[] = [];
  for (let i = 1; i < series.length; i++) {
    const a = series[i - 1]!;
    const b = series[i]!;
    if (b.year - a.year === 1 && a.value !== 0) out.push({ year: b.year, change: ((b.value - a.value) / Math.abs(a.value)) * 100 });
  }
  return out;
}
