import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PeaklineElement } from '../base/peakline-element.js';
import type { PolicyDocument, Problem } from '../format/types.js';
import { formatShare } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { axisMinGap, axisTicks, LAYOUTS, ROW_CHART_HEIGHT, rowGeometry, type AxisTick, type RowGeometry, type RowMark, type SectorsLayout } from './geometry.js';
import { SORT_ORDERS, sectorsMessages, type SectorsMessages, type SortOrder } from './messages.js';
import { parseList, selectionProblems, sectorsView, sortRows, type SectorFilters, type SectorRow, type SectorsView } from './rows.js';
import { sectorsStyles } from './sectors.styles.js';

/** Detail of the `peakline-select` event. */
export interface PeaklineSelectDetail {
  readonly targetId: string;
}

/** Rows reserved while loading when nothing says how many there will be. */
const DEFAULT_ROWS = 6;

interface RowView {
  readonly row: SectorRow;
  readonly geometry: RowGeometry;
}

/**
 * Every sector's targets on one unit-free scale: the share of the way from baseline (0%) to
 * target (100%), with a tick where each should be by now, so readers see at a glance which
 * sectors are ahead and which are behind. One row per target; rows with no data say so and
 * sort last.
 *
 * Rows: by default every target that names a sector (its own `sector`, else its indicator's).
 * `sectors`, `indicator` and `targets` narrow them (naming targets or indicators also admits
 * targets without a sector). Sort orders: `status` (default: wrong direction, off track, needs
 * acceleration, on track, achieved, then no data), `progress` (least first, no data last), `name`
 * (no data last) and `data` (the dataset's order). Readers re-sort with the visible control;
 * the new order is announced. Rows are a list with roving focus: ArrowUp/ArrowDown/Home/End
 * move between rows; click, Enter or Space selects one.
 *
 * @summary A panel comparing every sector's targets on one scale.
 * @fires peakline-select - When a reader selects a row (click, Enter or Space); `detail.targetId` is the target's id.
 * @fires peakline-ready - After the data is rendered.
 * @fires peakline-error - When data cannot be loaded, is invalid, or a filter names an unknown sector, indicator or target; `detail.problems` lists `{path, message}`.
 * @csspart frame - The widget's box.
 * @csspart sort - The sort control (a select element).
 * @csspart rows - The list of rows.
 * @csspart row - Each row (`data-status` carries its status).
 * @csspart chart - Each row's SVG bar or arrow.
 * @csspart status - Each row's status label with its icon.
 * @csspart legend - The key to the marks.
 * @csspart empty - The message shown when the filters match no target.
 * @csspart footer - Sources, badge and the calculation disclosure.
 * @csspart source - Each source link.
 * @csspart badge - The "illustrative data" badge.
 * @csspart disclosure - The "How is this calculated?" details element.
 * @cssproperty --peakline-color-status-on-track - Colour of the on-track status (and likewise for every status).
 * @cssproperty --peakline-color-track - The bars' empty track.
 * @cssproperty --peakline-color-surface - Background of the selected and hovered row.
 * @cssproperty --peakline-color-focus - Focus ring and the selected row's edge.
 * @cssproperty --peakline-font-family - Font; inherits from the page by default.
 */
export class PeaklineSectors extends PeaklineElement {
  static override styles = [...PeaklineElement.styles, sectorsStyles];

  /** Comma-separated sector ids to show, e.g. `steel,building-materials` (default: every sector). */
  @property({ reflect: true }) sectors: string | null = null;

  /** Comma-separated indicator id(s) to show; also admits targets without a sector. */
  @property({ reflect: true }) indicator: string | null = null;

  /** Comma-separated target ids to show; also admits targets without a sector. */
  @property({ reflect: true }) targets: string | null = null;

  /** `bars` (default: a compact bullet bar per row) or `dots` (an arrow from baseline to the latest value). */
  @property({ reflect: true }) layout: SectorsLayout = 'bars';

  /** Row order: `status` (default, most behind first), `progress` (least first), `name`, or `data` (dataset order). */
  @property({ reflect: true }) sort: SortOrder = 'status';

  /** Id of the selected target; set by a reader's selection, or by the page. The row is marked `aria-current`. */
  @property({ reflect: true }) selected: string | null = null;

