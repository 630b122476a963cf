/**
 * Sector rows and the shared axis at their boundaries, by hand (from a mutation-testing review: each block fails for a
 * mutant of src/sectors/geometry.ts that no other test caught). Positions are percent of the chart column.
 */
import { describe, expect, it } from 'vitest';
import { axisTicks, rowGeometry } from './geometry.js';

const shares = (progress: number | null, expected: number | null = null) => ({ progress, expected, milestones: [], peak: false });

describe('edges: a row without a usable value', () => {
  it('a NaN progress (a value that could not be computed) draws no fill, no line and no overflow chevrons, as no data', () => {
    for (const layout of ['bars', 'dots'] as const) {
      const g = rowGeometry(layout, [0, 1], shares(Number.NaN, 0.5));
      expect([g.fill, g.line, g.head, g.overflow]).toEqual([null, null, null, null]);
      expect(g.marks.some((m) => m.halo)).toBe(false);
    }
  });
});

describe('edges: halos at the start of the fill', () => {
  it('a tick up to 2 points before the fill\'s start gets a halo: fill 25–60% on [−0.5, 1.5], expected at 23% yes, 22.5% no', () => {
    // Domain [−0.5, 1.5]: share s is at (s + 0.5) × 50 %. The baseline (0) at 25%, progress 0.7 at 60%: the fill is
    // 25…60. Expected at 23% (share −0.04) is 2 points before it: halo; at 22.5% (−0.05), no.
    const halo = (e: number) => rowGeometry('bars', [-0.5, 1.5], shares(0.7, e)).marks.find((m) => m.kind === 'expected')!.halo;
    expect(halo(-0.04)).toBe(true);
    expect(halo(-0.05)).toBe(false);
  });
});

describe('edges: axis end labels', () => {
  it('an end exactly 45 points from 0% is always shown (no gap for the stylesheet to hide it by)', () => {
    // Domain [−9/11, 1]: 0 sits at (9/11) / (20/11) = 45%.
    expect(axisTicks([-9 / 11, 1]).map((t) => [t.x, t.gap])).toEqual([[0, null], [45, null], [100, null]]);
  });
  it('an end exactly `minGap` (12) points from 100% is shown, with its gap; 11.5 points is dropped', () => {
    // [0, 1/0.88]: 1 sits at 88%, 12 points from the end. [0, 1/0.885]: 88.5%, 11.5 points.
    expect(axisTicks([0, 1 / 0.88]).map((t) => [t.x, t.gap])).toEqual([[0, null], [88, null], [100, 12]]);
    expect(axisTicks([0, 1 / 0.885]).map((t) => t.x)).toEqual([0, 88.5]);
  });
  it('only a label at the very edge is flush with it: 0 at 0.5% of the column is centred on its tick', () => {
    // [−0.005, 0.995]: 0 at 0.5%, 1 at 100%.
    expect(axisTicks([-0.005, 0.995]).map((t) => [t.x, t.align])).toEqual([[0.5, 'center'], [100, 'end']]);
  });
});

describe('edges: a row at exactly the scale\'s ends', () => {
  it('a value exactly at the baseline (0 on [0, 1]) or the target (1) is on the scale: no overflow chevrons', () => {
    expect(rowGeometry('bars', [0, 1], shares(0)).overflow).toBeNull();
    expect(rowGeometry('bars', [0, 1], shares(1)).overflow).toBeNull();
  });
  it('dots: an arrow pointing right for any progress forward, also less than all of it (0.5)', () => {
    expect(rowGeometry('dots', [0, 1], shares(0.5)).head).toBe('M-8,-5L0,0L-8,5Z');
  });
});
