/**
 * Geometry for the sectors panel: pure functions from shares (0 = baseline, 1 = target) on the
 * shared domain to horizontal positions in PERCENT of the chart column, so every row's SVG
 * stretches with its column (no re-layout on resize) and all rows share one x scale. Vertical
 * positions are in pixels inside a fixed-height row chart. Small shapes (arrow heads, overflow
 * chevrons, the peak diamond) are path strings drawn around (0, mid) and placed at an x percentage
 * by the element. No DOM.
 */
import { scaleLinear } from '../scale/linear.js';

export type SectorsLayout = 'bars' | 'dots';
export const LAYOUTS: readonly SectorsLayout[] = ['bars', 'dots'];

/** Height of one row's chart, in CSS pixels. */
export const ROW_CHART_HEIGHT = 24;
const MID = ROW_CHART_HEIGHT / 2;
const BAR_HEIGHT = 12;

export interface RowShares {
  readonly progress: number | null;
  readonly expected: number | null;
  readonly milestones: readonly number[];
  /** Peak targets: `expected` is the projected peak year, drawn as a diamond. */
  readonly peak: boolean;
}

export type Overflow = 'above' | 'below' | null;

export interface RowMark {
  readonly kind: 'baseline' | 'target' | 'expected' | 'milestone' | 'peak';
  readonly share: number;
  /** Percent of the chart width. */
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
  /** The share lay beyond the drawn scale and was pinned to its edge. */
  readonly clamped: Overflow;
  /** For shapes (peak diamond, pinned marks): a path around (0, 0), translated to (x%, mid). */
  readonly shape: string | null;
  /** A tick that crosses the progress fill or line gets a halo in the background colour, so it stays legible there. */
  readonly halo: boolean;
}

