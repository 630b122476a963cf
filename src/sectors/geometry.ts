/**
 * Geometry for the sectors panel: pure functions from shares (0 = baseline, 1 = target) on the
 * shared domain to horizontal positions in PERCENT of the chart column, so every row's SVG
 * stretches with its column (no re-layout on resize) and all rows share one x scale. Vertical
 * positions are in pixels inside a fixed-height row chart. Small shapes (arrow heads, overflow
 * chevrons, the peak diamond) are path strings drawn around (0, mid) and placed at an x percentage
 * by the element. No DOM.
 */
import { r2 } from '../scale/round.js';

export type SectorsLayout = 'bars' | 'dots';
export const LAYOUTS: readonly SectorsLayout[] = ['bars', 'dots'];

/** Height of one row's chart, in CSS pixels; marks are centred on its middle. */
export const ROW_CHART_HEIGHT = 24;
const MID = ROW_CHART_HEIGHT / 2;
/** Half the bar's height (the bar is 12px, centred on the middle). */
const HALF_BAR = 6;

export interface RowShares {
  readonly progress: number | null;
  readonly expected: number | null;
  readonly milestones: readonly number[];
  /** Peak targets: `expected` is the projected peak year, drawn as a diamond. */
  readonly peak: boolean;
  /** "About" targets: the accepted range as shares (drawn as a band, the latest value as a dot: see progress/shares.ts). */
  readonly band?: readonly [number, number];
}

export type Overflow = 'above' | 'below' | null;

