/**
 * Scales, ticks and sizes for the trajectory chart. Pure: no DOM, so text widths are estimated
 * (≈0.6 em per Latin character, 1 em per CJK character: generous for common fonts) and ticks are
 * thinned until their labels, so estimated, no longer collide.
 *
 * - x: years, integer ticks only, labelled without thousands separators ("2030").
 * - y: a nice linear scale; labels are numbers in the unit of the target's `ValueFormat` (in Chinese 万/亿
 *   folded into the unit: "50" under 亿吨, not "5,000" and "1万" under 百万吨; in English a million and more:
 *   "7" under "trillion USD", not "7,000,000,000,000").
 */
import { scaleLinear, type LinearScale } from '../scale/linear.js';
import type { ValueFormat } from '../i18n/format.js';
import { textWidth } from '../i18n/text-width.js';
import { r2 } from '../scale/round.js';

/**
 * Font size (CSS px) of the text drawn in the SVG at the default 16 px: the styles draw chart text at
 * 0.75 em (`CHART_EM`) of the element's font size, and the geometry is computed for that size.
 */
export const FONT_PX = 12;
/** Chart text size in em of the element's font size (the styles' `text{font-size:.75em}`). */
export const CHART_EM = 0.75;
/** Smallest free space between two x tick labels, in px. */
export const X_LABEL_GAP = 8;
/** Preferred distance between y ticks, px. */
const Y_TICK_PITCH = 60;
/** Smallest distance between two y tick labels' centres, in line heights. */
export const Y_LABEL_SPACING = 1.6;

/**
 * Height of the chart body for a body width: 16∶10 at wide widths, never below 220 px (so a
 * phone still gets a readable plot) nor above 560 px. Loading and ready states both use it, so
 * the chart's box does not move when the data arrive. The floor grows with text larger than 16 px
 * (440 px at 32 px, a reader's 200%): at 220 px a tooltip at large text was taller than the chart
 * and covered the pace line above it or the legend below.
 */
export function chartHeight(width: number, fontPx: number): number {
  const floor = 220 * Math.max(1, fontPx / 16);
  return Math.round(Math.min(Math.max(560, floor), Math.max(floor, (width * 10) / 16)));
}

export interface Tick {
  readonly value: number;
  /** Position along the axis in px, rounded to 2 decimals. */
  readonly pos: number;
  readonly label: string;
  /** Estimated label width in px. */
  readonly width: number;
}

/** Smallest distance between two x ticks, px: more would crowd the axis even where labels fit. */
const X_MIN_PITCH = 44;

/**
 * Whether x tick labels (centred on their positions) keep `gap` px apart, ticks keep `pitch` px
 * apart, and every label stays within `bounds`.
 */
export function xTicksFit(ticks: readonly Tick[], gap: number, bounds: readonly [number, number], pitch: number): boolean {
  for (let i = 0; i < ticks.length; i++) {
    const t = ticks[i]!;
    if (t.pos - t.width / 2 < bounds[0] || t.pos + t.width / 2 > bounds[1]) return false;
    const next = ticks[i + 1];
    if (next && (next.pos - next.width / 2 - (t.pos + t.width / 2) < gap || next.pos - t.pos < pitch)) return false;
  }
  return true;
}

/** Whether y tick labels (one line each, vertically centred) keep `spacing` px between centres. */
export function yTicksFit(ticks: readonly Tick[], spacing: number): boolean {
  for (let i = 1; i < ticks.length; i++) if (Math.abs(ticks[i]!.pos - ticks[i - 1]!.pos) < spacing) return false;
  return new Set(ticks.map((t) => t.label)).size === ticks.length;
}

/**
 * Year ticks for a scale: the most nice ticks (at least `X_MIN_PITCH` px apart) whose labels fit at `font` px, with the
 * domain's two ends labelled, the first year (where the chart starts: the baseline's square, or the first observation)
 * and the last (the target year or deadline, the one readers look for). In order, for each number of ticks:
 * - the nice ticks, if they run from end to end (1990, 2000, … 2030);
 * - the same step from the first year, if it lands on the last (2015, 2017, … 2025; 1990, 2010, 2030, 2050);
 * - both ends with the nice ticks between that are at least half a step from them, less the one next to an end where
 *   it crowds it (2019, 2025, 2032; 1960, 1980, 2000, 2024; 2015, 2018, 2020, … 2028): the round years a reader reads
 *   between, the ends they look for.
 * Failing all of these at any number, the two ends and one round year nearest the middle, the two ends alone, the last
 * year alone. Only whole years; the domain's ends are whole years (the data's).
 */
