import { describe, expect, it } from 'vitest';
import { measuredEm, narrowEm, PANEL_AT, RESERVE_AT, reserveEm, sectorsReserve, tenth, trajectoryReserve, wrapEm } from './reserve.js';

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

describe('narrowEm', () => {
  it('is nothing from 18 em inside: 320 px at 16 px is 18.125 em, 640 px at 32 px 18.19 em', () => {
    for (const [w, px] of [[320, 16], [360, 16], [560, 16], [900, 16], [640, 32], [1100, 32]]) expect(narrowEm(w!, px!, 'en', 1, 2), `${w} at ${px}`).toBe(0);
  });
  it('is `en` (Chinese `zh`) em for each em under 18 (worked: 320 px at 32 px, (320 − 58) / 32 = 8.1875 em, 9.8125 under)', () => {
    expect(narrowEm(320, 32, 'en', 0.55, 0.8)).toBeCloseTo(5.397, 3);
    expect(narrowEm(320, 32, 'zh', 0.55, 0.8)).toBeCloseTo(7.85, 3);
    // 300 px at 16 px: (300 − 30) / 16 = 16.875 em, 1.125 under.
    expect(narrowEm(300, 16, 'en', 0.4, 1.2)).toBeCloseTo(0.45, 3);
  });
});

describe('trajectoryReserve', () => {
  it('is the chart in px plus 15.9 em and what wraps (700 px: 419 px chart, 15.9 + 6 em)', () => {
    // 410 / 41.875 = 9.791; − 3.75 = 6.041 → 6.0; Chinese 0.8 of it: 4.833 → 4.8.
    expect(trajectoryReserve(700, 419, 16, 'en', null)).toBe('calc(419px + 21.9em)');
    expect(trajectoryReserve(700, 419, 16, 'zh', null)).toBe('calc(419px + 20.7em)');
    // 320 px: 410 / 18.125 = 22.621; − 3.75 = 18.871 → 18.9.
    expect(trajectoryReserve(320, 220, 16, 'en', null)).toBe('calc(220px + 34.8em)');
  });
  it('at 200% text, 0.55 em (Chinese 0.8) more for each em of column under 18 (320 px at 32 px: 8.1875 em, 9.8125 under)', () => {
    // 410 / 8.1875 = 50.08; − 3.75 = 46.33 → 46.3; + 15.9 + 5.397 = 67.6. Chinese: 46.33 × 0.8 = 37.06 → 37.1;
    // + 15.9 + 7.85 = 60.85 → 60.9.
    expect(trajectoryReserve(320, 440, 32, 'en', null)).toBe('calc(440px + 67.6em)');
    expect(trajectoryReserve(320, 440, 32, 'zh', null)).toBe('calc(440px + 60.9em)');
    // 640 px at 32 px (18.19 em) as before: 410 / 18.1875 − 3.75 = 18.79 → 18.8, + 15.9.
    expect(trajectoryReserve(640, 440, 32, 'en', null)).toBe('calc(440px + 34.7em)');
  });
});

