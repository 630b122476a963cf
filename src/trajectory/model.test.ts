/** The trajectory model at its edges (from a mutation-testing review: fails for a mutant of model.ts no other test caught). */
import { describe, expect, it } from 'vitest';
import type { Goal, PolicyDocument } from '../format/types.js';
import { assess } from '../progress/assess.js';
import { trajectoryModel } from './model.js';

/** One indicator "ind" (higher values are worse), one target "t", yearly observations from 2020. */
function doc(goal: Goal, values: number[]): PolicyDocument {
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'ind', label: 'I', unit: 'Mt', better: 'lower' }],
    targets: [{ id: 't', indicator: 'ind', baseline: { year: 2020 }, goal }],
    observations: values.map((value, i) => ({ indicator: 'ind', year: 2020 + i, value, provenance: { status: 'official', source: 's' } })),
  } as PolicyDocument;
}
const model = (d: PolicyDocument) => trajectoryModel(d, d.targets[0]!, assess(d, 't')!);

describe('edges: the band of a peak target', () => {
  it('a series that starts at zero (a new source of emissions: 0, 2, 3, 5, 6, 8) gets a band in its units, not a log one', () => {
    // A change from 0 has no growth rate (ln of a ratio to zero), so the band is taken from the differences.
    const m = model(doc({ kind: 'peak', year: 2030 }, [0, 2, 3, 5, 6, 8]));
    expect(m.spread?.kind).toBe('absolute');
    // The same series from 1 (all values above zero) gets the usual log band.
    expect(model(doc({ kind: 'peak', year: 2030 }, [1, 2, 3, 5, 6, 8])).spread?.kind).toBe('log');
  });
});


describe('a limit (the baseline already meets the target)', () => {
  it('"at most 50" from 40 draws no required path up to the ceiling, only the ceiling; a ceiling below the baseline keeps its path', () => {
    const limit = model(doc({ kind: 'absolute', comparison: 'at-most', value: 50, year: 2025 }, [40, 44, 48]));
    expect(limit.required).toEqual([]);
    expect(limit.requiredShape).toBeNull();
    expect(limit.reference).toEqual({ kind: 'ceiling', value: 50 });
    expect(model(doc({ kind: 'absolute', comparison: 'at-most', value: 30, year: 2025 }, [40, 38, 36])).required.length).toBeGreaterThan(1);
  });
});
