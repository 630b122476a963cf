/**
 * Gauge geometry: pure functions from shares (0 = baseline, 1 = target) and a width to
 * SVG path strings and marker positions. No DOM. The ring sectors are written by hand in
 * d3-shape's `arc()` form (M outer A outer L inner A inner Z, angles clockwise from 12 o'clock):
 * the only d3-shape function the gauge used, and 2 KB gzip with d3-path.
 *
 * The scale runs from min(0, progress) to max(1, progress), widened in quarter steps and
 * clamped to [−0.5, 1.5] (`shareDomain`, which the sector panel's shared scale uses too); a value beyond that is drawn at the end with `overflow` set, so
 * "far beyond the target" or "far the wrong way" still reads correctly.
 */
import { scaleLinear } from '../scale/linear.js';
import { r2 } from '../scale/round.js';
import { shareDomain } from '../scale/share-domain.js';
import { tenth, measuredEm, narrowEm, wrapEm } from '../base/reserve.js';
import type { Lang } from '../i18n/lang.js';

export type GaugeVariant = 'arc' | 'bar';

export interface GaugeInput {
  readonly variant: GaugeVariant;
  /** Available width in CSS pixels. */
  readonly width: number;
  /** Share of the way covered; null when there is no data. */
  readonly progress: number | null;
  /** Share due by the latest observation's year on the required path. */
  readonly expected: number | null;
  /** Interim milestones as shares of the way. */
  readonly milestones?: readonly number[];
  /** An "about" target's range as shares of the way: drawn as a band, with the progress as a dot instead of a fill. */
  readonly band?: readonly [number, number];
}

export interface GaugeMarker {
  readonly kind: 'baseline' | 'target' | 'expected' | 'milestone';
  /** Line from (x1, y1) to (x2, y2), across the track; a share beyond the drawn scale is pinned to its end. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface GaugeGeometry {
  readonly width: number;
  readonly height: number;
  /** Paths and markers are relative to this point (the arc's centre; 0,0 for the bar). */
  readonly origin: { readonly x: number; readonly y: number };
  readonly domain: readonly [number, number];
  readonly track: string;
  /** Filled part from the baseline (share 0) to the progress; empty when there is no data. */
  readonly fill: string;
  /** Progress is below 0 (the wrong way): the fill runs back from the baseline, pointed at its end, hatched, not solid. */
  readonly backward: boolean;
  readonly markers: readonly GaugeMarker[];
  /** Where progress lies beyond the drawn scale, if it does. */
  readonly overflow: 'above' | 'below' | null;
  /** An "about" target's range, clipped to the scale ('' for other targets). */
  readonly band: string;
  /** With a band: the latest value as a dot on the track's centre line (pinned to the scale's end), and its radius. */
  readonly dot: { readonly x: number; readonly y: number; readonly r: number } | null;
}

/** What a variant draws with: its box, a filled span between two shares, and a marker line across the track. */
interface Layout {
  readonly width: number;
  readonly height: number;
  readonly origin: { readonly x: number; readonly y: number };
  /** The track (or fill) between shares a and b, as an SVG path; `point`: its lower end tapers to a point, an arrow. */
  readonly span: (a: number, b: number, point?: boolean) => string;
  /** The line across the track at a share, reaching `extend` px beyond the track on each side. */
  readonly line: (share: number, extend: number) => Pick<GaugeMarker, 'x1' | 'y1' | 'x2' | 'y2'>;
  /** Half the track's thickness. */
  readonly half: number;
}

/** Arc variant: a semicircle whose radius follows the width (60–140 px), filling it up to 292 px (6 px pad either side). */
function arcLayout(input: GaugeInput, domain: [number, number]): Layout {
  const r = Math.max(60, Math.min(140, input.width / 2 - 6));
  const thickness = Math.max(12, Math.round(r * 0.2));
  const ri = r - thickness;
  const pad = 6;
  const c = r + pad;
  const angle = scaleLinear(domain, [-Math.PI / 2, Math.PI / 2], true);
  /** A point at angle `a` (clockwise from 12 o'clock) on the circle of radius `rho`. */
  const at = (rho: number, a: number) => `${rho * Math.sin(a)},${-rho * Math.cos(a)}`;
  return {
    width: 2 * c,
    height: c + pad,
    origin: { x: c, y: c },
    half: thickness / 2,
    // The ring between radii r − thickness and r from angle a0 to a1 (a0 ≤ a1), as d3-shape's arc() draws it. A pointed
    // one ends at a0 in a point on the mid radius, the ring's sides starting at most half its thickness further on.
    span: (s0, s1, point) => {
      const a0 = Math.min(angle(s0), angle(s1));
      const a1 = Math.max(angle(s0), angle(s1));
      const b = point ? a0 + Math.min(a1 - a0, thickness / (r + ri)) : a0;
      const large = a1 - b >= Math.PI ? 1 : 0;
      // An empty sector (progress 0) collapses to the radial line at a0, as d3 draws it.
      return a1 - a0 < 1e-12
        ? `M${at(r, a0)}L${at(ri, a0)}Z`
        : `M${at(r, b)}A${r},${r},0,${large},1,${at(r, a1)}L${at(ri, a1)}A${ri},${ri},0,${large},0,${at(ri, b)}${point ? `L${at((r + ri) / 2, a0)}` : ''}Z`;
    },
    line: (share, extend) => {
      const a = angle(share);
      // d3 angles run clockwise from 12 o'clock.
      const sin = Math.sin(a);
      const cos = -Math.cos(a);
      const inner = ri - extend;
      const outer = r + extend;
      return { x1: r2(inner * sin), y1: r2(inner * cos), x2: r2(outer * sin), y2: r2(outer * cos) };
    },
  };
}

