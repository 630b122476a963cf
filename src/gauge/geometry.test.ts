/**
 * Gauge geometry with worked numbers.
 *
 * Arc at width 320: r = clamp(60, 140, 320 / 2 − 16) = 140, thickness = round(0.2 · 140) = 28,
 * pad 6, so the centre is (146, 146) and the SVG is 292 × 152. Marker ends lie on the radii
 * inner = r − thickness − extend and outer = r + extend, with extend 0 (baseline), 6 (target,
 * expected) and 2 (milestones). d3 angles run clockwise from 12 o'clock, so share → angle is
 * −π/2 (left) … 0 (top) … +π/2 (right) for the domain [0, 1], and a point at angle a is
 * (ρ·sin a, −ρ·cos a) from the centre.
 *
 * Bar at width 320: x = 6 + 308 · share for the domain [0, 1]; the band runs from y 8 to 22.
 */
import { describe, expect, it } from 'vitest';
import { GAUGE_ASPECT, gaugeGeometry, gaugeReserve, type GaugeMarker } from './geometry.js';

/** Rounds every number in an SVG path string to 3 decimals (and writes −0 as 0). */
function round3(d: string): string {
  return d.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => {
    const v = Math.round(Number(n) * 1000) / 1000;
    return String(Object.is(v, -0) ? 0 : v);
  });
}

const markerOf = (markers: readonly GaugeMarker[], kind: GaugeMarker['kind']) => {
  const m = markers.find((x) => x.kind === kind);
  if (!m) throw new Error(`no ${kind} marker`);
  return m;
};