describe('sectorsReserve', () => {
  it('at 900 px (three columns): rows of 4 + 3 em, heading and footer 15.8 + 3.8 em (worked: 19.6 + 6 × 7 = 61.6)', () => {
    // inner width (900 − 28 − 2) / 16 = 54.375 em; row: 205 / 54.375 = 3.77; − 0.8 = 2.97 → 3.0 (rounded before it is
    // added); heading: 305 / 54.375 = 5.61; − 1.85 = 3.76 → 3.8.
    const [frame, row] = sectorsReserve(900, 6, 16, 'en', false, null);
    expect(row).toBe(7);
    expect(frame).toBeCloseTo(61.6, 6);
  });
  it('at 320 px (stacked): rows of 6.2 + 6.3 em, heading and footer 15.8 + 15 em', () => {
    // inner 18.125 em; row: 130 / 18.125 = 7.17; − 0.85 = 6.32 → 6.3; heading: 305 / 18.125 = 16.83; − 1.85 = 14.98 → 15.0
    const [frame, row] = sectorsReserve(320, 6, 16, 'en', false, null);
    expect(row).toBe(12.5);
    expect(frame).toBeCloseTo(105.8, 6); // 15.8 + 15 + 6 × 12.5
  });
  it('at 200% text, 1.7 em (Chinese 0.75) more for the panel for each em of column under 18, whatever its rows', () => {
    // 320 px at 32 px: 8.1875 em inside, 9.8125 under 18: + 16.68 em (en), + 7.36 (zh). Rows: 130 / 8.1875 − 0.85 =
    // 15.03 → 6.2 + 15 = 21.2; heading: 305 / 8.1875 − 1.85 = 35.40 → 35.4; 15.8 + 35.4 + 3 × 21.2 + 16.68 = 131.5.
    expect(sectorsReserve(320, 3, 32, 'en', false, null)).toEqual([131.5, 21.2]);
    // Chinese: row 6.2 + 12.78 → 19; heading 30.09 → 30.1; 15.8 + 30.1 + 57 + 7.36 = 110.26 → 110.3.
    expect(sectorsReserve(320, 3, 32, 'zh', false, null)).toEqual([110.3, 19]);
    // Measured: its frame (101 em at 320 px and 32 px: see measuredEm) plus the same, 117.7; the skeleton's rows as
    // estimated, within the measured height ((101 − 8) / 3 = 31).
    expect(sectorsReserve(320, 3, 32, 'en', false, '60 55 48 40 45 38')).toEqual([117.7, 21.2]);
  });
  it('wraps Chinese at 0.85 of English', () => {
    // row: 6.32 × 0.85 = 5.37 → 5.4; heading: 14.98 × 0.85 = 12.73 → 12.7
    expect(sectorsReserve(320, 6, 16, 'zh', false, null)).toEqual([tenth(15.8 + 12.7 + 6 * 11.6), 11.6]);
  });
  it('a panel of every target reserves its longer list of sources: 6.5 em and what wraps', () => {
    // 320 px: 165 / 18.125 = 9.10; − 1.35 = 7.75 → 7.8, so 14.3 em more than the filtered panel (105.8)
    expect(sectorsReserve(320, 6, 16, 'en', true, null)).toEqual([120.1, 12.5]);
    // 900 px: 165 / 54.375 = 3.03; − 1.35 = 1.68 → 1.7: 8.2 em more (61.6); the rows are the same
    expect(sectorsReserve(900, 6, 16, 'en', true, null)).toEqual([69.8, 7]);
  });
  it('switches to three columns at 44 em inner width, as the stylesheet’s container query', () => {
    // 733 px: 43.94 em inner, stacked: 6.2 + (130 / 43.94 − 0.85 = 2.11 → 2.1)
    expect(sectorsReserve(733, 1, 16, 'en', false, null)[1]).toBe(8.3);
    // 735 px: 44.06 em inner, three columns: 4 + (205 / 44.06 − 0.8 = 3.85 → 3.9) = 7.9
    expect(sectorsReserve(735, 1, 16, 'en', false, null)[1]).toBe(7.9);
  });
});

