import { describe, expect, it } from 'vitest';
import { measuredEm, RESERVE_AT, sectorsReserve, tenth, trajectoryReserve, wrapEm } from './reserve.js';

describe('wrapEm', () => {
  it('is area / inner width − slack, in em (worked: 700 px at 16 px → 43.75 − 1.875 = 41.875 em inner)', () => {
    // 377 / 41.875 = 9.003; − 5.2 = 3.803 → 3.8
    expect(wrapEm(700, 16, 'en', 377, 5.2)).toBe(3.8);
    // 320 px: 18.125 em inner; 377 / 18.125 = 20.8; − 5.2 = 15.6
    expect(wrapEm(320, 16, 'en', 377, 5.2)).toBe(15.6);
  });
  it('takes 0.85 of the lines in Chinese (3.803 × 0.85 = 3.23 → 3.2), or the share given (× 0.6 = 2.28 → 2.3)', () => {
    expect(wrapEm(700, 16, 'zh', 377, 5.2)).toBe(3.2);
    expect(wrapEm(700, 16, 'zh', 377, 5.2, 0.6)).toBe(2.3);
    expect(wrapEm(700, 16, 'en', 377, 5.2, 0.6)).toBe(3.8);
  });
  it('is 0 once the text no longer wraps (1100 px: 377 / 66.875 = 5.64, just over 5.2 → 0.4; 1400 px → 0)', () => {
    expect(wrapEm(1100, 16, 'en', 377, 5.2)).toBe(0.4);
    expect(wrapEm(1400, 16, 'en', 377, 5.2)).toBe(0);
  });
  it('counts the width in the widget’s own em (700 px at 20 px: 33.125 em inner, 377 / 33.125 − 5.2 = 6.18)', () => {
    expect(wrapEm(700, 20, 'en', 377, 5.2)).toBe(6.2);
  });
});

describe('trajectoryReserve', () => {
  it('is the chart in px plus 15.9 em and what wraps (700 px: 419 px chart, 15.9 + 6 em)', () => {
    // 410 / 41.875 = 9.791; − 3.75 = 6.041 → 6.0; Chinese 0.8 of it: 4.833 → 4.8.
    expect(trajectoryReserve(700, 419, 16, 'en')).toBe('calc(419px + 21.9em)');
    expect(trajectoryReserve(700, 419, 16, 'zh')).toBe('calc(419px + 20.7em)');
    // 320 px: 410 / 18.125 = 22.621; − 3.75 = 18.871 → 18.9.
    expect(trajectoryReserve(320, 220, 16, 'en')).toBe('calc(220px + 34.8em)');
  });
});

describe('sectorsReserve', () => {
  it('at 900 px (three columns): rows of 4.25 + 2 em, heading and footer 15.8 + 3.8 em (worked: 19.6 + 6 × 6.25 = 57.1)', () => {
    // inner width (900 − 28 − 2) / 16 = 54.375 em; row: 165 / 54.375 = 3.03; − 1.05 = 1.98 → 2.0 (rounded before it is
    // added); heading: 305 / 54.375 = 5.61; − 1.85 = 3.76 → 3.8. The row is reported to a tenth (6.25 → 6.3).
    const [frame, row] = sectorsReserve(900, 6, 16, 'en');
    expect(row).toBe(6.3);
    expect(frame).toBeCloseTo(57.1, 6);
  });
  it('at 320 px (stacked): rows of 6.4 + 5 em, heading and footer 15.8 + 15 em', () => {
    // inner 18.125 em; row: 114 / 18.125 = 6.29; − 1.3 = 4.99 → 5.0; heading: 305 / 18.125 = 16.83; − 1.85 = 14.98 → 15.0
    const [frame, row] = sectorsReserve(320, 6, 16, 'en');
    expect(row).toBe(11.4);
    expect(frame).toBeCloseTo(99.2, 6); // 15.8 + 15 + 6 × 11.4
  });
  it('wraps Chinese at 0.85 of English', () => {
    // row: 4.99 × 0.85 = 4.24 → 4.2; heading: 14.98 × 0.85 = 12.73 → 12.7
    expect(sectorsReserve(320, 6, 16, 'zh')).toEqual([tenth(15.8 + 12.7 + 6 * 10.6), 10.6]);
  });
  it('a panel of every target reserves its longer list of sources: 6.5 em and what wraps', () => {
    // 320 px: 165 / 18.125 = 9.10; − 1.35 = 7.75 → 7.8, so 14.3 em more than the filtered panel (99.2)
    expect(sectorsReserve(320, 6, 16, 'en', true)).toEqual([113.5, 11.4]);
    // 900 px: 165 / 54.375 = 3.03; − 1.35 = 1.68 → 1.7: 8.2 em more (57.1); the rows are the same
    expect(sectorsReserve(900, 6, 16, 'en', true)).toEqual([65.3, 6.3]);
  });
  it('switches to three columns at 44 em inner width, as the stylesheet’s container query', () => {
    // 733 px: 43.94 em inner, stacked: 6.4 + (114 / 43.94 − 1.3 = 1.29 → 1.3)
    expect(sectorsReserve(733, 1, 16, 'en')[1]).toBe(7.7);
    // 735 px: 44.06 em inner, three columns: 4.25 + (165 / 44.06 − 1.05 = 2.69 → 2.7) = 6.95 → 7.0
    expect(sectorsReserve(735, 1, 16, 'en')[1]).toBe(7);
  });
});

