/**
 * Scales at their documented constants, by hand (from a mutation-testing review: each block fails for a mutant of
 * src/trajectory/scales.ts that no other test caught). Unit-less English numbers, 12 px text, no limits.
 */
import { describe, expect, it } from 'vitest';
import { valueFormat } from '../i18n/format.js';
import { scaleLinear } from '../scale/linear.js';
import { valueAxis, xTicksFit, yearTicks } from './scales.js';

const FREE: [number, number] = [-Infinity, Infinity];
const axis = (extent: [number, number], bottom: number, top: number) => valueAxis(extent, bottom, top, valueFormat('en', '', [], [], []), 12, FREE).ticks;
const years = (d: [number, number], r: [number, number], width: number) => yearTicks(scaleLinear(d, r), [0, width], 12).map((t) => t.label);

describe('edges: how many y ticks', () => {
  it('about one tick per 60 px: a 480 px axis over 0–100 asks d3 for 8 and gets one every 10 (48 px apart)', () => {
    // 100 / 8 = 12.5 rounds to a step of 10; asking for 7 (one per 61 px or more) would give 14.3 → a step of 20.
    expect(axis([0, 100], 490, 10).map((t) => t.label)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100']);
  });
  it('labels 1.6 lines apart are enough: a 120 px axis over 0–100 keeps six ticks 24 px apart (19.2 px needed at 12 px)', () => {
    // A wider spacing (2.6 lines, 31.2 px) would thin them to 0, 50, 100.
    expect(axis([0, 100], 130, 10).map((t) => `${t.label}@${t.pos}`)).toEqual(['0@130', '20@106', '40@82', '60@58', '80@34', '100@10']);
  });
});

describe('edges: how many year ticks', () => {
  it('ticks may be exactly 44 px apart: 2020–2030 over 440 px labels every year', () => {
    // "2020" is 28.8 px wide: with the 8 px gap, 36.8 px of 44 are needed. At 43 px a year, every other year.
    expect(years([2020, 2030], [40, 480], 520)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(years([2020, 2030], [40, 470], 520)).toEqual(['2020', '2022', '2024', '2026', '2028', '2030']);
  });
});

describe('edges: where the last year goes (yearTicks, ranges [40, width − 18] as a chart\'s plot)', () => {
  it('a single nice tick gives way to both ends: 1950–1975 at 160 px → 1950, 1975', () => {
    // 102 px for 25 years (4.08 px a year): decades are 40.8 px apart (under 44), so one tick asked for: 1960. It is
    // 10 years from 1950, under half its step (a lone tick's is the span, 25): the two ends, the first year and the
    // target year.
    expect(years([1950, 1975], [40, 142], 160)).toEqual(['1950', '1975']);
  });
  it('when one tick is all that is asked for, the search still runs: 1950–1956 at 160 px → 1950, 1956 (both ends)', () => {
    // 17 px a year: every 2 years is 34 px (under 44); one tick asked for gives a 5-year step (1950, 1955), and 1956 is
    // too close to 1955 to add. Shifting the step to end on it (1951, 1956) would unlabel the first year, which the nice
    // ticks labelled: the step that divides the span, 6 years, labels both ends.
    expect(years([1950, 1956], [40, 142], 160)).toEqual(['1950', '1956']);
  });
  it('a lone tick short of the last year gives way to the ends: 1951–1956 at 160 px → 1951, 1956, not 1955 alone', () => {
    // 20.4 px a year; one tick asked for gives 1955, and 1956 is too close to add or to shift a 1-year step to. The
    // ends, 102 px apart, fit: the target year shows (it used to be 1955 alone, with no tick for the target's year).
    expect(years([1951, 1956], [40, 142], 160)).toEqual(['1951', '1956']);
  });
  it('the last year is added at exactly half a step: 1950–2025 at 195 px → 1950, 2000, 2025', () => {
    // 137 px for 75 years: every 50 years; 2025 is 25 years (half a step, 45.7 px) after 2000: added.
    expect(years([1950, 2025], [40, 177], 195)).toEqual(['1950', '2000', '2025']);
  });
  it('nice ticks under half a step from an end give way to it: 1996–2071 at 216 px → 1996, 2071', () => {
    // Every 50 years (2000, 2050); 2000 is 4 years after 1996 and 2050 21 years (under 25) before 2071: the two ends
    // (shifting the step to end on 2071, 2021 and 2071, left the first year unlabelled).
    expect(years([1996, 2071], [40, 198], 216)).toEqual(['1996', '2071']);
  });
});

describe('edges: very narrow charts', () => {
  const ticks = (d: [number, number], width: number, font: number) => yearTicks(scaleLinear(d, [40, width - 18]), [0, width], font);
  it('shifted ticks are used only if they fit: 1951–1956 at 160 px never gets six overlapping year labels', () => {
    // 17 px a year: a year's label is 28.8 px wide; every year (or every other) cannot be labelled.
    const t = ticks([1951, 1956], 160, 12);
    expect(t.length).toBeLessThanOrEqual(2);
    expect(xTicksFit(t, 8, [0, 160], 44)).toBe(true);
  });
  it('at 18 px text, 1950–1951 at 160 px: the two ends do not fit (1951\'s label would pass the right edge), so one year, the last', () => {
    // 1951 at 142: its 43.2 px label reaches 163.6 > 160 either way; 1950 and 1951 together are not tried in its place.
    expect(ticks([1950, 1951], 160, 18).map((t) => t.label)).toEqual(['1951']);
  });
  it('at 18 px text, 1951–1955 at 160 px: one label is kept rather than none (1955)', () => {
    expect(ticks([1951, 1955], 160, 18).map((t) => t.label)).toEqual(['1955']);
  });
});
