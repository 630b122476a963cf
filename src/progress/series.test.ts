/** From a mutation-testing review: each assertion fails for a mutant that survived. */
import { describe, expect, it } from 'vitest';
import { seriesOf, yearOnYear } from './series.js';

describe('edges: series', () => {
  it('seriesOf a document without observations is empty', () => {
    expect(seriesOf({ formatVersion: 1, policy: { id: 'p', title: 'P', jurisdiction: 'CN' }, indicators: [], targets: [] } as never, 'i')).toEqual([]);
  });

  it('yearOnYear: consecutive years only, never from zero, relative to the size of a negative value', () => {
    // 2010 → 2015 is a gap (skipped); 0 → 5 has no percentage; 5 → 10 is +100%; −10 → −12 is −20% (further below zero).
    expect(yearOnYear([{ year: 2010, value: 90 }, { year: 2015, value: 0 }, { year: 2016, value: 5 }, { year: 2017, value: 10 }])).toEqual([{ year: 2017, change: 100 }]);
    expect(yearOnYear([{ year: 2020, value: -10 }, { year: 2021, value: -12 }])[0]!.change).toBeCloseTo(-20, 10);
  });
});