export interface RowGeometry {
  readonly layout: SectorsLayout;
  readonly height: number;
  readonly mid: number;
  readonly domain: readonly [number, number];
  /** The background track across the whole domain (bars: a band; dots: a hairline). Percent. */
  readonly track: { readonly x: number; readonly width: number; readonly y: number; readonly height: number };
  /** Bars: the filled part from the baseline to the latest value. Percent. */
  readonly fill: { readonly x: number; readonly width: number; readonly y: number; readonly height: number } | null;
  /** Dots: the line from the baseline (x1) to the latest value (x2). Percent. */
  readonly line: { readonly x1: number; readonly x2: number } | null;
  /** Dots: the dot at the baseline. Percent. */
  readonly origin: number | null;
  /** Dots: the arrow head at the latest value, a path whose tip is at (0, 0). */
  readonly head: { readonly x: number; readonly path: string } | null;
  /** Where the latest value lies beyond the scale: a chevron drawn just outside the edge. */
  readonly overflow: { readonly side: 'above' | 'below'; readonly x: number; readonly path: string } | null;
  readonly marks: readonly RowMark[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The percent scale for a domain (clamped: values beyond are pinned at the edge). */
export function percentScale(domain: readonly [number, number]) {
  return scaleLinear().domain([domain[0], domain[1]]).range([0, 100]).clamp(true);
}

function overflowOf(v: number, domain: readonly [number, number]): Overflow {
  if (v > domain[1] + 1e-9) return 'above';
  if (v < domain[0] - 1e-9) return 'below';
  return null;
}

// Shapes drawn around (0, 0).
export const SHAPES = {
  headRight: 'M-8,-5L0,0L-8,5Z',
  headLeft: 'M8,-5L0,0L8,5Z',
  chevronsRight: 'M3,-5L8,0L3,5M8,-5L13,0L8,5',
  chevronsLeft: 'M-3,-5L-8,0L-3,5M-8,-5L-13,0L-8,5',
  diamond: 'M0,-6L5,0L0,6L-5,0Z',
  /** A notch above the bar, pointing down at the milestone. */
  milestone: 'M-4,-11.5L4,-11.5L0,-6.5Z',
  pinRight: 'M1,-6L8,0L1,6Z',
  pinLeft: 'M-1,-6L-8,0L-1,6Z',
} as const;

/** One row's chart on the shared domain. */
export function rowGeometry(layout: SectorsLayout, domain: readonly [number, number], shares: RowShares): RowGeometry {
  const x = percentScale(domain);
  const px = (v: number) => round(x(v));
  const p = shares.progress !== null && isFinite(shares.progress) ? shares.progress : null;
  const side = p === null ? null : overflowOf(p, domain);
  const bars = layout === 'bars';
  const dots = p !== null && !bars;
  const x0 = px(0);
  const x1 = px(p ?? 0);
  // The span the fill (bars) or the line and arrow head (dots) covers, with a little room either side.
  const lo = Math.min(x0, x1) - 2;
  const hi = Math.max(x0, x1) + 2;
  const mark = (kind: RowMark['kind'], share: number, reach: number): RowMark => {
    const clamped = overflowOf(share, domain);
    const shape = clamped
      ? clamped === 'above' ? SHAPES.pinRight : SHAPES.pinLeft
      : kind === 'peak' ? SHAPES.diamond : kind === 'milestone' ? SHAPES.milestone : null;
    const x = px(share);
    const halo = !shape && kind !== 'baseline' && p !== null && x >= lo && x <= hi;
    return { kind, share, x, y1: MID - reach, y2: MID + reach, clamped, shape, halo };
  };
  const half = BAR_HEIGHT / 2;
  const marks = [mark('baseline', 0, half + 2), ...shares.milestones.filter(isFinite).map((s) => mark('milestone', s, half)), mark('target', 1, half + 5)];
  const e = shares.expected;
  if (e !== null && isFinite(e)) marks.push(mark(shares.peak ? 'peak' : 'expected', e, half + 4));
  return {
    layout, height: ROW_CHART_HEIGHT, mid: MID, domain,
    track: bars ? { x: 0, width: 100, y: MID - half, height: BAR_HEIGHT } : { x: 0, width: 100, y: MID - 0.5, height: 1 },
    fill: p !== null && bars ? { x: Math.min(x0, x1), width: round(Math.abs(x1 - x0)), y: MID - half, height: BAR_HEIGHT } : null,
    line: dots ? { x1: x0, x2: x1 } : null,
    origin: dots ? x0 : null,
    // No arrow for no movement: the dot alone says "still at the baseline".
    head: dots && p ? { x: x1, path: p > 0 ? SHAPES.headRight : SHAPES.headLeft } : null,
    overflow: side && { side, x: side === 'above' ? 100 : 0, path: side === 'above' ? SHAPES.chevronsRight : SHAPES.chevronsLeft },
    marks,
  };
}

export interface AxisTick {
  readonly share: number;
  /** Percent of the chart width. */
  readonly x: number;
  /** How the label sits on the tick: centred, or flush with the chart's edge. */
  readonly align: 'start' | 'center' | 'end';
  /**
   * For an edge label close to 0% or 100%: its distance from that tick in percent of the chart
   * width. The label needs 52 CSS pixels there (half of one label, a whole other, a gap), so the
   * stylesheet hides it in columns narrower than 5200 ÷ gap pixels: no re-render when the width
   * changes. Null: always shown.
   */
  readonly gap: number | null;
}

/**
 * Labelled ticks for the shared axis: always 0 (baseline) and 1 (target); the domain's ends too
 * when they differ from those and lie at least `minGap` percent from them. An end closer than
 * `always` percent carries its `gap`, and shows only where the column leaves it room (see AxisTick).
 */
export function axisTicks(domain: readonly [number, number], minGap = 12, always = 45): AxisTick[] {
  const x = percentScale(domain);
  // A label at the very edge sits flush with it (a centred one would hang outside the column).
  const tick = (share: number, gap: number | null = null): AxisTick => {
    const at = round(x(share));
    return { share, x: at, align: at <= 0 ? 'start' : at >= 100 ? 'end' : 'center', gap };
  };
  const ticks = [tick(0), tick(1)];
  const gapOf = (v: number) => Math.min(...ticks.map((t) => Math.abs(x(v) - t.x)));
  const end = (v: number) => {
    const gap = round(gapOf(v));
    return gap >= minGap ? [tick(v, gap < always ? gap : null)] : [];
  };
  return [...(domain[0] < 0 ? end(domain[0]) : []), ...ticks, ...(domain[1] > 1 ? end(domain[1]) : [])];
}
