/**
 * Shared styles for every Peakline element: the custom-property API, light/dark/auto
 * themes, forced colours, reduced motion, focus rings, and the frame around each widget.
 *
 * Public tokens (documented in the Storybook theming page):
 *   --peakline-font-family (inherit) · --peakline-font-size (1rem) · --peakline-line-height (1.4)
 *   --peakline-radius · --peakline-padding · --peakline-gap · --peakline-border-width
 *   --peakline-color-{bg,surface,text,muted,border,track,fill,path,target,projection,band,focus,illustrative}
 *   --peakline-color-status-{achieved,on-track,needs-acceleration,off-track,wrong-direction,insufficient-data}
 */
import { css, unsafeCSS } from 'lit';
import { darkTokens, lightTokens, tokensCss } from './tokens.js';

// The palettes are constants compiled into the bundle (never data), so unsafeCSS is safe here.
const lightVars = unsafeCSS(tokensCss(lightTokens));
const darkVars = unsafeCSS(tokensCss(darkTokens));

// Forced colours: every token becomes a system colour, CanvasText unless listed here.
const forced: Record<string, string> = { bg: 'Canvas', surface: 'Canvas', track: 'GrayText', fill: 'Highlight', projection: 'Highlight', band: 'transparent', focus: 'Highlight' };
// 40 em spaces, each followed by a zero-width space (a place to break): see :host::before. Repeated at run time, not 40
// times in the bundle. A constant, so unsafeCSS is safe.
const emSpaces = unsafeCSS(`'${'\\2003\\200b'.repeat(40)}'`);
const forcedVars = unsafeCSS(Object.keys(lightTokens).map((k) => `--_pl-${k}:${forced[k] ?? 'CanvasText'};`).join(''));

/*
 * Host-page CSS reaches the host element (never the shadow DOM), and for declarations of
 * normal importance the page beats :host. So `* { all: revert }` or
 * `* { white-space: nowrap !important }` would otherwise set these on the host and they would
 * flow into the widget by inheritance (test/browser/host-css.test.ts, test/pages/hostile.css).
 * The text baseline below is therefore `!important` (an !important declaration in a shadow
 * context beats the page's, even !important ones). Each one, and why it must hold:
 *   color: dark-theme text would take the page's (dark) text colour on the dark frame;
 *   font-size, line-height: the geometry, label collision avoidance and reserved loading
 *     heights are computed in em from this base; the public knobs are --peakline-font-size and
 *     --peakline-line-height (and ::part(frame), which still works);
 *   white-space, text-indent, letter-spacing, word-spacing, text-transform, font-style,
 *     font-weight, text-align: any of them changes text widths, so labels collide or the
 *     content overflows its frame (nowrap made it 3331 px wide in a 782 px frame);
 *   word-break, line-break: a theme's `word-break: break-all` (against long URLs) split figures ("12. ⏎ 9 points");
 *   direction: English and Chinese run left to right; on a right-to-left page (`<html dir="rtl">`) the widgets took the
 *     page's direction: "−36.3%" read "36.3%−", axis labels ran into the plot, legends and tables were mirrored;
 *   box-sizing: a page's `width: 100%; padding: 1em` on the element stays inside its column.
 * `color-scheme` is the theme's (light here, dark below), set on the frame, which page CSS cannot reach (set on the
 * host, a page's `:root { color-scheme: dark }` reached it through `* { all: revert }`): on a dark site a light
 * widget's scrollbars and sort menu took the page's dark scheme.
 * `display` is deliberately NOT !important: pages must be able to hide widgets with
 * `display: none` (an inner !important would forbid it), and an inline host still lays out.
 * Font family stays inheritable (the page's font is wanted; --peakline-font-family overrides).
 *
 * Targets on a phone (WCAG 2.5.8, 24 × 24 CSS px): a disclosure's summary is padded to 24 px tall; the footer's source
 * links, one small line each (an 18 px line at 13 px), are not, but the footer's rows (and the paragraphs under a
 * disclosure, the further sources) are spaced so that lines of two different links are 24 px apart, centre to centre:
 * 3 px apart, a thumb meant for "Data" opened "Target". In px, not em: a page's smaller --peakline-font-size must not
 * shrink them.
 *
 * Border-box for every element inside; no widget draws ::before or ::after content (one that does sets its own).
 *
 * In a status chip the label, not the icon, gives the baseline, so it lines up with text beside it. The icon is centred
 * on the label's first line (half a line box less 1 em from the top), not on a label wrapped to two lines.
 *
 * A widget that showed its loading box keeps the height it reserved as its minimum, so nothing below
 * it moves when the data arrives (keepsReserve in the base, src/base/reserve.ts; `max(100%, …)`).
 * The frame also fills a host made taller than its content (`min-height: 100%`: a grid or flex row
 * stretching the widgets to one height, or a height set on the element; the percentage is ignored
 * while the host's height is auto); a host made shorter does not clip it, the frame keeps its
 * content's height. Where the content is shorter than the frame, the footer sits at the bottom (an
 * auto margin takes the spare height; its gap is padding, which an auto margin does not remove)
 * rather than leaving a blank band under it. Every footer is the last child of a one-target
 * frame (role=figure, renderFigure) or the sector panel's (role=group), so `.footer` itself carries
 * the auto margin.
 * Forced colours: tints vanish (the band token is transparent; a range is a 12% tint), so ranges and the trajectory's
 * uncertainty band are outlined instead (`:host` in the selector outranks the widgets' own `.range` and `.band`).
 * More contrast (a reader's prefers-contrast: more, in either palette): the muted text takes the text colour, and borders
 * and tracks (1.3–1.5:1 against the background: the frame, the Data table button, the grid, the sector bars' tracks)
 * are mixed from the text colour (light: 4.4:1 and 1.7:1); a page's own --peakline-color-* still win.
 * Print: the dark palettes are for screens only, so a dark or auto widget prints in the light one
 * (browsers leave backgrounds out by default, which left the dark theme's light text on white paper);
 * backgrounds that carry data (the sector panel's tracks) are printed as they are (print-color-adjust),
 * and a widget is not split across pages.
 * (Comments stay out of the css`` literal, so they never ship.)
 */
