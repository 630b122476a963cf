/**
 * Design tokens: every colour Peakline draws with, for the light and dark themes.
 * Components read them only through `--peakline-*` custom properties (see theme.styles.ts),
 * so a host page can override any of them. Status colours are chosen to reach WCAG AA
 * (4.5:1) as text on the theme's background; `tokens.test.ts` checks it.
 */
import { STATUSES, type Status } from '../progress/status.js';

export interface Palette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly track: string;
  readonly fill: string;
  readonly path: string;
  readonly target: string;
  readonly projection: string;
  readonly band: string;
  readonly focus: string;
  readonly illustrative: string;
  readonly status: Readonly<Record<Status, string>>;
}

/** A theme's colours by token name: `bg` is `--peakline-color-bg`, `status-achieved` is `--peakline-color-status-achieved`. */
export type ThemeTokens = Readonly<Record<string, string>>;

export const lightTokens: ThemeTokens = {
  bg: '#ffffff',
  surface: '#f4f5f7',
  text: '#1d1f23',
  muted: '#5b6069',
  border: '#d5d8de',
  track: '#e4e7ec',
  fill: '#3a5bbf',
  path: '#1d1f23',
  target: '#1d1f23',
  projection: '#3a5bbf',
  band: 'rgba(58, 91, 191, 0.14)',
  focus: '#1a56db',
  illustrative: '#7a4a00',
  'status-achieved': '#1f63a6',
  'status-on-track': '#1a6b4a',
  'status-needs-acceleration': '#9a5f00',
  'status-off-track': '#8f1b13',
  'status-wrong-direction': '#5e1b5c',
  'status-insufficient-data': '#5b6069',
};

export const darkTokens: ThemeTokens = {
  bg: '#16181d',
  surface: '#20232a',
  text: '#eceef2',
  muted: '#a7adb8',
  border: '#3a3f4a',
  track: '#2f343d',
  fill: '#8aa6ff',
  path: '#eceef2',
  target: '#eceef2',
  projection: '#8aa6ff',
  band: 'rgba(138, 166, 255, 0.18)',
  focus: '#8ab4ff',
  illustrative: '#f2c46d',
  'status-achieved': '#74b4ff',
  'status-on-track': '#60d394',
  'status-needs-acceleration': '#f5c045',
  'status-off-track': '#ff7766',
  'status-wrong-direction': '#ffb0e0',
  'status-insufficient-data': '#a7adb8',
};

/** The same colours as a structured palette (the static SVG renderer, the docs and the contrast tests read these). */
function palette(t: ThemeTokens): Palette {
  const { bg, ...rest } = t;
  const colours = Object.entries(rest).filter(([k]) => !k.startsWith('status-'));
  const status = Object.fromEntries(STATUSES.map((s) => [s, t[`status-${s}`]]));
  return { background: bg, ...Object.fromEntries(colours), status } as unknown as Palette;
}

export const light: Palette = /* @__PURE__ */ palette(lightTokens);
export const dark: Palette = /* @__PURE__ */ palette(darkTokens);

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The CSS declarations that set a theme's custom properties, minified as the css`` literals are (it ships as it is). */
export function tokensCss(t: ThemeTokens): string {
  // Private (--_pl-*) values read the public token first, so a page's --peakline-color-* wins.
  return Object.entries(t)
    .map(([k, v]) => `--_pl-${k}:var(--peakline-color-${k},${v});`)
    .join('');
}
