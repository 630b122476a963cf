import { css } from 'lit';
import { markStyles } from '../theme/marks.styles.js';

/*
 * Comments live out here, not inside the css`` literal, so they never ship (whatever minifies the bundle).
 *
 * The arc scales down with its width; the bar keeps its 30 px height (its viewBox fits inside).
 *
 * Loading: the skeleton body takes the height the ready body will have, so nothing below it
 * moves when the data arrives. Ready body = chart + headline row (1.75em × 1.1) + status row
 * (1.4em) + two 0.25em gaps = chart + 3.825em. The arc chart is about 0.525 of its width tall,
 * at most 292 px wide; the bar chart is 30 px tall. (Without container query units the
 * skeleton falls back to the aspect ratio given by GAUGE_ASPECT.)
 *
 * A headline too long for its line is set smaller (.long, decided by the view from its estimated width), and what
 * still wraps wraps into balanced lines, not a lone "量" at 320 px.
 *
 * The share line (an "about" target's "处于假定区间内（17.73亿～18.27亿吨）") wraps greedily, not with the frame's text-wrap:
 * pretty: Chromium's pretty breaking of Chinese text put a word-joined run that just fits a line of its own on the line
 * before it, past the frame, which clipped it (36 px text in a 330–342 px column in the tests' font: 193 px past; a
 * phone review saw it at 32 px in 320 px). Elsewhere pretty is kept: it spares Chinese titles a last line of one character.
 *
 * Chinese keys keep their words whole (keep-all, as the sector panel's readouts): at 200% text in a 320 px column
 * "截至2024年应完成80%" broke "…应完 ⏎ 成80%", "按当前增速不会达峰" "…不会 ⏎ 达峰". They break at spaces, punctuation and
 * the zero-width spaces of their phrases (see WAY in src/i18n/messages.ts). Not the range sentence, which is prose: kept
 * whole between its commas, "按当前速度2028年将低于该区间" is wider than such a line.
 *
 * A fill gone the wrong way (below the baseline) is hatched in the status colour, outlined, so it does not read as
 * ground gained from the start of the scale; the baseline is then named in the legend.
 *
 * Ready, the frame keeps the reserved height as its minimum (see the theme): the spare height is
 * split above the dial and above the footer (two auto margins), so the dial stays centred in a
 * frame taller than its content, as a target without data is.
 */
export const gaugeStyles = css`
  ${markStyles}
  [role='figure'] > .subtitle {
    margin-bottom: auto;
  }
  .body {
    display: grid;
    justify-items: center;
    gap: 0.25em;
    margin-top: var(--_pl-gap);
  }
  .bar .body {
    justify-items: stretch;
  }
  .chart {
    max-width: 100%;
  }
  .arc .chart {
    height: auto;
  }
  .frame[aria-busy='true'] {
    container-type: inline-size;
  }
  .skeleton.body {
    width: 100%;
    height: calc(min(100cqw, 292px) * 0.525 + 3.825em);
  }
  :host([variant='bar']) .skeleton.body {
    height: calc(30px + 3.825em);
  }
  .track {
    fill: var(--_pl-track);
  }
  .marker {
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .marker.target {
    stroke: var(--_pl-target);
    stroke-width: 3.5;
  }
  .marker.expected {
    stroke: var(--_pl-path);
    stroke-dasharray: 3 2.5;
  }
  .marker.baseline {
    stroke: var(--_pl-muted);
  }
  .marker.milestone,
  .marker.halo {
    stroke: var(--_pl-text);
    stroke-width: 1.5;
    stroke-linecap: butt;
  }
  .marker.halo {
    stroke: var(--_pl-bg);
    stroke-width: 4.5;
  }
  /* Forced colours: the track an outline, the fill in Highlight (CanvasText on GrayText was 1.5:1), as the sector
     panel draws them; the status colour set inline on the chart gives way. */
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
    .chart {
      --_pl-status: Highlight !important;
    }
  }
  .readout,
  .legend {
    justify-content: center;
    text-align: center;
  }
  .bar .readout,
  .bar .legend {
    justify-content: flex-start;
    text-align: start;
  }
  .readout {
    gap: 0.1em 0.5em;
  }
  .headline {
    font-size: var(--_pl-large);
    font-weight: 700;
    line-height: 1.1;
    text-wrap: balance;
  }
  .headline.long {
    font-size: calc(var(--_pl-large) * 0.786);
    font-variant-numeric: tabular-nums;
  }
  .of {
    color: var(--_pl-muted);
  }
  /* "50% of the way" on a line of its own under the keys, in the text colour: wrapped beside the last key, it read as
     that key's label ("Milestone 22% of the way"). */
  .legend .share {
    flex-basis: 100%;
    justify-content: inherit;
    color: var(--_pl-text);
    text-wrap: wrap;
  }
  :lang(zh) .legend li:not(.share) {
    word-break: keep-all;
  }
  .key {
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
  }
  .key line {
    stroke-width: 3;
  }
  .no-data .track {
    fill: none;
    stroke: var(--_pl-muted);
    stroke-dasharray: 3 3;
  }
  .no-data .headline {
    color: var(--_pl-muted);
    font-size: 1.25em;
  }
`;
