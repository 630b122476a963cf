import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { option, PeaklineElement } from '../base/peakline-element.js';
import { sectorsReserve } from '../base/reserve.js';
import type { DataState } from '../base/data-controller.js';
import { backHatch, statusIcon } from '../base/icons.js';
import { held } from '../base/held.js';
import { styleMap } from '../base/style-map.js';
import type { Method, PolicyDocument, Problem } from '../format/types.js';
import { echo } from '../format/echo.js';
import { formatShare } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { statusName } from '../i18n/messages.js';
import { axisTicks, LAYOUTS, legendKeys, ROW_CHART_HEIGHT, rowGeometry, type AxisTick, type LegendKeys, type RowGeometry, type RowMark, type SectorsLayout } from './geometry.js';
import { SORT_ORDERS, sectorsMessages, type SectorsMessages, type SortOrder } from './messages.js';
import { parseList, selectionProblems, sectorsView, sortRows, type SectorFilters, type SectorRow, type SectorsView } from './rows.js';
import { sectorsStyles } from './sectors.styles.js';
import { cachedView } from '../base/view-cache.js';

/** Property options: an attribute reflected to and from the property; internal state (no attribute). */
const REFLECT = { reflect: true };
const STATE = { state: true };

/** Detail of the `peakline-select` event. */
export interface PeaklineSelectDetail {
  readonly targetId: string;
}

/**
 * Every sector's targets on one unit-free scale: the share of the way from baseline (0%) to
 * target (100%), with a tick where each should be by now, so readers see at a glance which
 * sectors are ahead and which are behind. One row per target; rows with no data say so and
 * sort last.
 *
 * Rows: by default every target, those that name no sector (their own `sector`, else their
 * indicator's) under "All sectors". `sectors`, `indicator` and `targets` narrow them (a target
 * without a sector is in no sector list). Sort orders: `status` (default: wrong direction, off track, needs
 * acceleration, on track, achieved, then no data), `progress` (least of the way first; then rows without a share of
 * the way, peak targets (their bar is time elapsed, not progress) and limits (room used) among them, most behind first; no data last), `name`
 * (no data last) and `data` (the dataset's order). Readers re-sort with the visible control;
 * the new order is announced. Rows are a list with roving focus: ArrowUp/ArrowDown/Home/End
 * move between rows; click, Enter or Space selects one.
 *
 * @tagname peakline-sectors
 * @summary A panel comparing every sector's targets on one scale.
 * @fires peakline-select - When a reader selects a row (click, Enter or Space); `detail.targetId` is the target's id.
 * @fires peakline-ready - After the data is rendered, and again after a new document, method, as-of year or filter is rendered.
 * @fires peakline-error - When data cannot be loaded, is invalid, or a filter names an unknown sector, indicator or target; `detail.problems` lists `{path, message}` (with `status` when `src` could not be loaded: the HTTP status of an error answer, 0 when the network or CORS failed; none for a timeout).
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
 * @csspart disclosure - The "How is this calculated?" and "N more sources" details elements.
 */
export class PeaklineSectors extends PeaklineElement {
  static override styles = [...PeaklineElement.styles, sectorsStyles];

  static override properties: PropertyDeclarations = { sectors: REFLECT, indicator: REFLECT, targets: REFLECT, layout: option('bars'), sort: option('status'), selected: REFLECT, rows: { type: Number }, reserve: {}, stray: { attribute: 'target' }, announcement: STATE, focusId: STATE };

  /** Comma-separated sector ids to show, e.g. `steel,building-materials` (default: every sector). */
  sectors: string | null = null;

  /** Comma-separated indicator id(s) to show. */
  indicator: string | null = null;

  /** Comma-separated target ids to show. */
  targets: string | null = null;

  /** `bars` (default: a compact bullet bar per row) or `dots` (an arrow from baseline to the latest value). */
  layout: SectorsLayout = 'bars';

