import { css } from 'lit';

export const gaugeStyles = css`
  .body {
    display: grid;
    justify-items: center;
    gap: 0.25em;
    margin-top: var(--_pl-gap);
  }
  .bar .body {
    justify-items: stretch;
  }
  svg.chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_pl-track);
  }
  .fill {
    fill: var(--_pl-status);
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
  .marker.milestone {
    stroke: var(--_pl-bg);
    stroke-width: 2;
  }
  .readout {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: baseline;
    gap: 0.1em 0.5em;
    text-align: center;
  }
  .bar .readout {
    justify-content: space-between;
    text-align: start;
  }
  .headline {
    font-size: var(--_pl-large);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .of {
    color: var(--_pl-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.2em 0.9em;
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_pl-muted);
    font-size: var(--_pl-small);
  }
  .bar .legend {
    justify-content: flex-start;
  }
  .key {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
  }
  .key line {
    stroke-width: 3;
  }
  .no-data {
    min-height: 4em;
  }
`;
