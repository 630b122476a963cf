/**
 * Trajectory geometry on hand-made models, with the numbers worked out (from a mutation-testing review: each block
 * fails for mutants of src/trajectory/geometry.ts that no other test caught).
 *
 * Unless a test says otherwise: a 640 × 400 chart at 12 px text, years 2020–2030, values 0–100, unit-less English
 * numbers. Then the plot's top is max(10, round(12 / 2)) = 10 and its bottom 400 − round(2 · 12) = 376; the data
 * 0…100 get 4% air (−4…104), the nice axis is 0…120 cut at −4 below (values ≥ 0 stop just past zero); the widest
 * y label, "120", is 3 × 0.6 × 12 = 21.6 px, so the plot starts at ceil(21.6 + 10) = 32 and ends 8 px from the right,
 * at 632; years run from 32 + 10 = 42 (2020) to 632 − 10 = 622 (2030): 58 px a year.
 */
import { describe, expect, it } from 'vitest';
import { valueFormat } from '../i18n/format.js';
import { trajectoryGeometry, type GeometryInput, type TrajectoryGeometry } from './geometry.js';
import { intersects } from './labels.js';
import type { TrajectoryModel } from './model.js';

const series = (from: number, values: number[]) => values.map((value, i) => ({ year: from + i, value, status: 'official' as const, hollow: false, source: null }));
/** A projection without a band, from `from` (k = 0) on. */
const proj = (from: number, values: number[]) => values.map((value, k) => ({ year: from + k, value, k, lo: value, hi: value }));

function model(m: Partial<TrajectoryModel>): TrajectoryModel {
  return {
    kind: 'absolute', comparison: 'at-most', observed: [], required: [], requiredShape: null, projection: [], spread: null,
    baseline: null, target: null, judged: null, milestones: [], reference: null, deadline: null, peak: null,
    xExtent: [2020, 2030], yExtent: [0, 100], bandExtent: null, projectionExtent: null, includeZero: false, ...m,
  };
}
const LABELS = { baseline: 'Baseline', target: 'Target', milestone: (v: number) => `Milestone ${v}`, deadline: 'Deadline', peak: 'Peak' };
const geo = (m: Partial<TrajectoryModel>, o: Partial<GeometryInput> = {}): TrajectoryGeometry =>
  trajectoryGeometry({ model: model(m), width: 640, height: 400, values: valueFormat('en', '', [], [], []), labels: LABELS, font: 12, ...o });
const ticks = (g: TrajectoryGeometry) => g.yTicks.map((t) => `${t.label}@${t.pos}`);
const line = (g: TrajectoryGeometry, cls: string) => g.lines.find(([c]) => c === cls)?.[1];
const marker = (g: TrajectoryGeometry, cls: string) => g.markers.find(([c]) => c === cls)?.[1];

describe('geometry by hand: the default chart', () => {
  it('640 px wide, a 32 px left margin and 10 px inset: 2020 at x = 42, 2030 at x = 622, 58 px a year', () => {
    const g = geo({ observed: series(2020, [100, 90, 80]) });
    expect(g.plot).toEqual({ x0: 32, y0: 10, x1: 632, y1: 376 });
    expect(g.xTicks.map((t) => t.pos)).toEqual([42, 100, 158, 216, 274, 332, 390, 448, 506, 564, 622]);
    // 366 px over −4…120 is 2.9516 px a unit: 100 at 376 − 104 × 2.9516 = 69.03, 90 at 98.55, 80 at 128.06.
    expect(g.points.map((p) => [p.x, p.y])).toEqual([[42, 69.03], [100, 98.55], [158, 128.06]]);
  });
});

describe('geometry by hand: margins for the text size', () => {
  it('half a line above the plot and two under it, rounded to the nearest whole pixel (not up)', () => {
    // 22.5 px text: round(11.25) = 11 above (12 would be rounding up); 12.6 px: round(25.2) = 25 under (not 26).
    expect(geo({}, { font: 22.5 }).plot.y0).toBe(11);
    expect(400 - geo({}, { font: 12.6 }).plot.y1).toBe(25);
  });
});