  /**
   * Row order: `status` (default, most behind first), `progress` (least of the way first, then peak targets, whose bar is
   * time elapsed, and limits, whose bar is room used, most behind first), `name`, or `data` (dataset order).
   */
  sort: SortOrder = 'status';

  /** Id of the selected target; set by a reader's selection, or by the page. Its row (an option of the rows' listbox) is `aria-selected`. */
  selected: string | null = null;

  /** How many rows to reserve space for while loading (default: the number of `targets` if given, else 6). */
  rows: number | null = null;

  /**
   * The loading height measured for this panel, written by the embed builder: its height in em at 320, 360 and 480 px,
   * either side of where its rows change layout (733 and 734 px at 16 px) and at 900 px ("79.3 72 61 46.5 54.7 44.6"),
   * so the box reserved while the data loads fits it. Without it, or with anything but six numbers above 0 (the console
   * says so), estimated from `rows`.
   */
  reserve: string | null = null;

  /** A `target` attribute, a gauge's, which the panel does not have: watched only to say so (and to stop saying so). */
  private stray: string | null = null;

  /** What the live region last announced (only after a reader re-sorts). */
  private announcement = '';
  private said?: Lang;

  /** The row holding the roving tab stop. */
  private focusId: string | null = null;

  /** The view with rows in the current order; null while loading or on error. */
  private view?: SectorsView | null;
  /** Each row's chart, in row order. */
  private charts!: readonly RowGeometry[];
  private ticks!: readonly AxisTick[];
  private keys!: LegendKeys;
  /** What the last render read besides properties: data state and language. */
  private rendered?: [DataState, Lang];
  /** The frame and row heights (em) reserved while loading (sectorsReserve), until the base lets them go (keepsReserve). */
  private reserved: [frame: number, row: number] | null = null;
  /**
   * The loading frame's height (em), kept as the ready panel's minimum while `keepsReserve` (at most the reserve for
   * the rows it turned out to have): when the rows take less room than reserved, the spare height sits above the
   * footer instead of the page moving up. A resize, or a font size or language change, lets the panel take its own
   * height; 0 when not kept.
   */
  private keep = 0;
  /** Whether the console was told this panel's `rows` (see willUpdate). */
  private told = false;

  private get sm(): SectorsMessages {
    return sectorsMessages(this.language);
  }

  private get filters(): SectorFilters {
    return { sectors: parseList(this.sectors), indicators: parseList(this.indicator), targets: parseList(this.targets) };
  }

  /** Bad `layout` or `sort` values and filters naming unknown ids, shown in the error box. */
  protected override widgetProblems(): readonly Problem[] {
    // Called only with a ready document and no crash (willUpdate), so `doc` is never null here.
    return [
      ...this.notOneOf('layout', this.layout, LAYOUTS),
      ...this.notOneOf('sort', this.sort, SORT_ORDERS),
      ...this.optionProblems(),
      ...selectionProblems(this.doc!, this.filters, this.language),
      // A layout hint and a gauge's attribute, each a silent fallback otherwise (too little room reserved; every target shown).
      ...[this.getAttribute('rows')].filter((v) => v?.trim() && !/^\s*0*[1-9]\d*\s*$/.test(v)).map((v) => ({ path: 'rows', message: this.sm.badRows(echo(v!)) })),
      // (An empty one, as templates write, is no choice; beside `targets`, it is only to be removed.)
      ...[this.stray].filter((v) => v).map((v) => ({ path: 'target', message: this.sm.targetAttr(this.targets ? '' : echo(v!)) })),
    ];
  }