export interface RowMark {
  readonly kind: 'baseline' | 'target' | 'expected' | 'milestone' | 'peak';
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

/**
 * One row's chart. The background track is the chart's CSS background (bars: a 12px band;
 * dots: a hairline), and the bar's vertical extent is fixed (12px around the middle), so only
 * horizontal positions vary.
 */
export interface RowGeometry {
  /**
   * Bars: the filled part from the baseline to the latest value. Percent. `back`: the value has gone
   * the wrong way (below the baseline's 0): hatched, as in the gauge, so lost ground does not read as progress.
   */
  readonly fill: { readonly x: number; readonly width: number; readonly back: boolean } | null;
  /** Dots: the line from the baseline (x1, where the dot is) to the latest value (x2). Percent. */
  readonly line: { readonly x1: number; readonly x2: number } | null;
  /** Dots: the arrow head at the latest value (line.x2), a path whose tip is at (0, 0). */
  readonly head: string | null;
  /** Where the latest value lies beyond the scale: a chevron drawn just outside the edge. */
  readonly overflow: { readonly side: 'above' | 'below'; readonly x: number; readonly path: string } | null;
  readonly marks: readonly RowMark[];
  /** "About" targets: the range (percent, clipped to the scale) and the latest value as a dot at `dot` percent. */
  readonly band: { readonly x: number; readonly width: number } | null;
  readonly dot: number | null;
}

/** The percent scale for a domain (clamped: values beyond are pinned at the edge). */
export function percentScale([lo, hi]: readonly [number, number]): (v: number) => number {
  return (v) => Math.max(0, Math.min(100, ((v - lo) / (hi - lo)) * 100));
}

const overflowOf = (v: number, [lo, hi]: readonly [number, number]): Overflow =>
  v > hi + 1e-9 ? 'above' : v < lo - 1e-9 ? 'below' : null;

// Shapes drawn around (0, 0).
export const HEAD_RIGHT = 'M-8,-5L0,0L-8,5Z';
export const HEAD_LEFT = 'M8,-5L0,0L8,5Z';
export const CHEVRONS_RIGHT = 'M3,-5L8,0L3,5M8,-5L13,0L8,5';
export const CHEVRONS_LEFT = 'M-3,-5L-8,0L-3,5M-8,-5L-13,0L-8,5';
export const DIAMOND = 'M0,-6L5,0L0,6L-5,0Z';
/** A notch above the bar, pointing down at the milestone. */
export const MILESTONE = 'M-4,-11.5L4,-11.5L0,-6.5Z';
/**
 * A mark beyond the scale, pinned just past its end: 4 px out, so a 2 px gap keeps it clear of a tick there (the target's
 * is 3.5 px wide, the baseline's 2): alone, a peak row's scale ends at its target, and the pin sat on its tick.
 */
export const PIN_RIGHT = 'M4,-6L11,0L4,6Z';
const PIN_LEFT = 'M-4,-6L-11,0L-4,6Z';

/** One row's chart on the shared domain. */
export function rowGeometry(layout: SectorsLayout, domain: readonly [number, number], shares: RowShares): RowGeometry {
  const x = percentScale(domain);
  const px = (v: number) => r2(x(v));
  const p = shares.progress !== null && isFinite(shares.progress) ? shares.progress : null;
  const side = p === null ? null : overflowOf(p, domain);
  const band = shares.band;
  const x0 = px(0);
  // With a band there is no fill or line: nothing to keep the ticks' halo clear of.
  const x1 = band ? x0 : px(p ?? 0);
  // The span the fill (bars) or the line and arrow head (dots) covers, with a little room either side.
  const lo = Math.min(x0, x1);
  const hi = Math.max(x0, x1);
  const mark = (kind: RowMark['kind'], share: number, reach: number): RowMark => {
    const clamped = overflowOf(share, domain);
    const shape = clamped
      ? clamped === 'above' ? PIN_RIGHT : PIN_LEFT
      : kind === 'peak' ? DIAMOND : kind === 'milestone' ? MILESTONE : null;
    const at = px(share);
    const halo = !shape && kind !== 'baseline' && p !== null && at >= lo - 2 && at <= hi + 2;
    return { kind, x: at, y1: MID - reach, y2: MID + reach, clamped, shape, halo };
  };
  const marks = [mark('baseline', 0, HALF_BAR + 2), ...shares.milestones.filter(isFinite).map((s) => mark('milestone', s, HALF_BAR)), mark('target', 1, HALF_BAR + 5)];
  const e = shares.expected;
  // Infinity: a peak not in sight, pinned past the scale's end.
  if (e !== null && !Number.isNaN(e)) marks.push(mark(shares.peak ? 'peak' : 'expected', e, HALF_BAR + 4));
  const dots = p !== null && layout === 'dots' && !band;
  return {
    fill: p !== null && !dots && !band ? { x: lo, width: r2(hi - lo), back: p < 0 } : null,
    line: dots ? { x1: x0, x2: x1 } : null,
    // No arrow for no movement: the dot alone says "still at the baseline".
    head: dots && p ? (p > 0 ? HEAD_RIGHT : HEAD_LEFT) : null,
    overflow: side && (side === 'above' ? { side, x: 100, path: CHEVRONS_RIGHT } : { side, x: 0, path: CHEVRONS_LEFT }),
    marks,
    band: band ? { x: px(band[0]), width: r2(px(band[1]) - px(band[0])) } : null,
    dot: band && p !== null ? px(p) : null,
  };
}

/** What the legend keys: the marks drawn, and where the hatch of a bar gone the wrong way is defined. */
export interface LegendKeys {
  /** A fill or line that is progress (a peak's fill is time, with a key of its own). */
  readonly progress: boolean;
  /** A "due by the latest data" tick. */
  readonly due: boolean;
  /** A target range, the latest value as a dot. */
  readonly band: boolean;
  /** A value past the scale's end. */
  readonly overflow: boolean;
  /** A peak row's ◆ (its peak year on the scale), and its ▶ (a peak year past the scale's end). */
  readonly peakYear: boolean;
  readonly peakLate: boolean;
  /** The first row whose bar went the wrong way, which defines the hatch (ids are per shadow root); −1 for none. */
  readonly hatchIn: number;
}

/**
 * The legend's keys for the rows' charts (both in row order): keys for the marks drawn only, so a panel of targets
 * without data lists neither progress nor a due tick.
 */
export function legendKeys(charts: readonly RowGeometry[], rows: readonly Pick<RowShares, 'peak'>[]): LegendKeys {
  return {
    progress: charts.some((g, i) => (g.fill || g.line) && !rows[i]!.peak),
    due: charts.some((g) => g.marks.some((m) => m.kind === 'expected')),
    band: charts.some((g) => g.band),
    overflow: charts.some((g) => g.overflow),
    // The China panel's one peak is projected past the scale: its legend keyed a ◆ that no row drew.
    peakYear: charts.some((g) => g.marks.some((m) => m.kind === 'peak' && !m.clamped)),
    peakLate: charts.some((g) => g.marks.some((m) => m.kind === 'peak' && m.clamped === 'above')),
    hatchIn: charts.findIndex((g) => g.fill?.back),
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
   * width. The label needs 4.75 em of its text there (half of one label, a whole other, a gap), so
   * the stylesheet hides it in columns narrower than that ÷ gap: no re-render when the width
   * changes. Null: always shown.
   */
  readonly gap: number | null;
}

/**
 * Labelled ticks for the shared axis: always 0 (baseline) and 1 (target); the domain's ends too
 * when they differ from those and lie at least 12 percent from them. An end closer than
 * 45 percent carries its `gap`, and shows only where the column leaves it room (see AxisTick).
 */
export function axisTicks(domain: readonly [number, number]): AxisTick[] {
  const x = percentScale(domain);
  // A label at the very edge sits flush with it (a centred one would hang outside the column).
  const tick = (share: number, gap: number | null = null): AxisTick => {
    const at = r2(x(share));
    return { share, x: at, align: at <= 0 ? 'start' : at >= 100 ? 'end' : 'center', gap };
  };
  const ticks = [tick(0), tick(1)];
  const gapOf = (v: number) => Math.min(...ticks.map((t) => Math.abs(x(v) - t.x)));
  const end = (v: number) => {
    const gap = r2(gapOf(v));
    return gap >= 12 ? [tick(v, gap < 45 ? gap : null)] : [];
  };
  return [...(domain[0] < 0 ? end(domain[0]) : []), ...ticks, ...(domain[1] > 1 ? end(domain[1]) : [])];
}