describe('arc geometry', () => {
  const g = gaugeGeometry({ variant: 'arc', width: 320, progress: 0.5, expected: 0.5, milestones: [0.25] });

  it('sizes the semicircle from the width (r 140, centre 146,146, 292 × 152)', () => {
    expect(g.origin).toEqual({ x: 146, y: 146 });
    expect(g.width).toBe(292);
    expect(g.height).toBe(152);
    expect(g.domain).toEqual([0, 1]);
    expect(g.overflow).toBeNull();
  });

  it('caps the radius at 140 on wide screens and floors it at 60 on narrow ones', () => {
    expect(gaugeGeometry({ variant: 'arc', width: 800, progress: 0.5, expected: null }).width).toBe(292);
    // width 100 → r = max(60, 44) = 60 → 2·(60 + 6) = 132.
    const narrow = gaugeGeometry({ variant: 'arc', width: 100, progress: 0.5, expected: null });
    expect(narrow.width).toBe(132);
    expect(narrow.height).toBe(72);
    // width 200 → r = 200/2 − 6 = 94, centre 100 → 200 × 106: the arc fills the width it is given, no wider.
    const mid = gaugeGeometry({ variant: 'arc', width: 200, progress: 0.5, expected: null });
    expect([mid.width, mid.height, mid.origin.x]).toEqual([200, 106, 100]);
  });

  it('puts share 0 (baseline) at the left end: x from −112 to −140, y 0', () => {
    const b = markerOf(g.markers, 'baseline');
    expect(b.x1).toBe(-112);
    expect(b.x2).toBe(-140);
    expect(b.x1).toBeLessThan(0);
    expect(b.y1).toBeCloseTo(0, 6);
    expect(b.y2).toBeCloseTo(0, 6);
  });

  it('puts share 1 (target) at the right end: x from 106 to 146, y 0', () => {
    const t = markerOf(g.markers, 'target');
    expect(t.x1).toBe(106);
    expect(t.x2).toBe(146);
    expect(t.y1).toBeCloseTo(0, 6);
    expect(t.y2).toBeCloseTo(0, 6);
  });

  it('puts share 0.5 (expected) at the top: x 0, y from −106 to −146', () => {
    const e = markerOf(g.markers, 'expected');
    expect(e.x1).toBeCloseTo(0, 6);
    expect(e.x2).toBeCloseTo(0, 6);
    expect(e.y1).toBe(-106);
    expect(e.y2).toBe(-146);
  });

  it('puts a milestone at share 0.25 at 45° left of the top: (−77.78, −77.78) to (−100.41, −100.41)', () => {
    // inner 140 − 28 − 2 = 110, outer 142; 110 · sin 45° = 77.78, 142 · sin 45° = 100.41.
    const m = markerOf(g.markers, 'milestone');
    expect([m.x1, m.y1, m.x2, m.y2]).toEqual([-77.78, -77.78, -100.41, -100.41]);
  });

  it('moves share 0 off the left end when the domain widens below 0', () => {
    // domain [−0.5, 1]: angle(0) = −π/2 + π · 0.5 / 1.5 = −π/6 (30° left of the top).
    const w = gaugeGeometry({ variant: 'arc', width: 320, progress: -0.3, expected: null });
    expect(w.domain).toEqual([-0.5, 1]);
    const b = markerOf(w.markers, 'baseline');
    expect(b.x1).toBe(-56); // 112 · sin(−30°)
    expect(b.y1).toBe(-96.99); // −112 · cos(30°) = −96.995, rounded to 2 decimals
    expect(b.x2).toBe(-70); // 140 · sin(−30°)
    expect(b.y2).toBe(-121.24);
  });

  it('draws the track as the full upper half ring', () => {
    expect(round3(g.track)).toBe('M-140,0A140,140,0,1,1,140,0L112,0A112,112,0,1,0,-112,0Z');
  });

  it('fills from the baseline to the progress: share 0.5 is the left quarter ring', () => {
    expect(round3(g.fill)).toBe('M-140,0A140,140,0,0,1,0,-140L0,-112A112,112,0,0,0,-112,0Z');
  });

  it('matches an explicit path for progress 0.4 at width 180 (r 84, inner 67, end angle −18°)', () => {
    // r = 180/2 − 6 = 84; thickness round(16.8) = 17.
    // 84 · sin(−18°) = −25.957, −84 · cos(18°) = −79.889; 67 · sin(−18°) = −20.704, −67 · cos(18°) = −63.721.
    const p = gaugeGeometry({ variant: 'arc', width: 180, progress: 0.4, expected: null });
    expect(round3(p.fill)).toBe('M-84,0A84,84,0,0,1,-25.957,-79.889L-20.704,-63.721A67,67,0,0,0,-67,0Z');
    expect(round3(p.track)).toBe('M-84,0A84,84,0,1,1,84,0L67,0A67,67,0,1,0,-67,0Z');
  });

  it('fills leftwards from the baseline for negative progress', () => {
    // domain [−0.5, 1]; the fill runs from angle(−0.3) = −π/2 + π · 0.2/1.5 to angle(0) = −π/6.
    const w = gaugeGeometry({ variant: 'arc', width: 320, progress: -0.3, expected: null });
    expect(w.fill).not.toBe('');
    expect(w.overflow).toBeNull();
    // It points back, the way the value went: its point is the value, at −66° on the mid radius 126
    // (126 · sin(−66°) = −115.107, −126 · cos(66°) = −51.249); its sides start half the 28 px track further on,
    // 14/126 rad = 6.366° at −59.634°. Outer radius from there (−120.794, −70.773) to −30° (−70, −121.244),
    // inner radius back from −30° (−56, −96.995) to −59.634° (−96.635, −56.619), then to the point.
    expect(round3(w.fill)).toBe('M-120.794,-70.773A140,140,0,0,1,-70,-121.244L-56,-96.995A112,112,0,0,0,-96.635,-56.619L-115.107,-51.249Z');
  });

  it('leaves the fill empty when there is no progress', () => {
    const e = gaugeGeometry({ variant: 'arc', width: 320, progress: null, expected: null });
    expect(e.fill).toBe('');
    expect(e.track).not.toBe('');
    expect(e.overflow).toBeNull();
    expect(e.markers.map((m) => m.kind)).toEqual(['baseline', 'target']);
  });

  it('flags overflow above and pins a far expected marker to the right end', () => {
    const o = gaugeGeometry({ variant: 'arc', width: 320, progress: 3, expected: 10 });
    expect(o.domain).toEqual([0, 1.5]);
    expect(o.overflow).toBe('above');
    const e = markerOf(o.markers, 'expected');
    expect(e.x2).toBe(146);
    expect(e.y2).toBeCloseTo(0, 6);
    // The fill is clamped to the end of the scale too.
    expect(round3(o.fill)).toBe('M-140,0A140,140,0,1,1,140,0L112,0A112,112,0,1,0,-112,0Z');
  });

  it('flags overflow below', () => {
    const o = gaugeGeometry({ variant: 'arc', width: 320, progress: -2, expected: 0.5 });
    expect(o.domain).toEqual([-0.5, 1]);
    expect(o.overflow).toBe('below');
  });

  it('does not flag 1.2 as overflow (the scale widens to 1.25)', () => {
    expect(gaugeGeometry({ variant: 'arc', width: 320, progress: 1.2, expected: 0.8 }).overflow).toBeNull();
  });
});