/** Bar variant: a bullet bar across the full width. */
function barLayout(input: GaugeInput, domain: [number, number]): Layout {
  const pad = 6;
  const h = 14;
  const top = 8;
  // At least 40 px of bar: in a column narrower than that (under 30 px, padding included, the width left was negative,
  // an invalid <svg> width) the frame clips what does not fit.
  const right = Math.max(pad + 40, input.width - pad);
  const x = scaleLinear(domain, [pad, right], true);
  return {
    width: r2(right + pad),
    height: top + h + 8,
    origin: { x: 0, y: 0 },
    half: h / 2,
    span: (a, b, point) => {
      const [x0, x1] = [r2(Math.min(x(a), x(b))), r2(Math.max(x(a), x(b)))];
      const x2 = point ? r2(Math.min(x1, x0 + h / 2)) : x0;
      return `M${x2},${top}H${x1}V${top + h}H${x2}${point ? `L${x0},${top + h / 2}` : ''}Z`;
    },
    line: (share, extend) => ({ x1: r2(x(share)), y1: top - extend, x2: r2(x(share)), y2: top + h + extend }),
  };
}

export function gaugeGeometry(input: GaugeInput): GaugeGeometry {
  // A range's far side (past the target, away from the baseline) is drawn too, so the target sits inside its band.
  const domain = shareDomain(input.progress, input.expected, input.band?.[1]);
  const { span, line, half, ...box } = input.variant === 'bar' ? barLayout(input, domain) : arcLayout(input, domain);
  const p = input.progress;
  const band = input.band;
  const clamp = (s: number) => Math.max(domain[0], Math.min(domain[1], s));
  // With a band, the dot sits mid-track: halfway along the line across it (which is pinned to the scale's ends).
  const mid = band && p !== null ? line(clamp(p), -half) : null;
  const marker = (kind: GaugeMarker['kind'], share: number, extend: number): GaugeMarker => ({
    kind, ...line(share, extend),
  });
  const markers = [marker('baseline', 0, 0), ...(input.milestones ?? []).map((s) => marker('milestone', s, 2)), marker('target', 1, 6)];
  if (input.expected !== null && Number.isFinite(input.expected)) markers.push(marker('expected', input.expected, 6));
  return {
    ...box, domain,
    track: span(domain[0], domain[1]),
    // Gone the wrong way, the fill points the way it went: back, away from the target (its point is the value).
    fill: p === null || band ? '' : span(0, p, p < 0),
    backward: !band && p !== null && p < 0,
    markers,
    overflow: p === null ? null : p > domain[1] ? 'above' : p < domain[0] ? 'below' : null,
    band: band ? span(clamp(band[0]), clamp(band[1])) : '',
    dot: mid && { x: mid.x1, y: mid.y1, r: r2(half + 1) },
  };
}

/** Aspect ratio (width / height) of the gauge body, used to reserve space while loading. */
export const GAUGE_ASPECT: Record<GaugeVariant, string> = { arc: '2 / 1.45', bar: '6 / 1' };

/**
 * The height a gauge reserves, as a CSS length, so that loading → ready does not move the page
 * (the ready frame keeps it as its minimum height: keepsReserve in the base). The chart part
 * is in px: the arc is 0.525 of its width tall (at most 292 px wide, inside ~30 px of padding); the
 * bar is 30 px. The text is in em, because the font is the page's: 17.6 em on one line each
 * (padding, title, subtitle, headline and status rows, legend, the source lines and the
 * disclosure; 0.8 em of it the footer's room for 24 px targets, WCAG 2.5.8), plus what wraps at this width (see wrapEm).
 * Fitted (twenty-first session) to the built-in datasets' 20 targets, arc and bar, English and Chinese, 320–1100 px,
 * a grown pixel weighed as six spare ones: 48 of the 480 grow (by 60 px at most: long titles, three or more sources),
 * 42 px to spare at the median (fitted to China's targets with data alone before: 78 grew, by up to 82 px, 38 to spare).
 * Under 18 em (larger text), 0.4 em (Chinese 1.2: its English source titles) more for each em under (narrowEm): below
 * 18 em, 61 of 1,120 grow, by up to 101 px (3.6 em), with 261 px to spare at the median (before: 219, by up to 419 px,
 * 13.1 em; 161 px).
 */
export function gaugeReserve(variant: GaugeVariant, width: number, lang: Lang, fontPx: number, reserve: string | null): string {
  return `calc(${gaugeChartPx(variant, width)}px + ${tenth((measuredEm(reserve, width, fontPx) || 17.6 + wrapEm(width, fontPx, lang, 325, 7, 0.6)) + narrowEm(width, fontPx, lang, 0.4, 1.2))}em)`;
}

/** The gauge's chart height in px at an element width: the arc's 0.525 of its width (at most 292 px), the bar's 30. */
export const gaugeChartPx = (variant: GaugeVariant, width: number) => (variant === 'bar' ? 30 : Math.round(Math.min(Math.max(width - 30, 120), 292) * 0.525));
