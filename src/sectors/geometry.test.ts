import { describe, expect, it } from 'vitest';
import { axisTicks, CHEVRONS_LEFT, CHEVRONS_RIGHT, DIAMOND, HEAD_LEFT, HEAD_RIGHT, legendKeys, MILESTONE, percentScale, PIN_RIGHT, rowGeometry } from './geometry.js';

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
    expect(g.fill!.back, 'lost ground is hatched').toBe(true);
    expect(g.overflow).toBeNull();
    expect(rowGeometry('bars', [-0.5, 1], shares(0.4)).fill!.back).toBe(false);
    expect(rowGeometry('bars', [0, 1], shares(0)).fill, 'no movement: an empty fill, not a hatched one').toEqual({ x: 0, width: 0, back: false });
  });
  it('pins progress beyond the scale at the edge and flags the overflow', () => {
    const g = rowGeometry('bars', [0, 1.5], shares(2.4));
    expect(g.fill).toMatchObject({ x: 0, width: 100 });
    expect(g.overflow).toEqual({ side: 'above', x: 100, path: CHEVRONS_RIGHT });
    const below = rowGeometry('bars', [-0.5, 1], shares(-0.9));
    expect(below.overflow).toEqual({ side: 'below', x: 0, path: CHEVRONS_LEFT });
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
    expect(ms.shape).toBe(MILESTONE);
    const p = rowGeometry('bars', [0, 1], shares(0.7, 0.4, [], true)).marks.find((m) => m.kind === 'peak')!;
    expect(p.shape).toBe(DIAMOND);
    expect(p.x).toBe(40);
    const late = rowGeometry('bars', [0, 1], shares(0.6, 1.5, [], true)).marks.find((m) => m.kind === 'peak')!;
    expect(late.clamped).toBe('above');
    expect(late.x).toBe(100);
    expect(late.shape).toBe(PIN_RIGHT);
  });
  it('a pinned mark stands 2 px clear of the tick at the scale\'s end (target 3.5 px wide, baseline 2 px)', () => {
    // Alone, a peak row's scale ends at its target (100%), where the pin of a peak not in sight sat on the tick.
    const xs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    const right = rowGeometry('bars', [0, 1], shares(0.6, Infinity, [], true)).marks;
    const pin = right.find((m) => m.clamped)!;
    expect([pin.x, right.find((m) => m.kind === 'target')!.x]).toEqual([100, 100]);
    expect(Math.min(...xs(pin.shape!))).toBeGreaterThanOrEqual(3.5 / 2 + 2);
    const left = rowGeometry('bars', [0, 1], shares(0.6, -1)).marks.find((m) => m.clamped)!;
    expect([left.clamped, left.x]).toEqual(['below', 0]);
    expect(Math.max(...xs(left.shape!))).toBeLessThanOrEqual(-(2 / 2 + 2));
  });
});

describe('dots layout', () => {
  it('an arrow from the baseline to the latest value', () => {
    const g = rowGeometry('dots', [0, 1.25], shares(1.13, 0.8));
    expect(g.fill).toBeNull();
    expect(g.line!.x1).toBe(0);
    expect(g.line!.x2).toBeCloseTo(90.4, 5);
    expect(g.head).toBe(HEAD_RIGHT);
  });
  it('points left when the value moved the wrong way', () => {
    const g = rowGeometry('dots', [-0.5, 1], shares(-0.4));
    expect(g.head).toBe(HEAD_LEFT);
  });
  it('a dot without an arrow when nothing moved', () => {
    const g = rowGeometry('dots', [0, 1], shares(0));
    expect(g.line).toEqual({ x1: 0, x2: 0 });
    expect(g.head).toBeNull();
  });
  it('pins the arrow at the edge and adds the overflow chevrons', () => {
    const g = rowGeometry('dots', [-0.5, 1.5], shares(2));
    expect(g.line!.x2).toBe(100);
    expect(g.overflow!.side).toBe('above');
  });
});

