/**
 * Label placement at its boundaries, by hand (from a mutation-testing review: each block fails for a mutant of
 * src/trajectory/labels.ts that no other test caught). "Target" at 12 px is 6 × 0.6 × 12 = 43.2 px wide and
 * 1.2 × 12 = 14.4 px tall; a label sits 7 px from its anchor (3.5 px to the side for diagonal positions).
 */
import { describe, expect, it } from 'vitest';
import { lineObstacles, placeLabels, type LabelRequest } from './labels.js';

const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
const place = (req: LabelRequest, obstacles: { x0: number; y0: number; x1: number; y1: number }[] = [], soft: typeof obstacles = []) =>
  placeLabels([req], bounds, obstacles, soft, 12);

describe('edges: labels at the plot\'s edges', () => {
  it('a label may touch each edge of the plot: right of x = −7 starts at 0; left of 307 ends at 300; below −7 / above 207', () => {
    expect(place({ text: 'Target', x: -7, y: 100, positions: ['right'] })[0]!.rect.x0).toBe(0);
    expect(place({ text: 'Target', x: 307, y: 100, positions: ['left'] })[0]!.rect.x1).toBe(300);
    expect(place({ text: 'Target', x: 150, y: -7, positions: ['below'] })[0]!.rect.y0).toBe(0);
    expect(place({ text: 'Target', x: 150, y: 207, positions: ['above'] })[0]!.rect.y1).toBe(200);
  });
  it('half a pixel past an edge at 7 px, it moves half a line (6 px) further out, into the plot', () => {
    expect(place({ text: 'Target', x: -7.5, y: 100, positions: ['right'] })[0]!.rect.x0).toBe(5.5);
    expect(place({ text: 'Target', x: 150, y: 207.5, positions: ['above'] })[0]!.rect.y1).toBe(194.5);
  });
});

describe('edges: clearance from marks and lines', () => {
  // "Target" above (150, 100): 128.4…171.6 × 78.6…93.
  const above: LabelRequest = { text: 'Target', x: 150, y: 100, positions: ['above', 'below'] };
  it('keeps 2 px from a mark: a mark ending 2 px left of the label lets it stay above; 1.5 px pushes it below', () => {
    expect(place(above, [{ x0: 100, y0: 80, x1: 126.4, y1: 90 }])[0]!.rect.y1).toBe(93);
    expect(place(above, [{ x0: 100, y0: 80, x1: 126.9, y1: 90 }])[0]!.rect.y0).toBe(107);
  });
  it('a line\'s sample box 1 px clear of the label does not count as crossing it; closer, it does', () => {
    // A horizontal line at y = 95.5 has boxes 94…97 (±1.5): 1 px under the label's bottom (93): clear, the label stays.
    expect(place(above, [], lineObstacles([{ x: 0, y: 95.5 }, { x: 300, y: 95.5 }]))[0]!.rect.y1).toBe(93);
    // At y = 95 (boxes 93.5…96.5), 0.5 px: the label moves out (below, at 107…121.4, is the next clear place).
    expect(place(above, [], lineObstacles([{ x: 0, y: 95 }, { x: 300, y: 95 }]))[0]!.rect.y0).toBe(107);
  });
  it('tries half a line further out (13 px) before a whole line (19 px): a line at y = 90 is clear of a label 13 px above', () => {
    // At 7 px the label spans 78.6…93 and crosses the line's boxes (88.5…91.5); at 13 px (72.6…87) they are 1.5 px
    // below it: clear.
    const [label] = place({ text: 'Target', x: 150, y: 100, positions: ['above'] }, [], lineObstacles([{ x: 0, y: 90 }, { x: 300, y: 90 }]));
    expect(label!.rect).toEqual({ x0: 128.4, y0: 72.6, x1: 171.6, y1: 87 });
  });
  it('a "clear" label crossing even one line sample is left out rather than drawn across it', () => {
    // One sample box right where the label would be, at every offset and position it may take.
    const soft = [{ x0: 140, y0: 0, x1: 160, y1: 200 }];
    expect(place({ text: 'Target', x: 150, y: 100, positions: ['above'], clear: true }, [], soft)).toEqual([]);
    // Without `clear` it is drawn across it.
    expect(place({ text: 'Target', x: 150, y: 100, positions: ['above'] }, [], soft)).toHaveLength(1);
  });
});

describe('edges: sampling lines', () => {
  it('a vertical segment is sampled like a horizontal one: (0, 2) → (0, 12) is 10 px, 3 steps, 4 boxes', () => {
    expect(lineObstacles([{ x: 0, y: 2 }, { x: 0, y: 12 }]).map((b) => Math.round(((b.y0 + b.y1) / 2) * 100) / 100)).toEqual([2, 5.33, 8.67, 12]);
  });
});
