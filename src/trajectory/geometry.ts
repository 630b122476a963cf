/**
 * Trajectory geometry: from the data model and a size to every pixel the chart draws: axes and
 * ticks, path strings, marks and their collision-free labels. Pure; measured by a perf test
 * (a 60-year series must take well under a frame).
 *
 * Every static mark (lines, band, reference, deadline, baseline, target, milestones, peak) comes
 * out as an SVG path `[class, d]`, in drawing order, so the element templates them with one loop.
 */
import type { ValueFormat } from '../i18n/format.js';
import { scaleLinear } from '../scale/linear.js';
import { lineObstacles, placeLabels, type LabelPosition, type LabelRequest, type PlacedLabel, type Rect } from './labels.js';
import type { TrajectoryModel } from './model.js';
import { bandPath, linePath, runs, withGaps } from './paths.js';
import { r2 } from '../scale/round.js';
import { textWidth } from '../i18n/text-width.js';
import { valueAxis, yearTicks, type Tick } from './scales.js';

export interface LabelTexts {
  readonly baseline: string;
  readonly target: string;
  readonly milestone: (value: number) => string;
  readonly deadline: string;
  readonly peak: string;
}

export interface GeometryInput {
  readonly model: TrajectoryModel;
  /** Whole CSS pixels, as trajectoryView passes them (at least 160 × 220). */
  readonly width: number;
  readonly height: number;
  /** How the y labels write values (the target's `targetValues`). */
  readonly values: ValueFormat;
  readonly labels: LabelTexts;
  /** Size of the chart's text in px (tick and direct labels; 0.75 of the element's font size): widths, margins and labels are computed for it. */
  readonly font: number;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface PointGeometry extends XY {
  readonly hollow: boolean;
}

/** One static mark: its CSS class and SVG path data. */
export type Mark = readonly [cls: string, d: string];

/** A tick's label: its text and the point of its baseline (x the centre for years, the right end for values). */
export interface TickLabel {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

export interface TrajectoryGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area (inside the axes). */
  readonly plot: Rect;
  readonly xTicks: readonly Tick[];
  /** Empty when there is no value to scale (a peak target without data). */
  readonly yTicks: readonly Tick[];
  /**
   * Where the ticks' labels are written: years centred under the plot, a line's height below it with 4 px clear;
   * values right-aligned 6 px left of it, their middle on the tick (a baseline 0.32 em below it).
   */
  readonly tickLabels: { readonly x: readonly TickLabel[]; readonly y: readonly TickLabel[] };
  /** Grid lines and the x axis, drawn under everything. */
  readonly grid: readonly Mark[];
  /** Reference, deadline, band, required path, projection, series and gap: clipped to the plot. */
  readonly lines: readonly Mark[];
  /** Baseline, milestones, target and peak: drawn over the lines. */
  readonly markers: readonly Mark[];
  /** The projection's and the band's paths ('' without one), also in `lines`: the legend keys what is drawn. */
  readonly projection: string;
  readonly band: string;
  readonly points: readonly PointGeometry[];
  /** Radius of the observation dots: smaller when years are close together (2–3.5 px). */
  readonly pointRadius: number;
  readonly labels: readonly PlacedLabel[];
}

/** Margins around the plot, px: top, right (the bottom one, 2 em, holds the x labels; the left one fits the y labels). */
const TOP = 10;
const RIGHT = 8;
/** Marks at the first and last year keep this far from the y labels and the edge, px. */
const X_INSET = 10;

/** A circle as path data. */
export const ring = (x: number, y: number, r: number) => `M${r2(x - r)},${y}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
/** A square centred on (x, y), `r` from its centre to each side (the baseline marker). */
export const square = (x: number, y: number, r: number) => `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
/** A diamond centred on (x, y), `r` from its centre to each corner (a milestone). */
export const diamond = (x: number, y: number, r: number) => `M${x},${r2(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`;
/** A downward caret whose tip is 6 px above (x, y) (the peak). */
export const caret = (x: number, y: number) => `M${x - 5},${y - 13}h10l-5,7Z`;

export function trajectoryGeometry(input: GeometryInput): TrajectoryGeometry {
  const { model, labels, font } = input;
  // Whole pixels, at least 160 wide (trajectoryView rounds and clamps them).
  const { width, height } = input;
  // Room for half the top y label, and a line and a half under the plot for the x labels (24 px at 12 px).
  const top = Math.max(TOP, Math.round(font * 0.5));
  const bottom = height - Math.round(font * 2);

  // y first: its labels decide the left margin.
  const base = model.yExtent;
  let extent = base;
  let limits: [number, number] = [-Infinity, Infinity];
  if (base) {
    // A projection widens the axis by at most twice the span of everything else, its band by half of the result, so a
    // runaway projection (a fast early rise compounded to the target year) or a wild band cannot squash the data
    // into a sliver; what lies beyond is clipped to the plot, and the pace line still states the value.
    const widen = ([lo, hi]: readonly [number, number], by: readonly [number, number] | null, share: number): [number, number] => {
      const span = Math.max(hi - lo, Math.abs(hi) * 0.1, 1e-9) * share;
      return by ? [Math.min(lo, Math.max(by[0], lo - span)), Math.max(hi, Math.min(by[1], hi + span))] : [lo, hi];
    };
    extent = widen(widen(base, model.projectionExtent, 2), model.bandExtent, 0.5);
  }
  if (extent && extent[1] > extent[0]) {
    // A little air above and below the data.
    const pad = (extent[1] - extent[0]) * 0.04;
    extent = [model.includeZero && extent[0] >= 0 ? Math.max(0, extent[0] - pad) : extent[0] - pad, extent[1] + pad];
    // Values all ≥ 0 (or all ≤ 0): the axis goes past zero by that air at most, not on to a nice tick beyond it
    // (−2,000 under emissions heading for a net-zero target put the target a fifth of the way up at 320 px).
    limits = [base![0] >= 0 ? Math.min(0, extent[0]) : -Infinity, base![1] <= 0 ? Math.max(0, extent[1]) : Infinity];
  }
  const axis = valueAxis(extent ?? [0, 1], bottom, top, input.values, font, limits);
  // A projection can run far off the axis (or overflow to Infinity: a compound rate between a tiny
  // and a huge value). Lines are clipped to the plot, so a coordinate is held within a plot's height
  // or two beyond it: finite, never NaN, and still drawn leaving the plot.
  const y = (v: number) => {
    const px = axis.y(v);
    return px > top - 2 * height ? (px < bottom + 2 * height ? px : bottom + 2 * height) : top - 2 * height;
  };
  const yTicks = extent ? axis.ticks : [];
  const left = Math.max(4, Math.ceil(Math.max(0, ...yTicks.map((t) => t.width)) + 10));
  const right = width - RIGHT;

  // The goal's year (or deadline, or last allowance) is always after the baseline's (validate()), so the extent spans a year at least.
  // Half a year's label keeps clear of the y labels (6 px left of the plot; the lowest reaches half a line below it, into
  // the year labels' row) and within the right edge. Taken at 1.3 em (4 digits at 0.65 em), not the width estimate's
  // 2.4 em: DejaVu Sans, Chromium's system-ui on Linux, draws digits 0.636 em wide, and at 200% text "2020" ran 1.5 px
  // into "80" and "2025" 1.5 px past the chart's edge. (At 12 px the 10 px inset is the larger, as before.)
  const inset = (margin: number) => Math.max(X_INSET, Math.ceil(1.3 * font) - margin);
  const x = scaleLinear(model.xExtent, [left + inset(6), right - inset(RIGHT)]);
  const xTicks = yearTicks(x, [0, width], font);

  const X = (year: number) => r2(x(year));
  const Y = (value: number) => r2(y(value));
  const at = (p: { year: number; value: number } | null): XY | null => p && { x: X(p.year), y: Y(p.value) };
  const plot: Rect = { x0: left, y0: top, x1: right, y1: bottom };
  const hline = (yy: number) => `M${left},${yy}H${right}`;

  const points = model.observed.map((o) => ({ x: X(o.year), y: Y(o.value), hollow: o.hollow }));
  // One year in px.
  const pointRadius = r2(Math.max(2, Math.min(3.5, (x(model.xExtent[0] + 1) - x(model.xExtent[0])) * 0.38)));
  const observed = linePath(withGaps(model.observed), x, y);
  const required = linePath(model.required, x, y);
  const projection = linePath(model.projection, x, y);
  // No spread (too few changes to take one from, see band.ts): no band, and so no legend key for it.
  const bandD = model.spread ? bandPath(model.projection, x, y) : '';
  const last = model.projection[model.projection.length - 1];
  // The projection's end, where it lies within the plot (a clipped runaway line has none): the gap's anchor and an
  // obstacle to labels, not marked. Its ring was the hollow dot of an estimate: "Estimate (hollow)" keyed a 2025 value
  // that no one has published (China's energy intensity, "no 2025 figure yet"). The line's end and the gap's cap show it.
  const end = model.projection.length > 1 ? at(last!) : null;
  const endShown = end && end.y >= top - 0.5 && end.y <= bottom + 0.5 ? end : null;

  const ref = model.reference;

  // The gap at the target year, from the projection's end to what it is judged against (the target, or the range's edge).
  let gap = '';
  let gapTo = 0;
  const against = model.judged ?? model.target;
  if (endShown && against && last!.year === against.year && model.kind !== 'peak') {
    const to = ref?.kind !== 'range' || model.judged ? against.value : last!.value > ref.hi ? ref.hi : last!.value < ref.lo ? ref.lo : null;
    if (to !== null && Math.abs((gapTo = Y(to)) - endShown.y) >= 1) gap = `M${endShown.x - 4},${endShown.y}h8m-4,0V${gapTo}m-4,0h8`;
  }

  const baseline = at(model.baseline);
  const target = at(model.target);
  const milestones = model.milestones.map((m) => ({ ...at(m)!, value: m.value }));
  const peak = at(model.peak);
  const deadline = model.deadline !== null ? X(model.deadline) : null;

  const lines: Mark[] = [];
  const markers: Mark[] = [];
  const add = (list: Mark[], cls: string, d: string | false | null | undefined) => d && list.push([cls, d]);
  if (ref?.kind === 'range') add(lines, 'reference-range', `${hline(Y(ref.hi))}V${Math.max(Y(ref.lo), Y(ref.hi) + 1)}H${left}Z`);
  else if (ref) add(lines, `reference-line ${ref.kind}`, hline(Y(ref.value)));
  add(lines, 'deadline', deadline !== null && `M${deadline},${top}V${bottom}`);
  add(lines, 'band', bandD);
  add(lines, model.requiredShape === 'cap' ? 'required cap' : 'required', required);
  add(lines, 'projection', projection);
  add(lines, 'series', observed);
  add(lines, 'gap', gap);
  add(markers, 'marker baseline', baseline && square(baseline.x, baseline.y, 6));
  for (const m of milestones) add(markers, 'marker milestone', diamond(m.x, m.y, 5.5));
  if (target) {
    add(markers, 'marker target', ring(target.x, target.y, 6.5));
    add(markers, 'marker target-dot', ring(target.x, target.y, 2.5));
  }
  add(markers, 'marker peak', peak && caret(peak.x, peak.y));

  // Direct labels, most important first; observed points and the projection's end are obstacles.
  const requests: LabelRequest[] = [];
  if (target && extent) {
    // Every line that reaches the target year ends at or beside the target (the required path, the projection, the
    // gap), so its label can also move left along the target's level (up to its own width or 5 em), over or under the target line.
    // Only where a line is drawn at that level (a ceiling or floor): over a range's band, with no line to follow, a label
    // slid away from the marker read as one for the observation it landed beside ("Target 1,800" by 2023, at 320 px).
    const slide: { x: number; y: number; positions: LabelPosition[] }[] = [];
    if (ref?.kind !== 'range')
      for (let dx = font; dx <= Math.max(5 * font, textWidth(labels.target, font)); dx += font) slide.push({ x: target.x - dx, y: target.y, positions: ['above-left', 'below-left'] });
    // Over a range, beside its marker, or else just over (or under) the band at the marker's side: the lines that reach
    // the target cross the band beside it, and a label on them was left out at every width (China's clinker capacity).
    if (ref?.kind === 'range') slide.push({ x: target.x, y: Y(ref.hi) - 2, positions: ['above-left'] }, { x: target.x, y: Y(ref.lo) + 2, positions: ['below-left'] });
    requests.push({ text: labels.target, ...target, positions: ['above-left', 'below-left', 'left', 'above', 'below', 'above-right', 'right'], alternatives: slide, clear: ref?.kind === 'range' });
  }
  // The peak before the deadline: the deadline's label has a second place (at the bottom of its line), the peak's has not.
  // Other labels keep 2 em clear of its caret at its height: "Baseline" 16 px beside the ▼ read as the caret's label
  // (China's CO₂ at 320 px), its own label above it.
  // It keeps off the likely-range band's edges, where the projection starts beside it ("2023年最高" ran into the band's upper
  // edge, China's CO₂ at 414 px), over its caret, to one side of it before going below; so does the deadline's, which sat
  // on the upper edge of a band fanning out from a turned peak (at the top of its line, where the band ends), and goes
  // to the line's foot. Only these labels: the band's edges as every label's obstacles moved the demo's "Target 21"
  // onto its required path.
  const avoid = peak && bandD ? (['hi', 'lo'] as const).flatMap((k) => lineObstacles(model.projection.map((p) => ({ x: x(p.year), y: y(p[k]) })))) : undefined;
  // The caret's box (drawn above its point), and `side` px either side of it.
  const caretBox = (side: number): Rect => ({ x0: peak!.x - 5 - side, y0: peak!.y - 14, x1: peak!.x + 5 + side, y1: peak!.y - 5 });
  if (peak) requests.push({ text: labels.peak, ...peak, avoid, keepOut: caretBox(2 * font) });
  if (deadline !== null) {
    requests.push({
      // 8: 4 px clear of the dashed line at the side (the text's halo erased the dashes under its last glyph at 4).
      text: labels.deadline, x: deadline, y: top, offset: 8, positions: ['below-left', 'below-right'], avoid,
      alternatives: [{ x: deadline, y: bottom, positions: ['above-left', 'above-right'] }],
    });
  }
  if (baseline && extent) requests.push({ text: labels.baseline, ...baseline, positions: ['below-right', 'above-right', 'below', 'above', 'right', 'below-left', 'above-left', 'left'] });
  milestones.forEach((m, i) => requests.push({ text: labels.milestone(m.value), x: m.x, y: m.y + i, positions: ['above-left', 'left', 'below-right', 'above', 'below'] }));
  const dot = (p: XY | null, r = 4): Rect[] => (p ? [{ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }] : []);
  // Labels sit at least `offset` px from their anchor, so their own mark's obstacle never blocks them.
  const obstacles = [...points, endShown].flatMap((p) => dot(p)).concat([target, baseline, peak, ...milestones].flatMap((p) => dot(p, 5)));
  // The caret itself.
  if (peak) obstacles.push(caretBox(0));
  // The lines are soft obstacles: labels keep off them where they can (the reference line and the gap too; the deadline,
  // whose label sits 2 px beside it, as a thinner line).
  const soft = [model.required, model.projection, withGaps(model.observed)].flatMap((l) => runs(l, x, y)).flatMap((r) => lineObstacles(r));
  const line = (x0: number, y0: number, x1: number, y1: number, r?: number) => soft.push(...lineObstacles([{ x: x0, y: y0 }, { x: x1, y: y1 }], 4, r));
  if (ref && ref.kind !== 'range') line(left, Y(ref.value), right, Y(ref.value));
  if (deadline !== null) line(deadline, top, deadline, bottom, 0.5);
  if (gap) line(endShown!.x, endShown!.y, endShown!.x, gapTo);

  return {
    width, height, plot, xTicks, yTicks, projection, band: bandD, points, pointRadius, lines, markers,
    tickLabels: {
      x: xTicks.map((t) => ({ x: t.pos, y: bottom + 4 + font, label: t.label })),
      y: yTicks.map((t) => ({ x: left - 6, y: r2(t.pos + 0.32 * font), label: t.label })),
    },
    grid: [['grid', yTicks.map((t) => hline(t.pos)).join('')], ['axis-line', hline(bottom)]],
    labels: placeLabels(requests, plot, obstacles, soft, font),
  };
}