describe('geometry by hand: the y extent', () => {
  it('a count chart starts its axis at 0 on the plot\'s bottom edge (no air below zero for counts)', () => {
    // 0…250 (a count: 0 is in the extent): 4% air is 10, but a count's axis stops at 0 → 0…260, nice 0…300.
    const g = geo({ kind: 'count', includeZero: true, yExtent: [0, 250] });
    expect(ticks(g)).toEqual(['0@376', '50@315', '100@254', '150@193', '200@132', '250@71', '300@10']);
  });

  it('values all ≤ 0 (net removals up to zero) stop 4% above zero, not at the next nice tick (20)', () => {
    // −100…0 with 4% air is −104…4; the nice axis −120…20 is cut at 4: 0 lies 4 units (11.81 px) under the top.
    const g = geo({ yExtent: [-100, 0] });
    expect(ticks(g).at(-1)).toBe('0@21.81');
    expect(g.yTicks[0]!.label).toBe('−120');
  });

  it('values between 0 and 1 (a share, 0.2…0.8) end on a nice tick, not cut at the 4% air like values ≤ 0', () => {
    // 0.2…0.8 with air 0.176…0.824: nice 0.1…0.9, kept (only an axis of values ≤ 0 stops short above zero).
    const g = geo({ yExtent: [0.2, 0.8] });
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label, g.yTicks.at(-1)!.pos]).toEqual(['0.1', '0.9', 10]);
  });

  it('small values ≤ 0 (−1…0) also stop 4% above zero (0.04), not at the nice 0.2', () => {
    // −1…0 with air −1.04…0.04; nice −1.2…0.2, cut at 0.04: 0 is 0.04 / 1.24 of 366 px (11.81 px) under the top.
    expect(ticks(geo({ yExtent: [-1, 0] })).at(-1)).toBe('0.0@21.81');
  });

  it('a runaway projection widens the axis by at most twice the data\'s span, and is held two plot heights above it', () => {
    // Data 80…100 (span 20); the projection climbs to 1,000: the axis takes it to 100 + 2 × 20 = 140 at most, with
    // 4% air 77.6…142.4, nice 70…150 (not 0…1,000, which would squash the data into 8 px).
    const g = geo({ yExtent: [80, 100], observed: series(2020, [100, 90, 80]), projection: proj(2022, [80, 200, 400, 700, 1000]), projectionExtent: [80, 1000] });
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['70', '150']);
    // 4.575 px a unit: 200 is at 376 − 130 × 4.575 = −218.75 (drawn, clipped by the plot); 400 and beyond would be at
    // −1,134 and further: held at top − 2 × height = 10 − 800 = −790, finite.
    expect(line(g, 'projection')).toBe('M158,330.25L216,-218.75L274,-790L332,-790L390,-790');
    // Falling instead, to −1,000: the axis goes down to 80 − 2 × 20 = 40 at most (with air 37.6…102.4, nice 30…110), and
    // −1,000 (at 376 + 970 × 4.575 = 4,814) is held at bottom + 2 × height = 376 + 800 = 1,176.
    // −200 (at 376 + 230 × 4.575 = 1,428.25) too: a coordinate is never more than two plot heights off.
    const down = geo({ yExtent: [80, 100], observed: series(2020, [100, 90, 80]), projection: proj(2022, [80, -200, -1000]), projectionExtent: [-1000, 80] });
    expect([down.yTicks[0]!.label, down.yTicks.at(-1)!.label]).toEqual(['30', '110']);
    expect(line(down, 'projection')).toBe('M158,147.25L216,1176L274,1176');
  });

  it('a projection falling off a series that barely moves (−100…−99) still gets a tenth of the values\' size, also below zero', () => {
    // Span max(1, |−99| × 0.1 = 9.9) × 2 = 19.8 below −100: −119.8…−99, with air −120.6…−98.2, nice −125…−95.
    const g = geo({ yExtent: [-100, -99], projectionExtent: [-1000, -99] });
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['−125', '−95']);
  });

  it('a wide band widens the axis by half the span at most; a narrower one just to its edge', () => {
    // 80…100 (span 20), band 0…200: 10 either side, 70…110, with air 68.4…111.6, nice 60…120.
    expect(ticks(geo({ yExtent: [80, 100], bandExtent: [0, 200] }))).toEqual(['60@376', '70@315', '80@254', '90@193', '100@132', '110@71', '120@10']);
    // Band 85…105: to 105 only (80…105, with air 79…106, nice 75…110).
    const g = geo({ yExtent: [80, 100], bandExtent: [85, 105] });
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['75', '110']);
  });

  it('a flat series (50 every year) is drawn across the middle of the plot, on an axis of ±25% around it', () => {
    // 50 ± 12.5 → nice 35…65: 50 is the middle, (10 + 376) / 2 = 193.
    const g = geo({ yExtent: [50, 50], observed: series(2020, [50, 50]) });
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['35', '65']);
    expect(g.points.map((p) => p.y)).toEqual([193, 193]);
  });
});

