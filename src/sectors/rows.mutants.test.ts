/**
 * From a mutation-testing pass over rows.ts: each test fails for a mutant that the other tests let through (named in
 * its comment). Documents are built with test-doc.ts; every value is invented.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../format/types.js';
import { buildRow, sectorsView, sortRows, type SectorRow } from './rows.js';
import { makeDoc, type TestTarget } from './test-doc.js';

const series = (from: number, values: readonly number[]) => values.map((value, i) => ({ year: from + i, value }));
const only = (t: TestTarget): PolicyDocument => makeDoc([t]);
const rowOf = (doc: PolicyDocument, opts: Parameters<typeof buildRow>[4] = {}) => buildRow(doc, doc.targets[0]!, 0, 'en', opts);

describe('rows mutants: judged as of a year before the baseline year', () => {
  // A peak needs no baseline value, so the assessment itself judges 2013–2018 (growth +1% a year: off track); the row
  // must still say it is before its 2020 baseline year and judge nothing.
  const doc = only({ id: 'p', sector: 'power', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'peak', year: 2030 }, observations: series(2013, [100, 101, 102.01, 103.0301, 104.060401, 105.10100501]) });
  (doc.targets[0] as { proxy?: string }).proxy = 'national CO₂, not industrial';

  it('has nothing to judge: no status, no shares, no description, no "indicative" note', () => {
    const r = rowOf(doc, { asOf: 2018 });
    // Kills dropping `early ||` from noData (the row took the assessment's status and shares) and `status: a.status`.
    expect([r.noData, r.status, r.progress, r.expected]).toEqual([true, 'insufficient-data', null, null]);
    expect(r.valueText).toBe('before its 2020 baseline year');
    // Kills `where` without `!early` (it described the 2018 value).
    expect(r.details).toBe('');
    // Kills the proxy note without `!noData` (a status that is not there cannot be indicative).
    expect(r.targetText).toBe('Target: peak by 2030');
  });

  it('shows no latest value either: the 2018 value (104.06) is before the 2020 baseline, which the row says instead', () => {
    // Kills `plain` without `!early`: the row read "before its 2020 baseline year" beside "Latest: 104.06 … in 2018".
    const r = rowOf(doc, { asOf: 2018 });
    expect([r.valueText, r.latestText]).toEqual(['before its 2020 baseline year', '']);
  });
});

describe('rows mutants: the peak mark when no peak is in sight', () => {
  it('growth +5% and accelerating: the mark is past the scale (Infinity), not at its end (the gauge\'s 1.5)', () => {
    // Growth 1, 1.98, 2.91, 3.77, 4.55 %: a clear upward trend, never reaching zero (projectedPeakYear null).
    // Kills `false ? Infinity` (1.5, which reads as a year on the scale).
    const r = rowOf(only({ id: 'p', sector: 'power', better: 'lower', baseline: { year: 2018 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 101, 103, 106, 110, 115]) }));
    expect(r.status).toBe('off-track');
    expect(r.valueText).toBe('No peak at this pace');
    expect(r.expected).toBe(Infinity);
  });

  it('a confirmed peak is the peak year, even though growth has turned up again (+1% a year, no zero in sight)', () => {
    // 200 (2015), then 100 growing 1% a year to 2021: six lower values after the 2015 top (confirmed), the last five
    // growth rates all +1% (slope 0, so projectedPeakYear null). Mark: (2015 − 2015) ÷ (2030 − 2015) = 0.
    // Kills dropping `!a.peak.confirmed` (Infinity: "no peak in sight" for a peak already reached).
    const doc = only({ id: 'p', sector: 'power', better: 'lower', baseline: { year: 2015 }, goal: { kind: 'peak', year: 2030 }, observations: series(2015, [200, 100, 101, 102.01, 103.0301, 104.060401, 105.10100501]) });
    const r = rowOf(doc);
    expect([r.status, r.valueText]).toEqual(['achieved', 'Peaked 2015']);
    expect(r.expected).toBe(0);
  });

  it('a peak without enough data has no mark at all', () => {
    // Three observations (two growth rates): insufficient data, a.peak set with projectedPeakYear null.
    // Kills dropping `shares.expected !== null` (Infinity on a row that says it has no data).
    const doc = only({ id: 'p', sector: 'power', better: 'lower', baseline: { year: 2018 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 101, 103]) });
    const r = rowOf(doc);
    expect([r.noData, r.expected]).toEqual([true, null]);
    // …and the panel's peak legend is for peak rows with data only. Kills `anyPeak` without `!r.noData`.
    expect(sectorsView(doc, {}, { lang: 'en' }).anyPeak).toBe(false);
  });
});

describe('rows mutants: a row without data says nothing of a pending figure', () => {
  it('one observation (the baseline), target year 2025 over in 2027: no "no 2025 figure yet"', () => {
    // Kills computing `pending` for rows without data too.
    const doc = only({ id: 'o', sector: 'power', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 50, comparison: 'at-most', year: 2025 }, observations: [{ year: 2020, value: 100 }] });
    const r = rowOf(doc, { now: 2027 });
    expect([r.noData, r.valueText]).toEqual([true, '100\u00a0Mt in 2020']);
    expect(r.targetText).toBe('Target: at most 50\u00a0Mt by 2025');
  });
});

describe('rows mutants: a row without a range has no `band` key', () => {
  it('relative target: the key is absent, not present as undefined', () => {
    // Kills `band` (shorthand, always a key) for `...(band && { band })`.
    const r = rowOf(only({ id: 'r', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] }));
    expect(Object.keys(r)).not.toContain('band');
  });
});

describe('rows mutants: sorting', () => {
  const row = (index: number, fields: Partial<SectorRow>): SectorRow =>
    ({ targetId: `r${index}`, index, status: 'off-track', ratio: 0.5, progress: 0.5, noData: false, sectorLabel: 'S', name: 'N', ...fields }) as SectorRow;
  const ids = (rows: SectorRow[], order: 'status' | 'name') => sortRows(rows, order, 'en').map((r) => r.targetId);

  it('status: wrong direction before off track (the worst first)', () => {
    // Kills swapping the first two of WORST_FIRST.
    expect(ids([row(0, { status: 'off-track' }), row(1, { status: 'wrong-direction' })], 'status')).toEqual(['r1', 'r0']);
  });

  it('name: within one sector by name; numbers in names in numeric order', () => {
    // Kills dropping the name comparison (dataset order would keep B first).
    expect(ids([row(0, { name: 'B' }), row(1, { name: 'A' })], 'name')).toEqual(['r1', 'r0']);
    // "Target 9" before "Target 10". Kills dropping `numeric: true` ("1" < "9" put 10 first).
    expect(ids([row(0, { name: 'Target 10' }), row(1, { name: 'Target 9' })], 'name')).toEqual(['r1', 'r0']);
  });

  it('name: sector labels that differ only in case are one sector, and the names decide', () => {
    // "power" and "Power" compare equal at base sensitivity, so "A" comes before "Z". Kills dropping
    // `sensitivity: 'base'` (the default, variant, puts lower case first: "power" with "Z" led).
    expect(ids([row(0, { sectorLabel: 'power', name: 'Z' }), row(1, { sectorLabel: 'Power', name: 'A' })], 'name')).toEqual(['r1', 'r0']);
  });
});

describe('rows mutants: the panel as a whole', () => {
  const withData: TestTarget = { id: 'a', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] };
  const noData: TestTarget = { id: 'b', sector: 'power', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'relative', change: -20, year: 2030 } };

  it('no rows: no summary ("0 targets: " said nothing)', () => {
    // Kills the summary without its `rows.length ?` guard.
    const v = sectorsView(makeDoc([withData]), { sectors: ['transport'] }, { lang: 'en' });
    expect(v.rows).toEqual([]);
    expect(v.summary).toBe('');
  });

  it('one illustrative row makes the panel illustrative, even beside a row without data (which is not)', () => {
    // test-doc.ts marks every observation illustrative; the row without observations is not. Kills `every` for `some`.
    const v = sectorsView(makeDoc([withData, noData]), {}, { lang: 'en' });
    expect(v.rows.map((r) => r.illustrative)).toEqual([true, false]);
    expect(v.illustrative).toBe(true);
  });
});


describe('rows mutants: more of the row', () => {
  it('a target already at its goal at the baseline has no way to measure: its latest value, not "100% of the way"', () => {
    // At most 100 by 2030 from 100 (2020), 90 in 2024: within it (on track), but the way is 100 − 100 = 0, so no share:
    // the bar full while it is kept (`hold`), the value as it stands. Kills `wayText(lang, progress)` for a hold.
    const r = rowOf(only({ id: 'c', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 100, comparison: 'at-most', year: 2030 }, observations: [{ year: 2024, value: 90 }] }));
    expect([r.status, r.progress, r.valueText]).toEqual(['on-track', 1, '90\u00a0Mt in 2024']);
  });

  it('a target\'s own sector comes before its indicator\'s', () => {
    // Target in "industry", its indicator in "power". Kills reading the indicator's sector first.
    const doc = only({ id: 's', sector: 'industry', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] });
    (doc.indicators[0] as { sector?: string }).sector = 'power';
    expect(sectorsView(doc, { sectors: ['industry'] }, { lang: 'en' }).rows.map((r) => r.sectorLabel)).toEqual(['Industry']);
    expect(sectorsView(doc, { sectors: ['power'] }, { lang: 'en' }).rows).toEqual([]);
  });
});

describe('rows mutants: the view passes its options on and keeps dataset positions', () => {
  const a: TestTarget = { id: 'a', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] };
  const b: TestTarget = { ...a, id: 'b', sector: 'industry' };
  const doc = makeDoc([a, b]);

  it('`now` reaches every row: read in 2031, "no 2030 figure yet"', () => {
    // Kills sectorsView dropping `now` (the clock's year was used instead).
    expect(sectorsView(doc, {}, { lang: 'en', now: 2031 }).rows[0]!.targetText).toBe('Target: −20% vs 2020 by 2030 · no 2030 figure yet');
  });

  it('a row\'s index is its position in the dataset, not among the selected targets', () => {
    // Only "b" selected: index 1 (its place in doc.targets), not 0. Kills `targets.indexOf(t)`.
    expect(sectorsView(doc, { targets: ['b'] }, { lang: 'en' }).rows.map((r) => [r.targetId, r.index])).toEqual([['b', 1]]);
  });

  it('the filters in words name each id by its kind\'s name, "or" within a filter, "and" between them; an unknown id as written', () => {
    // Kills swapping the kinds' lists, a target named by its id or its indicator's id, and the joins swapped.
    const v = sectorsView(doc, { sectors: ['industry', 'power'], indicators: ['b-ind'], targets: ['a', 'gone'] }, { lang: 'en' });
    expect(v.filterText).toBe('Industry or Power and Indicator of b and Indicator of a or gone');
    expect(sectorsView(doc, { sectors: ['industry', 'power'], indicators: ['b-ind'] }, { lang: 'zh' }).filterText).toBe('工业或电力，且Indicator of b');
  });
});

describe('a one-value row of a relative target', () => {
  it('gives the value and its year, not a change from itself ("unchanged from 2022 as of 2022")', () => {
    // No baseline value: the one observation (90 in 2022) is the baseline, and there is no second to compare.
    const r = rowOf(only({ id: 'r', sector: 'power', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2022, value: 90 }] }));
    expect([r.noData, r.valueText]).toEqual([true, '90\u00a0Mt in 2022']);
  });
});
