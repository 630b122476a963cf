import { describe, expect, it } from 'vitest';
import { sectorsReserve, tenth, trajectoryReserve, wrapEm } from './reserve.js';

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
  it('at 900 px (three columns): rows of 4.85 + 2.3 em, heading and footer 16.7 + 0.4 em (worked: 17.1 + 6 × 7.15 = 60)', () => {
    // inner width (900 − 28 − 2) / 16 = 54.375 em; row: 203 / 54.375 = 3.73; − 1.45 = 2.28 → 2.3 (rounded before it is
    // added); heading: 327 / 54.375 = 6.01; − 5.57 = 0.44 → 0.4. The row is reported to a tenth (7.15 → 7.2).
    const [frame, row] = sectorsReserve(900, 6, 16, 'en');
    expect(row).toBe(7.2);
    expect(frame).toBeCloseTo(60, 6);
  });
  it('at 320 px (stacked): rows of 8.15 + 3.4 em, heading and footer 16.7 + 12.5 em', () => {
    // inner 18.125 em; row: 63.5 / 18.125 = 3.50; − 0.11 = 3.39 → 3.4; heading: 327 / 18.125 = 18.04; − 5.57 = 12.47 → 12.5
    const [frame, row] = sectorsReserve(320, 6, 16, 'en');
    expect(row).toBe(11.6);
    expect(frame).toBeCloseTo(98.5, 6); // 16.7 + 12.5 + 6 × 11.55
  });
  it('wraps Chinese at 0.85 of English', () => {
    // row: 3.39 × 0.85 = 2.88 → 2.9; heading: 12.47 × 0.85 = 10.60 → 10.6
    expect(sectorsReserve(320, 6, 16, 'zh')).toEqual([tenth(16.7 + 10.6 + 6 * 11.05), 11.1]);
  });
  it('switches to three columns at 36 em inner width, as the stylesheet’s container query', () => {
    // 605 px: 35.94 em inner, stacked: 8.15 + (63.5 / 35.94 − 0.11 = 1.66 → 1.7)
    expect(sectorsReserve(605, 1, 16, 'en')[1]).toBe(9.9);
    // 607 px: 36.06 em inner, three columns: 4.85 + (203 / 36.06 − 1.45 = 4.18 → 4.2)
    expect(sectorsReserve(607, 1, 16, 'en')[1]).toBe(9.1);
  });
});