export const themeStyles = css`
  :host {
    ${lightVars}
    display: block;
    /* Not split between pages, nor between a page's CSS columns (a magazine layout balanced two columns by breaking a
       card in two). On the host: the frame alone left the host breakable before it. */
    break-inside: avoid;
    box-sizing: border-box !important;
    min-width: 0;
    max-width: 100%;
    color: var(--_pl-text) !important;
    font-family: var(--peakline-font-family, inherit);
    font-size: var(--peakline-font-size, 1rem) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: var(--peakline-line-height, 1.4) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    word-break: normal !important;
    line-break: auto !important;
    direction: ltr !important;
    --_pl-scheme: light;
    --_pl-gap: var(--peakline-gap, 0.5em);
    --_pl-small: var(--peakline-font-size-small, 0.8125em);
    --_pl-large: var(--peakline-font-size-large, 1.75em);
  }
  :host([hidden]) {
    display: none;
  }
  @media screen {
    :host([theme='dark']) {
      ${darkVars}
      --_pl-scheme: dark;
      --_pl-range-opacity: 0.25;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkVars}
      --_pl-scheme: dark;
      --_pl-range-opacity: 0.25;
    }
  }
  @media print {
    :host {
      print-color-adjust: exact;
    }
    /* On paper, controls do nothing: no sort menu or table button (an open table prints). A disclosure prints open:
       closed, its further sources and the method were left off the page without a trace. */
    .toggle,
    .control {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
    }
    summary {
      list-style: none;
    }
  }
  * {
    box-sizing: border-box;
  }
  /* Its own width where a layout asks a widget for one (a flex row that sets no flex, a float, a table cell, a grid's
     auto column): 40 em, Observable Plot's default, shrinking to the room there is (40 em spaces, each a place to
     break), and not its text's (the frame is contained), which a loading box has not got and a sector panel's rows (a
     size container) do not give: in a flex row they were 30 and 8 px wide and thousands tall, and a drawn gauge as wide
     as its longest line. */
  :host::before {
    content: ${emSpaces} / '';
    display: block;
    height: 0;
    overflow: hidden;
  }
  .frame {
    contain: inline-size;
    color-scheme: var(--_pl-scheme);
    position: relative;
    padding: var(--peakline-padding, 0.875em);
    background: var(--_pl-bg);
    border: var(--peakline-border-width, 1px) solid var(--_pl-border);
    border-radius: var(--peakline-radius, 8px);
    /* Clipped, with room for a focus ring (2 px off, 3 px wide) where a theme sets --peakline-padding: 0: hidden cut the
       rings of the links and the disclosure at the frame's edge. (Browsers without overflow-clip-margin clip at the edge.) */
    overflow: hidden;
    overflow: clip;
    overflow-clip-margin: 5px;
    overflow-wrap: anywhere;
    text-wrap: pretty;
    min-height: 100%;
  }
  .title {
    margin: 0;
    font-weight: 600;
    line-height: 1.3;
  }
  .subtitle,
  .meta,
  .footer,
  .legend {
    margin: 0.15em 0 0;
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
  }
  .footer,
  .readout,
  .legend {
    display: flex;
    flex-wrap: wrap;
  }
  .footer,
  .readout {
    align-items: baseline;
  }
  .footer {
    gap: max(0.25em, 24px - 1lh) 0.75em;
    margin-top: auto;
    padding-top: var(--_pl-gap);
  }
  [role='figure'],
  .frame[role='group'] {
    display: flex;
    flex-direction: column;
  }
  /* Every widget's key: a list of small muted items, 0.35 em below what is above it. */
  .legend {
    gap: 0.2em 0.9em;
    margin-top: 0.35em;
    padding: 0;
    list-style: none;
  }
  .chart {
    display: block;
    overflow: visible;
  }
  a {
    color: inherit;
    text-underline-offset: 2px;
  }
  a:focus-visible,
  summary:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_pl-focus);
    outline-offset: 2px;
    border-radius: 3px;
  }
  /* "no 2025 figure yet": in the text colour, not the muted "as of 2022" beside it, so a verdict the data can no longer
     update is not read as the outcome. */
  .notice {
    color: var(--_pl-text);
  }
  /* "Not updated: …" over the sources, a line of its own. */
  .stale {
    flex-basis: 100%;
    margin: 0;
  }
  /* The label wraps beside its icon where the icon and its longest word share a line (its basis is its min-content,
     the longest word); where they cannot (200% text in a 320 px column), it goes under the icon, whole: the frame's
     overflow-wrap: anywhere let it shrink beside the icon to "acceleratio ⏎ n". */
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: inherit;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    color: var(--_pl-status);
  }
  .status svg {
    width: 1em;
    height: 1em;
    flex: none;
    align-self: flex-start;
    margin-top: calc((1lh - 1em) / 2);
  }
  .status > span {
    flex: 1 1 min-content;
    align-self: baseline;
    overflow-wrap: break-word;
  }
  .status .knock {
    stroke: var(--_pl-bg);
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border: 1px dashed currentColor;
    border-radius: 999px;
    color: var(--_pl-illustrative);
    font-weight: 600;
  }
  details {
    flex-basis: 100%;
  }
  summary {
    cursor: pointer;
    width: fit-content;
    padding-block: max(0px, 12px - 0.5lh);
  }
  details p {
    margin: max(0.4em, 24px - 1lh) 0 0;
    color: var(--_pl-text);
  }
  /* Held together: a Chinese figure and its unit (held() in src/base/held.ts), a source title's last character and
     its closing bracket (renderSourceLink). */
  .nb {
    white-space: nowrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A static snapshot (src/ssr/) with JavaScript off is never defined: hide the controls that need script, keeping their
     space, so the live element taking over moves nothing below it (display: none let the page jump 30–34 px). */
  :host(:not(:defined)) .toggle,
  :host(:not(:defined)) .control {
    visibility: hidden;
  }
  .message {
    display: grid;
    place-content: center;
    gap: 0.4em;
    text-align: center;
    color: var(--_pl-muted);
  }
  .error {
    text-align: start;
    place-content: start;
    color: var(--_pl-text);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    color: var(--_pl-status-off-track);
  }
  .error code[lang] {
    color: inherit;
  }
  .error span {
    display: inline-block;
    baseline-source: first;
  }
  .skeleton {
    background: var(--_pl-surface);
    border-radius: 4px;
  }
  .skeleton.line {
    width: 60%;
    height: 1.3em;
  }
  .skeleton.small {
    width: 40%;
    height: 1em;
    margin-top: 0.35em;
  }
  .skeleton.small:last-child {
    width: 50%;
  }
  .skeleton.body {
    margin: var(--_pl-gap) 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pl-pulse 1.6s ease-in-out infinite;
    }
    @keyframes pl-pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
  @media (prefers-contrast: more) {
    :host,
    :host([theme]) {
      --_pl-muted: var(--peakline-color-muted, var(--_pl-text));
      --_pl-border: var(--peakline-color-border, color-mix(in srgb, var(--_pl-text) 60%, var(--_pl-bg)));
      --_pl-track: var(--peakline-color-track, color-mix(in srgb, var(--_pl-text) 25%, var(--_pl-bg)));
    }
  }
  @media (forced-colors: active) {
    /* Also over a dark palette: :host([theme='dark']) is more specific than :host, and would keep its own colours. */
    :host,
    :host([theme]) {
      ${forcedVars}
    }
    a {
      color: LinkText;
    }
    :host .band,
    :host .range {
      fill: none;
      stroke: CanvasText;
      stroke-opacity: 1;
      stroke-dasharray: 4 3;
    }
    /* Its key as the range is drawn here, an outline: not on the track's colour (a solid GrayText block). */
    :host .key:has(.range) {
      background: none;
    }
  }
`;
