/**
 * Direct labels for the chart's marks (baseline, target, milestones, peak, deadline), placed
 * without collisions: each label tries its positions in order (above, to a side, then below its
 * anchor, or those it asks for) and takes the first inside the bounds that overlaps no label or
 * obstacle already placed. A label with no free position is dropped; the legend still names the
 * mark, and the table and description carry the values. Pure: widths are estimated (`textWidth`, src/i18n/text-width.ts).
 */
import { r2 } from '../scale/round.js';
import { textWidth } from '../i18n/text-width.js';

export type LabelPosition = 'above' | 'below' | 'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

export interface LabelRequest {
  readonly text: string;
  /** The point the label belongs to, in px. */
  readonly x: number;
  readonly y: number;
  readonly positions?: readonly LabelPosition[];
  /** Distance from the anchor, px (default 7). */
  readonly offset?: number;
  /** Left out rather than placed across a line: a label only clear positions may hold (see `placeLabels`). */
  readonly clear?: boolean;
  /** Soft obstacles for this label only (a peak's label keeps off the likely-range band's edges). */
  readonly avoid?: readonly Rect[];
  /** Room the labels after this one keep out of, whether or not this one was placed. */
  readonly keepOut?: Rect;
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
  readonly text: string;
  /** Where to draw the SVG <text>: x with `anchor`, y is the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly rect: Rect;
}

// Over the anchor, then to a side, before below it (a peak's label under its point read as far from its caret above).
const DEFAULT_POSITIONS: readonly LabelPosition[] = ['above', 'above-right', 'above-left', 'right', 'left', 'below', 'below-right', 'below-left'];

/** Whether two boxes overlap, or come within `pad` px of each other (placeLabels: 2 to a label or obstacle, 1 to a line). */
export function intersects(a: Rect, b: Rect, pad: number): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/**
 * The label's box and text position for one position around its anchor: `offset` px above, below,
 * right or left of it; the diagonal positions half the offset to the side.
 */
export function labelBox(req: LabelRequest, pos: LabelPosition, font: number): PlacedLabel {
  const w = textWidth(req.text, font);
  const h = font * 1.2;
  const o = req.offset ?? 7;
  const side = pos.includes('-') ? o / 2 : o;
  // Which way the label lies from its anchor: −1 (left, above), 0 (centred), 1 (right, below).
  const dx = pos.endsWith('right') ? 1 : pos.endsWith('left') ? -1 : 0;
  const dy = pos.startsWith('above') ? -1 : pos.startsWith('below') ? 1 : 0;
  const anchor = (['end', 'middle', 'start'] as const)[dx + 1]!;
  const x = req.x + dx * side;
  const x0 = x - (w * (1 - dx)) / 2;
  const y0 = req.y + dy * o - (h * (1 - dy)) / 2;
  // Baseline so the glyphs sit inside the box: top + (h − font)/2 + ascent (0.85 em).
  return { text: req.text, x: r2(x), y: r2(y0 + 0.95 * font), anchor, rect: { x0: r2(x0), y0: r2(y0), x1: r2(x0 + w), y1: r2(y0 + h) } };
}

/**
 * Places labels in order (the most important first: earlier labels win) inside `bounds`, avoiding each other and `obstacles` (2 px apart).
 * `soft` obstacles (the lines, as `lineObstacles`) are avoided where possible: the first position clear of them is
 * taken (around the anchor, then around each alternative anchor; at the request's offset, then half a line and a line
 * further out, as lines converge on the marks they join); when every free position crosses a line, the one that
 * touches the fewest soft boxes (the shortest crossing; a label along a line touches many), on its halo; unless the
 * request is `clear`, which is then left out.
 * Text is `font` px. Returns the placed labels; requests that found no free position are left out.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly Rect[],
  soft: readonly Rect[],
  font: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken = [...obstacles];
  for (const req of requests) {
    let best: PlacedLabel | undefined;
    let fewest = Infinity;
    const o = req.offset ?? 7;
    // This label's own soft obstacles with the shared ones, once per label (not per position tried).
    const lines = req.avoid ? soft.concat(req.avoid) : soft;
    search: for (const offset of req.text ? [o, o + font / 2, o + font] : []) {
      for (const anchor of [req, ...(req.alternatives ?? [])]) {
        for (const pos of anchor.positions ?? DEFAULT_POSITIONS) {
          const box = labelBox({ ...req, x: anchor.x, y: anchor.y, offset }, pos, font);
          const r = box.rect;
          if (r.x0 < bounds.x0 || r.x1 > bounds.x1 || r.y0 < bounds.y0 || r.y1 > bounds.y1 || taken.some((t) => intersects(r, t, 2))) continue;
          let hits = 0;
          for (const t of lines) if (intersects(r, t, 1) && ++hits >= fewest) break;
          if (hits < fewest) [best, fewest] = [box, hits];
          if (!hits) break search;
        }
      }
    }
    if (best && !(req.clear && fewest > 0)) {
      placed.push(best);
      taken.push(best.rect);
    }
    if (req.keepOut) taken.push(req.keepOut);
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