  /** How many rows to reserve space for while loading (default: the number of `targets` if given, else 6). */
  @property({ type: Number }) rows: number | null = null;

  /** What the live region last announced (only after a reader re-sorts). */
  @state() private announcement = '';

  /** The row holding the roving tab stop. */
  @state() private focusId: string | null = null;

  private view: SectorsView | null = null;
  private rowViews: readonly RowView[] = [];
  private ticks: readonly AxisTick[] = [];
  /** Unsorted rows are kept while only the order changes. */
  private built: { key: string; doc: PolicyDocument; view: SectorsView } | null = null;

  private get sm(): SectorsMessages {
    return sectorsMessages(this.language);
  }

  private get filters(): SectorFilters {
    return { sectors: parseList(this.sectors), indicators: parseList(this.indicator), targets: parseList(this.targets) };
  }

  private get layoutValue(): SectorsLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'bars';
  }

  private get sortValue(): SortOrder {
    return SORT_ORDERS.includes(this.sort) ? this.sort : 'status';
  }

  protected override widgetProblems(): readonly Problem[] {
    const doc = this.doc;
    if (!doc) return [];
    const sm = this.sm;
    const problems: Problem[] = [];
    if (!LAYOUTS.includes(this.layout)) problems.push({ path: '', message: sm.badLayout(String(this.layout)) });
    if (!SORT_ORDERS.includes(this.sort)) problems.push({ path: '', message: sm.badSort(String(this.sort)) });
    problems.push(...selectionProblems(doc, this.filters, this.language));
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const doc = this.doc;
    if (!doc || this.widgetProblems().length > 0) {
      this.view = null;
      this.rowViews = [];
      return;
    }
    const lang: Lang = this.language;
    const sort = this.sortValue;
    const key = `${lang}|${this.sectors}|${this.indicator}|${this.targets}`;
    if (!this.built || this.built.doc !== doc || this.built.key !== key) {
      this.built = { key, doc, view: sectorsView(doc, this.filters, { lang, sort }) };
    }
    const base = this.built.view;
    this.view = { ...base, rows: sortRows(base.rows, sort, lang) };
    const layout = this.layoutValue;
    this.ticks = axisTicks(this.view.domain, axisMinGap(this.width));
    this.rowViews = this.view.rows.map((row) => ({
      row,
      geometry: rowGeometry(layout, this.view!.domain, {
        progress: row.progress, expected: row.expected, milestones: row.milestones, peak: row.kind === 'peak',
      }),
    }));
  }

  /** The row that holds the tab stop: the focused one, else the selected one, else the first. */
  private get activeId(): string | null {
    const rows = this.view?.rows ?? [];
    const has = (id: string | null) => id !== null && rows.some((r) => r.targetId === id);
    if (has(this.focusId)) return this.focusId;
    if (has(this.selected)) return this.selected;
    return rows[0]?.targetId ?? null;
  }

  private select(targetId: string): void {
    this.selected = targetId;
    this.focusId = targetId;
    this.dispatchEvent(
      new CustomEvent<PeaklineSelectDetail>('peakline-select', { detail: { targetId }, bubbles: true, composed: true }),
    );
  }

  private async moveFocus(targetId: string): Promise<void> {
    this.focusId = targetId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-target="${CSS.escape(targetId)}"]`)?.focus();
  }

  private onSortChange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as SortOrder;
    if (!SORT_ORDERS.includes(value)) return;
    this.sort = value;
    this.announcement = this.sm.sorted(this.sm.sort[value]);
  }

  private onRowsKeydown(e: KeyboardEvent): void {
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-target]');
    const rows = this.view?.rows ?? [];
    if (!li || rows.length === 0) return;
    const id = li.dataset.target!;
    const i = rows.findIndex((r) => r.targetId === id);
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, i + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, i - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.select(id);
        return;
      default:
        return;
    }
    e.preventDefault();
    void this.moveFocus(rows[next]!.targetId);
  }

  private onRowClick(e: Event): void {
    const li = (e.currentTarget as HTMLElement).closest<HTMLElement>('li[data-target]');
    if (li?.dataset.target) this.select(li.dataset.target);
  }

  protected override render(): TemplateResult {
    const state = this.dataState;
    if (state.status === 'loading') return this.renderSkeleton();
    const problems = this.problems;
    if (problems.length > 0 || !this.view) return this.renderError(problems.length ? problems : [{ path: '', message: this.m.states.error }]);
    const v = this.view;
    const sm = this.sm;
    const layout = this.layoutValue;
    return html`<div class=${classMap({ frame: true, [layout]: true })} part="frame" role="group" aria-labelledby="title">
      <div class="head">
        <div>
          <p class="title" id="title">${sm.title}</p>
          <p class="subtitle">${v.policyTitle}</p>
          ${v.summary ? html`<p class="meta">${v.summary}</p>` : nothing}
        </div>
        ${v.rows.length > 1
          ? html`<div class="control">
              <label for="sort">${sm.sortLabel}</label>
              <select id="sort" part="sort" .value=${live(this.sortValue)} @change=${this.onSortChange}>
                ${SORT_ORDERS.map((o) => html`<option value=${o} ?selected=${o === this.sortValue}>${sm.sort[o]}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <p class="sr-only" role="status">${this.announcement}</p>
      ${v.rows.length > 0 ? this.renderRows(v) : this.renderEmpty(v)}
      ${this.renderFooter({
        targetSource: v.sources.target,
        dataSources: v.sources.data,
        illustrative: v.illustrative,
        explanation: sm.explanation,
        method: sm.method,
      })}
    </div>`;
  }

  /** Loading: the same frame with the rows' final height reserved (rows × row height). */
  private renderSkeleton(): TemplateResult {
    const fromTargets = parseList(this.targets).length;
    const n = Math.max(1, Math.min(40, Math.round(this.rows ?? (fromTargets || DEFAULT_ROWS))));
    return html`<div class="frame" part="frame" role="status" aria-busy="true">
      <span class="sr-only">${this.m.states.loading}</span>
      <div class="sizer">
        <div class="skel-part head-box">
          <div class="skeleton line" style=${styleMap({ width: '45%' })}></div>
          <div class="skeleton line small" style=${styleMap({ width: '60%' })}></div>
          <div class="skeleton line small" style=${styleMap({ width: '35%' })}></div>
        </div>
        <div class="skeleton rows-box" style=${styleMap({ height: `calc(${n} * var(--_pl-row-est))` })}></div>
        <div class="skel-part tail-box">
          <div class="skeleton line small" style=${styleMap({ width: '70%' })}></div>
          <div class="skeleton line small" style=${styleMap({ width: '50%' })}></div>
        </div>
      </div>
    </div>`;
  }

  private renderEmpty(v: SectorsView): TemplateResult {
    const sm = this.sm;
    return html`<p class="empty-rows" part="empty">${v.filterText ? sm.noRows(v.filterText) : sm.noRowsAtAll}</p>`;
  }

  private renderRows(v: SectorsView): TemplateResult {
    const sm = this.sm;
    const active = this.activeId;
    const lang = this.language;
    return html`<p class="meta scale">${sm.scale}</p>
      <div class="axis" aria-hidden="true">
        <div class="ticks">
          ${this.ticks.map(
            (t) => html`<span class=${classMap({ tick: true, [t.align]: true })} style=${styleMap({ left: `${t.x}%` })}
              >${formatShare(lang, t.share)}</span
            >`,
          )}
        </div>
      </div>
      <ul class="rows" part="rows" role="list" aria-labelledby="title" @keydown=${this.onRowsKeydown}>
        ${this.rowViews.map(({ row, geometry }, i) => {
          const current = row.targetId === this.selected;
          return html`<li
            class="row"
            part="row"
            data-target=${row.targetId}
            data-status=${row.status}
            tabindex=${row.targetId === active ? 0 : -1}
            aria-current=${current ? 'true' : nothing}
            aria-labelledby="sentence-${i}"
            style=${styleMap({ '--_pl-status': `var(--_pl-status-${row.status})` })}
            @click=${this.onRowClick}
          >
            <span class="sr-only" id="sentence-${i}">${row.sentence}</span>
            <div class="label" aria-hidden="true">
              <span class="sector">${row.sectorLabel}</span>
              <span class="name">${row.name}</span>
              <span class="phrase">${row.targetText}</span>
            </div>
            <div class="chart" aria-hidden="true">${this.renderChart(row, geometry)}</div>
            <div class="readout" aria-hidden="true">
              ${this.renderStatus(row.status)}
              <span class="figures">
                ${row.noData
                  ? html`<span class="no-data-text">${row.valueText}</span>`
                  : html`<span class="value"
                        >${geometry.overflow ? (geometry.overflow.side === 'above' ? '▶ ' : '◀ ') : ''}${row.valueText}</span
                      >${row.dueText ? html`<span class="due">${row.dueText}</span>` : nothing}`}
              </span>
            </div>
          </li>`;
        })}
      </ul>
      ${this.renderLegend(v)}`;
  }

  private renderChart(row: SectorRow, g: RowGeometry): TemplateResult {
    const mid = g.mid;
    const at = (x: number, cls: string, d: string) =>
      svg`<svg x="${x}%" y=${mid} overflow="visible"><path class=${cls} d=${d}></path></svg>`;
    return html`<svg class=${classMap({ [g.layout]: true })} part="chart" height=${ROW_CHART_HEIGHT} aria-hidden="true" focusable="false">
      <rect class=${classMap({ track: true, empty: row.noData })} x="${g.track.x}%" y=${g.track.y} width="${g.track.width}%" height=${g.track.height}></rect>
      ${g.fill ? svg`<rect class="fill" x="${g.fill.x}%" y=${g.fill.y} width="${g.fill.width}%" height=${g.fill.height}></rect>` : nothing}
      ${g.line ? svg`<line class="line" x1="${g.line.x1}%" x2="${g.line.x2}%" y1=${mid} y2=${mid}></line>` : nothing}
      ${g.marks.map((mk) => this.renderMark(mk, at))}
      ${g.origin !== null ? svg`<circle class="origin" cx="${g.origin}%" cy=${mid} r="4"></circle>` : nothing}
      ${g.head ? at(g.head.x, 'head-shape', g.head.path) : nothing}
      ${g.overflow ? at(g.overflow.x, 'overflow', g.overflow.path) : nothing}
    </svg>`;
  }

  private renderMark(mk: RowMark, at: (x: number, cls: string, d: string) => unknown) {
    if (mk.shape) return at(mk.x, `shape ${mk.clamped ? 'pin' : mk.kind}`, mk.shape);
    // A halo in the background colour keeps the tick legible where it crosses a fill of similar lightness.
    const halo = mk.kind === 'expected' || mk.kind === 'target';
    return svg`${halo ? svg`<line class="halo ${mk.kind}" x1="${mk.x}%" x2="${mk.x}%" y1=${mk.y1} y2=${mk.y2}></line>` : nothing}<line
        class="mark ${mk.kind}"
        x1="${mk.x}%"
        x2="${mk.x}%"
        y1=${mk.y1}
        y2=${mk.y2}
      ></line>`;
  }

  private renderLegend(v: SectorsView): TemplateResult {
    const sm = this.sm;
    const layout = this.layoutValue;
    const key = (content: unknown) => html`<svg class="key" viewBox="0 0 16 10" aria-hidden="true" focusable="false">${content}</svg>`;
    const tick = (cls: string) => svg`<line class="mark ${cls}" x1="8" x2="8" y1="0" y2="10"></line>`;
    return html`<ul class="legend" part="legend">
      <li>
        ${layout === 'bars'
          ? key(svg`<rect class="fill" x="0" y="2" width="16" height="6"></rect>`)
          : key(svg`<line class="line" x1="1" x2="10" y1="5" y2="5"></line><path class="head-shape" d="M9,1L16,5L9,9Z"></path>`)}
        ${layout === 'bars' ? sm.legendProgress : sm.legendArrow}
      </li>
      <li>${key(tick('expected'))}${sm.legendExpected}</li>
      <li>${key(tick('target'))}${sm.legendTarget}</li>
      ${v.anyMilestones ? html`<li>${key(svg`<path class="shape milestone" d="M4,1L12,1L8,7Z"></path>`)}${sm.legendMilestone}</li>` : nothing}
      ${v.anyPeak ? html`<li>${sm.legendPeak}</li>` : nothing}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-sectors': PeaklineSectors;
  }
}
