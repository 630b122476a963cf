/**
 * SVG path strings for the trajectory's lines and band, drawn with d3-shape (maths only: the
 * strings go into Lit templates). Coordinates are rounded to 2 decimals before d3-shape writes them.
 *
 * A year without an observation is a gap in the line: `line().defined()` breaks the path there,
 * so the line never pretends to know the missing years.
 */
import { area, line } from 'd3-shape';
import type { YearValue } from '../format/types.js';

export type Scale = (v: number) => number;

/** Rounds a pixel coordinate to 2 decimals (d3-shape would write 3). */
const r2 = (v: number) => Math.round(v * 100) / 100;

export interface MaybePoint {
  readonly year: number;
  readonly value: number | null;
}

/** Every year from the first to the last observation, null where the series has no value. */
export function withGaps(points: readonly YearValue[]): MaybePoint[] {
  if (points.length === 0) return [];
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const first = points[0]!.year;
  const last = points[points.length - 1]!.year;
  const out: MaybePoint[] = [];
  for (let year = first; year <= last; year++) out.push({ year, value: byYear.get(year) ?? null });
  return out;
}

/** The years missing inside a series, as ranges ("1999–2001"). */
export function gapRanges(points: readonly YearValue[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!.year;
    const b = points[i]!.year;
    if (b - a > 1) out.push([a + 1, b - 1]);
  }
  return out;
}

/** A line through the points, broken wherever `value` is null (or not finite). */
export function linePath(points: readonly MaybePoint[], x: Scale, y: Scale): string {
  const gen = line<MaybePoint>()
    .defined((d) => d.value !== null && Number.isFinite(d.value))
    .x((d) => r2(x(d.year)))
    .y((d) => r2(y(d.value as number)));
  return gen(points as MaybePoint[]) ?? '';
}

/** The band between `lo` and `hi` along the years. */
export function bandPath(points: readonly { year: number; lo: number; hi: number }[], x: Scale, y: Scale): string {
  if (points.length < 2) return '';
  const gen = area<{ year: number; lo: number; hi: number }>()
    .defined((d) => Number.isFinite(d.lo) && Number.isFinite(d.hi))
    .x((d) => r2(x(d.year)))
    .y0((d) => r2(y(d.lo)))
    .y1((d) => r2(y(d.hi)));
  return gen(points as { year: number; lo: number; hi: number }[]) ?? '';
}
