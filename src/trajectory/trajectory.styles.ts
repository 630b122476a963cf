import { css } from 'lit';

/** Styles of `<peakline-trajectory>`; colours come only from the theme's --_pl-* variables. */
export const trajectoryStyles = css`
  .readout {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.6em;
    margin-top: 0.35em;
  }
  .pace {
    margin: 0.2em 0 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    margin: var(--_pl-gap) 0 0;
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
    line-height: 1.3;
  }
  .body {
    position: relative;
    margin-top: 0.25em;
  }
  .plot {
    display: block;
    border-radius: 3px;
    /* A horizontal drag scrubs through the years; vertical drags still scroll the page. */
    touch-action: pan-y;
  }
  .plot:focus {
    outline: none;
  }
  .plot:focus-visible {
    outline: 3px solid var(--_pl-focus);
    outline-offset: 2px;
  }
  svg.chart {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
  }
  svg text {
    font-size: 12px;
    font-family: inherit;
  }
  .tick text {
    fill: var(--_pl-muted);
    font-variant-numeric: tabular-nums;
  }
  .grid line {
    stroke: var(--_pl-track);
    stroke-width: 1;
  }
  .axis-line {
    stroke: var(--_pl-border);
    stroke-width: 1;
  }
  .series,
  .required,
  .projection,
  .reference-line,
  .deadline,
  .crosshair,
  .gap {
    fill: none;
  }
  .series {
    stroke: var(--_pl-fill);
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    fill: var(--_pl-fill);
    stroke: var(--_pl-fill);
    stroke-width: 1;
  }
  .point.hollow {
    fill: var(--_pl-bg);
    stroke-width: 1.5;
  }
  .required {
    stroke: var(--_pl-path);
    stroke-width: 2.5;
    stroke-dasharray: 0 5;
    stroke-linecap: round;
  }
  .required.cap {
    stroke: var(--_pl-target);
    stroke-width: 1.75;
    stroke-dasharray: none;
  }
  .projection {
    stroke: var(--_pl-projection);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .band {
    fill: var(--_pl-band);
  }
  .reference-line {
    stroke: var(--_pl-target);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    opacity: 0.75;
  }
  .reference-range {
    fill: var(--_pl-target);
    fill-opacity: 0.08;
    stroke: var(--_pl-target);
    stroke-opacity: 0.5;
    stroke-dasharray: 4 3;
  }
  .deadline {
    stroke: var(--_pl-target);
    stroke-width: 1.25;
    stroke-dasharray: 3 3;
  }
  .marker {
    stroke-width: 1.75;
  }
  .marker.baseline {
    fill: none;
    stroke: var(--_pl-path);
  }
  .marker.target,
  .marker.milestone {
    fill: var(--_pl-bg);
    stroke: var(--_pl-target);
    stroke-width: 2;
  }
  .marker.target-dot {
    fill: var(--_pl-target);
    stroke: none;
  }
  .marker.peak {
    fill: var(--_pl-target);
    stroke: none;
  }
  .projection-end {
    fill: var(--_pl-bg);
    stroke: var(--_pl-projection);
    stroke-width: 2;
  }
  .gap {
    stroke: var(--_pl-status);
    stroke-width: 2;
  }
  .label {
    fill: var(--_pl-text);
    paint-order: stroke;
    stroke: var(--_pl-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .crosshair {
    stroke: var(--_pl-muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .active-ring {
    fill: none;
    stroke: var(--_pl-text);
    stroke-width: 2;
  }
  .overlay {
    fill: transparent;
    pointer-events: all;
    touch-action: pan-y;
    cursor: crosshair;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    gap: 0.05em;
    max-width: min(16em, 80%);
    padding: 0.35em 0.55em;
    background: var(--_pl-surface);
    color: var(--_pl-text);
    border: 1px solid var(--_pl-border);
    border-radius: 6px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    font-size: var(--_pl-small);
    line-height: 1.3;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 12px));
  }
  .tooltip.start {
    transform: translate(-12px, calc(-100% - 12px));
  }
  .tooltip.end {
    transform: translate(calc(-100% + 12px), calc(-100% - 12px));
  }
  .tooltip.below {
    transform: translate(-50%, 12px);
  }
  .tooltip.start.below {
    transform: translate(-12px, 12px);
  }
  .tooltip.end.below {
    transform: translate(calc(-100% + 12px), 12px);
  }
  .tooltip .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tooltip .muted {
    color: var(--_pl-muted);
  }
  .no-data-message {
    position: absolute;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--_pl-muted);
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }
  .no-data-message span {
    padding: 0.2em 0.6em;
    background: var(--_pl-bg);
    border-radius: 4px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .key {
    width: 1.6em;
    height: 0.9em;
    flex: none;
    overflow: visible;
  }
  .tools {
    margin-top: var(--_pl-gap);
  }
  .toggle {
    font: inherit;
    font-size: var(--_pl-small);
    color: var(--_pl-text);
    background: var(--_pl-surface);
    border: 1px solid var(--_pl-border);
    border-radius: 999px;
    padding: 0.15em 0.8em;
    cursor: pointer;
  }
  .toggle[aria-expanded='true'] {
    background: var(--_pl-bg);
    border-color: var(--_pl-text);
  }
  .table-wrap {
    margin-top: var(--_pl-gap);
    max-height: 20em;
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_pl-small);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }
  th,
  td {
    padding: 0.2em 0.5em 0.2em 0;
    border-bottom: 1px solid var(--_pl-border);
    text-align: start;
    vertical-align: top;
  }
  td.num {
    text-align: end;
  }
  thead th {
    color: var(--_pl-muted);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .point.hollow,
    .marker.target,
    .marker.milestone,
    .projection-end {
      fill: Canvas;
    }
    .reference-range {
      fill: none;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
