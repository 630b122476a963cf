/**
 * The height a loading widget reserves, predicted from what it knows before its data: its width,
 * variant or layout, language and font size, not its text (pure; unit-tested). Title, readout,
 * legend and source links wrap into more lines as the column narrows. Over the built-in China
 * dataset (every target with data, 320–1100 px wide, 16 px) a widget's extra height from wrapping
 * fits `area / w − slack` em, w being the frame's inner width in em: `area` (em²) is how much text
 * wraps, and it stops wrapping at w = area / slack. A Chinese widget's text takes ~0.6 of the English
 * lines where all of it is Chinese (a CJK character is 1 em wide, but the same sentence has far fewer of
 * them), but its sources are often English titles, which wrap as English does (the EU dataset in Chinese
 * grew by up to 106 px at 320 px over a 0.6 reserve): 0.85 is reserved, erring towards spare height
 * above the footer (which does not move the page) rather than a shift.
 */
import type { Lang } from '../i18n/lang.js';

/** A widget frame's inner width in px: less its padding (the theme's 0.875 em each side) and its 1 px border each side. */
export const frameInner = (width: number, fontPx: number) => width - 1.75 * fontPx - 2;

/** Rounded to 0.1 em, as every reserved height is. */
export const tenth = (em: number) => Math.round(em * 10) / 10;

/**
 * Extra em of wrapped text at `width` px (font `fontPx`) for text of `area` em² that stops wrapping at `area / slack` em;
 * in Chinese `zh` of that; rounded to 0.1 em.
 */
export function wrapEm(width: number, fontPx: number, lang: Lang, area: number, slack: number, zh = 0.85): number {
  const inner = Math.max(1, frameInner(width, fontPx) / fontPx);
  return tenth(Math.max(0, area / inner - slack) * (lang === 'zh' ? zh : 1));
}

/**
 * Extra em in a column under 18 em wide inside: `en` (Chinese `zh`) em for each em under. There a line holds a few
 * words (figures held whole with their units, long words, text that must not break), so text takes more lines than its
 * area over the width says. 320 px at 16 px is 18.1 em (nothing added at 100% text from 320 px); at 32 px (200% text)
 * 640 px is 18.2 em and 320 px 8.2 em. Each widget's two are the least that keep the built-in datasets' widgets
 * (English and Chinese, 20–32 px text, 320–900 px) from growing more, in em, below 18 em than the most any grows at
 * 18–19 em (at 100% text in 320 px: 3.7 em a gauge, 6.5 a trajectory, 4.2 a panel). Before it, at 200% text in 320 px,
 * a Chinese bar gauge grew by 419 px (13.1 em), an English trajectory by 376 px and an English panel by 524 px.
 */
export const narrowEm = (width: number, fontPx: number, lang: Lang, en: number, zh: number) =>
  Math.max(0, 18 - frameInner(width, fontPx) / fontPx) * (lang === 'zh' ? zh : en);

/** Where the embed builder measures a gauge's or trajectory's `reserve`, widths in px (at 16 px: see RESERVE_AT). */
export const RESERVE_PX = [320, 360, 900];

/**
 * Where it measures a sector panel's: at 320, 360 and 480 px, either side of where its rows change layout (an inner
 * width of 44 em, the stylesheet's container query: 733 and 734 px at 16 px), and at 900 px.
 */
export const PANEL_PX = [320, 360, 480, 733, 734, 900];

/** Those widths as the frame's inner width in em, at 16 px. */
export const RESERVE_AT = RESERVE_PX.map((w) => frameInner(w, 16) / 16);
export const PANEL_AT = PANEL_PX.map((w) => frameInner(w, 16) / 16);

