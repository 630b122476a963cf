import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from '../base/style-map.js';
import { PeaklineTargetElement } from '../base/target-element.js';
import { frameInner, trajectoryReserve } from '../base/reserve.js';
import { findTarget } from '../progress/assess.js';
import { caret, diamond, ring, square, type Mark } from './geometry.js';
import { trajectoryMessages } from './messages.js';
import { chartHeight } from './scales.js';
import { tooltipPlace, type TooltipPlace } from './tooltip.js';
import { trajectoryStyles } from './trajectory.styles.js';
import { trajectoryView, type LegendKey, type TrajectoryView } from './view.js';
import { cachedView } from '../base/view-cache.js';

/** Internal reactive state (Lit sets `attribute: false` for `state: true`); one object for every such property. */
const STATE = { state: true };

/** Static marks as SVG paths; one mark (most legend keys) as itself, not a list of one, which Lit keeps as a part and two markers. */
const path = ([c, d]: Mark) => svg`<path class=${c} d=${d}></path>`;
const paths = (marks: readonly Mark[]) => (marks.length === 1 ? path(marks[0]!) : marks.map(path));

/** An SVG text. */
const text = (x: number, y: number, anchor: string, s: string) => svg`<text x=${x} y=${y} text-anchor=${anchor}>${s}</text>`;

/** The swatch before each legend entry (a 20 × 12 box), drawn like the mark it names. */
const LINE = 'M0,6H20';
const DOT = ring(10, 6, 3);
const HOLLOW: Mark[] = [['series', LINE], ['point hollow', DOT]];
const REF: Mark[] = [['reference-line', LINE]];
const KEYS: Record<LegendKey, readonly Mark[]> = {
  observed: [['series', LINE], ['point', DOT]],
  estimate: HOLLOW,
  illustrative: HOLLOW,
  required: [['required', 'M1,6H20']],
  cap: [['required cap', LINE]],
  projection: [['projection', LINE]],
  band: [['band', 'M0,1H20V11H0Z']],
  baseline: [['marker baseline', square(10, 6, 5)]],
  target: [['marker target', ring(10, 6, 5)], ['marker target-dot', ring(10, 6, 2)]],
  milestone: [['marker milestone', diamond(10, 6, 5)]],
  ceiling: REF,
  floor: REF,
  range: [['reference-range', 'M.5,2H19.5V10H.5Z']],
  deadline: [['deadline', 'M10,0V12']],
  peak: [['marker peak', caret(10, 15)]],
};

/**
 * Where an indicator came from, where its target says it must go, and where it is heading at the
 * current pace: the observed series, the required path from baseline to target, and the projection
 * at the achieved rate with an uncertainty band, for one target. Keyboard: focus the chart (at the last year), then
 * ←/→ (or ↓/↑) step through the years, Home/End jump, Escape hides the tooltip. The chart is a slider over the years
 * (`aria-valuetext`: the year's value, as the tooltip shows it), so a screen reader reads each year it moves to.
 * A "Data table" button shows the same values as an HTML table (always present for screen readers).
 *
 * @tagname peakline-trajectory
 * @summary A chart of one target's observed series, required path and projection.
 * @fires peakline-ready - After the data is rendered, and again after a new document, target, method or as-of year is rendered.
 * @fires peakline-error - When data cannot be loaded, is invalid, or has no such target; `detail.problems` lists `{path, message}` (with `status` when `src` could not be loaded: the HTTP status of an error answer, 0 when the network or CORS failed; none for a timeout).
 * @csspart frame - The widget's box.
 * @csspart body - The chart area.
 * @csspart chart - The SVG chart.
 * @csspart pace - The "At this pace" annotation.
 * @csspart status - The status label with its icon.
 * @csspart legend - The legend under the chart.
 * @csspart tooltip - The tooltip shown on hover or keyboard focus.
 * @csspart no-data - The "No data yet" message above an empty chart.
 * @csspart table-toggle - The "Data table" button.
 * @csspart table - The data table.
 * @csspart footer - Sources, badge and the calculation disclosure.
 * @csspart source - Each source link.
 * @csspart badge - The "illustrative data" badge.
 * @csspart disclosure - The "How is this calculated?" and "N more sources" details elements.
 * @cssproperty [--peakline-color-fill=#3a5bbf] - The observed series: its line and points (dark: #8aa6ff). Only the trajectory draws one; a gauge's or sector row's fill takes its status colour (`--peakline-color-status-*`).
 * @cssproperty [--peakline-color-projection=#3a5bbf] - The projection at the current pace: the dashed line from the latest observation to the target year, and the outline of its likely range (dark: #8aa6ff).
 * @cssproperty [--peakline-color-band=rgba(58, 91, 191, 0.14)] - Fill of the projection's likely range, "Likely range (past swings)" in the legend: ±1 standard deviation of the recent year-on-year changes, drawn where there are at least four (dark: rgba(138, 166, 255, 0.18)). A translucent colour, as it lies over the gridlines and the required path; forced colours outline it instead.
 */
