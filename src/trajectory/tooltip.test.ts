import { describe, expect, it } from 'vitest';
import { tooltipPlace, tooltipSize, type TooltipText } from './tooltip.js';

const tooltipHeight = (text: TooltipText, w: number, font: number, sourceLines: number) => tooltipSize(text, w, font, sourceLines)[0];
const tooltipWidth = (text: TooltipText, w: number, font: number) => tooltipSize(text, w, font, 2)[1];

// A 320 px trajectory: its chart is 292 × 220 px; the element's font 16 px, so the tooltip's 13 px. The tooltip is
// min(16 × 13, 292) = 208 px wide, 208 − 14.3 − 2 = 191.7 px inside (0.55 em padding a side, a 1 px border); a
// line is 1.3 × 13 = 16.9 px, and the padding and border add 0.7 × 13 + 2 = 11.1 px to its height.
const W = 292;
const H = 220;
const SHORT: TooltipText = ['2020 100', 'official', 'Required path: 100', 'Source: Xinhua'];
// Source: 4.5 em + 60 × 0.6 em = 40.5 em = 526.5 px: 3 lines of 191.7 px, shown on 2.
const LONG_SOURCE: TooltipText = ['2020 100', 'official', 'Required path: 100', `Source: ${'x'.repeat(60)}`];
// Path: 8.4 em + 20 × 0.6 em = 20.4 em = 265.2 px: 2 lines.
const TALL: TooltipText = ['2020 100', 'official', `Required path: ${'y'.repeat(20)}`, `Source: ${'x'.repeat(60)}`];

describe('tooltipHeight', () => {
  it('counts each line of small text, the source on at most two lines', () => {
    expect(tooltipHeight(SHORT, W, 16, 2)).toBeCloseTo(4 * 16.9 + 11.1, 6); // 78.7
    expect(tooltipHeight(LONG_SOURCE, W, 16, 2)).toBeCloseTo(5 * 16.9 + 11.1, 6); // 95.6
    expect(tooltipHeight(LONG_SOURCE, W, 16, 1)).toBeCloseTo(4 * 16.9 + 11.1, 6);
    expect(tooltipHeight(TALL, W, 16, 2)).toBeCloseTo(6 * 16.9 + 11.1, 6); // 112.5
  });
  it('leaves out a missing required path, and follows the font size', () => {
    expect(tooltipHeight(['2020 100', 'official', '', 'Source: Xinhua'], W, 16, 2)).toBeCloseTo(3 * 16.9 + 11.1, 6);
    // At 24 px the tooltip's text is 19.5 px: 16 × 19.5 = 312 > 292, so it is the chart's 292 px wide (268.6 inside).
    expect(tooltipHeight(SHORT, W, 24, 2)).toBeCloseTo(4 * 1.3 * 19.5 + 0.7 * 19.5 + 2, 6);
  });
});