  /**
   * Nothing drawn here depends on the measured width (x in percent, columns by container query, edge
   * axis labels hidden by CSS), so the base's width measurement alone re-renders the panel only for its reserved height.
   * Updates with no changed property re-render only when the data state or the language changed.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const was = this.rendered;
    const now: [DataState, Lang] = (this.rendered = [this.dataState, this.language]);
    // A loading height, or a kept one, would go stale at another width: the width watch's update re-reserves
    // (while loading) or lets it go (kept).
    return changed.size > 0 || was?.[0] !== now[0] || was[1] !== now[1] || this.keepsReserve || now[0].status === 'loading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const doc = this.doc;
    const lang = this.language;
    const reserve = (rows: number) => sectorsReserve(this.width, rows, this.fontPx, lang, !(this.sectors || this.indicator || this.targets), this.reserve);
    const loading = this.dataState.status === 'loading';
    if (loading || !this.keepsReserve) this.reserved = loading ? reserve(this.skeletonRows) : null;
    this.keep = 0;
    this.view = null;
    // What the live region said, in the language it was said in: gone with that language.
    if (lang !== this.said) this.announcement = '';
    this.said = lang;
    // With problems (which include a bad layout or sort) the error box is shown, so below both are valid.
    if (!doc || this.problems.length) return;
    const key = `sectors|${lang}|${this.sectors}|${this.indicator}|${this.targets}|${this.method}|${this.asOf}`;
    const base = cachedView(doc, key, () => sectorsView(doc, this.filters, { lang, method: this.method, asOf: this.asOf }));
    [this.view, this.charts, this.ticks, this.keys] = cachedView(doc, `${key}|${this.sort}|${this.layout}`, () => {
      const rows = sortRows(base.rows, this.sort, lang);
      const charts = rows.map((r) => rowGeometry(this.layout, base.domain, r));
      return [{ ...base, rows }, charts, axisTicks(base.domain), legendKeys(charts, rows)];
    });
    // The panel with data keeps what was reserved, but no more than the reserve for the rows it has: a guessed
    // row count (6 without `rows`) that was too high would otherwise leave a blank of whole rows above the footer.
    if (this.reserved) {
      const n = base.rows.length;
      const fit = reserve(n)[0];
      this.keep = Math.min(this.reserved[0], fit);
      // Rows reserved (kept only for a panel on or above the screen) but not those it has: the page moved (a one-row
      // panel without `rows` shrank by 568 px at 900 px, layout shift 0.10). Said once per panel, with what to write;
      // not for a panel whose filters match nothing, which says so itself (rows="0" is no value to write).
      if (n && this.reserved[0] !== fit && !this.told) {
        this.told = true;
        console.warn(`Peakline: ${this.tag} reserved ${this.skeletonRows} rows while loading, and has ${n}: the page moved. Write rows="${n}".`);
      }
    }
  }

  /**
   * Focus goes where the tab stop is when it is on a row that is not the tab stop's: a row the keys moved to, or, as Lit
   * reuses each row's element by position, its own row after a re-sort or new data from the page (the focused element
   * then holds another target's row, which a screen reader read as the reader's current option), or the new tab stop
   * where that row is gone. Nothing renders again.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = (this.shadowRoot!.activeElement as HTMLElement | null)?.dataset.target;
    if (id && id !== this.focusId) this.renderRoot.querySelector<HTMLElement>('li[tabindex="0"]')?.focus();
  }

  private select(targetId: string): void {
    this.selected = this.focusId = targetId;
    this.dispatchEvent(new CustomEvent<PeaklineSelectDetail>('peakline-select', { detail: { targetId }, bubbles: true, composed: true }));
  }

  private onSortChange(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value as SortOrder;
    this.announcement = this.sm.sorted(this.sm.sort[this.sort]);
  }

  private onClick(e: Event): void {
    const id = (e.target as Element).closest<HTMLElement>('li')?.dataset.target;
    if (id) this.select(id);
  }

  /** The row a reader is on, however focus came there (Tab, keys, a click), is the tab stop. */
  private onFocus(e: Event): void {
    this.focusId = (e.target as HTMLElement).dataset.target ?? this.focusId;
  }

