/**
 * Trajectory geometry: from the data model and a size to every pixel the chart draws: axes and
 * ticks, path strings, marks and their collision-free labels. Pure; measured by a perf test
 * (a 60-year series must take well under a frame).
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../i18n/lang.js';
import { lineObstacles, placeLabels, type LabelRequest, type PlacedLabel, type Rect } from './labels.js';
import type { TrajectoryModel } from './model.js';
import { bandPath, linePath, withGaps } from './paths.js';
import { FONT_PX, valueAxis, yearTicks, type Tick } from './scales.js';

export interface LabelTexts {
  readonly baseline: string;
  readonly target: string;
  readonly milestone: (value: number) => string;
  readonly deadline: string;
  readonly peak: string;
}

export interface GeometryInput {
  readonly model: TrajectoryModel;
  readonly width: number;
  readonly height: number;
  readonly lang: Lang;
  readonly labels: LabelTexts;
  readonly fontPx?: number;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface PointGeometry extends XY {
  readonly year: number;
  readonly value: number;
  readonly hollow: boolean;
}

export interface TrajectoryGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area (inside the axes). */
  readonly plot: Rect;
  readonly xTicks: readonly Tick[];
  /** Empty when there is no value to scale (a peak target without data). */
  readonly yTicks: readonly Tick[];
  readonly observed: string;
  readonly points: readonly PointGeometry[];
  /** Radius of the observation dots: smaller when years are close together (2–3.5 px). */
  readonly pointRadius: number;
  readonly required: string;
  readonly projection: string;
  readonly band: string;
  readonly projectionEnd: XY | null;
  readonly reference: { readonly kind: 'ceiling' | 'floor'; readonly y: number } | { readonly kind: 'range'; readonly y0: number; readonly y1: number } | null;
  readonly deadline: number | null;
  readonly baseline: XY | null;
  readonly target: XY | null;
  readonly milestones: readonly (XY & { readonly value: number })[];
  readonly peak: XY | null;
  /** The gap at the target year between the projection's end and the target (or range edge). */
  readonly gap: { readonly x: number; readonly y1: number; readonly y2: number } | null;
  readonly labels: readonly PlacedLabel[];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

const MARGIN = { top: 10, right: 8, bottom: 24, leftMin: 4 };
const X_INSET = 10;

