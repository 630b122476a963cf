import { html, type TemplateResult } from 'lit';
import { heldFigures } from '../i18n/join.js';

/**
 * `text` with each Chinese figure held to its unit or 年 ("18.27⁠亿⁠吨") in a `.nb` span (`white-space: nowrap` in the
 * widget's styles): see `heldFigures`. Used where a Chinese range can be wider than the line at 200% text (the sector
 * panel's readout, under keep-all); English text comes back as it is. (The gauge's range sentence needs it from 250%
 * only, and goes without: +69 B gzip in its bundle.) Text without such a figure comes back as it is.
 */
export const held = (text: string): string | (string | TemplateResult)[] => {
  const parts = heldFigures(text);
  // No figure held (English, always): the text itself, not a list of one, which Lit would keep as a part and two markers.
  return parts.length > 1 ? parts.map((t, i) => (i % 2 ? html`<span class="nb">${t}</span>` : t)) : text;
};
