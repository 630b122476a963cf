/**
 * Direct labels for the chart's marks (baseline, target, milestones, peak, deadline), placed
 * without collisions: each label tries its positions in order (above, below, right, left of its
 * anchor, or those it asks for) and takes the first inside the bounds that overlaps no label or
 * obstacle already placed. A label with no free position is dropped; the legend still names the
 * mark, and the table and description carry the values. Pure: widths are estimated (scales.ts).
 */
import { FONT_PX, textWidth } from './scales.js';

export type LabelPosition = 'above' | 'below' | 'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  /** The point the label belongs to, in px. */
  readonly x: number;
  readonly y: number;
  /** Lower numbers are placed first (and so win). */
  readonly priority: number;
  readonly positions?: readonly LabelPosition[];
  /** Distance from the anchor, px (default 7). */
  readonly offset?: number;
  /** Further anchors (with their positions) tried when every position around the first is taken. */
  readonly alternatives?: readonly { readonly x: number; readonly y: number; readonly positions?: readonly LabelPosition[] }[];
}

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Where to draw the SVG <text>: x with `anchor`, y is the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly rect: Rect;
}

const DEFAULT_POSITIONS: readonly LabelPosition[] = ['above', 'below', 'above-right', 'above-left', 'right', 'left', 'below-right', 'below-left'];

export function intersects(a: Rect, b: Rect, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function inside(r: Rect, b: Rect): boolean {
  return r.x0 >= b.x0 && r.x1 <= b.x1 && r.y0 >= b.y0 && r.y1 <= b.y1;
}

/** The label's box and text position for one position around its anchor. */
export function labelBox(req: LabelRequest, pos: LabelPosition, fontPx = FONT_PX): PlacedLabel {
  const w = textWidth(req.text, fontPx);
  const h = fontPx * 1.2;
  const o = req.offset ?? 7;
  const ascent = fontPx * 0.85;
  let x0: number;
  let y0: number;
  let anchor: PlacedLabel['anchor'];
  switch (pos) {
    case 'above': x0 = req.x - w / 2; y0 = req.y - o - h; anchor = 'middle'; break;
    case 'below': x0 = req.x - w / 2; y0 = req.y + o; anchor = 'middle'; break;
    case 'right': x0 = req.x + o; y0 = req.y - h / 2; anchor = 'start'; break;
    case 'left': x0 = req.x - o - w; y0 = req.y - h / 2; anchor = 'end'; break;
    case 'above-right': x0 = req.x + o / 2; y0 = req.y - o - h; anchor = 'start'; break;
    case 'above-left': x0 = req.x - o / 2 - w; y0 = req.y - o - h; anchor = 'end'; break;
    case 'below-right': x0 = req.x + o / 2; y0 = req.y + o; anchor = 'start'; break;
    case 'below-left': x0 = req.x - o / 2 - w; y0 = req.y + o; anchor = 'end'; break;
  }
  const rect = { x0, y0, x1: x0 + w, y1: y0 + h };
  const x = anchor === 'middle' ? x0 + w / 2 : anchor === 'start' ? x0 : x0 + w;
  // Baseline so the glyphs sit inside the box: top + (h − fontPx)/2 + ascent.
  const y = y0 + (h - fontPx) / 2 + ascent;
  const r2 = (v: number) => Math.round(v * 100) / 100;
  return {
    id: req.id, text: req.text, x: r2(x), y: r2(y), anchor,
    rect: { x0: r2(rect.x0), y0: r2(rect.y0), x1: r2(rect.x1), y1: r2(rect.y1) },
  };
}

/**
 * Places labels by priority inside `bounds`, avoiding each other and `obstacles` (2 px apart).
 * `soft` obstacles (the lines) are avoided where possible: a label crosses a line, on its halo,
 * only when every position clear of lines is taken.
 * Returns the placed labels; requests that found no free position are left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  fontPx = FONT_PX,
  soft: readonly Rect[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Rect[] = [...obstacles];
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  const find = (req: LabelRequest, avoid: readonly Rect[]): PlacedLabel | null => {
    const anchors = [{ x: req.x, y: req.y, positions: req.positions }, ...(req.alternatives ?? [])];
    for (const anchor of anchors) {
      for (const pos of anchor.positions ?? DEFAULT_POSITIONS) {
        const box = labelBox({ ...req, x: anchor.x, y: anchor.y }, pos, fontPx);
        if (!inside(box.rect, bounds)) continue;
        if (taken.some((t) => intersects(box.rect, t, 2))) continue;
        if (avoid.some((t) => intersects(box.rect, t, 1))) continue;
        return box;
      }
    }
    return null;
  };
  for (const req of order) {
    if (!req.text || !Number.isFinite(req.x) || !Number.isFinite(req.y)) continue;
    const box = (soft.length ? find(req, soft) : null) ?? find(req, []);
    if (!box) continue;
    placed.push(box);
    taken.push(box.rect);
  }
  return placed;
}

/** Small boxes every `step` px along a polyline through `points`: soft obstacles for labels. */
export function lineObstacles(points: readonly { x: number; y: number }[], step = 4, r = 1.5): Rect[] {
  const out: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= n; k++) {
      const x = a.x + ((b.x - a.x) * k) / n;
      const y = a.y + ((b.y - a.y) * k) / n;
      out.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    }
  }
  return out;
}