export function trajectoryGeometry(input: GeometryInput): TrajectoryGeometry {
  const { model, lang, labels } = input;
  const fontPx = input.fontPx ?? FONT_PX;
  const width = Math.max(120, Math.round(input.width));
  const height = Math.max(120, Math.round(input.height));
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;

  // y first: its labels decide the left margin.
  let extent: [number, number] | null = model.yExtent ? [model.yExtent[0], model.yExtent[1]] : null;
  if (extent && model.bandExtent) {
    // The band widens the axis, but by at most half the span of everything else, so a wild band
    // cannot squash the data; it is clipped to the plot.
    const span = Math.max(extent[1] - extent[0], Math.abs(extent[1]) * 0.1, 1e-9);
    extent = [Math.min(extent[0], Math.max(model.bandExtent[0], extent[0] - span / 2)), Math.max(extent[1], Math.min(model.bandExtent[1], extent[1] + span / 2))];
  }
  if (extent && extent[1] > extent[0]) {
    // A little air above and below the data.
    const pad = (extent[1] - extent[0]) * 0.04;
    extent = [model.includeZero && extent[0] >= 0 ? Math.max(0, extent[0] - pad) : extent[0] - pad, extent[1] + pad];
  }
  const showY = extent !== null;
  const axis = valueAxis(extent ?? [0, 1], bottom, top, lang, fontPx);
  const y = axis.y;
  const yTicks = showY ? axis.ticks.map((t) => ({ ...t, pos: r2(t.pos) })) : [];
  const labelW = yTicks.reduce((w, t) => Math.max(w, t.width), 0);
  const left = Math.max(MARGIN.leftMin, Math.ceil(labelW + 10));
  const right = width - MARGIN.right;

  const [x0, x1] = model.xExtent[0] === model.xExtent[1] ? [model.xExtent[0] - 1, model.xExtent[1] + 1] : model.xExtent;
  // Marks at the first and last year keep clear of the y labels and the edge.
  const x = scaleLinear().domain([x0, x1]).range([left + X_INSET, right - X_INSET]);
  const xTicks = yearTicks(x, fontPx, [0, width]).map((t) => ({ ...t, pos: r2(t.pos) }));

  const X = (year: number) => r2(x(year));
  const Y = (value: number) => r2(y(value));
  const at = (p: { year: number; value: number } | null): XY | null => (p ? { x: X(p.year), y: Y(p.value) } : null);

  const points: PointGeometry[] = model.observed.map((o) => ({ x: X(o.year), y: Y(o.value), year: o.year, value: o.value, hollow: o.hollow }));
  const yearPx = Math.abs(x(x0 + 1) - x(x0));
  const pointRadius = r2(Math.max(2, Math.min(3.5, yearPx * 0.38)));
  const observed = linePath(withGaps(model.observed), x, y);
  const required = linePath(model.required, x, y);
  const projection = linePath(model.projection, x, y);
  const band = bandPath(model.projection, x, y);
  const last = model.projection[model.projection.length - 1];
  const projectionEnd = last && model.projection.length > 1 ? at(last) : null;

  let reference: TrajectoryGeometry['reference'] = null;
  if (model.reference?.kind === 'range') reference = { kind: 'range', y0: Y(model.reference.hi), y1: Y(model.reference.lo) };
  else if (model.reference) reference = { kind: model.reference.kind, y: Y(model.reference.value) };

  // The gap at the target year: from the projection's end to what it is judged against.
  let gap: TrajectoryGeometry['gap'] = null;
  const against = model.judged ?? model.target;
  if (last && projectionEnd && against && last.year === against.year && model.kind !== 'peak') {
    let to: number | null = against.value;
    if (model.reference?.kind === 'range' && !model.judged) {
      const r = model.reference;
      to = last.value > r.hi ? r.hi : last.value < r.lo ? r.lo : null;
    }
    if (to !== null && Math.abs(Y(to) - projectionEnd.y) >= 1) gap = { x: projectionEnd.x, y1: projectionEnd.y, y2: Y(to) };
  }

  const plot: Rect = { x0: left, y0: top, x1: right, y1: bottom };
  const baseline = at(model.baseline);
  const target = at(model.target);
  const milestones = model.milestones.map((m) => ({ x: X(m.year), y: Y(m.value), value: m.value }));
  const peak = model.peak ? at(model.peak) : null;
  const deadline = model.deadline !== null ? X(model.deadline) : null;

  // Direct labels, most important first; observed points and the projection's end are obstacles.
  const requests: LabelRequest[] = [];
  if (target && showY) requests.push({ id: 'target', text: labels.target, ...target, priority: 0, positions: ['above-left', 'below-left', 'left', 'above', 'below', 'above-right', 'right'] });
  if (deadline !== null) {
    requests.push({
      id: 'deadline', text: labels.deadline, x: deadline, y: top, offset: 4, priority: 1, positions: ['below-left', 'below-right'],
      alternatives: [{ x: deadline, y: bottom, positions: ['above-left', 'above-right'] }],
    });
  }
  if (peak) requests.push({ id: 'peak', text: labels.peak, ...peak, priority: 2 });
  if (baseline && showY) requests.push({ id: 'baseline', text: labels.baseline, ...baseline, priority: 3, positions: ['below-right', 'above-right', 'below', 'above', 'right', 'below-left', 'above-left', 'left'] });
  milestones.forEach((m, i) => requests.push({ id: `milestone-${i}`, text: labels.milestone(m.value), x: m.x, y: m.y, priority: 4 + i, positions: ['above-left', 'left', 'below-right', 'above', 'below'] }));
  const dot = (p: XY, r = 4): Rect => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r });
  const obstacles: Rect[] = points.map((p) => dot(p));
  if (projectionEnd) obstacles.push(dot(projectionEnd));
  for (const m of [target, baseline, peak, ...milestones]) if (m) obstacles.push(dot(m, 5));
  // The peak's caret is drawn above its point.
  if (peak) obstacles.push({ x0: peak.x - 5, y0: peak.y - 14, x1: peak.x + 5, y1: peak.y - 5 });
  // Labels sit at least `offset` px from their anchor, so their own mark's obstacle never blocks them.
  // The lines are soft obstacles: labels keep off them where they can.
  const px = (pts: readonly { year: number; value: number | null }[]) =>
    pts.filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value)).map((p) => ({ x: x(p.year), y: y(p.value) }));
  const runs: { x: number; y: number }[][] = [px(model.required), px(model.projection)];
  // The observed line is broken at gaps: one run per unbroken stretch.
  let run: { year: number; value: number }[] = [];
  for (const p of withGaps(model.observed)) {
    if (p.value === null) {
      runs.push(px(run));
      run = [];
    } else run.push({ year: p.year, value: p.value });
  }
  runs.push(px(run));
  const soft = runs.flatMap((r) => lineObstacles(r));
  const placed = placeLabels(requests, plot, obstacles, fontPx, soft);

  return {
    width, height, plot, xTicks, yTicks, observed, points, pointRadius, required, projection, band, projectionEnd, reference, deadline,
    baseline, target, milestones, peak, gap, labels: placed,
  };
}