export class PeaklineTrajectory extends PeaklineTargetElement {
  static override styles = [...PeaklineTargetElement.styles, trajectoryStyles];

  static override properties: PropertyDeclarations = { active: STATE, tooltip: STATE, finger: STATE, touch: STATE, offTop: STATE, tableOpen: STATE };

  /** Index of the point under the pointer or keyboard focus. */
  private active: number | null = null;
  /** Whether the tooltip for `active` is shown (Escape hides it, keeping the position). */
  private tooltip = false;
  /** Where a finger touched the chart, px down it (undefined for a mouse or the keyboard): the tooltip goes above it. */
  private finger: number | undefined = undefined;
  /**
   * Whether a finger opened the tooltip: it lets taps through to the chart (`.touch`). Apart from `finger`, which a new
   * geometry forgets: a phone turned under a finger's tooltip made it hoverable, and a tap on a point under it did nothing.
   */
  private touch = false;
  /** How much of the chart's top was above the screen at the last press, px: a finger's tooltip stays below that (tooltipPlace reads it under a finger only). */
  private offTop = 0;
  /** Where the tooltip sits, while one is shown. */
  private place: TooltipPlace | undefined;
  private tableOpen = false;

  private view: TrajectoryView | null = null;
  /** The chart's width and height before its view (the loading box's aspect ratio), and the height reserved. */
  private box: [width: number, height: number, reserve: string] = [0, 0, ''];
  /** What `view` was computed from: document, target, method, as-of, language, width, font size. */
  private viewKey: unknown[] = [];

