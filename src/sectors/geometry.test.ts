import { describe, expect, it } from 'vitest';
import { axisMinGap, axisTicks, chartWidth, percentScale, ROW_CHART_HEIGHT, rowGeometry, SHAPES } from './geometry.js';

const shares = (progress: number | null, expected: number | null = null, milestones: number[] = [], peak = false) => ({ progress, expected, milestones, peak });

describe('percent scale', () => {
  it('maps the domain onto 0–100%, pinning values beyond it', () => {
    const x = percentScale([-0.5, 1.5]);
    expect(x(-0.5)).toBe(0);
    expect(x(0)).toBe(25);
    expect(x(1)).toBe(75);
    expect(x(1.5)).toBe(100);
    expect(x(3)).toBe(100);
    expect(x(-2)).toBe(0);
  });
});

describe('bars layout', () => {
  it('fills from the baseline to the progress on [0, 1]', () => {
    const g = rowGeometry('bars', [0, 1], shares(0.6, 0.5));
    expect(g.height).toBe(ROW_CHART_HEIGHT);
    expect(g.track).toMatchObject({ x: 0, width: 100 });
    expect(g.fill).toMatchObject({ x: 0, width: 60 });
    expect(g.line).toBeNull();
    expect(g.overflow).toBeNull();
    const kinds = g.marks.map((m) => [m.kind, m.x]);
    expect(kinds).toEqual([['baseline', 0], ['target', 100], ['expected', 50]]);
  });
  it('fills leftwards from the baseline for negative progress', () => {
    // Domain [−0.5, 1]: x(0) = 33.33%, x(−0.4) = 0.1 ÷ 1.5 = 6.67%.
    const g = rowGeometry('bars', [-0.5, 1], shares(-0.4, 0.6));
    expect(g.fill!.x).toBeCloseTo(6.67, 2);
    expect(g.fill!.width).toBeCloseTo(26.67, 1);
    expect(g.overflow).toBeNull();
  });
  it('pins progress beyond the scale at the edge and flags the overflow', () => {
    const g = rowGeometry('bars', [0, 1.5], shares(2.4));
    expect(g.fill).toMatchObject({ x: 0, width: 100 });
    expect(g.overflow).toEqual({ side: 'above', x: 100, path: SHAPES.chevronsRight });
    const below = rowGeometry('bars', [-0.5, 1], shares(-0.9));
    expect(below.overflow).toEqual({ side: 'below', x: 0, path: SHAPES.chevronsLeft });
    expect(below.fill!.x).toBe(0);
  });
  it('draws no fill without data, but keeps the track and the target', () => {
    const g = rowGeometry('bars', [0, 1], shares(null));
    expect(g.fill).toBeNull();
    expect(g.marks.map((m) => m.kind)).toEqual(['baseline', 'target']);
  });
  it('milestones are notches; a peak\'s projected year is a diamond; marks beyond the scale are pinned', () => {
    const g = rowGeometry('bars', [0, 1], shares(0.3, 0.4, [0.5]));
    const ms = g.marks.find((m) => m.kind === 'milestone')!;
    expect(ms.x).toBe(50);
    expect(ms.shape).toBe(SHAPES.milestone);
    const p = rowGeometry('bars', [0, 1], shares(0.7, 0.4, [], true)).marks.find((m) => m.kind === 'peak')!;
    expect(p.shape).toBe(SHAPES.diamond);
    expect(p.x).toBe(40);
    const late = rowGeometry('bars', [0, 1], shares(0.6, 1.5, [], true)).marks.find((m) => m.kind === 'peak')!;
    expect(late.clamped).toBe('above');
    expect(late.x).toBe(100);
    expect(late.shape).toBe(SHAPES.pinRight);
  });
});

describe('dots layout', () => {
  it('an arrow from the baseline to the latest value', () => {
    const g = rowGeometry('dots', [0, 1.25], shares(1.13, 0.8));
    expect(g.fill).toBeNull();
    expect(g.origin).toBe(0);
    expect(g.line!.x1).toBe(0);
    expect(g.line!.x2).toBeCloseTo(90.4, 5);
    expect(g.head).toEqual({ x: 90.4, path: SHAPES.headRight });
    expect(g.track.height).toBe(1);
  });
  it('points left when the value moved the wrong way', () => {
    const g = rowGeometry('dots', [-0.5, 1], shares(-0.4));
    expect(g.head!.path).toBe(SHAPES.headLeft);
  });
  it('a dot without an arrow when nothing moved', () => {
    const g = rowGeometry('dots', [0, 1], shares(0));
    expect(g.origin).toBe(0);
    expect(g.head).toBeNull();
  });
  it('pins the arrow at the edge and adds the overflow chevrons', () => {
    const g = rowGeometry('dots', [-0.5, 1.5], shares(2));
    expect(g.head!.x).toBe(100);
    expect(g.overflow!.side).toBe('above');
  });
});

describe('axis ticks', () => {
  it('labels 0% and 100% at the edges of [0, 1], flush with the edges', () => {
    expect(axisTicks([0, 1])).toEqual([
      { share: 0, x: 0, align: 'start' },
      { share: 1, x: 100, align: 'end' },
    ]);
  });
  it('adds the domain ends when far enough from 0 and 1', () => {
    expect(axisTicks([-0.5, 1.5]).map((t) => [t.share, t.x, t.align])).toEqual([
      [-0.5, 0, 'start'], [0, 25, 'center'], [1, 75, 'center'], [1.5, 100, 'end'],
    ]);
    // [0, 1.25]: 100% sits at 80%, 20 points from the end: labelled.
    expect(axisTicks([0, 1.25]).map((t) => t.share)).toEqual([0, 1, 1.25]);
  });
  it('drops an end label that would collide with 0% or 100%', () => {
    // [−0.25, 1]: 0% sits at 20%; with a 25-point minimum gap the −25% label is dropped.
    expect(axisTicks([-0.25, 1], 25).map((t) => t.share)).toEqual([0, 1]);
  });
});

describe('axis label spacing', () => {
  it('estimates the chart column as the stylesheet lays it out', () => {
    expect(chartWidth(320)).toBe(246);
    // 900: (900 − 78) ÷ 12.6 = 65.2 per fr; chart = 5 fr − 28 = 298 (measured 298 in Chromium).
    expect(chartWidth(900)).toBeCloseTo(298.2, 1);
    // 600: the status column's 9em minimum wins: (522 − 144) ÷ 10 = 37.8 per fr; chart = 161.
    expect(chartWidth(600)).toBeCloseTo(161, 0);
  });
  it('needs a wider share of a narrow chart than of a wide one', () => {
    // 320 px: 52 ÷ 246 = 21%: the 125% label (20% from 100%) is dropped.
    expect(axisMinGap(320)).toBeCloseTo(21.14, 1);
    expect(axisTicks([0, 1.25], axisMinGap(320)).map((t) => t.share)).toEqual([0, 1]);
    // 900 px: 52 ÷ 298 = 17%: kept.
    expect(axisTicks([0, 1.25], axisMinGap(900)).map((t) => t.share)).toEqual([0, 1, 1.25]);
    // 600 px, [0, 1.5]: 150% lies 33% from 100%; 52 ÷ 161 = 32%: kept.
    expect(axisTicks([0, 1.5], axisMinGap(600)).map((t) => t.share)).toEqual([0, 1, 1.5]);
    expect(axisMinGap(80)).toBe(45);
  });
});