describe('an "about" target: its range as a band, the latest value as a dot', () => {
  // About 100 ± 5 from a baseline of 120 (round numbers): the range 95–105 is the shares 0.75–1.25; latest 101 is 0.95.
  const input = { width: 320, progress: 0.95, expected: 0.72, band: [0.75, 1.25] as const };

  it('arc: the scale reaches the band\'s far side (1.25), no fill, a dot mid-track (radius 126) at 0.95', () => {
    const g = gaugeGeometry({ variant: 'arc', ...input });
    expect(g.domain).toEqual([0, 1.25]);
    expect(g.fill).toBe('');
    expect(g.backward).toBe(false);
    // 0.95 of 1.25 is at −π/2 + 0.76π: (126 sin, −126 cos) = (91.85, −86.25); radius half the 28 px track + 1.
    expect(g.dot).toEqual({ x: 91.85, y: -86.25, r: 15 });
    // The band is the ring from 0.75 to 1.25: it ends at the right end, like the track.
    expect(g.band.startsWith('M')).toBe(true);
    expect(round3(g.band).endsWith('Z')).toBe(true);
    expect(g.band).not.toBe(g.track);
  });

  it('bar: band from x 190.8 to 314, dot at (240.08, 15)', () => {
    const g = gaugeGeometry({ variant: 'bar', ...input });
    // x = 6 + 308 · share ÷ 1.25.
    expect(g.band).toBe('M190.8,8H314V22H190.8Z');
    expect(g.dot).toEqual({ x: 240.08, y: 15, r: 8 });
    expect(g.fill).toBe('');
  });

  it('clips a band wider than the scale to it, and pins the dot of a value beyond it to the end', () => {
    // China clinker: range 1,710–1,890 around 1,800 from 1,854 is −0.67 … 2.67; a value at 3 overflows.
    const g = gaugeGeometry({ variant: 'bar', width: 320, progress: 3, expected: null, band: [-0.67, 2.67] });
    expect(g.domain).toEqual([0, 1.5]);
    expect(g.band).toBe(g.track);
    expect(g.dot).toEqual({ x: 314, y: 15, r: 8 });
    expect(g.overflow).toBe('above');
  });
});