  /**
   * The chart's width: the measured body (the base's width watch measures `.body`); before the
   * first measurement, the element's width (read from layout when it connected, see watchWidth)
   * less the frame's padding, so the first ready render is already at the right size.
   */
  private get chartWidth(): number {
    return this.bodyWidth(Math.max(160, frameInner(this.width, this.fontPx)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateView();
    // The height reserved while loading stays the frame's minimum once ready (keepsReserve): a target without data (no
    // pace line, no data source, no disclosure) is up to 216 px shorter at 320 px, and shrinking would move the page below.
    const w0 = this.chartWidth;
    const h0 = chartHeight(w0, this.fontPx);
    this.box = [w0, h0, trajectoryReserve(this.width, h0, this.fontPx, this.language, this.reserve)];
    // The tooltip shown, placed beside its point (and above a finger), for the lines its template writes.
    const g = this.view?.geometry;
    const pt = this.tooltip ? this.view?.points[this.active ?? -1] : undefined;
    this.place = pt && tooltipPlace(pt.x, pt.y, g!.width, g!.height, this.fontPx, [pt.tip.join('') + pt.value, pt.status, pt.path, pt.source], this.finger, this.offTop);
  }

  private updateView(): void {
    // Geometry and text are computed here, only when data, size, language or options change;
    // pointer and keyboard updates reuse them.
    const doc = this.doc;
    const target = doc && findTarget(doc, this.target);
    if (!target || this.problems.length) {
      this.view = null;
      this.viewKey = [];
      this.hide();
      return;
    }
    const width = this.chartWidth;
    const fontPx = this.fontPx;
    const key = [doc, this.target, this.method, this.asOf, this.language, width, fontPx];
    // (Without a view, viewKey is empty and no key matches.)
    if (key.every((k, i) => k === this.viewKey[i])) return;
    // The year picked (and its tooltip) stays picked through new data for this target (a live page's next poll), a
    // method, an as-of, a language or a width, while that year is still drawn; another target starts afresh.
    const year = key[1] === this.viewKey[1] ? this.view?.points[this.active ?? -1]?.year : undefined;
    // Shared with every trajectory of this target at this width on the page (src/base/view-cache.ts).
    const opts = { lang: this.language, width, method: this.method, asOf: this.asOf, fontPx };
    this.view = cachedView(doc, `trajectory ${target.id} ${JSON.stringify(opts)}`, () => trajectoryView(doc, target, opts));
    this.viewKey = key;
    // Where a finger touched was of the old geometry (a phone turned to landscape: the tooltip stayed above that place in
    // a chart twice as tall, 90 px off its point); the finger has lifted since, so the tooltip goes beside its point.
    this.finger = undefined;
    const i = this.view.points.findIndex((q) => q.year === year);
    if (i < 0) this.hide();
    this.active = i < 0 ? null : i;
  }

  /** A row's source (or the table's one source): a link out of the table's Tab order while the table is closed. */
  private renderTableSource(r: { title: string; url: string | null; titleLang?: string | undefined }): unknown {
    return r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer" lang=${r.titleLang ?? nothing} tabindex=${this.tableOpen ? nothing : -1}>${r.title}</a>` : r.title;
  }

  protected override render(): TemplateResult {
    const [w0, h0, reserve] = this.box;
    if (this.dataState.status === 'loading') return this.renderChartLoading(`${w0} / ${h0}`, reserve);
    const v = this.view;
    // No view whenever there are problems (see willUpdate).
    if (!v) return this.renderError();
    const { a, geometry: g, table } = v;
    const p = g.plot;
    const m = this.m;
    const pt = this.place && v.points[this.active!];
    // The widget's own words (keys, the table toggle), not computed from the data: straight from its message table.
    const tm = trajectoryMessages(this.language);
    const interactive = v.points.length > 0;
    // Without script (the static renderer) no key or pointer does anything: no tab stop, no name that promises arrow keys.
    const keys = interactive && !this.snapshot;
    // The plot is a slider over the points' years (screen readers in browse mode pass a slider its arrow keys, not a
    // group: NVDA and JAWS kept them and the chart never moved); its value is the year picked, read as its sentence.
    // Before one is picked, the last year: the value the keys step from (onKey), so it is the value announced.
    const last = v.points.at(-1);
    const now = this.active === null ? last : v.points[this.active];
    // The lines are clipped to the plot (1 px of air above and below) by a nested <svg>.
    const w = p.x1 - p.x0;
    const h = p.y1 - p.y0 + 2;
    // Closed, the data table stays for screen readers (browse mode still reaches its links), but
    // its links leave the Tab order (tabindex −1): focus must not vanish into a visually hidden box. So the toggle
    // shows and hides it on screen only: a toggle button (aria-pressed) with one name, not a disclosure (aria-expanded),
    // which would say "collapsed" of a table a screen reader is reading.
    // The pace line is the description's projection (or latest value) again, and the readout's status its "Status: …":
    // hidden from a screen reader, which has read them. Without data the plot is no slider and has no name: "No data
    // yet" is said once, above it (it was also the name of an empty group).
    return this.renderFigure(v, html`${this.renderReadout(a, v.proxy, true)}
<p class="pace" part="pace" ?hidden=${!v.pace} aria-hidden="true">${v.pace}</p>
<p class="meta unit" ?hidden=${!v.unit}>${v.unit}</p>
<div class="body" part="body" @pointerleave=${this.onLeave}>
${interactive ? nothing : html`<p class="message no-data" part="no-data">${m.states.noData}</p>`}
<div class="plot" role=${keys ? 'slider' : nothing} aria-label=${keys ? tm.plot : nothing} aria-valuemin=${keys ? v.points[0]!.year : nothing} aria-valuemax=${keys ? last!.year : nothing} aria-valuenow=${keys ? now!.year : nothing} aria-valuetext=${keys ? now!.announce : nothing} tabindex=${keys ? 0 : nothing} @keydown=${this.onKey} @blur=${this.hide}>
<svg class="chart" part="chart" width=${g.width} height=${g.height} viewBox=${`0 0 ${g.width} ${g.height}`} aria-hidden="true" style=${styleMap({ '--_pl-status': `var(--_pl-status-${a.status})` })}>
${paths(g.grid)}
<g class="tick x">${g.tickLabels.x.map((t) => text(t.x, t.y, 'middle', t.label))}</g>
<g class="tick y">${g.tickLabels.y.map((t) => text(t.x, t.y, 'end', t.label))}</g>
<svg x=${p.x0} y=${p.y0 - 1} width=${w} height=${h} viewBox=${`${p.x0} ${p.y0 - 1} ${w} ${h}`}>${paths(g.lines)}${pt ? svg`<path class="crosshair" d=${`M${pt.x},${p.y0}V${p.y1}`}></path>` : nothing}</svg>
${paths(g.markers)}
${g.points.map((q) => svg`<circle class=${q.hollow ? 'point hollow' : 'point'} cx=${q.x} cy=${q.y} r=${g.pointRadius}></circle>`)}
${pt ? svg`<circle class="active-ring" cx=${pt.x} cy=${pt.y} r=${g.pointRadius + 4}></circle>` : nothing}
<g class="label">${g.labels.map((l) => text(l.x, l.y, l.anchor, l.text))}</g>
${keys ? svg`<rect class="overlay" x=${p.x0} y=${p.y0} width=${w} height=${h - 2} @pointermove=${this.onPointer} @pointerdown=${this.onPointer} @pointercancel=${this.hide}></rect>` : nothing}
</svg>
</div>
${interactive && !pt && v.keysRoom ? html`<p class="keys" aria-hidden="true" style=${styleMap({ 'max-width': `${v.keysRoom}em` })}>${tm.keys}</p>` : nothing}
${pt
  ? html`<div class=${`tooltip${this.place!.oneLine ? ' one' : ''}${this.touch ? ' touch' : ''}`} part="tooltip" aria-hidden="true" style=${styleMap(this.place!.style)}>
<span><strong>${pt.tip[0]}</strong>${pt.tip[1]}<span class="value">${pt.value}</span></span>
<span class="muted">${pt.status}</span>
<span ?hidden=${!pt.path}>${pt.path}</span>
<span class="muted source">${pt.source}</span>
</div>`
  : nothing}
</div>
<ul class="meta legend" part="legend">${v.legend.map((l) => html`<li><svg viewBox="0 0 20 12" aria-hidden="true">${paths(KEYS[l.key])}</svg>${l.label}</li>`)}</ul>
<button type="button" class="toggle" part="table-toggle" aria-pressed=${this.tableOpen} @click=${this.toggle}>${tm.toggle}</button>
<div id="data-table" class=${this.tableOpen ? 'table-wrap' : 'sr-only'}>
<table part="table">
<caption>${table.caption}${
      // One source for every row: said once here, not read out with each of them.
      table.source ? html`<span class="table-source">${m.provenance.source}${m.colon}${this.renderTableSource(table.source)}</span>` : nothing
    }</caption>
<thead><tr>${table.columns.map((c, i) => html`<th scope="col" class=${i && i < (table.path ? 3 : 2) ? 'num' : nothing}>${c}</th>`)}</tr></thead>
<tbody>${interactive
      ? v.points.map(
          (r) => html`<tr><th scope="row">${r.year}</th><td class="num">${r.number}</td>${table.path ? html`<td class="num">${r.pathNumber}</td>` : nothing}<td>${r.status}</td>${table.source ? nothing : html`<td lang=${r.titleLang ?? nothing}>${this.renderTableSource(r)}</td>`}</tr>`,
        )
      : html`<tr><td colspan=${table.columns.length}>${m.states.noData}</td></tr>`}</tbody>
</table>
</div>`, '', reserve);
  }

  // ---- Interaction ----------------------------------------------------------------------
  // Event listeners are methods: Lit calls them with the element as `this`.

  private toggle(): void {
    this.tableOpen = !this.tableOpen;
  }

  private hide(): void {
    this.tooltip = false;
    // (Also called from willUpdate, which the static renderer runs in Node: no window there.)
    globalThis.removeEventListener?.('keydown', this.onEscape);
    globalThis.removeEventListener?.('pointerdown', this.onAway, true);
  }

  /**
   * A finger (or mouse) pressed anywhere off the chart (and off the tooltip) hides a tooltip the pointer opened, as a tap that focused the
   * chart hides it on blur: a finger that scrubbed along the chart and lifted never focused it (no click), so the
   * tooltip stayed over the chart whatever the reader tapped next. Listened for only while one is shown.
   */
  private onAway = (e: Event) => {
    if (!e.composedPath().includes(this.renderRoot.querySelector('.body')!)) this.hide();
  };

  /**
   * Escape anywhere on the page hides a tooltip the pointer opened, so it can be dismissed without moving the pointer
   * (WCAG 1.4.13); listened for only while one is shown. (With focus on the plot, onKey handles Escape too.)
   */
  private onEscape = (e: KeyboardEvent) => {
    // The first Escape dismisses only the tooltip, as layered popups do: not also a <dialog> the chart sits in.
    if (e.key === 'Escape' && this.tooltip) {
      this.hide();
      e.preventDefault();
    }
  };

  /** Shows the tooltip at point `i` (the slider's value); by pointer, Escape or a press off the chart anywhere hides it. */
  private show(i: number, byKey?: boolean, finger?: number): void {
    this.active = i;
    this.finger = finger;
    this.touch = finger !== undefined;
    this.tooltip = true;
    if (!byKey) {
      addEventListener('keydown', this.onEscape);
      addEventListener('pointerdown', this.onAway, true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.view?.points.length ?? 0;
    // The slider's value: with no year picked yet, the last (aria-valuenow says so), so ← goes to the year before it
    // and → stays there, as at a slider's maximum. (A first → went to the first year, a first ← stayed on the last.)
    const i = this.active ?? n - 1;
    // Home, ← (or ↓, as a slider), → (or ↑), End: where each goes from `i`.
    const key = e.key === 'ArrowDown' ? 'ArrowLeft' : e.key === 'ArrowUp' ? 'ArrowRight' : e.key;
    const next = [0, i - 1, i + 1, n - 1][['Home', 'ArrowLeft', 'ArrowRight', 'End'].indexOf(key)];
    if (e.key === 'Escape' && this.tooltip) {
      this.hide();
      e.preventDefault();
    }
    if (next === undefined || !n) return;
    e.preventDefault();
    this.show(Math.max(0, Math.min(n - 1, next)), true);
  }

  private onPointer(e: PointerEvent): void {
    const { points: pts, geometry: g } = this.view!;
    const box = (e.currentTarget as SVGElement).ownerSVGElement!.getBoundingClientRect();
    const x = ((e.clientX - box.left) * g.width) / box.width;
    let best = 0;
    pts.forEach((q, i) => {
      if (Math.abs(q.x - x) < Math.abs(pts[best]!.x - x)) best = i;
    });
    // Setting the same point again changes nothing (Lit skips unchanged state); a finger's height in whole px.
    const touch = e.pointerType === 'touch';
    const px = (y: number) => Math.round((y * g.height) / box.height);
    // (Read for a finger only: see tooltipPlace.)
    this.offTop = px(Math.max(0, -box.top));
    this.show(best, false, touch ? px(e.clientY - box.top) : undefined);
  }

  /**
   * A mouse leaving the chart hides the tooltip; one moving onto it, or over the chart's margins on the way there, keeps
   * it (WCAG 1.4.13: hoverable), so this listens on the body, which holds the chart and the tooltip, not on the plot's
   * overlay (the way up from a point near the plot's top left the overlay, and the tooltip went before the mouse got to it).
   */
  private onLeave(e: PointerEvent): void {
    // A finger lifting off a touch screen also "leaves"; keep the tooltip there until the next tap.
    // (A finger that swipes up or down scrolls the page instead, touch-action: pan-y; the browser then cancels the
    // pointer, and @pointercancel hides the tooltip its first touch opened for a year the reader never chose.)
    if (e.pointerType === 'mouse') this.hide();
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-trajectory': PeaklineTrajectory;
  }
}
