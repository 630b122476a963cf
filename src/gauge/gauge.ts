import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from '../base/style-map.js';
import { option } from '../base/peakline-element.js';
import { PeaklineTargetElement } from '../base/target-element.js';
import { frameInner } from '../base/reserve.js';
import { backHatch } from '../base/icons.js';
import type { Problem } from '../format/types.js';
import { findTarget } from '../progress/assess.js';
import { GAUGE_ASPECT, gaugeReserve, type GaugeMarker, type GaugeVariant } from './geometry.js';
import { gaugeView, type GaugeView } from './view.js';
import { gaugeStyles } from './gauge.styles.js';
import { cachedView } from '../base/view-cache.js';

/**
 * One target's progress at a glance: how far from baseline to target, where the required
 * path says it should be by now, and the status in words.
 *
 * @tagname peakline-gauge
 * @summary A progress gauge for one policy target.
 * @fires peakline-ready - After the data is rendered, and again after a new document, target, method or as-of year is rendered.
 * @fires peakline-error - When data cannot be loaded, is invalid, or has no such target; `detail.problems` lists `{path, message}` (with `status` when `src` could not be loaded: the HTTP status of an error answer, 0 when the network or CORS failed; none for a timeout).
 * @csspart frame - The widget's box.
 * @csspart body - The chart area.
 * @csspart chart - The SVG gauge.
 * @csspart headline - The headline figure.
 * @csspart status - The status label with its icon.
 * @csspart legend - The key to the gauge's marks (and, last, the latest share of the way).
 * @csspart footer - Sources, badge and the calculation disclosure.
 * @csspart source - Each source link.
 * @csspart badge - The "illustrative data" badge.
 * @csspart disclosure - The "How is this calculated?" and "N more sources" details elements.
 * @cssproperty [--peakline-font-size-large=1.75em] - Size of the gauge's headline figure, the change so far ("−6.8%"), in em of the base size (a headline too long for its line is set at 0.786 of it).
 */
export class PeaklineGauge extends PeaklineTargetElement {
  static override styles = [...PeaklineTargetElement.styles, gaugeStyles];

  static override properties: PropertyDeclarations = { variant: option('arc') };

  /** `arc` (a semicircle, default) or `bar` (a compact bullet bar for narrow columns and tables); any other value is an error. */
  variant: GaugeVariant = 'arc';

  private view: GaugeView | null = null;
  /** The height reserved while loading, and kept once the data is shown (CSS length). */
  private reserved = '';

  /** The variant drawn: `variant` when valid (an invalid one is an error box, shown with the arc's reserved height). */
  private get shape(): GaugeVariant {
    return this.variant === 'bar' ? 'bar' : 'arc';
  }

  protected override widgetProblems(): readonly Problem[] {
    return [...super.widgetProblems(), ...this.notOneOf('variant', this.variant, ['arc', 'bar'])];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Geometry and text are computed here, once per change of what they depend on, never in render().
    this.reserved = gaugeReserve(this.shape, this.width, this.language, this.fontPx, this.reserve);
    const doc = this.doc;
    const target = doc && this.target ? findTarget(doc, this.target) : undefined;
    // The frame's content box: drawn at the host's width, the chart was shrunk to fit (a bar's ticks 8–22% thinner).
    const opts = { lang: this.language, width: frameInner(this.width, this.fontPx), fontPx: this.fontPx, method: this.method, asOf: this.asOf, variant: this.shape };
    // Shared with every gauge of this target, size and variant on the page, and kept through a theme change or a `lang`
    // changed elsewhere on the page (src/base/view-cache.ts).
    this.view = doc && target && !this.problems.length ? cachedView(doc, `gauge ${target.id} ${JSON.stringify(opts)}`, () => gaugeView(doc, target, opts)) : null;
  }