describe('bar geometry', () => {
  const g = gaugeGeometry({ variant: 'bar', width: 320, progress: 0.5, expected: 0.4, milestones: [0.25] });

  it('spans the width with 6 px padding: x = 6 + 308 · share', () => {
    expect(g.width).toBe(320);
    expect(g.height).toBe(30);
    expect(g.origin).toEqual({ x: 0, y: 0 });
    expect(markerOf(g.markers, 'baseline').x1).toBe(6);
    expect(markerOf(g.markers, 'milestone').x1).toBe(83);
    expect(markerOf(g.markers, 'expected').x1).toBe(129.2);
    expect(markerOf(g.markers, 'target').x1).toBe(314);
  });

  it('keeps 40 px of bar in a column too narrow for it, and a valid width: 52 px for 20, 0 or −10 px (was −10, an <svg> error)', () => {
    for (const width of [20, 0, -10]) {
      const n = gaugeGeometry({ variant: 'bar', width, progress: 0.5, expected: null });
      expect(n.width, String(width)).toBe(52);
      expect(markerOf(n.markers, 'target').x1).toBe(46);
    }
    expect(gaugeGeometry({ variant: 'bar', width: 52, progress: 0.5, expected: null }).width).toBe(52);
    expect(gaugeGeometry({ variant: 'bar', width: 53, progress: 0.5, expected: null }).width).toBe(53);
  });

  it('draws vertical markers across the band, longer for target and expected', () => {
    const t = markerOf(g.markers, 'target');
    expect([t.x1, t.y1, t.x2, t.y2]).toEqual([314, 2, 314, 28]);
    const b = markerOf(g.markers, 'baseline');
    expect([b.y1, b.y2]).toEqual([8, 22]);
    const m = markerOf(g.markers, 'milestone');
    expect([m.y1, m.y2]).toEqual([6, 24]);
  });

  it('draws the track and the fill as rectangles', () => {
    expect(g.track).toBe('M6,8H314V22H6Z');
    expect(g.fill).toBe('M6,8H160V22H6Z');
  });

  it('moves the baseline right when the scale starts below 0', () => {
    // domain [−0.5, 1]: x(0) = 6 + 308 · 0.5 / 1.5 = 108.67; x(−0.3) = 6 + 308 · 0.2 / 1.5 = 47.07.
    const w = gaugeGeometry({ variant: 'bar', width: 320, progress: -0.3, expected: null });
    expect(markerOf(w.markers, 'baseline').x1).toBe(108.67);
    // Pointed back at the value: the point at 47.07, mid-bar (y 15), the sides from 7 px (half the bar) further on.
    expect(w.fill).toBe('M54.07,8H108.67V22H54.07L47.07,15Z');
  });

  it('leaves the fill empty when progress is null', () => {
    expect(gaugeGeometry({ variant: 'bar', width: 320, progress: null, expected: null }).fill).toBe('');
  });

  it('flags overflow and clamps the fill to the scale end', () => {
    const o = gaugeGeometry({ variant: 'bar', width: 320, progress: 2, expected: null });
    expect(o.overflow).toBe('above');
    expect(o.fill).toBe('M6,8H314V22H6Z');
    const u = gaugeGeometry({ variant: 'bar', width: 320, progress: -1, expected: null });
    expect(u.overflow).toBe('below');
    // domain [−0.5, 1]: from x(−0.5) = 6 to x(0) = 108.67.
    expect(u.fill).toBe('M13,8H108.67V22H13L6,15Z');
  });

  it('draws a backward fill shorter than its point as a triangle back from the baseline', () => {
    // Domain [−0.25, 1]: x(0) = 6 + 308 · 0.25 / 1.25 = 67.6, x(−0.01) = 6 + 308 · 0.24 / 1.25 = 65.14: 2.46 px from
    // the baseline, less than the 7 px point.
    expect(gaugeGeometry({ variant: 'bar', width: 320, progress: -0.01, expected: null }).fill).toBe('M67.6,8H67.6V22H67.6L65.14,15Z');
  });

  it('keeps a minimum length of 40 px on absurdly narrow widths', () => {
    const n = gaugeGeometry({ variant: 'bar', width: 10, progress: 1, expected: null });
    expect(markerOf(n.markers, 'target').x1).toBe(46);
  });
});

describe('GAUGE_ASPECT', () => {
  it('is a CSS aspect-ratio for each variant', () => {
    for (const v of Object.values(GAUGE_ASPECT)) expect(v).toMatch(/^\d+(\.\d+)? \/ \d+(\.\d+)?$/);
  });
});