/**
 * The text's height in em at this width (the frame's height less its chart), from measurements of this very widget:
 * `reserve`, "E320 E360 E900", its text's height in em in the embed builder's 320, 360 and 900 px previews. A widget's
 * height falls as it widens (its text wraps less), so each is an upper bound from its width up: E320 below 360 px, E900
 * from 900 px. Between 360 and 900, text wrapping as an area over the width (E = b + a / w, through E360 and E900) plus
 * 3 em, at most E360: over the built-in datasets' 20 targets (gauges arc and bar, trajectories; English and Chinese;
 * ten widths, 320–1,100 px) 2 of 1,200 widgets grow when their data arrives (by 6 px at most; the estimate below
 * lets 150 grow, by up to 65 px) and the median spare room is 22 px (was 44; at most 106 px, was 221: the blank band
 * above the footer of a target without data at a phone's width). NaN without its numbers: the widget then estimates.
 * Below 320 px's width in em (a narrower column, or larger text: at 32 px a 320 px column is 8.2 em, not 18.1), E320
 * alone let a chart grow by up to 1,175 px: more, as an area over the width through E320 and E900. With narrowEm on top
 * (the widget's reserve adds it), over the same widgets at 20–32 px text under 18 em, 145 of 1,680 grow (by up to
 * 217 px, 6.8 em; were 1,562 of 1,680, by up to 1,175 px), with 85–103 px to spare at the median.
 *
 * A sector panel's is six numbers, its whole height at PANEL_AT, the same way, but its height is not monotone in width:
 * its rows, stacked below 44 em, are one line each from there, and some panels are taller for it (the EU's of every
 * target, by 8 em), hence two measurements 1 px apart there. Between two, a straight line, not an area over the width
 * (a panel's rows wrap in steps, under the area's curve: 23 of 1,280 grew), plus 3 em, at most the higher of the two:
 * over the 11 panels the builder offers for the built-in datasets (English and Chinese, twelve widths it does not
 * measure at, 340–1,100 px: 264) none grows when its data arrives, with 41 px to spare at the median and 155 px at most
 * (estimated from `rows`, 32 of 220 grow, by up to 57 px, and up to 349 px are spare). Below 320 px's width in em, E320
 * and more through E320 and E480 (the rows stacked in both), as a gauge's: 13 of 308 grow under 18 em (by up to 352 px,
 * a Chinese panel of the EU's; were 280, by up to 3,557 px), 196 px to spare at the median.
 *
 * `n`: how many heights the widget's `reserve` has, 3 (a gauge's or trajectory's) or 6 (a sector panel's). Any other
 * `reserve` is NaN too (see `reserveEm`).
 */
export function measuredEm(reserve: unknown, width: number, fontPx: number, n = 3): number {
  const e = reserveEm(reserve, n);
  if (!e) return NaN;
  const at = n > 3 ? PANEL_AT : RESERVE_AT;
  const w = frameInner(width, fontPx) / fontPx;
  // The first measured width above this one: none, the last height; the 360 px one, the 320 px one's; the 320 px one
  // (a narrower column, or larger text), more, below.
  const k = at.findIndex((x) => x > w);
  // Between two: text as an area over the width, a panel's rows (wrapping in steps) as a line.
  const f = (x: number) => (n > 3 ? x : -1 / x);
  const [l, r, il, ir] = [e[k - 1]!, e[k]!, f(at[k - 1]!), f(at[k]!)];
  // Below E320's width: its text as an area over the width through E320 and the third (E900; a panel's E480, its rows
  // still stacked), at most 500 em.
  const below = k ? 0 : (Math.max(0, e[0]! - e[2]!) * (1 / Math.max(1, w) - 1 / at[0]!)) / (1 / at[0]! - 1 / at[2]!);
  return k < 0 ? +e[at.length - 1]! : k < 2 ? Math.min(500, tenth(e[0]! + below)) : Math.min(Math.max(l, r), tenth(r + 3 + ((l - r) * (ir - f(w))) / (ir - il)));
}

/**
 * The `n` heights (em) of a `reserve`, each at most 500 em; null unless it is `n` numbers above 0 between spaces, as the
 * embed builder writes them. "tall", "-5" or "32px 26px 18px" (read as 32 em) was used as far as it could be read, or
 * not at all, silently: "-5" reserved 5 em less than the chart at a phone's width. The widget then estimates its height
 * and says so in the console (PeaklineElement).
 */
export function reserveEm(reserve: unknown, n: number): number[] | null {
  const e = String(reserve ?? '')
    .trim()
    .split(/\s+/)
    .map(Number);
  // Each at most 500 em, about what `rows` reserves at most (40 rows at 320 px): a CMS's reserve="9999 9999 9999" kept
  // the widget 160,000 px tall once its data came.
  return e.length === n && e.every((x) => x > 0) ? e.map((x) => Math.min(x, 500)) : null;
}

