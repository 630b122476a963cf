/**
 * Tests that kill mutants of valueFormat's pivots (`sharp`, `snap`) and of `targetValues`' choice of them (each survived
 * the suite before).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { valid } from '../../test/helpers/valid.js';
import { assess } from '../progress/assess.js';
import { valueFormat } from './format.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('valueFormat: apart from a pivot, and snapped to it', () => {
  it('30.00001 against at most 30 (a third of a millionth over: more than meets\' billionth, not met) is "30.00001 Mt", not "30 Mt"', () => {
    expect(strip(valueFormat('en', 'Mt', [40, 30], [30], []).quantity(30.00001))).toBe('30.00001 Mt');
  });
  it('−1e-10 against zero (within a billionth of it: it meets it) is "0 Mt", not "−0.0000000001 Mt"; against a derived zero too (−100%)', () => {
    expect(strip(valueFormat('en', 'Mt', [1000, 0], [0], []).quantity(-1e-10))).toBe('0 Mt');
    expect(strip(valueFormat('en', 'Mt', [1000], [], [0]).quantity(-1e-10))).toBe('0 Mt');
  });
});

describe("targetValues: the target's values are the pivots", () => {
  it('a relative goal\'s value, 40 × (1 − 25%) = 30: 30.004 in 2022, not met, is "30.004 Mt"', () => {
    const doc = lateDoc([[2020, 36], [2022, 30.004]], { kind: 'relative', change: -25, year: 2022 });
    expect(strip(assess(doc, 't')!.explanation)).toContain('latest 30.004 Mt (2022); target 30 Mt by 2022');
  });
  it('a milestone, 100 by 2024 (count 200 by 2030 from 0 in 2020): 99.96 in 2023, short of it, is "99.96 Mt", not "100 Mt"', () => {
    const json = structuredClone(lateDoc([[2022, 60], [2023, 99.96]], { kind: 'count', value: 200, year: 2030 }, { baseline: { year: 2020, value: 0 }, milestones: [{ year: 2024, value: 100 }] })) as any;
    json.indicators[0].better = 'higher';
    expect(strip(assess(valid(json), 't')!.explanation)).toContain('latest 99.96 Mt (2023)');
  });
  it('an allowance, 38 in 2020 (caps 38 → 30): 38.004 in 2020, above it, is "38.004 Mt"', () => {
    const a = assess(lateDoc([[2020, 38.004]], { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] }), 't')!;
    expect(strip(a.explanation)).toContain('latest 38.004 Mt (2020)');
    expect(strip(a.explanation)).toContain('The allowance for 2020 is 38 Mt; the latest value is above it.');
  });
});