  protected override render(): TemplateResult {
    const variant = this.shape;
    const reserve = this.reserved;
    if (this.dataState.status === 'loading') return this.renderChartLoading(GAUGE_ASPECT[variant], reserve);
    const v = this.view;
    const m = this.m;
    // No view whenever there are problems (see willUpdate).
    if (!v) return this.renderError();
    const { a, geometry: g } = v;
    const line = (cls: string, mk: GaugeMarker) => svg`<line class=${`marker ${cls}`} x1=${mk.x1} y1=${mk.y1} x2=${mk.x2} y2=${mk.y2}></line>`;
    // A milestone and the "due" tick get a background-coloured halo, so they show on the fill and on the track alike (the
    // dashed due tick on an on-track fill was 1.6:1 on the dark theme, a few stubs past the fill's edge).
    const markers = g.markers.map((mk) => (mk.kind === 'milestone' || mk.kind === 'expected' ? svg`${line('halo', mk)}${line(mk.kind, mk)}` : line(mk.kind, mk)));
    const key = (cls: string) => html`<svg class="key" viewBox="0 0 10 10" aria-hidden="true"><line class=${`marker ${cls}`} x1="5" y1="0" x2="5" y2="10"></line></svg>`;
    // Without data the gauge keeps its shape (the empty track, dashed, with the target and milestones
    // where they will be): the box reserved while loading is filled, not left as a blank hole.
    const data = !!a.latest;
    // The big figure and "target …" are in the description a screen reader has just read ("Down 6.8% from 2020 as of
    // 2022; target −13.5% vs 2020 by 2025; …", or "no data yet"): hidden from it, except a peak's yearly growth, which
    // the description does not give.
    // Written without whitespace between tags: in the grid, flex boxes and SVG here it renders nothing, and costs bytes.
    return this.renderFigure(
      v,
      html`<div class=${data ? 'body' : 'body no-data'} part="body"><svg class="chart" part="chart" width=${g.width} height=${g.height} viewBox=${`0 0 ${g.width} ${g.height}`} aria-hidden="true" style=${styleMap({ '--_pl-status': `var(--_pl-status-${a.status})` })}>${
        g.backward ? backHatch() : nothing
      }<g transform=${`translate(${g.origin.x},${g.origin.y})`}><path class="track" d=${g.track}></path>${
        g.band ? svg`<path class="range" d=${g.band}></path>` : nothing
      }${
        // A peak's fill is time elapsed, not progress: neutral, so it does not read as ground gained (the status has its chip).
        g.fill ? svg`<path class=${g.backward ? 'fill back' : a.kind === 'peak' ? 'fill time' : 'fill'} d=${g.fill}></path>` : nothing
      }${
        // The latest value's dot under the ticks, so an "about" target's tick stays in sight over it (the dot hid it).
        g.dot ? svg`<circle class="dot" cx=${g.dot.x} cy=${g.dot.y} r=${g.dot.r}></circle>` : nothing
      }${markers}</g></svg><div class="readout" aria-hidden=${data && a.kind === 'peak' ? nothing : 'true'}><span class=${v.headlineLong ? 'headline long' : 'headline'} part="headline">${data ? v.headline : m.states.noData}</span>${
        v.of ? html`<span class="of">${v.of}</span>` : nothing
      }</div>${this.renderReadout(a, v.proxy)}</div>
<ul class="legend" part="legend">${
        v.legend.map((item) => html`<li>${key(item.kind)}${item.label}</li>`)
      }${
        v.overflow ? html`<li>${v.overflow}</li>` : nothing
      }${
        // An "about" target's sentence ("within the target range (…)") is keyed by the band it names.
        v.progressText ? html`<li class="share">${g.band ? html`<svg class="key" viewBox="0 0 10 10" aria-hidden="true"><rect class="range" width="10" height="10"></rect></svg>` : nothing}${v.progressText}</li>` : nothing
      }</ul>`,
      variant,
      reserve,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-gauge': PeaklineGauge;
  }
}