describe('measuredEm: the loading height the embed builder measured for this very widget ("E320 E360 E900", em)', () => {
  // Inner widths at 16 px: (320 − 30) / 16 = 18.125, (360 − 30) / 16 = 20.625, (900 − 30) / 16 = 54.375 em.
  it('is measured where the builder previews it, at 320, 360 and 900 px', () => {
    expect(RESERVE_AT).toEqual([18.125, 20.625, 54.375]);
  });
  it('below 360 px: E320; from 900 px: E900 (each an upper bound from its width up: a widget shortens as it widens)', () => {
    expect(measuredEm('24.5 22 14', 340, 16)).toBe(24.5);
    expect(measuredEm('24.5 22 14', 900, 16)).toBe(14);
    expect(measuredEm('24.5 22 14', 1000, 16)).toBe(14);
  });
  it('between: b + a / w through E360 and E900, plus 3 em, at most E360', () => {
    // a = (22 − 14) / (1/20.625 − 1/54.375) = 8 / 0.030094 = 265.8; at 640 px (38.125 em inner):
    // 14 + 265.8 / 38.125 − 265.8 / 54.375 + 3 = 14 + 6.97 − 4.89 + 3 = 19.08 → 19.1.
    expect(measuredEm('24.5 22 14', 640, 16)).toBe(19.1);
    // At 899 px: 14 + 4.89 − 4.89 + 3 ≈ 17.0; at 400 px (23.125 em) 23.6, more than E360: 22.
    expect(measuredEm('24.5 22 14', 899, 16)).toBe(17);
    expect(measuredEm('24.5 22 14', 400, 16)).toBe(22);
    // A widget as tall at 360 as at 900 (nothing wraps): E900 + 3, at most E360: 14.
    expect(measuredEm('14 14 14', 640, 16)).toBe(14);
  });
  it('counts the width in the widget’s own em (640 px at 20 px: 30.15 em inner, 14 + 8.82 − 4.89 + 3 = 20.9)', () => {
    expect(measuredEm('24.5 22 14', 640, 20)).toBe(20.9);
  });
  it('is NaN without its numbers, so the widget estimates instead (trajectoryReserve: 15.9 + 6 em at 700 px)', () => {
    for (const bad of [null, '', 'a b c', '22 14']) expect(measuredEm(bad, 640, 16), String(bad)).toBeNaN();
    expect(trajectoryReserve(700, 419, 16, 'en', 'a b c')).toBe(trajectoryReserve(700, 419, 16, 'en'));
    // 700 px (41.875 em inner): 14 + 6.35 − 4.89 + 3 = 18.46 → 18.5.
    expect(trajectoryReserve(700, 419, 16, 'en', '24.5 22 14')).toBe('calc(419px + 18.5em)');
  });
});
