/**
 * Status icons, so status is never carried by colour alone: each status has its own shape.
 * Static SVG templates with no data in them. Styles go through CSS, never `style` attributes,
 * so the widgets run under a CSP without 'unsafe-inline'.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Status } from '../progress/status.js';

// The <svg> sets the common presentation (unfilled, stroked in the status colour, 1.8 wide); each
// shape states only what differs. A solid disc of radius 7 is a circle of radius 6.1 filled and
// stroked 1.8 wide (6.1 + 0.9 = 7).
const paths: Record<Status, SVGTemplateResult> = {
  achieved: svg`<circle cx="8" cy="8" r="6.1" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" class="knock"/>`,
  'on-track': svg`<circle cx="8" cy="8" r="6.2" stroke-width="1.6"/><path d="M4.8 8.3l2.1 2.1 4.3-4.4"/>`,
  'needs-acceleration': svg`<path d="M8 1.5L15 14H1z" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v4M8 11.6v.9" stroke-width="1.6"/>`,
  'off-track': svg`<circle cx="8" cy="8" r="6.2" stroke-width="1.6"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5"/>`,
  'wrong-direction': svg`<circle cx="8" cy="8" r="6.1" fill="currentColor"/><path d="M8 4v7M5 8.5L8 11.5 11 8.5" class="knock"/>`,
  'insufficient-data': svg`<circle cx="8" cy="8" r="6.2" stroke-width="1.5" stroke-dasharray="2.4 1.6"/><path d="M6.3 6.3a1.8 1.8 0 113 1.3c-.6.4-1.3.8-1.3 1.6M8 11v.9" stroke-width="1.4"/>`,
};

export function statusIcon(status: Status): TemplateResult {
  return html`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true" focusable="false">${paths[status]}</svg>`;
}
