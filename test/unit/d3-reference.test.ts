/**
 * The gauge arc and the trajectory's line and band are written by hand to save ~4.5 KB gzip
 * (d3-shape + d3-path). These tests hold them to d3-shape's own output, number for number, so
 * the hand-written versions cannot drift. d3-shape is a dev dependency only.
 */
import { arc, area, line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { gaugeGeometry } from '../../src/gauge/geometry.js';
import { bandPath, linePath, withGaps } from '../../src/trajectory/paths.js';

/** The numbers in a path string, and its command letters, for a tolerant comparison. */
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/g;
const parse = (d: string) => ({ cmds: d.replace(NUMBER, '').replace(/[^A-Za-z]/g, ''), nums: (d.match(NUMBER) ?? []).map(Number) });
function expectSamePath(ours: string, ref: string, tolerance: number) {
  const a = parse(ours);
  const b = parse(ref);
  expect(a.cmds).toBe(b.cmds);
  expect(a.nums.length).toBe(b.nums.length);
  a.nums.forEach((n, i) => expect(Math.abs(n - b.nums[i]!)).toBeLessThanOrEqual(tolerance));
}

describe('gauge arc = d3-shape arc()', () => {
  it.each([
    [320, 0.5, 0.6],
    [800, 1.2, 0.4],
    [240, -0.3, 0.1],
    [600, 0.999, 1],
  ])('width %d, progress %d', (width, progress, expected) => {
    const g = gaugeGeometry({ variant: 'arc', width, progress, expected });
    const r = Math.max(60, Math.min(140, width / 2 - 6));
    const thickness = Math.max(12, Math.round(r * 0.2));
    const ring = arc<{ a0: number; a1: number }>().innerRadius(r - thickness).outerRadius(r).startAngle((d) => d.a0).endAngle((d) => d.a1);
    expectSamePath(g.track, ring({ a0: -Math.PI / 2, a1: Math.PI / 2 })!, 1e-3);
    const [lo, hi] = g.domain;
    const angle = (s: number) => -Math.PI / 2 + ((Math.min(hi, Math.max(lo, s)) - lo) / (hi - lo)) * Math.PI;
    const a1 = Math.max(angle(0), angle(progress));
    let a0 = Math.min(angle(0), angle(progress));
    let fill = g.fill;
    if (progress < 0) {
      // Gone backwards, the fill ends in a point (its own test is in geometry.test.ts): the ring is d3's up to where
      // the point starts, half the track's thickness on the mid radius from the value's angle.
      a0 += Math.min(a1 - a0, thickness / (2 * r - thickness));
      fill = fill.replace(/L[^L]*Z$/, 'Z');
    }
    expectSamePath(fill, ring({ a0, a1 })!, 1e-3);
  });
});

describe('trajectory line and band = d3-shape line() and area()', () => {
  const x = (year: number) => (year - 2000) * 10;
  const y = (v: number) => 300 - v * 2;
  const series = [
    { year: 2015, value: 100 },
    { year: 2016, value: 97.5 },
    { year: 2017, value: 96.1 },
    { year: 2019, value: 93 }, // 2018 missing: a gap
    { year: 2020, value: 92.2 },
    { year: 2022, value: 90 }, // an isolated point after another gap
  ];
  it('line with gaps', () => {
    const ref = line<{ year: number; value: number | null }>()
      .defined((d) => d.value !== null)
      .x((d) => x(d.year))
      .y((d) => y(d.value!));
    expectSamePath(linePath(withGaps(series), x, y), ref(withGaps(series))!, 0.006);
  });
  it('uncertainty band', () => {
    const band = [2023, 2024, 2025].map((year, i) => ({ year, lo: 88 - i * 2, hi: 88 + i }));
    const ref = area<{ year: number; lo: number; hi: number }>()
      .x((d) => x(d.year))
      .y0((d) => y(d.lo))
      .y1((d) => y(d.hi));
    expectSamePath(bandPath(band, x, y), ref(band)!, 0.006);
  });
});