  /** Roving focus: ArrowUp/ArrowDown/Home/End move between rows (updated() moves focus); Enter or Space selects. */
  private onKeydown(e: KeyboardEvent): void {
    const id = (e.target as HTMLElement).dataset.target;
    const rows = this.view?.rows ?? [];
    const i = rows.findIndex((r) => r.targetId === id);
    const last = rows.length - 1;
    const next = ({ ArrowDown: Math.min(last, i + 1), ArrowUp: Math.max(0, i - 1), Home: 0, End: last } as Record<string, number>)[e.key];
    const pick = e.key === 'Enter' || e.key === ' ';
    if (i < 0 || (next === undefined && !pick)) return;
    e.preventDefault();
    if (pick) return this.select(id!);
    this.focusId = rows[next!]!.targetId;
  }

  protected override render(): TemplateResult {
    if (this.dataState.status === 'loading') return this.renderSkeleton();
    const v = this.view;
    if (!v) return this.renderError(this.sm.error);
    const { sm, sort } = this;
    const w = this.m.words;
    return html`<div class=${`frame ${this.layout}`} part="frame" role="group" aria-labelledby="title subtitle" lang=${this.frameLang} style=${styleMap({ 'min-height': this.keep ? `max(100%, ${this.keep}em)` : undefined })}>
<div class="head">
<div>${this.renderTitle(sm.title)}<p class="subtitle" part="subtitle" id="subtitle">${v.policyTitle}</p><p class="meta">${v.summary}</p></div>
${v.rows.length > 1
  ? html`<div class="control"><label for="sort">${sm.sortLabel}</label> <select id="sort" part="sort" tabindex="0" .value=${sort} @change=${this.onSortChange}>
${SORT_ORDERS.map((o) => html`<option value=${o} ?selected=${o === sort}>${sm.sort[o]}</option>`)}</select></div>`
  : nothing}
</div>
<p class="sr-only" role="status">${this.announcement}</p>
${v.rows.length
  ? [this.renderRows(v), this.renderFooter(v.sources, v.illustrative, sm.explanation, `${sm.progress} = (${w.latest} − ${w.baseline}) ÷ (${w.target} − ${w.baseline})`)]
  : // Nothing to calculate, no figures: what was asked for, in words, and where the plan is, to check what it sets.
    html`<p class="no-rows" part="empty">${v.filterText ? sm.noRows(v.filterText) : sm.noRowsAtAll}</p><div class="footer" part="footer">${v.sources.targets.map((s) => this.renderSourceLink(this.m.provenance.source, s))}</div>`}
</div>`;
  }

  /** Rows reserved while loading: `rows`, else the number of `targets`, else 6 (a middling panel: the built-in ones have 3, 4 and 10 rows). */
  private get skeletonRows(): number {
    // (rows="abc" reads as NaN: the default then, until the data arrives and its error shows.)
    return Math.max(1, Math.min(40, Math.round(this.rows || parseList(this.targets).length || 6)));
  }

  /** Loading: the frame with the final height reserved (sectorsReserve): heading, rows × row height, legend and footer. */
  private renderSkeleton(): TemplateResult {
    const [frame, row] = this.reserved!;
    return this.renderLoading(html`<div class="skeleton rows-box" style=${styleMap({ height: `${this.skeletonRows * row}em` })}></div>`, `${frame}em`);
  }