describe('halos', () => {
  it('only ticks that cross the fill or the line get a halo', () => {
    // Behind: fill 0–40%, expected at 60%, target at 100%: no halo.
    const behind = rowGeometry('bars', [0, 1], shares(0.4, 0.6));
    expect(behind.marks.map((m) => [m.kind, m.halo])).toEqual([['baseline', false], ['target', false], ['expected', false]]);
    // Ahead: fill 0–70%, expected at 60% crosses it; dots likewise cross the line.
    for (const layout of ['bars', 'dots'] as const) {
      const ahead = rowGeometry(layout, [0, 1], shares(0.7, 0.6));
      expect(ahead.marks.map((m) => [m.kind, m.halo])).toEqual([['baseline', false], ['target', false], ['expected', true]]);
    }
    // Achieved: fill 0–100% reaches the target tick.
    expect(rowGeometry('bars', [0, 1], shares(1, 0.6)).marks.find((m) => m.kind === 'target')!.halo).toBe(true);
    // No data: nothing to cross.
    expect(rowGeometry('bars', [0, 1], shares(null, null)).marks.some((m) => m.halo)).toBe(false);
  });
});

describe('legend keys', () => {
  const none = { progress: false, due: false, band: false, overflow: false, peakYear: false, peakLate: false, hatchIn: -1 };
  it('keys only the marks drawn: rows without data have neither progress nor a due tick', () => {
    expect(legendKeys([rowGeometry('bars', [0, 1], shares(null)), rowGeometry('dots', [0, 1], shares(null))], [{ peak: false }, { peak: false }])).toEqual(none);
    // A bar at 60% with 50% due: progress and due. The same as a dot's line.
    expect(legendKeys([rowGeometry('bars', [0, 1], shares(null)), rowGeometry('bars', [0, 1], shares(0.6, 0.5))], [{ peak: false }, { peak: false }])).toEqual({ ...none, progress: true, due: true });
    expect(legendKeys([rowGeometry('dots', [0, 1], shares(0.6))], [{ peak: false }])).toEqual({ ...none, progress: true });
  });
  it('a peak’s fill is time, not progress; its expected mark is the peak, not a due tick', () => {
    expect(legendKeys([rowGeometry('bars', [0, 1], shares(0.4, 0.8, [], true))], [{ peak: true }])).toEqual({ ...none, peakYear: true });
  });
  it('keys a peak’s ◆ and ▶ only where a row draws them: China’s CO₂, no peak in sight, is a ▶ past the scale and no ◆', () => {
    // China's panel: 2020–2023 of 2020–2030 is 0.3 of the time, the peak year never (Infinity), on a 0–150% scale.
    const never = rowGeometry('bars', [0, 1.5], shares(0.3, Infinity, [], true));
    expect(never.marks.find((m) => m.kind === 'peak')).toMatchObject({ clamped: 'above', shape: PIN_RIGHT });
    expect(legendKeys([never], [{ peak: true }])).toEqual({ ...none, peakLate: true });
    // A peak projected for 2027.7 (0.77 of the time): a ◆ on the scale, no ▶. Both rows: both keys.
    const soon = rowGeometry('bars', [0, 1.5], shares(0.3, 0.77, [], true));
    expect(legendKeys([soon], [{ peak: true }])).toEqual({ ...none, peakYear: true });
    expect(legendKeys([never, soon], [{ peak: true }, { peak: true }])).toEqual({ ...none, peakYear: true, peakLate: true });
    // A due tick pinned past the scale is not a peak's ▶.
    expect(legendKeys([rowGeometry('bars', [0, 1], shares(0.5, 2))], [{ peak: false }]).peakLate).toBe(false);
  });
  it('a band, an overflow, and the first row gone the wrong way (which defines the hatch)', () => {
    const band = rowGeometry('bars', [0, 1.5], { ...shares(1.1), band: [0.9, 1.2] as const });
    const over = rowGeometry('bars', [0, 1.5], shares(2.4));
    const back = rowGeometry('bars', [-0.5, 1.5], shares(-0.4));
    // The band's row draws a dot, not a fill: no progress key from it alone.
    expect(legendKeys([band], [{ peak: false }])).toEqual({ ...none, band: true });
    expect(legendKeys([band, over, back, back], [{ peak: false }, { peak: false }, { peak: false }, { peak: false }])).toEqual({ ...none, progress: true, band: true, overflow: true, hatchIn: 2 });
  });
});

