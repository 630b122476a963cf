/**
 * Status icons, so status is never carried by colour alone: each status has its own shape.
 * Static SVG templates with no data in them. Styles go through CSS, never `style` attributes,
 * so the widgets run under a CSP without 'unsafe-inline'.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Status } from '../progress/status.js';

// The <svg> sets the common presentation (unfilled, stroked in the status colour, 1.8 wide); each
// shape states only what differs. The origin is the icon's centre (viewBox −8 −8 16 16), so circles
// need no centre. A solid disc of radius 7 is a circle of radius 6.1 filled and stroked 1.8 wide.
const paths: Record<Status, SVGTemplateResult> = {
  achieved: svg`<circle r="6.1" fill="currentColor"/><path d="M-3.5.2l2.3 2.3 4.7-4.8" class="knock"/>`,
  'on-track': svg`<circle r="6.2" stroke-width="1.6"/><path d="M-3.2.3l2.1 2.1 4.3-4.4"/>`,
  'needs-acceleration': svg`<path d="M0-6.5L7 6H-7z" stroke-width="1.5" stroke-linejoin="round"/><path d="M0-2v4M0 3.6v.9" stroke-width="1.6"/>`,
  'off-track': svg`<circle r="6.2" stroke-width="1.6"/><path d="M-2.5-2.5l5 5M2.5-2.5l-5 5"/>`,
  // A U-turn, not a down arrow: for emissions, "wrong direction" is up, and an arrow read as the value's way.
  'wrong-direction': svg`<circle r="6.1" fill="currentColor"/><path d="M2.3 3.6V-.6a2.3 2.3 0 00-4.6 0v3.9M-4.3 1.3l2 2.4 2-2.4" class="knock" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`,
  'insufficient-data': svg`<circle r="6.2" stroke-width="1.5" stroke-dasharray="2.4 1.6"/><path d="M-1.7-1.7a1.8 1.8 0 113 1.3c-.6.4-1.3.8-1.3 1.6M0 3v.9" stroke-width="1.4"/>`,
};

export function statusIcon(status: Status): TemplateResult {
  return html`<svg viewBox="-8 -8 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">${paths[status]}</svg>`;
}

/**
 * The hatch a value gone the wrong way is filled with (gauge and sector bars: `.fill.back { fill: url(#back) }`),
 * its `.stripe`s in the status colour: lost ground, not progress. Defined once per shadow root (ids are per root).
 * A function, not a constant: bundlers keep a tagged template at the top level of a module even where nothing uses it
 * (the trajectory's bundle).
 */
export const backHatch = () => svg`<defs><pattern id="back" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="stripe" width="3.5" height="6"></rect></pattern></defs>`;
