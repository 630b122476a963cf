/**
 * Where the trajectory's tooltip sits: beside its point, inside the chart. Pure: the tooltip's height is estimated
 * from its text (it cannot be measured before it is drawn), with the theme's small text (0.8125 em) on lines 1.3
 * high, at most min(16 em, the chart's width) wide, 0.35 em padding above and below, 0.55 em at the sides, a 1 px border.
 *
 * It goes above its point where the chart has room for it there, else below where there is room, so it never covers
 * the status and pace above the chart or the legend below. Where neither side has room (a 320 px chart is 220 px
 * tall; a Chinese tooltip with a wrapped required path and a two-line source is 114 px) it takes the roomier side,
 * and its source keeps one line instead of two (`oneLine`). Sideways it is centred on its point, moved in as far as
 * its estimated width needs to stay inside the chart.
 *
 * Under a finger (`finger`: how far down the chart it touches) the hand covers everything below the fingertip, so the
 * box goes above both its point and the fingertip, never below; where there is no room above, it sits at the chart's
 * top edge beside the finger, on the side with more room, and where there is no room there either, above the fingertip
 * all the same, over the text above the chart. Under a finger, "above" and "the top edge" are of the part of the chart on
 * screen.
 */
import { textWidth } from '../i18n/text-width.js';

/** The tooltip's lines: year and value, status, required path ('' where there is none), source. */
export type TooltipText = readonly [value: string, status: string, path: string, source: string];

export interface TooltipPlace {
  /**
   * For styleMap: the box's near side in percent of the chart (`left` for a point in the chart's left half, else
   * `right`), its point's height, and the shift that puts it above or below the point.
   */
  readonly style: Readonly<Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'transform', string>>>;
  /** Its source is cut to one line (two otherwise). */
  readonly oneLine: boolean;
}

/** Gap between the point and the tooltip, px. */
const OFFSET = 12;
/** Room kept clear above and beside a touch, px: half a fingertip (about 5 mm on a phone) and some air. */
const FINGER = 36;
/** The theme's small text (`--_pl-small`), in em of the widget's font. */
export const SMALL = 0.8125;
const LINE = 1.3;

const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

/**
 * Estimated tooltip height and width in px, with its source on at most `sourceLines` lines: its lines at 1.3 em, and
 * padding (0.35 em above and below, 0.55 em a side) and border; at most min(16 em, the chart's width) wide (its CSS max-width).
 */
export function tooltipSize(text: TooltipText, chartWidth: number, fontPx: number, sourceLines: number): [height: number, width: number] {
  const font = fontPx * SMALL;
  const max = Math.min(16 * font, chartWidth);
  const sides = 1.1 * font + 2;
  const lines = (s: string) => (s ? Math.max(1, Math.ceil(textWidth(s, font) / (max - sides))) : 0);
  const [value, status, path, source] = text;
  return [
    (lines(value) + lines(status) + lines(path) + Math.min(sourceLines, lines(source))) * LINE * font + 0.7 * font + 2,
    Math.min(max, Math.max(...text.map((s) => textWidth(s, font))) + sides),
  ];
}

/**
 * The tooltip of the point at (`x`, `y`) px in a `width` × `height` px chart, for a `fontPx` element font; `finger`: where a
 * finger touches, px down; `hidden`: how much of the chart's top is scrolled above the screen, px (under a finger only).
 */
export function tooltipPlace(x: number, y: number, width: number, height: number, fontPx: number, text: TooltipText, finger: number | undefined, hidden: number): TooltipPlace {
  const touch = finger !== undefined;
  // The lowest the box may end: above its point, and above the fingertip too. Below is never open to a finger.
  const top = touch ? Math.min(y, finger - FINGER) : y;
  // The room above it: under a finger, on screen only (a phone's chart can be taller than the screen, in landscape; one
  // tapped near the screen's top edge put the box at the chart's top edge, off the screen).
  // (Without a finger, none is: a key pressed after a touch passed the touch's, and its box went below its point with
  // room above.)
  const room = top - (touch ? hidden : 0);
  const below = touch ? -Infinity : height - y;
  // With 4 px to spare: a line of Chinese in a fallback font can be a little taller than 1.3 em.
  const fits = (room: number, h: number) => room >= h + OFFSET + 4;
  const [full, wide] = tooltipSize(text, width, fontPx, 2);
  const oneLine = !fits(room, full) && !fits(below, full);
  const h = oneLine ? tooltipSize(text, width, fontPx, 1)[0] : full;
  const above = fits(room, h) || (!fits(below, h) && room > below);
  // Too tall for either side even so (large text on a phone), it stays inside the chart at the roomier side's edge,
  // over its point, rather than cover the pace line above the chart or the legend below it; under a finger, at the
  // top edge beside the finger.
  // Centred on its point, moved in as far as the chart's side needs: held by the side nearer the point, so a box
  // wider than estimated grows towards the middle, not out of the frame (which clips it: "017 183 Mt CO₂" for
  // 2017 at 320 px, when the side was chosen from the point's position alone).
  const left = x < width / 2;
  const near = left ? x : width - x;
  // Under a finger with no room beside it either (a point near the middle of a phone's chart), the box goes above the
  // fingertip all the same, over the status and pace above the chart while the finger is down: at the top edge it sat
  // under the finger and over its own point.
  const neither = !fits(room, h) && !fits(below, h) && !(touch && width - near - FINGER < wide);
  return {
    style: {
      [left ? 'left' : 'right']: pct(Math.max(0, touch && neither ? near + FINGER : near - wide / 2) / width),
      // (At the top edge of what is on screen.)
      ...(neither ? { [above ? 'top' : 'bottom']: hidden ? pct(hidden / height) : '0%' } : { top: pct(top / height), transform: `translateY(${above ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`})` }),
    },
    oneLine,
  };
}