describe('geometry by hand: zero', () => {
  it('a chart with no values yet (a peak target without data) has no y labels and a 10 px left margin', () => {
    // No label to make room for: ceil(0 + 10) = 10; 2020 then sits 10 px further in, at 20.
    const g = geo({ kind: 'peak', comparison: null, yExtent: null, deadline: 2030 });
    expect(g.yTicks).toEqual([]);
    expect([g.plot.x0, g.xTicks[0]!.pos]).toEqual([10, 20]);
  });
  it('a series at zero every year (already net zero) is drawn across the middle, on an axis of −1…1', () => {
    // One value, 0: the axis is 0 ± 1 (nothing to take a quarter of), no cut at zero (there is nothing to keep off it),
    // ticks every 0.5 with one decimal; 0 at the middle, (10 + 376) / 2 = 193.
    const g = geo({ yExtent: [0, 0], observed: series(2020, [0, 0, 0]) });
    expect(ticks(g)).toEqual(['−1.0@376', '−0.5@284.5', '0.0@193', '0.5@101.5', '1.0@10']);
    expect(g.points.map((p) => p.y)).toEqual([193, 193, 193]);
  });
  it('a small count (0…3 units) still starts its axis at 0', () => {
    // 0…3 with 4% air above: 0…3.12, nice 0…3.5 in steps of 0.5 (the air below a count's 0 is cut, not moved to 1).
    const g = geo({ kind: 'count', includeZero: true, yExtent: [0, 3] });
    expect(ticks(g)[0]).toBe('0.0@376');
    expect(g.yTicks.at(-1)!.label).toBe('3.5');
  });
});

describe('geometry by hand: observation dots', () => {
  it('0.38 of a year\'s width, from 2 to 3.5 px: 58 px a year → 3.5; 5.8 px (1950–2050) → 2.2; 2.9 px (1900–2100) → 2', () => {
    expect(geo({ xExtent: [2020, 2030] }).pointRadius).toBe(3.5);
    // (622 − 42) / 100 = 5.8 px a year; × 0.38 = 2.204 → 2.2.
    expect(geo({ xExtent: [1950, 2050] }).pointRadius).toBe(2.2);
    // 580 / 200 = 2.9 px; × 0.38 = 1.1, below the 2 px floor.
    expect(geo({ xExtent: [1900, 2100] }).pointRadius).toBe(2);
  });
});