describe('measuredEm: the loading height the embed builder measured for this very widget ("E320 E360 E900", em)', () => {
  // Inner widths at 16 px: (320 − 30) / 16 = 18.125, (360 − 30) / 16 = 20.625, (900 − 30) / 16 = 54.375 em.
  it('is measured where the builder previews it, at 320, 360 and 900 px', () => {
    expect(RESERVE_AT).toEqual([18.125, 20.625, 54.375]);
  });
  it('from 320 to 360 px: E320; from 900 px: E900 (each an upper bound from its width up: a widget shortens as it widens)', () => {
    expect(measuredEm('24.5 22 14', 320, 16)).toBe(24.5);
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
  it('below 320 px’s 18.125 em: E320 and more, as an area over the width through E320 and E900 (a = 10.5 / 0.036782 = 285.5)', () => {
    // 320 px at 32 px (200% text): 8.1875 em inner; 24.5 + 285.5 × (1 / 8.1875 − 1 / 18.125) = 24.5 + 285.5 × 0.066965
    // = 43.62 → 43.6 (E320 alone: the widget grew by 19 em, 612 px, when its data came).
    expect(measuredEm('24.5 22 14', 320, 32)).toBe(43.6);
    // 300 px at 16 px: 16.875 em; 24.5 + 285.5 × 0.004087 = 25.67 → 25.7.
    expect(measuredEm('24.5 22 14', 300, 16)).toBe(25.7);
    // Nothing that wraps (E320 = E900): E320. Taller at 900 than at 320: E320, no less.
    expect(measuredEm('14 14 14', 320, 32)).toBe(14);
    expect(measuredEm('14 14 20', 320, 32)).toBe(14);
    // At most 500 em; a column under 1 em inside counts as 1 em (24.5 + 285.5 × 0.9448 = 294.2).
    expect(measuredEm('400 300 100', 320, 32)).toBe(500);
    expect(measuredEm('24.5 22 14', 20, 16)).toBe(294.2);
  });
  it('counts the width in the widget’s own em (640 px at 20 px: 30.15 em inner, 14 + 8.82 − 4.89 + 3 = 20.9)', () => {
    expect(measuredEm('24.5 22 14', 640, 20)).toBe(20.9);
  });
  it('is NaN without its numbers, so the widget estimates instead (trajectoryReserve: 15.9 + 6 em at 700 px)', () => {
    for (const bad of [null, '', 'a b c', '22 14']) for (const w of [640, 1000]) expect(measuredEm(bad, w, 16), `${bad} at ${w}`).toBeNaN();
    expect(trajectoryReserve(700, 419, 16, 'en', 'a b c')).toBe(trajectoryReserve(700, 419, 16, 'en', null));
    // 700 px (41.875 em inner): 14 + 6.35 − 4.89 + 3 = 18.46 → 18.5.
    expect(trajectoryReserve(700, 419, 16, 'en', '24.5 22 14')).toBe('calc(419px + 18.5em)');
  });
  it('is at most 500 em, about the most `rows` reserves (40 rows of every target at 320 px: 501 em), whatever a CMS writes', () => {
    // Unbounded, reserve="9999 9999 9999" kept a gauge 160,000 px tall after its data came, and "1e300 …" a trajectory
    // 33 million px: the article below it was gone.
    expect(measuredEm('9999 9999 9999', 640, 16)).toBe(500);
    expect(measuredEm('1e400 1e400 1e400', 300, 16)).toBe(500);
    expect(measuredEm('24.5 9999 14', 640, 16)).toBeLessThanOrEqual(500);
    expect(trajectoryReserve(700, 419, 16, 'en', '1e300 1e300 1e300')).toBe('calc(419px + 500em)');
    expect(sectorsReserve(600, 3, 16, 'en', false, '9999 9999 9999 9999 9999 9999')[0]).toBe(500);
    // Measurements below it are as they were.
    expect(measuredEm('499 499 499', 640, 16)).toBe(499);
  });
});

describe('reserveEm: a reserve is read whole, or not at all', () => {
  it('is its n numbers above 0, between any spaces, each at most 500 em', () => {
    expect(reserveEm('32.2 26.2 17.9', 3)).toEqual([32.2, 26.2, 17.9]);
    expect(reserveEm(' 32.2  26.2\t17.9 ', 3)).toEqual([32.2, 26.2, 17.9]);
    expect(reserveEm('79.3 72 61 46.5 54.7 44.6', 6)).toEqual([79.3, 72, 61, 46.5, 54.7, 44.6]);
    expect(reserveEm('1e400 9999 1', 3)).toEqual([500, 500, 1]);
  });
  it('is null for anything else, so the widget estimates (and says so in the console)', () => {
    // "-5" reserved 5 em less than the chart below 360 px; "32px …" was read as 32 em; a panel's six on a gauge were
    // read with a panel's widths.
    for (const bad of [null, undefined, '', '  ', 'tall', '-5', '-5 -5 -5', '0 0 0', '32px 26px 18px', '32 26', '32 26 18 12', '32 NaN 18', '32,26,18', '79.3 72 61 46.5 54.7 44.6'])
      expect(reserveEm(bad, 3), String(bad)).toBeNull();
    expect(reserveEm('32.2 26.2 17.9', 6)).toBeNull();
  });
  it('measuredEm is NaN for it at every width: "-5" no longer reserves less than the chart at a phone\'s width', () => {
    for (const w of [300, 320, 340, 640, 1000]) {
      expect(measuredEm('-5', w, 16), `-5 at ${w}`).toBeNaN();
      expect(measuredEm('-5 -5 -5', w, 16), `-5 -5 -5 at ${w}`).toBeNaN();
      expect(measuredEm('32 26 18 12 10 9', w, 16), `a panel's six on a gauge at ${w}`).toBeNaN();
    }
    expect(trajectoryReserve(320, 200, 16, 'en', '-5')).toBe(trajectoryReserve(320, 200, 16, 'en', null));
    expect(sectorsReserve(320, 3, 16, 'en', false, 'tall')).toEqual(sectorsReserve(320, 3, 16, 'en', false, null));
  });
});

describe('measuredEm for a sector panel: its whole height at PANEL_AT ("E320 E360 E480 E733 E734 E900", em)', () => {
  // A made-up panel, taller again once its rows go onto one line each at 44 em (40 → 45 em), as the EU's is (46.5 → 54.7).
  const r = '60 55 48 40 45 38';
  it('is measured at 320, 360 and 480 px, either side of the rows’ change of layout at 44 em, and at 900 px', () => {
    expect(PANEL_AT).toEqual([18.125, 20.625, 28.125, 43.9375, 44, 54.375]);
  });
  it('from 320 to 360 px: E320; from 900 px: E900', () => {
    expect(measuredEm(r, 340, 16, 6)).toBe(60);
    expect(measuredEm(r, 900, 16, 6)).toBe(38);
    expect(measuredEm(r, 1100, 16, 6)).toBe(38);
  });
  it('below 320 px: E320 and more, as an area over the width through E320 and E480 (its rows stacked in both)', () => {
    // 320 px at 32 px: 8.1875 em; a = 12 / (1 / 18.125 − 1 / 28.125) = 611.7; 60 + 611.7 × 0.066965 = 100.96 → 101.
    expect(measuredEm(r, 320, 32, 6)).toBe(101);
  });
  it('between two widths: a straight line through them plus 3 em, at most the higher of the two', () => {
    // 440 px (25.625 em): 48 + 3 + (55 − 48) × (28.125 − 25.625) / (28.125 − 20.625) = 51 + 2.33 = 53.3.
    expect(measuredEm(r, 440, 16, 6)).toBe(53.3);
    // 400 px (23.125 em): 51 + 4.67 = 55.7, more than E360: 55.
    expect(measuredEm(r, 400, 16, 6)).toBe(55);
    // 600 px (35.625 em): 40 + 3 + (48 − 40) × (43.9375 − 35.625) / (43.9375 − 28.125) = 43 + 4.21 = 47.2.
    expect(measuredEm(r, 600, 16, 6)).toBe(47.2);
    // 850 px (51.25 em): 38 + 3 + 7 × (54.375 − 51.25) / (54.375 − 44) = 41 + 2.11 = 43.1.
    expect(measuredEm(r, 850, 16, 6)).toBe(43.1);
  });
  it('from 44 em, the panel’s height in one-line rows (E734), not the stacked rows’ just below (E733)', () => {
    // 734 px (44 em): 38 + 3 + 7 × 1 = 48, at most 45. Through E733 and E900 it would be 40 + 3 × … under 45: grown.
    expect(measuredEm(r, 734, 16, 6)).toBe(45);
    expect(measuredEm(r, 800, 16, 6)).toBe(45);
    // 733 px (43.9375 em, still stacked): 45 + 3 + (40 − 45) × 1 = 43, at least E733 (40).
    expect(measuredEm(r, 733, 16, 6)).toBe(43);
  });
  it('counts the width in the panel’s own em (640 px at 20 px: 30.15 em, 43 + 8 × 13.79 / 15.81 = 50.0, at most 48)', () => {
    expect(measuredEm(r, 640, 20, 6)).toBe(48);
  });
  it('gives sectorsReserve its frame, and the skeleton rows as estimated but within it (less 8 em for the rest)', () => {
    // At 600 px: estimated 3 rows, their row 6.2 + (130 / 35.625 − 0.85 = 2.8) = 9 em, and the frame
    // 15.8 + (305 / 35.625 − 1.85 = 6.71 → 6.7) + 3 × 9 = 49.5 em; measured, 47.2 em, with room for those rows.
    expect(sectorsReserve(600, 3, 16, 'en', false, null)).toEqual([49.5, 9]);
    expect(sectorsReserve(600, 3, 16, 'en', false, r)).toEqual([47.2, 9]);
    // A panel measured at 20 em has room for rows of (20 − 8) / 3 = 4 em.
    expect(sectorsReserve(600, 3, 16, 'en', false, '20 20 20 20 20 20')).toEqual([20, 4]);
    // Without its numbers, the estimate.
    expect(sectorsReserve(600, 3, 16, 'en', false, '55 48')).toEqual([49.5, 9]);
  });
});