describe('gaugeReserve', () => {
  it('reserves the chart in px and the text in em (worked: 320 px arc → 290 px chart × 0.525 = 152 px)', () => {
    // text: 17.6 em + wrapping at 320 px (325 / 18.125 em inner − 7 = 10.93 → 10.9)
    expect(gaugeReserve('arc', 320, 'en', 16, null)).toBe('calc(152px + 28.5em)');
    expect(gaugeReserve('arc', 1200, 'en', 16, null)).toBe('calc(153px + 17.6em)'); // the arc stops growing at 292 px; no wrapping
    // Never below a 120 px arc; 325 / 4.375 − 7 = 67.3, and 4.375 em is 13.625 em under 18: + 0.4 em each, 5.45.
    expect(gaugeReserve('arc', 100, 'en', 16, null)).toBe('calc(63px + 90.4em)');
    // bar: 30 px; 640 px: 325 / 38.125 − 7 = 1.52 → 1.5
    expect(gaugeReserve('bar', 640, 'en', 16, null)).toBe('calc(30px + 19.1em)');
    // Chinese wraps into 0.6 of the lines: 480 px, 325 / 28.125 − 7 = 4.56 × 0.6 = 2.73 → 2.7
    expect(gaugeReserve('arc', 480, 'zh', 16, null)).toBe('calc(153px + 20.3em)');
  });
  it('at 200% text (32 px), a 320 px column is 8.19 em inside: 0.4 em (Chinese 1.2) for each em under 18', () => {
    // (320 − 56 − 2) / 32 = 8.1875 em; 325 / 8.1875 − 7 = 32.69 → 32.7; 18 − 8.1875 = 9.8125 em under:
    // + 3.925 em (en) → 17.6 + 32.7 + 3.925 = 54.2; zh: 32.69 × 0.6 = 19.6, + 11.775 → 49.0.
    expect(gaugeReserve('bar', 320, 'en', 32, null)).toBe('calc(30px + 54.2em)');
    expect(gaugeReserve('bar', 320, 'zh', 32, null)).toBe('calc(30px + 49em)');
    // 640 px at 32 px is 18.19 em: nothing added (17.6 + 325 / 18.1875 − 7 = 10.87 → 10.9).
    expect(gaugeReserve('bar', 640, 'en', 32, null)).toBe('calc(30px + 28.5em)');
    // A measured reserve gets it too: E320 = 30 em and more below its width (30 + 10 × 1.8206 = 48.2, see measuredEm),
    // + 3.925 → 52.1.
    expect(gaugeReserve('bar', 320, 'en', 32, '30 25 20')).toBe('calc(30px + 52.1em)');
  });
});

describe('edges: gauge geometry boundaries', () => {
  it('the track is round(0.2 · r) thick, at least 12 px: r 60 → 12 (inner 48), r 95.5 → round(19.1) = 19 (inner 76.5)', () => {
    // width 100: r = max(60, min(140, 100/2 − 6)) = 60; the baseline marker runs from the inner radius 48 to 60, at the left end.
    const narrow = markerOf(gaugeGeometry({ variant: 'arc', width: 100, progress: 0.5, expected: null }).markers, 'baseline');
    expect([narrow.x1, narrow.x2]).toEqual([-48, -60]);
    // width 203: r = 203/2 − 6 = 95.5; thickness round(19.1) = 19; inner 76.5.
    const mid = markerOf(gaugeGeometry({ variant: 'arc', width: 203, progress: 0.5, expected: null }).markers, 'baseline');
    expect([mid.x1, mid.x2]).toEqual([-76.5, -95.5]);
  });

  it('draws the dot only for an "about" target with a value: none without a band, none without data', () => {
    expect(gaugeGeometry({ variant: 'bar', width: 320, progress: 0.5, expected: null }).dot).toBeNull();
    expect(gaugeGeometry({ variant: 'bar', width: 320, progress: null, expected: null, band: [0.75, 1.25] }).dot).toBeNull();
  });

  it('keeps the target marker at share 1 when the scale widens past it: bar x = 6 + 308 · 1 / 1.25 = 252.4', () => {
    const g = gaugeGeometry({ variant: 'bar', width: 320, progress: 1.2, expected: null });
    expect(g.domain).toEqual([0, 1.25]);
    expect(markerOf(g.markers, 'target').x1).toBe(252.4);
  });

  it('draws no expected marker for a non-finite expected share', () => {
    expect(gaugeGeometry({ variant: 'bar', width: 320, progress: 0.5, expected: NaN }).markers.map((m) => m.kind)).toEqual(['baseline', 'target']);
  });

  it('progress exactly 0 or exactly 1 is neither backward nor overflow (the scale ends are inside it)', () => {
    const zero = gaugeGeometry({ variant: 'bar', width: 320, progress: 0, expected: null });
    expect([zero.backward, zero.overflow]).toEqual([false, null]);
    const one = gaugeGeometry({ variant: 'bar', width: 320, progress: 1, expected: null });
    expect([one.backward, one.overflow]).toEqual([false, null]);
  });

  it('reserves round(220 · 0.525) = round(115.5) = 116 px of arc at 250 px', () => {
    expect(gaugeReserve('arc', 250, 'en', 16, null)).toMatch(/^calc\(116px \+ /);
  });
});
