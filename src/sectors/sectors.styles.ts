import { css } from 'lit';

/**
 * Layout: one column at narrow widths (label above the bar, status below); three columns
 * (label · bar · status) once the frame is at least 36em wide. A container query decides, so the
 * panel adapts to its column, not the viewport, and the row charts stretch in percent (no re-layout).
 */
export const sectorsStyles = css`
  .frame {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: 0.5em 1em;
  }
  .head > div {
    min-width: 0;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    font-size: var(--_pl-small);
  }
  .control label {
    color: var(--_pl-muted);
  }
  select {
    max-width: 100%;
    min-height: 2em;
    padding: 0.2em 0.4em;
    font: inherit;
    color: var(--_pl-text);
    background: var(--_pl-bg);
    border: 1px solid var(--_pl-muted);
    border-radius: 4px;
  }
  select:focus-visible {
    outline: 3px solid var(--_pl-focus);
    outline-offset: 2px;
  }
  .scale {
    margin: 0.4em 0 0;
  }
  .axis,
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding-inline: 0.5em;
  }
  .axis {
    margin-top: var(--_pl-gap);
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
    font-variant-numeric: tabular-nums;
  }
  .ticks {
    position: relative;
    height: 1.4em;
    margin-inline: 14px;
  }
  .tick {
    position: absolute;
    top: 0;
    white-space: nowrap;
    transform: translateX(-50%);
  }
  .tick.start {
    transform: none;
  }
  .tick.end {
    transform: translateX(-100%);
  }
  .rows {
    --_pl-row-h: 7.2em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    gap: 0.3em 1em;
    align-content: center;
    min-height: var(--_pl-row-h);
    padding-block: 0.55em;
    border-top: 1px solid var(--_pl-border);
    cursor: pointer;
  }
  .row:last-child {
    border-bottom: 1px solid var(--_pl-border);
  }
  .row:hover {
    background: var(--_pl-surface);
  }
  .row[aria-current='true'] {
    background: var(--_pl-surface);
    box-shadow: inset 4px 0 0 var(--_pl-focus);
  }
  .row:focus-visible {
    outline-offset: -3px;
  }
  .label {
    display: flex;
    flex-direction: column;
    gap: 0.05em;
    min-width: 0;
  }
  .sector {
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .name {
    font-weight: 600;
    line-height: 1.3;
  }
  .phrase {
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
  }
  .chart {
    min-width: 0;
    padding-inline: 14px;
  }
  .chart svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .chart svg svg {
    overflow: visible;
  }
  .readout {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.1em 0.75em;
    min-width: 0;
    font-size: var(--_pl-small);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    font-variant-numeric: tabular-nums;
  }
  .value {
    font-weight: 600;
  }
  .due,
  .no-data-text {
    color: var(--_pl-muted);
  }
  .track {
    fill: var(--_pl-track);
  }
  .track.empty {
    fill: none;
    stroke: var(--_pl-muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .dots .track {
    fill: var(--_pl-muted);
  }
  .fill {
    fill: var(--_pl-status);
  }
  .line {
    stroke: var(--_pl-status);
    stroke-width: 3;
  }
  .head-shape {
    fill: var(--_pl-status);
  }
  .origin {
    fill: var(--_pl-bg);
    stroke: var(--_pl-status);
    stroke-width: 2;
  }
  .overflow {
    fill: none;
    stroke: var(--_pl-status);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .halo {
    stroke: var(--_pl-bg);
    stroke-width: 4.5;
    stroke-linecap: round;
  }
  .halo.target {
    stroke-width: 6;
  }
  .mark {
    stroke-width: 2;
    stroke-linecap: round;
  }
  .mark.baseline {
    stroke: var(--_pl-muted);
  }
  .mark.target {
    stroke: var(--_pl-target);
    stroke-width: 3.5;
  }
  .mark.expected {
    stroke: var(--_pl-path);
    stroke-dasharray: 3 2.5;
  }
  .shape.milestone {
    fill: var(--_pl-muted);
  }
  .shape.peak {
    fill: var(--_pl-bg);
    stroke: var(--_pl-path);
    stroke-width: 1.5;
  }
  .shape.pin {
    fill: var(--_pl-path);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    margin: var(--_pl-gap) 0 0;
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
    height: 1em;
    flex: none;
    overflow: visible;
  }
  .key .fill {
    fill: var(--_pl-muted);
  }
  .key .line,
  .key .head-shape {
    stroke: var(--_pl-muted);
    fill: var(--_pl-muted);
  }
  .empty-rows {
    margin: var(--_pl-gap) 0 0;
    padding: 1em;
    border: 1px dashed var(--_pl-border);
    border-radius: 4px;
    color: var(--_pl-text);
  }
  .empty-rows code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  /* Loading: the final height reserved. Estimates measured on the built-in datasets (rows wrap). */
  .sizer {
    --_pl-row-est: 9.4em;
    --_pl-head-h: 11em;
    --_pl-tail-h: 10.5em;
  }
  .skel-part {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    overflow: hidden;
  }
  .head-box {
    height: var(--_pl-head-h);
  }
  .tail-box {
    height: var(--_pl-tail-h);
    justify-content: flex-end;
  }
  .skeleton.small {
    margin-top: 0;
  }
  @container (min-width: 36em) {
    .rows {
      --_pl-row-h: 4.8em;
    }
    .sizer {
      --_pl-row-est: 5.6em;
      --_pl-head-h: 6.9em;
      --_pl-tail-h: 6.7em;
    }
    .axis,
    .row {
      grid-template-columns: minmax(0, 5fr) minmax(0, 5fr) minmax(9em, 2.6fr);
      align-items: center;
    }
    .ticks {
      grid-column: 2;
    }
    .readout {
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
    }
    .figures {
      flex-direction: column;
    }
  }
  @media (forced-colors: active) {
    .row[aria-current='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .fill,
    .head-shape {
      fill: Highlight;
    }
    .line,
    .overflow {
      stroke: Highlight;
    }
  }
`;