describe('geometry by hand: the projection\'s end', () => {
  // 366 px over 124 units (−4…120, or −120…4 for values ≤ 0): a pixel is 124 / 366 of a unit.
  const px = 124 / 366;
  // The end, as the gap to a 2030 target (at `to`) starts from it: x − 4, y (the end itself is not marked, below).
  const end = (m: Partial<TrajectoryModel>, to = 20) => line(geo({ target: { year: 2030, value: to }, ...m }), 'gap')?.split('h')[0];
  it('is where a projection of two points or more ends: 2029 → 2030, at (622, y)', () => {
    // 50 is 54 units above the bottom's −4: 376 − 54 × 366 / 124 = 216.61.
    expect(end({ projection: proj(2029, [50, 50]) })).toBe('M618,216.61');
    // A one-point projection (the latest observation alone: the deadline is its year) has no end.
    expect(end({ projection: proj(2029, [50]) })).toBeUndefined();
  });
  it('is not marked: a hollow ring there was the glyph of an estimate, a value for a year with none published', () => {
    const g = geo({ target: { year: 2030, value: 20 }, projection: proj(2029, [50, 50]) });
    expect(g.markers.map(([cls]) => cls)).toEqual(['marker target', 'marker target-dot']);
  });
  it('lies on the plot\'s edges and up to half a pixel (rounding) beyond them, not a pixel beyond', () => {
    // Bottom (376): −4 is on it; half a pixel under it (376.5) still there; a pixel under (377) not.
    expect(end({ projection: proj(2029, [50, -4]) })).toBe('M618,376');
    expect(end({ projection: proj(2029, [50, -4 - 0.5 * px]) })).toBe('M618,376.5');
    expect(end({ projection: proj(2029, [50, -4 - px]) })).toBeUndefined();
    // Top (10), on the axis −120…4 of values ≤ 0: 4 is on it; 9.5 there; 9 not.
    const top = (v: number) => end({ yExtent: [-100, 0], projection: proj(2029, [-50, v]) }, -50);
    expect(top(4)).toBe('M618,10');
    expect(top(4 + 0.5 * px)).toBe('M618,9.5');
    expect(top(4 + px)).toBeUndefined();
  });
  it('its gap to a ceiling target is drawn from 1 px on: none on the target, none at half a pixel', () => {
    const gap = (v: number) => line(geo({ target: { year: 2030, value: 50 }, reference: { kind: 'ceiling', value: 50 }, projection: proj(2029, [50, v]) }), 'gap');
    // The target, 50, is at 216.61; an end 1 px above it, at 215.61.
    expect(gap(50 + px)).toBe('M618,215.61h8m-4,0V216.61m-4,0h8');
    expect(gap(50 + 0.5 * px)).toBeUndefined();
    expect(gap(50)).toBeUndefined();
  });
});

describe('geometry by hand: "about" targets (a range)', () => {
  const range = { kind: 'range' as const, value: 50, lo: 45, hi: 55 };
  // Target 50 ± 5 in 2030; the projection runs flat at 58 from 2021 and ends in 2030 at `end`.
  const at = (end: number) =>
    geo({ comparison: 'about', reference: range, target: { year: 2030, value: 50 }, observed: series(2020, [60, 58]), projection: proj(2021, [58, 58, 58, 58, 58, 58, 58, 58, 58, end]) });

  it('a projection ending above the range measures its gap to the range\'s top (55), not to the target value (50)', () => {
    // 70 at 376 − 74 × 2.9516 = 157.58; 55 at 201.85 (50 would be 216.61).
    expect(line(at(70), 'gap')).toBe('M618,157.58h8m-4,0V201.85m-4,0h8');
  });
  it('one ending below the range measures to its bottom (45)', () => {
    // 30 at 275.65; 45 at 231.37.
    expect(line(at(30), 'gap')).toBe('M618,275.65h8m-4,0V231.37m-4,0h8');
  });
  it('one ending inside the range has no gap to show', () => {
    expect(line(at(52), 'gap')).toBeUndefined();
  });
  it('the range is drawn as a band from its top to its bottom, at least 1 px tall when the tolerance is tiny', () => {
    expect(line(at(52), 'reference-range')).toBe('M32,201.85H632V231.37H32Z');
    // 50 ± 0.1 is 0.59 px tall (50.1 at 216.32, 49.9 at 216.91): drawn 1 px tall from its top, 216.32 → 217.32.
    expect(line(geo({ comparison: 'about', reference: { kind: 'range', value: 50, lo: 49.9, hi: 50.1 } }), 'reference-range')).toBe('M32,216.32H632V217.32H32Z');
  });
});