describe('axis ticks', () => {
  it('labels 0% and 100% at the edges of [0, 1], flush with the edges', () => {
    expect(axisTicks([0, 1])).toEqual([
      { share: 0, x: 0, align: 'start', gap: null },
      { share: 1, x: 100, align: 'end', gap: null },
    ]);
  });
  it('adds the domain ends when far enough from 0 and 1', () => {
    expect(axisTicks([-0.5, 1.5]).map((t) => [t.share, t.x, t.align, t.gap])).toEqual([
      [-0.5, 0, 'start', 25], [0, 25, 'center', null], [1, 75, 'center', null], [1.5, 100, 'end', 25],
    ]);
    // [0, 1.25]: 100% sits at 80%, 20 points from the end: labelled where the column has room.
    expect(axisTicks([0, 1.25]).map((t) => [t.share, t.gap])).toEqual([[0, null], [1, null], [1.25, 20]]);
  });
  it('drops an end label that would always collide with 0% or 100%', () => {
    // [−0.1, 1]: 0% sits at 9.09%, under the 12-point minimum gap from the start: the −10% label is dropped.
    expect(axisTicks([-0.1, 1]).map((t) => t.share)).toEqual([0, 1]);
    // [0, 1.1]: 100% at 90.91%, 9.09 points from the end: under the default 12, dropped at any width.
    expect(axisTicks([0, 1.1]).map((t) => t.share)).toEqual([0, 1]);
  });
  it('an end at least 45 points away is always shown; a closer one carries its gap for the stylesheet', () => {
    // [−0.5, 1]: 0% sits at 33.33%. The stylesheet shows "−50%" where 33.33% of the chart is ≥ 4.75 em of axis text (62 px at 13 px: from 185 px).
    expect(axisTicks([-0.5, 1]).map((t) => t.gap)).toEqual([33.33, null, null]);
    // [−1.5, 1]: 0% sits at 60%: always shown.
    expect(axisTicks([-1.5, 1]).map((t) => t.gap)).toEqual([null, null, null]);
  });
});

describe('edges: sector row marks, band and dot', () => {
  it('marks are centred on the 24 px row (mid 12): baseline ±8, expected ±10, target ±11', () => {
    const g = rowGeometry('bars', [0, 1], shares(0.5, 0.4));
    expect(g.marks.map((m) => [m.kind, m.x, m.y1, m.y2])).toEqual([['baseline', 0, 4, 20], ['target', 100, 1, 23], ['expected', 40, 2, 22]]);
  });

  it('an "about" row: band 0.75–1.25 of [0, 1.25] is x 60, width 40; the value 0.95 a dot at 76; no fill', () => {
    const g = rowGeometry('bars', [0, 1.25], { ...shares(0.95), band: [0.75, 1.25] as const });
    expect(g.band).toEqual({ x: 60, width: 40 });
    expect(g.dot).toBe(76);
    expect(g.fill).toBeNull();
    expect(rowGeometry('bars', [0, 1.25], { ...shares(null), band: [0.75, 1.25] as const }).dot).toBeNull();
  });

  it('a tick up to 2 points past the fill\'s end gets a halo: fill to 50%, expected at 52% yes, at 53% no', () => {
    const halo = (e: number) => rowGeometry('bars', [0, 1], shares(0.5, e)).marks.find((m) => m.kind === 'expected')!.halo;
    expect(halo(0.52)).toBe(true);
    expect(halo(0.53)).toBe(false);
  });
});
