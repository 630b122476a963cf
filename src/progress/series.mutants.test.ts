/** From a mutation-testing pass over series.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../format/types.js';
import { seriesOf } from './series.js';

const obs = (indicator: string, year: number) => ({ indicator, year, value: year - 2000, provenance: { status: 'official', source: 's' } });
const DOC = {
  formatVersion: 1, policy: { id: 'p', title: 'P', jurisdiction: 'CN' }, indicators: [], targets: [],
  observations: [obs('i', 2022), obs('j', 2021), obs('i', 2020), obs('i', 2021)],
} as unknown as PolicyDocument;

describe('seriesOf: asOf null means "no limit", as undefined does', () => {
  it('null, undefined and left out all give the whole series, in ascending years', () => {
    // A page without an as-of year passes null (AssessOptions.asOf is `number | null`). Kills `asOf === undefined ||`,
    // under which null was compared as a year (2020 <= null is false) and the series came back empty.
    const years = (asOf?: number | null) => seriesOf(DOC, 'i', asOf).map((o) => o.year);
    expect(years(null)).toEqual([2020, 2021, 2022]);
    expect(years(undefined)).toEqual([2020, 2021, 2022]);
    expect(years()).toEqual([2020, 2021, 2022]);
    expect(years(2021)).toEqual([2020, 2021]);
  });
});