  private renderRows(v: SectorsView): TemplateResult {
    const { sm, selected, snapshot, m } = this;
    const ids = v.rows.map((r) => r.targetId);
    // The tab stop: the focused row, else the selected one, else the first.
    const active = [this.focusId, selected].find((id) => ids.includes(id!)) ?? ids[0];
    // Rows are written without whitespace between tags (every text node and marker is a DOM node per row), but for the
    // spaces between the pieces of an option's name: block and flex boxes show none, and "materialsCement" reads as one word.
    // The row's text keeps one space between label and readout (its visible text must hold its name, as axe checks); the
    // chart, which has none, is written into the row's template, not a template of its own.
    // --_pl-status comes from the row's data-status in the stylesheet (no inline styles).
    // The rows are a single-select listbox (onKeydown): each an option named by its visible text, label and readout
    // (so speech input can say what it sees), the latest value and its year with them, under the target; and described
    // by what that leaves out, a change since the baseline or a peak's time passed (kept out of the option, whose
    // content is its name, in a hidden box that aria-describedby still reads). Without
    // script (the static renderer) nothing can be selected: a plain list, and no row is a tab stop.
    return html`<div class="grid"><p class="meta">${sm.scale}</p>
<div class="axis" aria-hidden="true"><div class="ticks">${this.ticks.map(
  (t) => html`<span class=${`tick ${t.align}${t.gap === null ? '' : ' fit'}`} style=${styleMap({ left: `${t.x}%`, '--_pl-gap-pct': t.gap })}>${formatShare(this.language, t.share)}</span>`,
)}</div></div>
<ul class="rows" part="rows" role=${snapshot ? 'list' : 'listbox'} aria-label=${sm.rows(sm.sort[this.sort])} @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocus}>
${v.rows.map((row, i) => {
  const g = this.charts[i]!;
  const id = row.targetId;
  return html`<li class="row" part="row" data-target=${id} data-status=${row.status} tabindex=${snapshot ? nothing : id === active ? 0 : -1} role=${snapshot ? nothing : 'option'} aria-selected=${snapshot ? nothing : String(id === selected)} aria-labelledby=${`l${i} r${i}`} aria-describedby=${row.details ? `s${i}` : nothing}><div class="label" id=${`l${i}`} aria-hidden="true"><span class="sector">${row.sectorLabel}</span> ${row.name} <span class="phrase">${row.targetText}</span> ${row.latestText ? html`<span class="phrase">${row.latestText}</span>` : nothing}</div><svg class=${row.peak ? 'chart time' : 'chart'} part="chart" aria-hidden="true" height=${ROW_CHART_HEIGHT}>${this.chartMarks(row, g, i === this.keys.hatchIn)}</svg> <div class="readout" id=${`r${i}`} aria-hidden="true"><span class="status" part="status">${statusIcon(row.status)}${statusName(m, row)}</span> <span class=${row.noData ? nothing : `value ${g.overflow?.side ?? ''}`}>${held(row.valueText)}</span> ${row.dueText}</div></li>`;
})}
</ul>
<div hidden>${v.rows.map((row, i) => html`<span id=${`s${i}`}>${row.details}</span>`)}</div>
${this.renderLegend(v)}</div>`;
  }

