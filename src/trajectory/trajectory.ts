import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PeaklineElement } from '../base/peakline-element.js';
import type { Method, PolicyDocument, Problem } from '../format/types.js';
import { findTarget } from '../progress/assess.js';
import { trajectoryMessages } from './messages.js';
import { chartHeight } from './scales.js';
import { trajectoryStyles } from './trajectory.styles.js';
import { trajectoryView, type InteractivePoint, type LegendKey, type TrajectoryView } from './view.js';

/** Horizontal padding + border of the frame, used to guess the chart width before it is measured. */
const FRAME_INSET = 30;

/**
 * Where an indicator came from, where its target says it must go, and where it is heading at the
 * current pace: the observed series, the required path from baseline to target, and the projection
 * at the achieved rate with an uncertainty band, for one target. Keyboard: focus the chart, then
 * ←/→ step through the years, Home/End jump, Escape hides the tooltip; each year is announced.
 * A "Data table" button shows the same values as an HTML table (always present for screen readers).
 *
 * @summary A chart of one target's observed series, required path and projection.
 * @fires peakline-ready - After the data is rendered.
 * @fires peakline-error - When data cannot be loaded, is invalid, or has no such target; `detail.problems` lists `{path, message}`.
 * @csspart frame - The widget's box.
 * @csspart body - The chart area.
 * @csspart chart - The SVG chart.
 * @csspart pace - The "At this pace" annotation.
 * @csspart status - The status label with its icon.
 * @csspart legend - The legend under the chart.
 * @csspart tooltip - The tooltip shown on hover or keyboard focus.
 * @csspart no-data - The "No data yet" message over an empty chart.
 * @csspart table-toggle - The "Data table" button.
 * @csspart table - The data table.
 * @csspart footer - Sources, badge and the calculation disclosure.
 * @csspart source - Each source link.
 * @csspart badge - The "illustrative data" badge.
 * @csspart disclosure - The "How is this calculated?" details element.
 * @cssproperty --peakline-color-fill - The observed series.
 * @cssproperty --peakline-color-path - The required path.
 * @cssproperty --peakline-color-projection - The projection at the current pace.
 * @cssproperty --peakline-color-band - The projection's uncertainty band.
 * @cssproperty --peakline-color-target - Target, milestones, ceilings, floors, ranges and deadlines.
 * @cssproperty --peakline-color-status-on-track - Colour of the on-track status (and likewise for every status).
 * @cssproperty --peakline-font-family - Font; inherits from the page by default.
 */
export class PeaklineTrajectory extends PeaklineElement {
  static override styles = [...PeaklineElement.styles, trajectoryStyles];

  /** Id of the target to show. */
  @property({ reflect: true }) target = '';

  /** Assessment method: `path`, `rate` or `extrapolation` (default: the target's own, else extrapolation). */
  @property({ reflect: true }) method: Method | null = null;

  /** Show the state as it was in this year: later observations are ignored. */
  @property({ attribute: 'as-of', type: Number, reflect: true }) asOf: number | null = null;

  /** Index of the point under the pointer or keyboard focus. */
  @state() private active: number | null = null;
  /** Whether the tooltip for `active` is shown (Escape hides it, keeping the position). */
  @state() private tooltip = false;
  @state() private tableOpen = false;
  /** Width of the chart body, measured; 0 until first measured. */
  @state() private bodyWidth = 0;
  /** Text of the polite live region. */
  @state() private announcement = '';