export function yearTicks(x: LinearScale, bounds: readonly [number, number], font: number): Tick[] {
  const [d0, d1] = x.domain();
  const [r0, r1] = x.range();
  const make = (values: number[]): Tick[] => values.map((value) => ({ value, pos: r2(x(value)), label: String(value), width: textWidth(String(value), font) }));
  // The gap between labels grows with the text (8 px at 12 px).
  const gap = (X_LABEL_GAP * font) / FONT_PX;
  const fits = (ticks: Tick[], pitch = X_MIN_PITCH, g = gap) => xTicksFit(ticks, g, bounds, pitch);
  let last: Tick[] = [];
  for (let count = Math.max(1, Math.min(d1 - d0, Math.floor((r1 - r0) / X_MIN_PITCH))); count >= 1; count--) {
    const values = x.ticks(count).filter(Number.isInteger);
    if (!values.length) continue;
    const ticks = make(values);
    last = ticks;
    if (!fits(ticks)) continue;
    if (values[0] === d0 && values[values.length - 1] === d1) return ticks;
    const step = values.length > 1 ? values[1]! - values[0]! : d1 - d0;
    if ((d1 - d0) % step === 0) {
      const from: number[] = [];
      for (let v = d0; v <= d1; v += step) from.push(v);
      const even = make(from);
      if (fits(even)) return even;
    }
    // The nice ticks between, less the one next to an end where it crowds it (2015, 2018, 2020, … 2028); the ends alone
    // only after every count (a coarser one may keep a tick between).
    const inner = values.filter((v) => (v - d0) * 2 >= step && (d1 - v) * 2 >= step);
    for (const [a, b] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
      const both = make([d0, ...inner.slice(a, inner.length - b), d1]);
      if (both.length > 2 && fits(both)) return both;
    }
  }
  // Fall back to the ends of the domain with one round year between, nearest the middle, where it fits (1990, 2020,
  // 2050, not 1990, 2050 where a third label fits), then the ends alone, then the last year only, then the last tick
  // tried (a label inside the plot may fit where one centred on its end does not).
  const ends = make([d0, d1]);
  for (const m of [10, 5, 2]) {
    const mid = Math.round((d0 + d1) / 2 / m) * m;
    const three = make([d0, mid, d1]);
    if (mid > d0 && mid < d1 && fits(three)) return three;
  }
  if (fits(ends, 0)) return ends;
  const end = ends.slice(1);
  return fits(end, 0, 0) ? end : last.slice(-1);
}

export interface ValueAxis {
  readonly y: LinearScale;
  readonly ticks: readonly Tick[];
}

/** Decimals that tell ticks `step` apart (0.5 → 1, 2 → 0, 0.025 → 3; at most 6). */
export function tickDigits(step: number): number {
  // Minus the step's decimal exponent, as d3-format's precisionFixed.
  return step > 0 && step < Infinity ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
}

/**
 * A nice y scale over `extent` mapped to [bottom, top] px (bottom below top), and its ticks (ascending): the most ticks (asking
 * d3 for one per `Y_TICK_PITCH` px) whose labels (at `font` px) keep `Y_LABEL_SPACING` lines apart and read differently.
 * The nice domain is cut back to `limits` where it runs past them.
 * Labels are `values.number`s, with the decimals that tell the ticks apart in its unit.
 */
export function valueAxis(
  extent: readonly [number, number],
  bottom: number,
  top: number,
  values: Pick<ValueFormat, 'factor' | 'number'>,
  font: number,
  limits: readonly [number, number],
): ValueAxis {
  let [lo, hi] = extent;
  // One value, or values too close for ticks to tell apart (a billionth of their size, or a span
  // below 1e-100, where d3's tick steps underflow to NaN): show them in the middle of a sensible
  // range (the extent is always finite; a quarter of a positive value either side never reaches below zero).
  if (!(hi - lo > Math.max(Math.abs(lo) * 1e-9, Math.abs(hi) * 1e-9, 1e-100))) {
    const pad = Math.abs(lo) > 1e-100 ? Math.abs(lo) * 0.25 : 1;
    [lo, hi] = [lo - pad, lo + pad];
  }
  // About one tick per 60 px (at least four): enough to read values off, few enough to stay calm.
  let axis: ValueAxis | undefined;
  for (let count = Math.max(4, Math.floor((bottom - top) / Y_TICK_PITCH)); count >= 1; count--) {
    const y = scaleLinear([lo, hi], [bottom, top]).nice(count);
    const [n0, n1] = y.domain();
    y.domain([Math.max(n0, limits[0]), Math.min(n1, limits[1])]);
    const ticks = y.ticks(count);
    // d3's nice() runs away on some tiny extents (count 1 on [−4e-17, 1.04e-15] gives ±1e308 and a NaN tick): skip those.
    if (!ticks.every(Number.isFinite)) continue;
    const digits = tickDigits((ticks.length > 1 ? ticks[1]! - ticks[0]! : hi - lo) * values.factor);
    axis = {
      y,
      ticks: ticks.map((value) => {
        // Every label with the step's decimals ("1.8, 2.0, 2.2", not "1.8, 2, 2.2"): the formatter drops trailing zeros.
        const text = values.number(value || 0, digits);
        const [whole, frac = ''] = text.split('.');
        const label = digits && /\d$/.test(text) ? `${whole}.${frac.padEnd(digits, '0')}` : text;
        return { value, pos: r2(y(value)), label, width: textWidth(label, font) };
      }),
    };
    if (yTicksFit(axis.ticks, font * Y_LABEL_SPACING)) return axis;
  }
  return axis ? { y: axis.y, ticks: axis.ticks.slice(0, 1) } : { y: scaleLinear([lo, hi], [bottom, top]), ticks: [] };
}