  /** One row's chart's marks (its <svg> is in the row's template): the track is the svg's CSS background; ticks get a halo only where they cross the fill or line. */
  private chartMarks(row: SectorRow, g: RowGeometry, hatch: boolean): unknown[] {
    // The chart is ROW_CHART_HEIGHT (24px) tall: marks are centred on y = 12 and the bar spans 6–18 (see geometry.ts).
    // Shapes are drawn around (0, 0): a nested <svg> places them at a percentage of the width.
    const at = (x: number, cls: string, d: string) => svg`<svg x=${`${x}%`} y="12" overflow="visible"><path class=${cls} d=${d}></path></svg>`;
    const tick = (cls: string, mk: RowMark) => svg`<line class=${`${cls} ${mk.kind}`} x1=${`${mk.x}%`} x2=${`${mk.x}%`} y1=${mk.y1} y2=${mk.y2}></line>`;
    const { fill, line } = g;
    const bars = this.layout === 'bars';
    // The marks are one flat list, only those drawn (a slot per optional mark left a DOM marker in every row, drawn or
    // not; there are hundreds of rows on a page), in painting order.
    const marks: unknown[] = [];
    if (row.noData) marks.push(svg`<rect class="empty" x="0" y=${bars ? 6 : 11.5} width="100%" height=${bars ? 12 : 1}></rect>`);
    else if (fill) {
      if (hatch) marks.push(backHatch());
      // A peak's marks are time, not ground gained: neutral in both layouts (the dots layout drew them in the status colour).
      marks.push(svg`<rect class=${fill.back ? 'fill back' : row.peak ? 'fill time' : 'fill'} x=${`${fill.x}%`} y="6" width=${`${fill.width}%`} height="12"></rect>`);
    }
    if (g.band) marks.push(svg`<rect class="range" x=${`${g.band.x}%`} y="6" width=${`${g.band.width}%`} height="12"></rect>`);
    // The latest value's dot under the ticks, so the target's stays in sight over it.
    if (g.dot !== null) marks.push(svg`<circle class="dot" cx=${`${g.dot}%`} cy="12" r="6"></circle>`);
    if (line) marks.push(svg`<line class="line" x1=${`${line.x1}%`} x2=${`${line.x2}%`} y1="12" y2="12"></line>`);
    for (const mk of g.marks) {
      if (mk.shape) marks.push(at(mk.x, mk.clamped ? 'pin' : mk.kind, mk.shape));
      else {
        if (mk.halo) marks.push(tick('halo', mk));
        marks.push(tick('mark', mk));
      }
    }
    if (line) marks.push(svg`<circle class="origin" cx=${`${line.x1}%`} cy="12" r="4"></circle>`);
    if (line && g.head) marks.push(at(line.x2, 'head-shape', g.head));
    if (g.overflow) marks.push(at(g.overflow.x, 'overflow', g.overflow.path));
    return marks;
  }

  private renderLegend(v: SectorsView): TemplateResult {
    const { sm } = this;
    const w = this.m.words;
    const key = (content: unknown, label: string) =>
      html`<li><svg class="key" viewBox="0 0 16 10" aria-hidden="true">${content}</svg>${label}</li>`;
    const tick = (cls: string) => svg`<line class=${`mark ${cls}`} x1="8" x2="8" y1="0" y2="10"></line>`;
    // Keys for the marks drawn only (legendKeys); a peak's fill is time, with a key of its own below. No whitespace
    // between the items (a flex list: it would render nothing). The ◆ ▶ ◀ in its words are shown, not read: a screen
    // reader named them "black diamond", "play button" and "reverse button" between the words. One box for the words (the
    // item is a flex box: each glyph its own item put the words in columns either side of it).
    const words = (text: string) => html`<span>${text.split(/([◆▶◀])/).map((p, i) => (i % 2 ? html`<span aria-hidden="true">${p}</span>` : p))}</span>`;
    const { progress, due, band, overflow, peakYear, peakLate } = this.keys;
    return html`<ul class="legend" part="legend">${
      progress
        ? key(
            this.layout === 'bars'
              ? svg`<rect class="fill" x="0" y="2" width="16" height="6"></rect>`
              : svg`<line class="line" x1="1" x2="10" y1="5" y2="5"></line><path class="head-shape" d="M9,1L16,5L9,9Z"></path>`,
            sm.legendProgress,
          )
        : nothing
    }${due ? key(tick('expected'), sm.legendExpected) : nothing}${key(tick('target'), w.target)}${
      v.anyMilestones ? key(svg`<path class="milestone" d="M4,1L12,1L8,7Z"></path>`, w.milestone) : nothing
    }${
      band
        ? key(svg`<rect class="range" x="0.5" y="0.5" width="15" height="9"></rect><circle class="dot" cx="8" cy="5" r="3.5"></circle>`, sm.legendRange)
        : nothing
    }${v.anyPeak ? html`<li>${words(sm.legendPeak(peakYear, peakLate))}</li>` : nothing}${overflow ? html`<li>${words(sm.legendOverflow)}</li>` : nothing}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-sectors': PeaklineSectors;
  }
  interface GlobalEventHandlersEventMap {
    'peakline-select': CustomEvent<PeaklineSelectDetail>;
  }
}