/**
 * The trajectory's frame while loading, as a CSS length: the chart (`chartPx`, known from the
 * width) plus 15.9 em of one-line text (padding, title, subtitle, readout, pace, unit, legend,
 * toggle, footer) plus what wraps. A target without data is shorter (no pace, no disclosure).
 * Fitted (twenty-first session) to the built-in datasets' 20 targets, English and Chinese, 320–1100 px, a grown pixel
 * weighed as six spare ones, as the sector panel's, and never less than before for a Chinese chart with English source
 * titles (the EU's net GHG at 360 px, a browser test): 26 of the 240 grow (by 65 px at most), 44 px to spare at the
 * median (fitted to China's targets with data alone before: 57 grew, by up to 100 px, 30 px to spare). Under 18 em
 * (larger text), 0.55 em (Chinese 0.8) more for each em under (narrowEm): below 18 em, 47 of 560 grow, by up to 204 px
 * (6.4 em), with 294 px to spare at the median (before: 99, by up to 376 px, 11.8 em; 200 px).
 */
export function trajectoryReserve(width: number, chartPx: number, fontPx: number, lang: Lang, reserve: string | null): string {
  return `calc(${chartPx}px + ${tenth((measuredEm(reserve, width, fontPx) || 15.9 + wrapEm(width, fontPx, lang, 410, 3.75, 0.8)) + narrowEm(width, fontPx, lang, 0.55, 0.8))}em)`;
}

/**
 * The sector panel's frame while loading, in em: heading, axis, legend and footer (15.8 em, plus what
 * wraps) and `rows` rows; and one row. A row is at least 4 em in the three-column layout (an inner
 * width of 44 em or more, as the stylesheet's container query) and 6.2 em stacked, and grows as its label (with its
 * latest value's line) and readout wrap. A panel of every target (`all`: no `sectors`, `indicator` or `targets` to filter by) cites more
 * sources, each a line or more in its footer: 6.5 em more, plus what wraps.
 *
 * The panel keeps this height for its first render with data (the spare height above its footer; at most
 * this reserve for the rows it turned out to have), so reserving too much does not move the page, while
 * reserving too little does: the constants are fitted to the built-in datasets' 220 panels (each sector
 * and all, English and Chinese, ten widths from 320 to 1,100 px, `rows` set as the embed builder writes it) with a
 * grown pixel weighed as six spare ones. `npm run build:bundle && node scripts/reserve-fit.mjs` measures them
 * (refitted when each row with data gained a line for its latest value, which let 84 of the 220 grow, by up to
 * 106 px): 32 of the 220 grow when their data arrives, by 57 px at most, and 64 px are spare on average (before that
 * line, 28, by 57 px at most, with 71 px spare). The constants fitted when the footer and the rows were shorter still
 * let 58 grow, by up to 246 px (every panel of all targets at a phone's width). Under 18 em (larger text), 1.7 em
 * (Chinese 0.75) more for the panel for each em under (narrowEm), whatever its rows (the EU's of one to three rows grow
 * most): below 18 em, 6 of 308 grow, by up to 115 px (4.1 em), 371 px to spare at the median (before: 58, by up to
 * 524 px, 17.1 em; 212 px).
 */
export function sectorsReserve(width: number, rows: number, fontPx: number, lang: Lang, all: boolean, reserve: string | null): [frame: number, row: number] {
  const wide = frameInner(width, fontPx) / fontPx >= 44;
  const row = wide ? 4 + wrapEm(width, fontPx, lang, 205, 0.8) : 6.2 + wrapEm(width, fontPx, lang, 130, 0.85);
  const sources = all ? 6.5 + wrapEm(width, fontPx, lang, 165, 1.35) : 0;
  const narrow = narrowEm(width, fontPx, lang, 1.7, 0.75);
  const frame = tenth(15.8 + wrapEm(width, fontPx, lang, 305, 1.85) + sources + rows * row + narrow);
  // A measured frame: the skeleton's rows as estimated, but within it (less 8 em for its lines, margins and padding),
  // so the loading box is that tall, no taller.
  const measured = measuredEm(reserve, width, fontPx, 6);
  return measured ? [tenth(measured + narrow), tenth(Math.min(row, (measured - 8) / rows))] : [frame, tenth(row)];
}
