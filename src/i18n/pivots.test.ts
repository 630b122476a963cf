/**
 * Values written apart from the target's values they are judged against (`valueFormat`'s pivots): a value that does
 * not meet its target must not read as the target's own figure ("30 Mt" beside "Wrong direction" against "at most 30").
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { gaugeView } from '../gauge/view.js';
import { valueFormat } from './format.js';

/** Without the word joiners and no-break spaces that hold figures to their units. */
const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('a value near a pivot is written to the digit where they differ', () => {
  const q = valueFormat('en', 'Mt', [30, 30.004], [30], []);
  it('30.004 against 30: "30.004 Mt" (three figures wrote "30 Mt"); the bare number too', () => {
    expect(strip(q.quantity(30.004))).toBe('30.004 Mt');
    expect(q.number(30.004)).toBe('30.004');
    expect(strip(valueFormat('en', 'Mt', [30, 30.004], [], []).quantity(30.004))).toBe('30 Mt');
  });
  it('the pivot, and a computed value within a billionth of it, are "30 Mt"; values not near it as before', () => {
    expect(strip(q.quantity(30))).toBe('30 Mt');
    expect(strip(q.quantity(29.999999999999996))).toBe('30 Mt');
    expect(strip(q.quantity(30.4))).toBe('30.4 Mt');
    expect(strip(q.quantity(35.123))).toBe('35.1 Mt');
  });
  it('a pivot with more decimals than three figures writes is written as published, and a value near it to at least as many', () => {
    // 11,902.5 read "11,903" beside 11,902.6 (which does not meet "at most 11,902.5"): the value looked below the target.
    const big = valueFormat('en', 'Mt', [11000, 11902.6], [11902.5], []);
    expect(strip(big.quantity(11902.5))).toBe('11,902.5 Mt');
    expect(strip(big.quantity(11902.6))).toBe('11,902.6 Mt');
    expect(strip(big.quantity(11900))).toBe('11,900 Mt');
    expect(strip(big.quantity(12500))).toBe('12,500 Mt');
  });
  it('in Chinese, in the unit the value is folded into: 5000.4万吨 and 4999.96万吨 beside 5000万吨', () => {
    const zh = valueFormat('zh', '百万吨', [40, 50.004], [50], []);
    expect(strip(zh.quantity(50.004))).toBe('5000.4万吨');
    expect(strip(zh.quantity(49.9996))).toBe('4999.96万吨');
    expect(strip(zh.quantity(50))).toBe('5000万吨');
  });
  it('a derived pivot (a relative goal, 4,876.3 × 0.45) keeps three figures itself; a value near it is written apart', () => {
    const eu = valueFormat('en', 'Mt', [4876.3], [], [4876.3 * 0.45]);
    expect(strip(eu.quantity(4876.3 * 0.45))).toBe('2,194 Mt');
    expect(strip(eu.quantity(2194.2))).toBe('2,194.2 Mt');
  });
});

describe('the gauge of a target held at its baseline, missed by a hair', () => {
  it('30.004 Mt against at most 30 from 30: the headline and the explanation say 30.004, beside "Off track"', () => {
    const doc = lateDoc([[2020, 30], [2022, 30.004]], { kind: 'absolute', comparison: 'at-most', value: 30, year: 2025 }, { baseline: { year: 2018, value: 30 } });
    const v = gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'arc' });
    expect(v.a.status).toBe('off-track');
    expect(strip(v.headline)).toBe('30.004 Mt');
    expect(strip(v.a.explanation)).toContain('At this pace the value would be 30.01 Mt in 2025, past it: off track.');
    expect(strip(v.a.explanation)).toContain('latest 30.004 Mt (2022); target 30 Mt by 2025');
  });
});

describe('an "about" goal: its range\'s ends are the pivots, not its middle', () => {
  it('China\'s clinker as of 2021: the projection, 1,799.6 Mt inside 1,773–1,827, reads "1,800 Mt" as before', async () => {
    const { readFileSync } = await import('node:fs');
    const { assess } = await import('../progress/assess.js');
    const doc = JSON.parse(readFileSync('data/cn-industry-carbon-peaking-2022.json', 'utf8'));
    const a = assess(doc, 'clinker-capacity-2025', { asOf: 2021, method: 'extrapolation' })!;
    expect(a.projected!.value).toBeCloseTo(1799.6, 1);
    expect(strip(a.explanation)).toContain('the value would be 1,800 Mt in 2025');
  });
  it('a value a hair outside an end is written apart from it: 1,772.6 beside 1,773', () => {
    const q = valueFormat('en', 'Mt', [1854], [], [1773, 1827]);
    expect(strip(q.quantity(1772.6))).toBe('1,772.6 Mt');
    expect(strip(q.quantity(1773))).toBe('1,773 Mt');
  });
});

describe('a range\'s ends are written as precisely as they are', () => {
  it('about 50 ±2.5% from 40: 51.2504 in 2022 is "above the target range (48.75–51.25 Mt)", not "(48.8–51.3 Mt)"', () => {
    const doc = lateDoc([[2020, 45], [2022, 51.2504]], { kind: 'absolute', comparison: 'about', value: 50, year: 2025, tolerance: 2.5 }, { baseline: { year: 2018, value: 40 } });
    const v = gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'arc' });
    expect(strip(v.headline)).toBe('51.2504 Mt');
    expect(strip(v.progressText)).toBe('above the target range (48.75–51.25 Mt)');
  });
});