  private view: TrajectoryView | null = null;
  private viewKey = '';
  private viewDoc: PolicyDocument | null = null;
  private observedBody: Element | null = null;
  private pendingWidth = 0;
  private frame = 0;
  /**
   * Measures the chart body. The new width is applied in the next animation frame, not inside the
   * observer's callback: re-rendering there would resize the host within the same resize-observer
   * pass ("ResizeObserver loop completed with undelivered notifications"). At most one geometry
   * update per frame, however many resize events arrive.
   */
  private readonly bodyObserver: ResizeObserver | null =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const w = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
          if (w <= 0) return;
          this.pendingWidth = w;
          if (this.frame) return;
          this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            if (this.pendingWidth !== this.bodyWidth) this.bodyWidth = this.pendingWidth;
          });
        });

  /**
   * The chart's width: the measured body; before the first measurement, the element's own width
   * less the frame's padding (read once from layout, so the first ready render is already right).
   */
  private get chartWidth(): number {
    if (this.bodyWidth > 0) return this.bodyWidth;
    const own = this.isConnected ? this.clientWidth : 0;
    return Math.max(160, (own > 0 ? own : this.width) - FRAME_INSET);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.observedBody) this.bodyObserver?.observe(this.observedBody);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bodyObserver?.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  protected override widgetProblems(): readonly Problem[] {
    const doc = this.doc;
    if (!doc) return [];
    const p = trajectoryMessages(this.language).problems;
    if (!this.target) return [{ path: '', message: p.noTarget }];
    if (!findTarget(doc, this.target)) return [{ path: 'targets', message: this.m.states.unknownTarget(this.target) }];
    const problems: Problem[] = [];
    if (this.method !== null && !['path', 'rate', 'extrapolation'].includes(this.method)) problems.push({ path: '', message: p.badMethod(this.method) });
    if (this.asOf !== null && (!Number.isInteger(this.asOf) || this.asOf < 1800 || this.asOf > 2200))
      problems.push({ path: '', message: p.badAsOf(this.getAttribute('as-of') ?? '') });
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Geometry and text are computed here, only when data, size, language or options change;
    // pointer and keyboard updates reuse them.
    const doc = this.doc;
    const target = doc && this.target ? findTarget(doc, this.target) : undefined;
    if (!doc || !target || this.widgetProblems().length > 0) {
      this.view = null;
      this.viewKey = '';
      this.viewDoc = null;
      return;
    }
    const width = this.chartWidth;
    const key = [this.target, this.method ?? '', this.asOf ?? '', this.language, width].join('|');
    if (doc === this.viewDoc && key === this.viewKey && this.view) return;
    const sameSeries = doc === this.viewDoc && this.view?.a.targetId === this.target;
    this.view = trajectoryView(doc, target, {
      lang: this.language, width, method: this.method ?? undefined, asOf: this.asOf ?? undefined,
    });
    this.viewKey = key;
    this.viewDoc = doc;
    if (!sameSeries || (this.active !== null && this.active >= this.view.points.length)) {
      this.active = null;
      this.tooltip = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Measure the chart body (it exists only in the ready state); only the observer sets state.
    const body = this.renderRoot.querySelector('.body');
    if (body !== this.observedBody) {
      if (this.observedBody) this.bodyObserver?.unobserve(this.observedBody);
      if (body) this.bodyObserver?.observe(body);
      this.observedBody = body;
    }
  }

  protected override render(): TemplateResult {
    if (this.dataState.status === 'loading') {
      const w = this.chartWidth;
      return this.renderLoading(`${w} / ${chartHeight(w)}`);
    }
    const problems = this.problems;
    if (problems.length > 0 || !this.view) return this.renderError(problems.length ? problems : [{ path: '', message: this.m.states.error }]);
    const v = this.view;
    const m = this.m;
    const tm = trajectoryMessages(this.language);
    return html`<div class="frame" part="frame" role="figure" aria-labelledby="title" aria-describedby="description">
      <p class="title" id="title">${v.title}</p>
      <p class="subtitle">${v.subtitle}</p>
      <div class="readout">
        ${this.renderStatus(v.a.status)}
        ${v.a.latest ? html`<span class="meta">${m.provenance.asOf(String(v.a.asOf ?? v.a.latest.year))}</span>` : nothing}
      </div>
      ${v.pace ? html`<p class="pace" part="pace">${v.pace}</p>` : nothing}
      ${v.unit ? html`<p class="unit">${v.unit}</p>` : nothing}
      <div class="body" part="body">
        ${this.renderPlot(v)}
        ${this.renderTooltip(v)}
        ${v.noData ? this.renderNoData(v) : nothing}
      </div>
      ${this.renderLegend(v)}
      <div class="tools">
        <button
          type="button"
          class="toggle"
          part="table-toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="data-table"
          @click=${this.toggleTable}
        >
          ${tm.table.toggle}
        </button>
      </div>
      ${this.renderTable(v)}
      <p class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      <p class="sr-only" id="description">${v.description}</p>
      ${this.renderFooter({
        targetSource: v.sources.target,
        dataSources: v.sources.data,
        illustrative: v.a.illustrative,
        explanation: v.a.latest ? v.a.explanation : '',
        method: m.methodFormula[v.a.method],
      })}
    </div>`;
  }

  private renderPlot(v: TrajectoryView): TemplateResult {
    const g = v.geometry;
    const tm = trajectoryMessages(this.language);
    const interactive = v.points.length > 0;
    const active = this.active !== null && this.tooltip ? v.points[this.active] : undefined;
    const p = g.plot;
    return html`<div
      class="plot"
      role="group"
      aria-label=${interactive ? tm.plot.label : tm.plot.noPoints}
      tabindex=${interactive ? '0' : nothing}
      @keydown=${this.onKeyDown}
      @blur=${this.onBlur}
    >
      <svg
        class="chart"
        part="chart"
        width=${g.width}
        height=${g.height}
        viewBox="0 0 ${g.width} ${g.height}"
        aria-hidden="true"
        style=${styleMap({ '--_pl-status': `var(--_pl-status-${v.a.status})` })}
      >
        <defs>
          <clipPath id="plot-clip"><rect x=${p.x0} y=${p.y0 - 1} width=${p.x1 - p.x0} height=${p.y1 - p.y0 + 2}></rect></clipPath>
        </defs>
        <g class="grid">${g.yTicks.map((t) => svg`<line x1=${p.x0} x2=${p.x1} y1=${t.pos} y2=${t.pos}></line>`)}</g>
        <line class="axis-line" x1=${p.x0} x2=${p.x1} y1=${p.y1} y2=${p.y1}></line>
        <g class="tick x">
          ${g.xTicks.map((t) => svg`<text x=${t.pos} y=${p.y1 + 16} text-anchor="middle">${t.label}</text>`)}
        </g>
        <g class="tick y">
          ${g.yTicks.map((t) => svg`<text x=${p.x0 - 6} y=${t.pos} dy="0.32em" text-anchor="end">${t.label}</text>`)}
        </g>
        <g clip-path="url(#plot-clip)">
          ${this.renderReference(v)}
          ${g.deadline !== null ? svg`<line class="deadline" x1=${g.deadline} x2=${g.deadline} y1=${p.y0} y2=${p.y1}></line>` : nothing}
          ${g.band ? svg`<path class="band" d=${g.band}></path>` : nothing}
          ${g.required ? svg`<path class=${v.model.requiredShape === 'cap' ? 'required cap' : 'required'} d=${g.required}></path>` : nothing}
          ${g.projection ? svg`<path class="projection" d=${g.projection}></path>` : nothing}
          ${g.observed ? svg`<path class="series" d=${g.observed}></path>` : nothing}
          ${g.gap ? svg`<path class="gap" d="M${g.gap.x - 4},${g.gap.y1}H${g.gap.x + 4}M${g.gap.x},${g.gap.y1}V${g.gap.y2}M${g.gap.x - 4},${g.gap.y2}H${g.gap.x + 4}"></path>` : nothing}
          ${active ? svg`<line class="crosshair" x1=${active.x} x2=${active.x} y1=${p.y0} y2=${p.y1}></line>` : nothing}
        </g>
        ${this.renderMarkers(v)}
        ${g.points.map((pt) => svg`<circle class=${pt.hollow ? 'point hollow' : 'point'} cx=${pt.x} cy=${pt.y} r=${g.pointRadius}></circle>`)}
        ${g.projectionEnd ? svg`<circle class="projection-end" cx=${g.projectionEnd.x} cy=${g.projectionEnd.y} r="3.5"></circle>` : nothing}
        ${active ? svg`<circle class="active-ring" cx=${active.x} cy=${active.y} r=${g.pointRadius + 4}></circle>` : nothing}
        <g class="labels">
          ${g.labels.map((l) => svg`<text class="label" data-label=${l.id} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
        </g>
        ${interactive
          ? svg`<rect
              class="overlay"
              x=${p.x0}
              y=${p.y0}
              width=${p.x1 - p.x0}
              height=${p.y1 - p.y0}
              @pointermove=${this.onPointer}
              @pointerdown=${this.onPointer}
              @pointerleave=${this.onPointerLeave}
            ></rect>`
          : nothing}
      </svg>
    </div>`;
  }

  private renderReference(v: TrajectoryView): SVGTemplateResult | typeof nothing {
    const r = v.geometry.reference;
    const p = v.geometry.plot;
    if (!r) return nothing;
    if (r.kind === 'range')
      return svg`<rect class="reference-range" x=${p.x0} y=${r.y0} width=${p.x1 - p.x0} height=${Math.max(1, r.y1 - r.y0)}></rect>`;
    return svg`<line class="reference-line ${r.kind}" x1=${p.x0} x2=${p.x1} y1=${r.y} y2=${r.y}></line>`;
  }

  private renderMarkers(v: TrajectoryView): SVGTemplateResult {
    const g = v.geometry;
    const diamond = (x: number, y: number, s: number) => `M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`;
    return svg`<g class="markers">
      ${g.baseline ? svg`<rect class="marker baseline" x=${g.baseline.x - 6} y=${g.baseline.y - 6} width="12" height="12"></rect>` : nothing}
      ${g.milestones.map((ms) => svg`<path class="marker milestone" d=${diamond(ms.x, ms.y, 5.5)}></path>`)}
      ${g.target
        ? svg`<circle class="marker target" cx=${g.target.x} cy=${g.target.y} r="6.5"></circle><circle class="marker target-dot" cx=${g.target.x} cy=${g.target.y} r="2.5"></circle>`
        : nothing}
      ${g.peak ? svg`<path class="marker peak" d="M${g.peak.x - 5},${g.peak.y - 13}H${g.peak.x + 5}L${g.peak.x},${g.peak.y - 6}Z"></path>` : nothing}
    </g>`;
  }

  private renderTooltip(v: TrajectoryView): TemplateResult | typeof nothing {
    if (this.active === null || !this.tooltip) return nothing;
    const pt: InteractivePoint | undefined = v.points[this.active];
    if (!pt) return nothing;
    const g = v.geometry;
    const tm = trajectoryMessages(this.language);
    const fx = pt.x / g.width;
    const below = pt.y / g.height < 0.38;
    return html`<div
      class=${classMap({ tooltip: true, start: fx < 0.25, end: fx > 0.75, below })}
      part="tooltip"
      aria-hidden="true"
      style=${styleMap({ left: `${(fx * 100).toFixed(2)}%`, top: `${((pt.y / g.height) * 100).toFixed(2)}%` })}
    >
      <span><strong>${pt.heading}</strong> <span class="value">${pt.value}</span></span>
      <span class="muted">${pt.status}</span>
      ${pt.path ? html`<span>${pt.path}</span>` : nothing}
      <span class="muted">${tm.plot.source}: ${pt.source}</span>
    </div>`;
  }

  private renderNoData(v: TrajectoryView): TemplateResult {
    const g = v.geometry;
    const p = g.plot;
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(2)}%`;
    return html`<p
      class="no-data-message"
      part="no-data"
      style=${styleMap({ left: pct(p.x0, g.width), top: pct(p.y0, g.height), width: pct(p.x1 - p.x0, g.width), height: pct(p.y1 - p.y0, g.height) })}
    >
      <span>${this.m.states.noData}</span>
    </p>`;
  }

  private renderLegend(v: TrajectoryView): TemplateResult {
    return html`<ul class="legend" part="legend">
      ${v.legend.map((item) => html`<li>${legendKey(item.key)}<span>${item.label}</span></li>`)}
    </ul>`;
  }

  private renderTable(v: TrajectoryView): TemplateResult {
    const c = v.table.columns;
    return html`<div id="data-table" class=${this.tableOpen ? 'table-wrap' : 'sr-only'}>
      <table part="table">
        <caption>${v.table.caption}</caption>
        <thead>
          <tr><th scope="col">${c.year}</th><th scope="col">${c.value}</th><th scope="col">${c.status}</th><th scope="col">${c.source}</th></tr>
        </thead>
        <tbody>
          ${v.table.rows.length
            ? v.table.rows.map(
                (r) => html`<tr>
                  <th scope="row">${r.year}</th>
                  <td class="num">${r.value}</td>
                  <td>${r.status}</td>
                  <td>${r.source ? (r.source.url ? html`<a href=${r.source.url} target="_blank" rel="noopener noreferrer">${r.source.title}</a>` : r.source.title) : '—'}</td>
                </tr>`,
              )
            : html`<tr><td colspan="4">${this.m.states.noData}</td></tr>`}
        </tbody>
      </table>
    </div>`;
  }

  // ---- Interaction ----------------------------------------------------------------------

  private toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private show(index: number, announce: boolean): void {
    const pt = this.view?.points[index];
    if (!pt) return;
    this.active = index;
    this.tooltip = true;
    if (announce) this.announcement = pt.announce;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    const n = this.view?.points.length ?? 0;
    if (n === 0) return;
    const i = this.active;
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowRight':
        next = i === null ? 0 : Math.min(n - 1, i + 1);
        break;
      case 'ArrowLeft':
        next = i === null ? n - 1 : Math.max(0, i - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Escape':
        if (this.tooltip) {
          this.tooltip = false;
          e.preventDefault();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.show(next, true);
  };

  private onBlur = (): void => {
    this.tooltip = false;
  };

  private onPointer = (e: PointerEvent): void => {
    const v = this.view;
    const svgEl = (e.currentTarget as SVGElement).ownerSVGElement;
    if (!v || !svgEl || v.points.length === 0) return;
    const box = svgEl.getBoundingClientRect();
    if (box.width === 0) return;
    const x = ((e.clientX - box.left) * v.geometry.width) / box.width;
    let best = 0;
    let dist = Infinity;
    v.points.forEach((p, i) => {
      const d = Math.abs(p.x - x);
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    if (best !== this.active || !this.tooltip) this.show(best, false);
  };

  private onPointerLeave = (e: PointerEvent): void => {
    // A finger lifting off a touch screen also "leaves"; keep the tooltip there until the next tap.
    if (e.pointerType === 'mouse') this.tooltip = false;
  };
}

/** The small swatch before each legend entry, drawn like the mark it names. */
function legendKey(key: LegendKey): TemplateResult {
  const mark = (): SVGTemplateResult => {
    switch (key) {
      case 'observed':
        return svg`<line class="series" x1="0" x2="20" y1="6" y2="6"></line><circle class="point" cx="10" cy="6" r="3"></circle>`;
      case 'estimate':
      case 'illustrative':
        return svg`<line class="series" x1="0" x2="20" y1="6" y2="6"></line><circle class="point hollow" cx="10" cy="6" r="3"></circle>`;
      case 'required':
        return svg`<line class="required" x1="1" x2="20" y1="6" y2="6"></line>`;
      case 'cap':
        return svg`<line class="required cap" x1="0" x2="20" y1="6" y2="6"></line>`;
      case 'projection':
        return svg`<line class="projection" x1="0" x2="20" y1="6" y2="6"></line>`;
      case 'band':
        return svg`<rect class="band" x="0" y="1" width="20" height="10"></rect>`;
      case 'baseline':
        return svg`<rect class="marker baseline" x="5" y="1" width="10" height="10"></rect>`;
      case 'target':
        return svg`<circle class="marker target" cx="10" cy="6" r="5"></circle><circle class="marker target-dot" cx="10" cy="6" r="2"></circle>`;
      case 'milestone':
        return svg`<path class="marker milestone" d="M10,1L15,6L10,11L5,6Z"></path>`;
      case 'ceiling':
      case 'floor':
        return svg`<line class="reference-line" x1="0" x2="20" y1="6" y2="6"></line>`;
      case 'range':
        return svg`<rect class="reference-range" x="0.5" y="2" width="19" height="8"></rect>`;
      case 'deadline':
        return svg`<line class="deadline" x1="10" x2="10" y1="0" y2="12"></line>`;
      case 'peak':
        return svg`<path class="marker peak" d="M5,2H15L10,9Z"></path>`;
    }
  };
  return html`<svg class="key" viewBox="0 0 20 12" aria-hidden="true">${mark()}</svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-trajectory': PeaklineTrajectory;
  }
}
