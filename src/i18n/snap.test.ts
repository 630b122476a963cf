/**
 * A computed value within `meets`' billionth of a target value is written as that value, not as its floating-point
 * noise. "Zero by 2050" from 1,000 Mt (2020), 900 Mt in 2023: −33.3 Mt a year, exactly on the straight line, projects
 * 900 + (−100/3) × 27 = −1.1e-13 Mt in 2050, which the explanation wrote "−0.000000000000114 Mt" (zh
 * "−0.000000000000001亿吨"), a minus sign and fifteen decimals for a projection of exactly the target.
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { assess } from '../progress/assess.js';
import { valueFormat } from './format.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('floating-point noise at a target value', () => {
  const doc = lateDoc([[2021, 970], [2023, 900]], { kind: 'absolute', comparison: 'at-most', value: 0, year: 2050 }, { baseline: { year: 2020, value: 1000 } });
  it('net zero on its line: "the value would be 0 Mt in 2050"', () => {
    expect(strip(assess(doc, 't')!.explanation)).toContain('the value would be 0 Mt in 2050.');
    expect(strip(assess(doc, 't', { lang: 'zh' })!.explanation)).toContain('2050年将达到0吨。');
  });
  it('a value a billionth or more from it is still written apart', () => {
    const q = valueFormat('en', 'Mt', [1000, 0], [0], []);
    expect(q.quantity(-1.1e-13)).toBe('0\u00a0Mt');
    expect(q.quantity(0.0004)).toBe('0.0004\u00a0Mt');
    expect(valueFormat('en', 'Mt', [30], [30], []).quantity(30.004)).toBe('30.004\u00a0Mt');
  });
});
