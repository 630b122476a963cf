import { describe, expect, it } from 'vitest';
import { intersects, labelBox, lineObstacles, placeLabels, type LabelRequest } from './labels.js';
import { FONT_PX } from './scales.js';

const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };

describe('labelBox', () => {
  it('puts an "above" label centred 7 px over its anchor', () => {
    // "Target" = 6 × 0.6 × 12 = 43.2 px wide, 14.4 px tall.
    const b = labelBox({ text: 'Target', x: 100, y: 100 }, 'above', FONT_PX);
    expect(b.rect).toEqual({ x0: 78.4, y0: 78.6, x1: 121.6, y1: 93 });
    expect(b.anchor).toBe('middle');
    expect(b.x).toBe(100);
  });

  it('anchors left labels at their end', () => {
    const b = labelBox({ text: 'Target', x: 100, y: 100 }, 'left', FONT_PX);
    expect(b.anchor).toBe('end');
    expect(b.rect.x1).toBe(93);
  });
});

describe('placeLabels', () => {
  it('by default tries above, then to a side, before below (a peak’s label under its point read as far from its caret)', () => {
    // "Peak" (28.8 px) at (150, 100): above is 135.6–164.4 × 78.6–93, struck by the obstacle (130–150 × 80–90); above-right,
    // 153.5–182.3 × 78.6–93, is clear of it by 3.5 px (more than the 2 px pad), and so is below (107–121.4): above-right wins.
    const placed = placeLabels([{ text: 'Peak', x: 150, y: 100 }], bounds, [{ x0: 130, y0: 80, x1: 150, y1: 90 }], [], FONT_PX);
    expect(placed.map((p) => p.rect)).toEqual([{ x0: 153.5, y0: 78.6, x1: 182.3, y1: 93 }]);
  });

  it('moves a label that would overlap one placed before it', () => {
    const reqs: LabelRequest[] = [
      { text: 'First label', x: 150, y: 100 },
      { text: 'Second label', x: 152, y: 102 },
    ];
    const placed = placeLabels(reqs, bounds, [], [], FONT_PX);
    expect(placed.map((p) => p.text)).toEqual(['First label', 'Second label']);
    expect(intersects(placed[0]!.rect, placed[1]!.rect, 0)).toBe(false);
  });

  it('a label’s keep-out holds the labels after it, not itself', () => {
    // "Mark" (28.8 px) above (100, 100): 85.6–114.4 × 78.6–93, inside its own keep-out (60–140 × 80–100), which is taken
    // after it. "Other" (30 px) above (150, 100), 135–165 × 78.6–93, is clear of "Mark" but not of the keep-out: below.
    const keepOut = { x0: 60, y0: 80, x1: 140, y1: 100 };
    const other: LabelRequest = { text: 'Other', x: 150, y: 100, positions: ['above', 'below'] };
    const placed = placeLabels([{ text: 'Mark', x: 100, y: 100, positions: ['above'], keepOut }, other], bounds, [], [], FONT_PX);
    expect(placed.map((p) => [p.text, p.rect.y0])).toEqual([['Mark', 78.6], ['Other', 107]]);
    // Without it, "Other" takes its first choice, above.
    expect(placeLabels([{ text: 'Mark', x: 100, y: 100, positions: ['above'] }, other], bounds, [], [], FONT_PX)[1]!.rect.y0).toBe(78.6);
  });

  it('keeps labels inside the bounds and drops those with no room', () => {
    const reqs: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({ text: 'A rather long label', x: 150, y: 100 }));
    const placed = placeLabels(reqs, bounds, [], [], FONT_PX);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(40);
    for (const p of placed) {
      expect(p.rect.x0).toBeGreaterThanOrEqual(0);
      expect(p.rect.x1).toBeLessThanOrEqual(300);
      for (const q of placed) if (q !== p) expect(intersects(p.rect, q.rect, 0)).toBe(false);
    }
  });

  it('avoids obstacles and tries alternative anchors', () => {
    const wall = { x0: 0, y0: 0, x1: 300, y1: 60 };
    const placed = placeLabels(
      [{ text: 'Peak by 2030', x: 280, y: 0, positions: ['below-left'], alternatives: [{ x: 280, y: 200, positions: ['above-left'] }] }],
      bounds,
      [wall],
      [],
      FONT_PX,
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]!.rect.y1).toBeLessThanOrEqual(200);
    expect(placed[0]!.rect.y0).toBeGreaterThan(60);
  });

  it('places labels in order: an earlier one wins a contested position', () => {
    const placed = placeLabels(
      [
        { text: 'Target', x: 150, y: 100, positions: ['above'] },
        { text: 'Baseline', x: 150, y: 100, positions: ['above'] },
      ],
      bounds,
      [],
      [],
      FONT_PX,
    );
    expect(placed.map((p) => p.text)).toEqual(['Target']);
  });

  it('keeps off lines where it can, and crosses them rather than vanish', () => {
    // A horizontal line just above the anchor blocks "above"; the label goes below instead.
    const line = lineObstacles([{ x: 0, y: 95 }, { x: 300, y: 95 }]);
    const req: LabelRequest = { text: 'Baseline', x: 150, y: 100, positions: ['above', 'below'] };
    expect(placeLabels([req], bounds, [], line, FONT_PX)[0]!.rect.y0).toBeGreaterThan(100);
    // Lines everywhere: the first position is used anyway.
    const everywhere = Array.from({ length: 50 }, (_, i) => lineObstacles([{ x: 0, y: i * 4 }, { x: 300, y: i * 4 }])).flat();
    expect(placeLabels([req], bounds, [], everywhere, FONT_PX)[0]!.rect.y1).toBeLessThan(100);
  });

  it('moves further out, half a line then a line, before crossing a line', () => {
    // "Target" above (150, 100): 14.4 px tall, its bottom 7 px above the anchor (y 78.6–93). A line at y = 88 crosses it,
    // and at 13 px (72.6–87) still touches it (2.5 px of clearance); at 19 px (66.6–81) it is clear.
    const line = lineObstacles([{ x: 0, y: 88 }, { x: 300, y: 88 }]);
    const [label] = placeLabels([{ text: 'Target', x: 150, y: 100, positions: ['above'] }], bounds, [], line, FONT_PX);
    expect(label!.rect).toEqual({ x0: 128.4, y0: 66.6, x1: 171.6, y1: 81 });
  });

  it('crosses lines as little as it can when it must', () => {
    // Lines every 4 px from y = 40 to 96 fill the space above (150, 100) at every offset; one vertical line at x = 180
    // crosses the "right" position (x 157–200.2). The first position, "above", would cross 15 lines along its width.
    const soft = [
      ...Array.from({ length: 15 }, (_, i) => lineObstacles([{ x: 0, y: 40 + i * 4 }, { x: 300, y: 40 + i * 4 }])).flat(),
      ...lineObstacles([{ x: 180, y: 0 }, { x: 180, y: 200 }]),
    ];
    const [label] = placeLabels([{ text: 'Target', x: 150, y: 100, positions: ['above', 'right'] }], bounds, [], soft, FONT_PX);
    expect(label!.anchor).toBe('start');
    expect(label!.rect.x0).toBe(157);
  });

  it('sizes labels for the text size', () => {
    // "Target" at 18 px: 6 × 0.6 × 18 = 64.8 px wide, 21.6 px tall, its baseline 0.95 em below its top.
    const b = labelBox({ text: 'Target', x: 100, y: 100 }, 'above', 18);
    expect(b.rect).toEqual({ x0: 67.6, y0: 71.4, x1: 132.4, y1: 93 });
    expect(b.y).toBe(88.5);
  });

  it('samples a line every few pixels', () => {
    const boxes = lineObstacles([{ x: 0, y: 0 }, { x: 8, y: 0 }], 4, 1);
    expect(boxes.map((b) => b.x0 + 1)).toEqual([0, 4, 8]);
  });
});

