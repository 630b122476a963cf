/** The gauge's and sector rows' "of the way" words at their edges (from a mutation run of way.ts: it had no direct test). */
import { describe, expect, it } from 'vitest';
import type { PeakFacts } from '../progress/peak.js';
import { dueByText, peakText, wayText } from './way.js';

describe('wayText', () => {
  it('a share of the way is written as a percentage: 0.76 → "76% of the way"', () => {
    expect(wayText('en', 0.76)).toBe('76% of the way');
    expect(wayText('zh', 0.76)).toBe('已完成76%');
  });

  it('a share of exactly 0 (no move yet) is "0% of the way", not "backwards"', () => {
    expect(wayText('en', 0)).toBe('0% of the way');
  });

  it('a share between 0 and 1 (half way) is not backwards either: 0.5 → "50% of the way"', () => {
    expect(wayText('en', 0.5)).toBe('50% of the way');
  });

  it('short of the target is at most "99%" (an audit\'s 601.5 against a 600 cap, 99.6% of the way, read "100%"); 1 and past it as they are', () => {
    // (601.5 − 1,000) ÷ (600 − 1,000) = 0.99625.
    expect(wayText('en', 0.99625)).toBe('99% of the way');
    expect(wayText('zh', 0.99625)).toBe('已完成99%');
    expect(wayText('en', 0.994)).toBe('99% of the way');
    expect(wayText('en', 1)).toBe('100% of the way');
    expect(wayText('en', 1.004)).toBe('100% of the way');
    // A goal met by floating point's width (a review: "Achieved" beside "99%"): 37.6 against 40 × 0.94.
    expect(wayText('en', (37.6 - 40) / (40 * 0.94 - 40))).toBe('100% of the way');
  });

  it('moving away from the target (−0.41) is "41% of the way backwards", without a minus sign that reads as a cut', () => {
    expect(wayText('en', -0.41)).toBe('41% of the way backwards');
    expect(wayText('zh', -0.41)).toBe('倒退41%');
  });
});

describe('dueByText', () => {
  it('the share due on the required path by the latest year: 0.6 by 2022 → "60% due by 2022"', () => {
    expect(dueByText('en', 0.6, 2022)).toBe('60% due by 2022');
  });
});

describe('peakText', () => {
  const facts = (f: Partial<PeakFacts>): PeakFacts =>
    ({ peak: { year: 2019, value: 100 }, laterLower: 0, confirmed: false, growth: 1, growthSlope: -0.2, trend: true, projectedPeakYear: null, deadline: 2030, ...f }) as PeakFacts;

  it('a confirmed peak names the peak observation\'s year: "Peaked 2019"', () => {
    expect(peakText('en', facts({ confirmed: true, laterLower: 3, projectedPeakYear: 2019 }))).toBe('Peaked 2019');
  });

  it('growth that never reaches zero: "No peak at this pace"', () => {
    expect(peakText('en', facts({ projectedPeakYear: null }))).toBe('No peak at this pace');
  });

  it('a projected peak year is rounded (2027.4 → "Peak around 2027"); past deadline + 10 it is "Peak after 2040"', () => {
    expect(peakText('en', facts({ projectedPeakYear: 2027.4 }))).toBe('Peak around 2027');
    expect(peakText('en', facts({ projectedPeakYear: 2045 }))).toBe('Peak after 2040');
  });

  it('growth at or below zero (turned) names the highest year, unconfirmed: not "Peak around 2024", which read as a forecast', () => {
    // assess puts the projected peak on the highest value's year once growth has turned (peak.ts).
    const turned = facts({ peak: { year: 2024, value: 113 }, laterLower: 1, growth: -1.8, projectedPeakYear: 2024 });
    expect(peakText('en', turned)).toBe('Peaked 2024 (unconfirmed)');
    expect(peakText('zh', turned)).toBe('2024\u2060年达峰\u200b（待确认）'); // (the year held to its 年: joinTable)
    // Zero growth has turned too; just above it has not.
    expect(peakText('en', { ...turned, growth: 0 })).toBe('Peaked 2024 (unconfirmed)');
    expect(peakText('en', { ...turned, growth: 0.1, projectedPeakYear: 2026.4 })).toBe('Peak around 2026');
  });
});
