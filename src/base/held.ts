import { html, type TemplateResult } from 'lit';
import { heldFigures } from '../i18n/join.js';

/**
 * `text` with each Chinese figure held to its unit or 年 ("18.27⁠亿⁠吨") in a `.nb` span (`white-space: nowrap` in the
 * widget's styles): see `heldFigures`. Used where a Chinese range can be wider than the line (the sector panel's
 * readout, the gauge's range sentence); English text comes back as it is.
 */
export const held = (text: string): (string | TemplateResult)[] => heldFigures(text).map((t, i) => (i % 2 ? html`<span class="nb">${t}</span>` : t));
