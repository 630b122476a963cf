import { css } from 'lit';

/*
 * Marks the gauge and the sector rows share: the fill in the status colour, hatched where the value has gone the wrong way
 * (its stripes, see `backHatch`), a peak's time fill (neutral: time elapsed is not ground gained), an "about"
 * target's range (a dashed tint, twice as strong on the dark theme's track, where 12% hardly showed; outlined in forced
 * colours, see the theme) and its latest value (a dot in the status
 * colour, cased in the background). Interpolated at the top of the gauge's and the sector panel's sheets (each widget
 * keeps one sheet of its own); not in the theme, which the trajectory, drawing none of them, carries too.
 */
export const markStyles = css`
  .fill,
  .stripe {
    fill: var(--_pl-status);
  }
  .fill.back {
    fill: url(#back);
    stroke: var(--_pl-status);
    stroke-width: 1.5;
  }
  .fill.time {
    fill: var(--_pl-muted);
  }
  .range {
    fill: var(--_pl-target);
    fill-opacity: var(--_pl-range-opacity, 0.12);
    stroke: var(--_pl-target);
    stroke-opacity: 0.6;
    stroke-dasharray: 4 3;
  }
  /* The range's key on the track's colour, as the band is drawn on the track: on the page's background its 12% tint
     hardly showed, and did not look like the band it names. */
  .key:has(.range) {
    background: var(--_pl-track);
  }
  .dot {
    fill: var(--_pl-status);
    stroke: var(--_pl-bg);
    stroke-width: 2;
  }
`;
