/**
 * SVG path strings for the trajectory's lines and band (maths only: the strings go into Lit
 * templates). Coordinates are rounded to 2 decimals. Written by hand rather than with d3-shape's
 * line/area: the same strings (d3's "M…L…", an isolated point closed with "Z") for ~2 KB less.
 *
 * A year without an observation is a gap in the line: the path breaks there (a new "M"),
 * so the line never pretends to know the missing years.
 */
import type { YearValue } from '../format/types.js';
import { r2 } from '../scale/round.js';

export type Scale = (v: number) => number;

export interface MaybePoint {
  readonly year: number;
  readonly value: number | null;
}

/** Every year from the first to the last observation, null where the series has no value. */
export function withGaps(points: readonly YearValue[]): MaybePoint[] {
  const out: MaybePoint[] = [];
  const first = points[0];
  if (first) {
    const byYear = new Map(points.map((p) => [p.year, p.value]));
    for (let year = first.year; year <= points[points.length - 1]!.year; year++) out.push({ year, value: byYear.get(year) ?? null });
  }
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

/**
 * The unbroken runs of a polyline in px: a point whose value is null (or not finite) ends a run.
 * Shared by the path strings and the labels' line obstacles.
 */
export function runs(points: readonly MaybePoint[], x: Scale, y: Scale): { x: number; y: number }[][] {
  const out: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] | null = null;
  for (const p of points) {
    if (p.value === null || !Number.isFinite(p.value)) run = null;
    else {
      if (!run) out.push((run = []));
      run.push({ x: r2(x(p.year)), y: r2(y(p.value)) });
    }
  }
  return out;
}

const join = (pts: readonly { x: number; y: number }[]) => pts.map((p) => `${p.x},${p.y}`).join('L');

/** A line through the points, broken wherever `value` is null (or not finite). */
export function linePath(points: readonly MaybePoint[], x: Scale, y: Scale): string {
  return runs(points, x, y)
    .map((r) => `M${join(r)}${r.length < 2 ? 'Z' : ''}`)
    .join('');
}

/** The band between `lo` and `hi` along the years: along the upper edge, back along the lower. */
export function bandPath(points: readonly { year: number; lo: number; hi: number }[], x: Scale, y: Scale): string {
  const ok = points.filter((p) => Number.isFinite(p.lo) && Number.isFinite(p.hi));
  const edge = (k: 'lo' | 'hi') => ok.map((p) => `${r2(x(p.year))},${r2(y(p[k]))}`);
  return ok.length < 2 ? '' : `M${edge('hi').join('L')}L${edge('lo').reverse().join('L')}Z`;
}
