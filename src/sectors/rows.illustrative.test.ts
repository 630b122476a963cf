/** Which rows a panel marks illustrative: only where real data are shown beside invented ones (kills a surviving mutant). */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../format/types.js';
import { sectorsView } from './rows.js';
import { makeDoc, type TestTarget } from './test-doc.js';

describe('a real target without data beside an illustrative one', () => {
  it('is not real data shown: the illustrative row is not marked (the footer badge says it for the panel)', () => {
    const real: TestTarget = { id: 'real', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [] };
    const invented: TestTarget = { ...real, id: 'invented', observations: [{ year: 2024, value: 90 }] };
    const doc = makeDoc([real, invented]);
    // test-doc.ts marks every observation illustrative; the real target has none.
    const v = sectorsView(doc as PolicyDocument, {}, { lang: 'en' });
    expect(v.rows.map((r) => r.noData)).toEqual([true, false]);
    expect(v.illustrative).toBe(true);
    expect(v.rows.some((r) => /illustrative/i.test(r.targetText))).toBe(false);
  });
});