describe('tooltipPlace', () => {
  const vertical = (p: ReturnType<typeof tooltipPlace>) => /translateY\((.*)\)$/.exec(p.style.transform ?? '')?.[1];
  it('goes above its point where it fits there (height + 12 px gap + 4 px to spare), else below', () => {
    // LONG_SOURCE needs 95.6 + 16 = 111.6 px.
    expect(vertical(tooltipPlace(146, 150, W, H, 16, LONG_SOURCE, undefined, 0))).toBe('calc(-100% - 12px)');
    expect(vertical(tooltipPlace(146, 100, W, H, 16, LONG_SOURCE, undefined, 0)), '100 px above, 120 below').toBe('12px');
    expect(tooltipPlace(146, 100, W, H, 16, LONG_SOURCE, undefined, 0).oneLine).toBe(false);
  });
  it('where neither side has room, cuts its source to one line and takes the roomier side', () => {
    // TALL needs 112.5 + 16 = 128.5 px: no side of a 220 px chart has it. With one source line, 111.6 px.
    const at112 = tooltipPlace(146, 112, W, H, 16, TALL, undefined, 0);
    expect(at112.oneLine).toBe(true);
    expect(vertical(at112), '112 px above: fits').toBe('calc(-100% - 12px)');
    const at110 = tooltipPlace(146, 110, W, H, 16, TALL, undefined, 0);
    expect(at110.oneLine).toBe(true);
    // 110 either side: neither fits even so. It sits at the bottom edge of the chart, over its point, inside (208 px
    // wide, centred on 146: 42 px from the right).
    expect(at110.style).toEqual({ right: '14.38%', bottom: '0%' });
    expect(tooltipPlace(146, 111, W, H, 16, TALL, undefined, 0).style).toEqual({ right: '14.38%', top: '0%' }); // 111 above, 109 below
  });
  it('estimates its width from its widest line, within min(16 em, 100%)', () => {
    // "Required path: 100": 16 × 0.6 + 2 × 0.3 = 10.2 em = 132.6 px, + 1.1 em padding (14.3) + 2 px border = 148.9.
    expect(tooltipWidth(SHORT, W, 16)).toBeCloseTo(148.9, 6);
    expect(tooltipWidth(LONG_SOURCE, W, 16)).toBe(208); // 16 em of 13 px
    expect(tooltipWidth(LONG_SOURCE, 200, 16)).toBe(200); // a 200 px chart's width
    // The widest line, whether the source is shown on one line or two.
    expect(tooltipSize(LONG_SOURCE, W, 16, 1)[1]).toBe(208);
  });
  it('is centred on its point, moved in as far as the chart\'s side needs, held by the nearer side', () => {
    // SHORT is 148.9 px wide, 74.45 each side of its point.
    expect(tooltipPlace(100, 150, W, H, 16, SHORT, undefined, 0).style).toEqual({ left: '8.75%', top: '68.18%', transform: 'translateY(calc(-100% - 12px))' }); // 25.55 px
    expect(tooltipPlace(10, 150, W, H, 16, SHORT, undefined, 0).style.left).toBe('0.00%'); // would start 64 px outside
    expect(tooltipPlace(146, 150, W, H, 16, SHORT, undefined, 0).style).toEqual({ right: '24.50%', top: '68.18%', transform: 'translateY(calc(-100% - 12px))' }); // 71.55 px
    expect(tooltipPlace(280, 150, W, H, 16, SHORT, undefined, 0).style.right).toBe('0.00%');
  });
  describe('under a finger (the hand covers everything below the fingertip)', () => {
    // SHORT is 78.7 px tall and needs 78.7 + 16 = 94.7 px of room; 148.9 px wide.
    it('goes above both its point and the fingertip (36 px above the touch)', () => {
      // Touching 10 px below a point at 150: the box ends at min(150, 160 − 36) = 124 px, which leaves room (124 ≥ 94.7).
      expect(tooltipPlace(146, 150, W, H, 16, SHORT, 160, 0).style).toEqual({ right: '24.50%', top: '56.36%', transform: 'translateY(calc(-100% - 12px))' });
      // Touching above the point, the fingertip decides: min(150, 140 − 36) = 104.
      expect(tooltipPlace(146, 150, W, H, 16, SHORT, 140, 0).style.top).toBe('47.27%');
      // Far below the point, the point decides, as for a mouse.
      expect(tooltipPlace(146, 150, W, H, 16, SHORT, 210, 0).style).toEqual(tooltipPlace(146, 150, W, H, 16, SHORT, undefined, 0).style);
    });
    it('never goes below: with no room above, it sits at the top edge beside the finger, on the roomier side, or else above the fingertip over the chart\'s top', () => {
      // A point 60 px down: a mouse's tooltip goes below it (60 px above is less than 94.7).
      expect(tooltipPlace(146, 60, W, H, 16, SHORT, undefined, 0).style.transform, 'a mouse: below').toBe('translateY(12px)');
      // A finger at 70 px: the box cannot end 34 px down, and below is under the hand. A point 40 px from the left
      // puts it right of the finger: 40 + 36 = 76 px from the left edge, 26.03% of 292.
      expect(tooltipPlace(40, 60, W, H, 16, SHORT, 70, 0).style).toEqual({ left: '26.03%', top: '0%' });
      // 40 px from the right: left of the finger, held by the right edge.
      expect(tooltipPlace(252, 60, W, H, 16, SHORT, 70, 0).style).toEqual({ right: '26.03%', top: '0%' });
      // In the middle of a 292 px chart neither side has 148.9 px beside the finger: above the fingertip all the same
      // (ending at 70 − 36 = 34 px down, 15.45% of 220), centred on its point, over the text above the chart. At the top
      // edge it sat under the finger and over its point.
      expect(tooltipPlace(146, 60, W, H, 16, SHORT, 70, 0).style).toEqual({ right: '24.50%', top: '15.45%', transform: 'translateY(calc(-100% - 12px))' });
    });
    it('counts as room above only the part of the chart on screen (a chart taller than a landscape phone\'s screen)', () => {
      // Touching 10 px below a point at 150: 124 px above, room for SHORT (94.7 needed) with the whole chart on screen.
      expect(tooltipPlace(40, 150, W, H, 16, SHORT, 160, 0).style).toEqual({ left: '0.00%', top: '56.36%', transform: 'translateY(calc(-100% - 12px))' });
      // With its top 60 px above the screen, 124 − 60 = 64 px are left on screen: too few, so beside the finger at the
      // top of what is on screen, 60 px down (27.27% of 220), 40 + 36 = 76 px from the left (26.03% of 292). It sat at
      // the chart's top edge, off the screen.
      expect(tooltipPlace(40, 150, W, H, 16, SHORT, 160, 60).style).toEqual({ left: '26.03%', top: '27.27%' });
      // 29 px above the screen leave 95 px: room enough, as before.
      expect(tooltipPlace(40, 150, W, H, 16, SHORT, 160, 29).style.top).toBe('56.36%');
      // A mouse's tooltip is not moved (hidden is passed for a finger only, and a mouse's goes below where above is short).
      expect(tooltipPlace(40, 150, W, H, 16, SHORT, undefined, 0).style.top).toBe('68.18%');
    });
    it('cuts its source to one line where that makes it fit in the part on screen', () => {
      // LONG_SOURCE needs 111.6 px, 94.7 on one line. Touching 10 px below a point at 150: 124 px above, the whole box
      // fits; with 20 px of the chart's top above the screen, 104 px on screen: on one line, still above its point.
      expect(tooltipPlace(146, 150, W, H, 16, LONG_SOURCE, 160, 0).oneLine).toBe(false);
      const p = tooltipPlace(146, 150, W, H, 16, LONG_SOURCE, 160, 20);
      expect(p.oneLine).toBe(true);
      expect(p.style).toMatchObject({ top: '56.36%', transform: 'translateY(calc(-100% - 12px))' });
    });
    it('ignores the part scrolled off screen without a finger (the keyboard after a touch: the trajectory keeps the last touch\'s)', () => {
      // A key pressed after a finger touched the chart 100 px below the screen's top: 150 px above the point, room for
      // SHORT (94.7 needed), so above it, as with nothing hidden; it went below (150 − 100 = 50 px "on screen").
      const key = tooltipPlace(40, 150, W, H, 16, SHORT, undefined, 0);
      expect(key.style.transform).toBe('translateY(calc(-100% - 12px))');
      expect(tooltipPlace(40, 150, W, H, 16, SHORT, undefined, 100)).toEqual(key);
      // Nor, with room on neither side, at the top of the part that was on screen: at the chart's top edge, 0%.
      expect(tooltipPlace(40, 60, W, H, 16, SHORT, undefined, 100)).toEqual(tooltipPlace(40, 60, W, H, 16, SHORT, undefined, 0));
    });
    it('cuts its source to one line where that makes it fit above the finger', () => {
      // LONG_SOURCE: 95.6 px (111.6 needed), 78.7 on one line (94.7 needed). Touching at 136: 100 px above the fingertip.
      const p = tooltipPlace(146, 150, W, H, 16, LONG_SOURCE, 136, 0);
      expect(p.oneLine).toBe(true);
      expect(p.style).toEqual({ right: '14.38%', top: '45.45%', transform: 'translateY(calc(-100% - 12px))' });
      // With room for two lines, two.
      expect(tooltipPlace(146, 150, W, H, 16, LONG_SOURCE, 160, 0).oneLine).toBe(false);
    });
  });
  it('stays inside the chart at every point (the 16 em box at 25–35% across a 320 px chart ran past its left edge)', () => {
    for (const text of [SHORT, LONG_SOURCE, TALL]) {
      const w = tooltipWidth(text, W, 16);
      // For a mouse, and for fingers touching below, beside and well above the point.
      for (const finger of [undefined, 200, 150, 60, 10])
        for (let x = 0; x <= W; x += 4) {
          const { left, right } = tooltipPlace(x, 150, W, H, 16, text, finger, 0).style;
          const start = left !== undefined ? (parseFloat(left) / 100) * W : W - (parseFloat(right!) / 100) * W - w;
          expect(start, `x ${x}, finger ${finger}`).toBeGreaterThanOrEqual(-0.01);
          expect(start + w, `x ${x}, finger ${finger}`).toBeLessThanOrEqual(W + 0.01);
        }
    }
  });
});