describe('edges: label geometry by hand', () => {
  it('intersects: boxes that only touch do not intersect (sideways or stacked)', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(intersects(a, { x0: 10, y0: 0, x1: 20, y1: 10 }, 0)).toBe(false);
    expect(intersects({ x0: 10, y0: 0, x1: 20, y1: 10 }, a, 0)).toBe(false);
    expect(intersects(a, { x0: 0, y0: 10, x1: 10, y1: 20 }, 0)).toBe(false);
    expect(intersects({ x0: 0, y0: 10, x1: 10, y1: 20 }, a, 0)).toBe(false);
    // Half a pixel apart: clear without a pad, touching with pad 1.
    expect(intersects(a, { x0: 10.5, y0: 0, x1: 20, y1: 10 }, 0)).toBe(false);
    expect(intersects(a, { x0: 10.5, y0: 0, x1: 20, y1: 10 }, 1)).toBe(true);
  });

  it('lineObstacles: boxes of ±1.5 px every ≤ 4 px: (2, 0) → (12, 0) is 10 px, ceil(10/4) = 3 steps of 3.33', () => {
    const boxes = lineObstacles([{ x: 2, y: 0 }, { x: 12, y: 0 }]);
    expect(boxes.map((b) => Math.round(((b.x0 + b.x1) / 2) * 100) / 100)).toEqual([2, 5.33, 8.67, 12]);
    expect(boxes[0]).toEqual({ x0: 0.5, y0: -1.5, x1: 3.5, y1: 1.5 });
    // A segment shorter than a step still gets its two ends, and nothing between.
    expect(lineObstacles([{ x: 0, y: 0 }, { x: 2, y: 0 }])).toHaveLength(2);
  });
});