describe('geometry by hand: marks and their labels', () => {
  it('a milestone is a diamond 5.5 px to each corner, at its year\'s x: 60 by 2025 at (332, 187.1)', () => {
    // 2025 is 5 years × 58 px after 42 = 332; 60 at 376 − 64 × 2.9516 = 187.1; the top corner 5.5 above, 181.6.
    const g = geo({ milestones: [{ year: 2025, value: 60 }], target: { year: 2030, value: 40 }, reference: { kind: 'ceiling', value: 40 } });
    expect(marker(g, 'marker milestone')).toBe('M332,181.6l5.5,5.5l-5.5,5.5l-5.5,-5.5Z');
  });

  const peak = () => geo({
    kind: 'peak', comparison: null, deadline: 2028, peak: { year: 2024, value: 90, confirmed: false }, observed: series(2020, [80, 85, 88, 89, 90, 89]),
  });
  it('the peak\'s label is not written over its caret (which stands above the peak)', () => {
    const g = peak();
    // The peak (2024, 90) is at (274, 98.55); its caret spans 269…279 × 85.55…92.55.
    expect(marker(g, 'marker peak')).toBe('M269,85.55h10l-5,7Z');
    const label = g.labels.find((l) => l.text === 'Peak')!;
    expect(intersects(label.rect, { x0: 269, y0: 85.55, x1: 279, y1: 92.55 }, 0)).toBe(false);
  });
  it('blocked under the peak by a dot, the peak\'s label goes right of it, 2 px clear of the caret (not above-right, over it)', () => {
    // 2020–2100: 7.25 px a year. The peak (2040, 70) at (187, 157.58), its caret 182…192 × 144.58…151.58. Above and
    // the diagonals above would cover the caret; below (172.6…201.4 × 164.58…178.98) is within 2 px of the dot for 63
    // in 2042, at (201.5, 178.24). Right, 7 px from the peak, starts at 194: 2 px right of the caret.
    const g = geo({
      kind: 'peak', comparison: null, xExtent: [2020, 2100], peak: { year: 2040, value: 70, confirmed: false },
      observed: [...series(2040, [70]), ...series(2042, [63])],
    });
    expect(marker(g, 'marker peak')).toBe('M182,144.58h10l-5,7Z');
    expect(g.labels.find((l) => l.text === 'Peak')).toMatchObject({ anchor: 'start', rect: { x0: 194, y0: 150.38, x1: 222.8, y1: 164.78 } });
  });
  it('a milestone\'s label keeps off the target\'s ceiling line: 10 px under it, "above-left" would cross it, so "left"', () => {
    // Ceiling 40 in 2030 at y 246.13; a milestone at 2025 of 40 − 10 px (y 256.13, x 332). Above-left of it
    // (242.73…256.13 − 7) would straddle the line at 246.13; left of it (248.93…263.33) is clear of it by 1.3 px.
    const px = 124 / 366;
    const g = geo({ target: { year: 2030, value: 40 }, reference: { kind: 'ceiling', value: 40 }, milestones: [{ year: 2025, value: 40 - 10 * px }] });
    expect(line(g, 'reference-line ceiling')).toBe('M32,246.13H632');
    const label = g.labels.find((l) => l.text.startsWith('Milestone'))!;
    expect(label.anchor).toBe('end');
    expect(label.rect.y0).toBeGreaterThan(246.13);
  });
  it('the deadline\'s label keeps exactly 4 px from its dashed line (2028 at x = 506: the label ends at 502)', () => {
    const g = peak();
    expect(line(g, 'deadline')).toBe('M506,10V376');
    expect(g.labels.find((l) => l.text === 'Deadline')!.rect.x1).toBe(502);
  });

  describe('observation dots keep labels 2 px clear of a 4 px box around them (the dot is at most 3.5 px)', () => {
    // 2020–2060: 14.5 px a year. The baseline (2020, 100) at (42, 69.03); its label, first choice below-right, spans
    // 45.5…103.1 × 76.03…90.43. The observations skip a year, so no line joins them (lines are soft obstacles).
    const labelAt = (year: number, value: number, xExtent: [number, number] = [2020, 2060]) => {
      const g = geo({ xExtent, baseline: { year: 2020, value: 100 }, observed: [...series(2020, [100]), ...series(year, [value])] });
      return g.labels.find((l) => l.text === 'Baseline')!.rect;
    };
    it('a dot 6.6 px under the label (its box 2.6 px under) leaves it below-right', () => {
      // 90.5 in 2022: (71, 97.07), its box from 93.07, 2.64 px under the label's bottom.
      expect(labelAt(2022, 90.5).y0).toBe(76.03);
    });
    it('a dot whose box reaches into the label from above sends it above-right', () => {
      // 98.6 in 2022: (71, 73.16), its box down to 77.16, over the label's top (76.03).
      expect(labelAt(2022, 98.6)).toEqual({ x0: 45.5, y0: 47.63, x1: 103.1, y1: 62.03 });
    });
    it('a dot whose box starts 1.2 px right of the label\'s end sends it above-right', () => {
      // 2020–2055: 16.57 px a year; 95 in 2024 is at (108.29, 83.79), its box from 104.29.
      expect(labelAt(2024, 95, [2020, 2055]).y0).toBe(47.63);
    });
  });
});
