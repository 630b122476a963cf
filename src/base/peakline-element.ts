/**
 * The base every Peakline widget extends. It owns what all widgets share, so each
 * widget only computes its geometry (in `willUpdate`) and templates its body:
 *
 * - data: `data` property → inline JSON → `src` → ancestor `<peakline-data>` (PolicyDataController);
 * - states: loading (size reserved), ready, error (problems listed with JSON paths), no data;
 * - events: `peakline-ready` after data is rendered, `peakline-error` with the problems;
 * - language (`lang`, else the nearest ancestor's, else English), theme, width (watchWidth);
 * - the frame: title, status label with icon, provenance links, illustrative badge,
 *   and the "How is this calculated?" disclosure.
 */
import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ancestor } from './ancestor.js';
import type { Method, PolicyDocument, Problem, Source } from '../format/types.js';
import { safeUrl, type CitedSources } from '../format/sources.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { loadMessage, messages, type Messages } from '../i18n/messages.js';
import { codeParts, localize, otherLang } from '../i18n/text.js';
import { METHODS } from '../progress/assess.js';
import { echo } from '../format/echo.js';
import { inYears, validate } from '../format/validate.js';
import { themeStyles } from '../theme/theme.styles.js';
import { PolicyDataController, type DataState } from './data-controller.js';
import { watchWidth } from './width-controller.js';
import { belowFold } from './below-fold.js';
import { reserveEm } from './reserve.js';
import { watchLang } from './lang-controller.js';
import { styleMap } from './style-map.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const LEVELS = [...'123456'];

/**
 * An option's attribute, reflected: empty or removed is its default, as if never written (a CMS template writes
 * `theme=""` for an optional field left blank; a removed `layout` would otherwise leave no layout at all).
 */
export const option = (fallback: string | null) => ({ reflect: true, converter: (v: string | null) => (v?.trim() ? v : fallback) });

/** Detail of the `peakline-error` event. */
export interface PeaklineErrorDetail {
  readonly problems: readonly Problem[];
}

declare global {
  /**
   * Typed `addEventListener('peakline-error', (e) => e.detail.problems)` on any element, the document or the window
   * (the events bubble and are composed): the map every one of theirs extends.
   */
  interface GlobalEventHandlersEventMap {
    'peakline-ready': CustomEvent<null>;
    'peakline-error': CustomEvent<PeaklineErrorDetail>;
  }
}

const MAX_PROBLEMS_SHOWN = 8;
/**
 * Code in the error box, English in a Chinese widget too (a screen reader reads `<peakline-data>` in an English voice),
 * word by word, each word in a `span`, an inline-block, the first with the bracket before the code (`head`), the last
 * with the punctuation after it (`tail`): a line breaks between words, and inside one only where it is longer than the
 * line (a phone broke "<peakline-⏎data", "industrial-co2-⏎peak" at their hyphens), never between a code and its "(",
 * "?" or "：".
 */
const code = (text: string, tail = '', head = '') =>
  text.split(/( )/).map((w, i, all) => (i % 2 ? w : html`<span>${i ? '' : head}<code lang="en">${w}</code>${all[i + 1] ? '' : tail}</span>`));
/**
 * Text smaller than this (px) is said once in the console: a theme with `html { font-size: 62.5% }` gives widgets 10 px
 * text and 7.5 px axis labels, silently, unless it sets --peakline-font-size.
 */
const SMALL_TEXT_PX = 12;
let smallTextSaid = false;

/**
 * How long (ms) a widget waits for its data before its loading box shows placeholders. Until then the box is the
 * frame alone, at the height the widget reserves, so nothing moves either way. An answer within this time (a fast
 * server, the browser's cache, a document another widget already asked for) goes straight from the empty frame to the
 * chart: no placeholders flash on screen for a frame or two, and none are laid out, which on a page of 60 gauges
 * was a 34 ms layout between the data and the charts (bench/EXPERIMENTS.md). A slower answer shows the placeholders,
 * which say where the title and the chart will be, for the rest of the wait.
 */
export const PLACEHOLDER_DELAY_MS = 200;

/** The options that change what a widget shows (see willUpdate: `peakline-ready` again once they are drawn). */
const SHOWN = ['target', 'method', 'asOf', 'sectors', 'indicator', 'targets'];

/**
 * Base class of every Peakline widget (not registered as an element itself).
 *
 * @fires peakline-ready - After the widget has rendered its data, and again after a new target, method, as-of year or filter is rendered.
 * @fires peakline-error - When data cannot be loaded or is invalid; `detail.problems` lists `{path, message}` (with `status` when `src` could not be loaded: the HTTP status of an error answer, 0 when the network or CORS failed; none for a timeout).
 * @csspart title - The widget's title (the target's, or the panel's).
 * @csspart subtitle - The line under the title.
 * @csspart error - The error box (also a `frame`), shown instead of the widget when data or options are wrong.
 * @csspart problems - The list of problems in the error box, each with its JSON path.
 * @csspart stale - "Not updated: …", first in the footer, when a new `src` failed and the widget kept the chart it showed.
 * @csspart sources - The "N more sources" details element (also a `disclosure`), when the footer cites more sources than it lists.
 * @cssproperty [--peakline-font-family=inherit] - Font family of all the widget's text, the page's by default (e.g. `Georgia, serif` for a face of the widgets' own). The error box quotes the element in a monospace face whatever this is.
 * @cssproperty [--peakline-font-size=1rem] - Base font size: every other size is in em of it (the small and large text, the chart's labels, the padding and the gap), so this one value scales the whole widget. The element's own `font-size` is not used (a host page's stray sizes must not reach the widget): set this, e.g. `1.6rem` for a theme with `html { font-size: 62.5% }`.
 * @cssproperty [--peakline-font-size-small=0.8125em] - Size of secondary text, in em of the base size: the subtitle and the "as of" line, the footer (sources, badge, "How is this calculated?"), legends, the trajectory's Data table button and table, and the sector panel's sort control, sector names, axis labels and readouts.
 * @cssproperty [--peakline-line-height=1.4] - Line height of the widget's text (a unitless number, as for `line-height`). Titles, the trajectory's unit line and its tooltip keep their own tighter 1.3.
 * @cssproperty [--peakline-radius=8px] - Corner radius of the frame, whatever the state (the error and loading boxes are frames too); `0` for square corners. Buttons, badges and placeholders keep their own rounding.
 * @cssproperty [--peakline-padding=0.875em] - Space between the frame's border and its content; with `--peakline-border-width: 0` and a `0` here the widget sits flush with the article's text (focus rings still show).
 * @cssproperty [--peakline-gap=0.5em] - Space between the frame's parts: above the footer, above the gauge's dial, around the sector panel's rows, axis and legend, above the trajectory's unit line, Data table button and table.
 * @cssproperty [--peakline-border-width=1px] - Width of the frame's border (`0` for none; its colour is `--peakline-color-border`). Row dividers, table rules and the Data table button's outline stay 1 px.
 * @cssproperty [--peakline-color-bg=#ffffff] - Background of the frame; also the knock-out drawn round the trajectory's labels and the status icons' marks, and the inside of hollow markers, so they stay legible over lines (dark: #16181d).
 * @cssproperty [--peakline-color-surface=#f4f5f7] - Secondary surfaces: the trajectory's Data table button and tooltip, a selected or hovered sector row, and the loading placeholders (dark: #20232a).
 * @cssproperty [--peakline-color-text=#1d1f23] - Main text: titles, figures, the gauge's headline, the trajectory's labels and data table, the error box (dark: #eceef2). With `prefers-contrast: more`, the muted text, borders and tracks are mixed from it.
 * @cssproperty [--peakline-color-muted=#5b6069] - Secondary text: subtitles, "as of" lines, footers, legends and axis labels; also the sector panel's baseline ticks, milestones, empty-row outlines and the time bar of a peak row (dark: #a7adb8).
 * @cssproperty [--peakline-color-border=#d5d8de] - The frame's border; also the sector panel's row dividers, the trajectory's axis line, table rules, and the outline of its tooltip and Data table button (dark: #3a3f4a).
 * @cssproperty [--peakline-color-track=#e4e7ec] - Empty track of gauges and bars; the trajectory's gridlines (dark: #2f343d).
 * @cssproperty [--peakline-color-path=#1d1f23] - The required path: the trajectory's dotted line and its baseline marker, the gauge's dashed tick where the path stands now, the sector rows' dashed "due" tick and peak marks (dark: #eceef2).
 * @cssproperty [--peakline-color-target=#1d1f23] - The target: the trajectory's target marker and level line, its milestones, an "about" goal's range (a tint of it), annual caps and a peak's deadline; the gauge's and sector rows' target tick (dark: #eceef2).
 * @cssproperty [--peakline-color-focus=#1a56db] - The 3 px keyboard focus ring round links, buttons, the chart and sector rows; also the 4 px edge of a selected sector row (dark: #8ab4ff).
 * @cssproperty [--peakline-color-illustrative=#7a4a00] - Text and dashed outline of the "Illustrative data" badge, shown in the footer where any value is invented (dark: #f2c46d).
 * @cssproperty [--peakline-color-status-achieved=#1f63a6] - The “achieved” status: its text, icon and fill (dark: #74b4ff). At least 4.5:1 on the background, as text.
 * @cssproperty [--peakline-color-status-on-track=#1a6b4a] - The “on track” status: its text, icon and fill (dark: #60d394). At least 4.5:1 on the background, as text.
 * @cssproperty [--peakline-color-status-needs-acceleration=#9a5f00] - The “needs acceleration” status: its text, icon and fill (dark: #f5c045). At least 4.5:1 on the background, as text.
 * @cssproperty [--peakline-color-status-off-track=#8f1b13] - The “off track” status: its text, icon and fill (dark: #ff7766). At least 4.5:1 on the background, as text. Also each problem's JSON path in the error box.
 * @cssproperty [--peakline-color-status-wrong-direction=#5e1b5c] - The “wrong direction” status: its text, icon and fill (dark: #ffb0e0). At least 4.5:1 on the background, as text.
 * @cssproperty [--peakline-color-status-insufficient-data=#5b6069] - The “insufficient data” status: its text, icon and fill (dark: #a7adb8). At least 4.5:1 on the background, as text.
 */
export abstract class PeaklineElement extends LitElement {
  static override styles = [themeStyles];

  static override properties: PropertyDeclarations = { data: { attribute: false }, src: { reflect: true }, theme: option('light'), method: option(null), asOf: { attribute: 'as-of', converter: (v) => (!v?.trim() ? null : /^\s*\d+\s*$/.test(v) ? +v : NaN) }, headingLevel: { attribute: 'heading-level', converter: option(null).converter } };

  /** Policy data as an object (or JSON text). Takes precedence over inline JSON and `src`. */
  data: unknown = undefined;

  /** URL of a policy-data JSON document. Requests for the same URL are shared across the page. */
  src: string | null = null;

  /** `light` (default), `dark`, or `auto` to follow the reader's `prefers-color-scheme`; any other value is an error. */
  theme: Theme = 'light';

  /** Assessment method (for every target shown): `path`, `rate` or `extrapolation` (default: each target's own, else extrapolation). */
  method: Method | null = null;

  /**
   * Show the state as it was in this year: later observations are ignored. A year up to the current one (for a gauge
   * or trajectory, not before the target's baseline year); any other value is an error, an empty one the default.
   */
  asOf: number | null = null;

  /**
   * `1`–`6`: the title is a heading of this level (`role="heading"`), so a screen reader's heading list finds the chart
   * in the article's outline; by default it is no heading, as the page's headings are the page's.
   */
  headingLevel: string | null = null;

  // Every new state (loading, a new document from any source, an error, another target or filter: willUpdate) is
  // announced afresh once rendered: inline JSON edited in place or a provider's new data fire `peakline-ready` too.
  private readonly controller = new PolicyDataController(this, () => (this.announced = null));

  /** Readers of the element's and its chart body's (`.body`) content-box widths in CSS pixels, rounded; 0 until first measured. */
  private readonly measured = watchWidth(this, '.body');

  private announced: 'ready' | 'error' | null = null;

  /**
   * What computing or drawing the view threw, for the data state it was thrown with: shown as the
   * widget's problem until the data or an option changes (then the view is tried afresh), with the data's problems if
   * it no longer passes the checks.
   */
  private crash: [DataState, detail: string, dataProblems: readonly Problem[]] | null = null;

  /** Data problems, else widget problems, as of this update (computed once in `willUpdate`; read-only for subclasses). */
  protected problems: readonly Problem[] = [];
  /** Why a new `src` failed under the chart kept (see PolicyDataController.stale), said as `problems` are; else none. */
  private stale: readonly Problem[] = [];
  /** Whether `problems` are the data's (the validator's, in English), not the widget's own or a failure to load. */
  private dataFault = false;

  /**
   * Rendering a static snapshot (the server), or hydrating one, whose first render must match it: nothing that needs
   * script (tab stops, key handling, selection) is drawn. Cleared after the hydrating render, so the next one adds them.
   */
  protected snapshot = isServer;

  /**
   * Whether the frame keeps the height it reserved while loading as its minimum (from `reservedAt`, set in
   * `willUpdate`): from the render that shows the data until the width, font size or language changes (the text
   * rewraps then anyway), unless the widget is below the viewport when the data arrives (see below-fold.ts), or the
   * data came before a frame was drawn (`seen`: the loading box was never on screen). A
   * widget whose content turns out shorter than reserved (no data yet, less text) would otherwise shrink and move
   * the page below it. A widget that had its data from its first render (inline JSON, the `data` property, the
   * static renderer) reserved nothing, so it keeps nothing: it is as tall as its content, with no blank above its footer.
   */
  protected get keepsReserve(): boolean {
    return this.dataState.status !== 'loading' && this.reservedAt !== '';
  }

  /** The width, font size and language the loading height was reserved at, while loading or kept; '' otherwise. */
  private reservedAt = '';
  /**
   * How many heights `reserve` has (see `reserveEm`): the sector panel's six (its whole height at six widths); the
   * one-target widgets', three (their text's, at three).
   */
  protected readonly reserveCount: number = 6;

  /** Whether an animation frame has come since the loading height was reserved: the loading box was drawn. */
  private seen = false;

  /**
   * This wait for data: the timer running through its first PLACEHOLDER_DELAY_MS, then `true` (it has lasted that long:
   * the loading box shows its placeholders); undefined when nothing is awaited, or the timer was stopped.
   */
  private wait: ReturnType<typeof setTimeout> | true | undefined;

  constructor() {
    super();
    // Re-renders when this element's or an ancestor's `lang` changes.
    watchLang(this, () => this.langTag);
  }

  /**
   * Width used for geometry. Falls back to a sensible default before the first measurement.
   * On the server nothing can be measured: the static renderer (src/ssr/) passes `ssr-width`.
   */
  protected get width(): number {
    const w = isServer ? Number(this.getAttribute('ssr-width')) || 0 : this.measured[0]();
    return w > 0 ? w : 600;
  }

  /**
   * Width of the chart body (`.body`, the skeleton's while loading) as last measured; `estimate` before that (and on the
   * server). A measurement equal to the width last read renders nothing again.
   */
  protected bodyWidth(estimate: number): number {
    return this.measured[1](estimate);
  }

  /** The element's font size in px (the em of reserved loading heights), as read with the width; 16 on the server. */
  protected get fontPx(): number {
    return this.measured[2]();
  }

  /** The language tag the element inherits: its `lang`, the nearest ancestor's, else the document's. */
  private get langTag(): string | undefined {
    return this.getAttribute('lang') || (ancestor(this, (e) => e.hasAttribute('lang'))?.getAttribute('lang') ?? this.ownerDocument?.documentElement.lang);
  }

  /** The built-in language for this element, from `langTag`: Chinese for any `zh` tag, else English. */
  protected get language(): Lang {
    return toLang(this.langTag);
  }

  /**
   * The frame's `lang` where the text is not in the language the element inherits: English text on a German page
   * (`lang="de"`) is marked `en`, so a screen reader reads it in an English voice; the Simplified Chinese text on a
   * Traditional Chinese page (`zh-TW`, `zh-HK`, `zh-Hant`) is marked `zh-CN`, so it is neither read in a Cantonese
   * voice nor drawn with Traditional glyph forms. Else none.
   */
  protected get frameLang(): string | typeof nothing {
    const tag = (this.langTag ?? '').trim();
    if (this.language === 'zh') return /^zh(?![-_](hans|cn|sg|my)\b)[-_]/i.test(tag) ? 'zh-CN' : nothing;
    return tag.split(/[-_]/)[0]!.toLowerCase() === 'en' ? nothing : 'en';
  }

  protected get m(): Messages {
    return messages(this.language);
  }

  /** The valid document; null while loading, on error, and after computing the view from it threw. */
  protected get doc(): PolicyDocument | null {
    const s = this.dataState;
    return s.status === 'ready' && !this.crash ? s.doc : null;
  }

  protected get dataState(): DataState {
    return this.controller.state;
  }

  /**
   * A server-rendered shadow root (declarative shadow DOM from `peakline render`) is emptied
   * before the first client render, so the live widget replaces the static snapshot instead of
   * rendering beside it. Left alone when Lit's hydration support is loaded (it reuses the markup): then `snapshot`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const hydrating = (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
    if (!isServer && this.shadowRoot) hydrating ? (this.snapshot = true) : this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * The one guard around every widget's view: whatever its willUpdate or render throws (data
   * mutated after it was validated, a bug) ends in the error box and a `peakline-error`, instead of
   * an uncaught exception and a widget stuck in its last state ("Loading…" on the first render).
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (err) {
      // Thrown again while showing the crash: the error box itself failed, so let it surface.
      if (this.crash) throw err;
      console.error(err);
      // Data that no longer passes the checks (an object edited in place after it was given, whose first check is
      // cached) is checked again, once: its problems, with their paths, are shown rather than "a bug in Peakline".
      const s = this.dataState;
      this.crash = [s, String(err), s.status === 'ready' ? validate(s.doc).problems : []];
      // Named, so widgets that skip updates with no changed property (the sector panel) render it.
      this.requestUpdate('crash');
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A text option (every reflected property) set as a property of another type is read as text, as its attribute
    // would be: `target={2030}` in React is "2030", not a crash in the render. Text set as a property is read as its
    // attribute would be, by its converter: a blank one (`el.variant = ''`, as React and Vue pass an optional field
    // left empty) is its default (the converter `option()` declared says which), and `el.asOf = '2022'` the year.
    const self = this as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      let value = self[key];
      const declared = (this.constructor as typeof PeaklineElement).elementProperties.get(key);
      if (declared?.reflect && value != null && typeof value !== 'string') self[key] = value = String(value);
      const convert = declared?.converter;
      // A year as text (`as-of` bound as a string property) is the year; text that is none stays, quoted in its error.
      if (typeof value === 'string' && typeof convert === 'function') {
        const converted = convert(value);
        if (!value.trim() || !Number.isNaN(converted)) self[key] = converted;
      }
      // What is shown changed (another target, method, year or filter; read as converted, so `method = ''` after null,
      // both the default, is no change): `peakline-ready` (or `-error`) again once drawn, so a page that drives a widget
      // from its own controls hears when the new chart is there. Not for a theme, a sort or a reader's selection, which
      // show the same figures.
      if (SHOWN.includes(key as string) && (changed as Map<unknown, unknown>).get(key) !== self[key]) this.announced = null;
    }
    if (changed.has('data') || changed.has('src')) this.controller.resolve();
    // Once per update: subclasses' willUpdate, render() and updated() all read `problems`.
    const s = this.dataState;
    const crash = this.crash;
    if (crash && (crash[0] !== s || changed.size > +(changed as Map<unknown, unknown>).has('crash'))) this.crash = null;
    const again = this.crash?.[2] ?? [];
    // No document, or none could be loaded: said in this widget's language (the problem's own message is English, and
    // a <peakline-data> may serve widgets of two languages), its HTTP status kept.
    const said = s.status === 'error' && s.failure && loadMessage(this.m, s.failure);
    this.dataFault = (s.status === 'error' && !said) || again.length > 0;
    const st = this.controller.stale;
    const stale = st?.failure && loadMessage(this.m, st.failure);
    this.stale = st ? (stale ? [{ ...st.problems[0]!, message: stale }] : st.problems) : [];
    this.problems = this.crash
      ? again.length
        ? again
        : [{ path: '', message: this.m.states.crashed(crash![1]) }]
      : s.status === 'error'
        ? said
          ? [{ ...s.problems[0]!, message: said }]
          : s.problems
        : s.status === 'ready'
          ? this.widgetProblems()
          : [];
    const at = `${this.width} ${this.fontPx} ${this.language}`;
    const loading = s.status === 'loading';
    // Below the viewport when the data arrives: nothing a reader sees moves, so nothing is kept (below-fold.ts).
    const below = belowFold(this, loading);
    // Nor where no frame was drawn while loading: the data came in the task that made the element (an inline snippet's
    // JSON, parsed after the element its classic script had just defined), so the loading box was never seen; nor where
    // the parser was still inside the element when frames were drawn (Chromium 150 draws one while it parses an inline
    // snippet's JSON, after a blocking script): nothing below the box was laid out yet, so nothing moves when it takes
    // its drawn height. Looked at again each frame while the page is parsed and nothing follows the widget.
    if (loading && this.reservedAt !== at && !isServer) {
      this.seen = false;
      const look = () => {
        if (this.dataState.status !== 'loading') return;
        this.seen = document.readyState !== 'loading';
        for (let n: Node | null = this; n && !this.seen; n = n.parentNode ?? (n as ShadowRoot).host ?? null) this.seen = !!n.nextSibling;
        if (!this.seen) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }
    if (loading || below || !this.seen || this.reservedAt !== at) this.reservedAt = loading ? at : '';
    // A `reserve` the widget cannot read is no data, and the loading height is estimated instead: said in the console, once
    // each time it is set, not in the error box (a sector panel's "-5" hid nothing; a chart does not need it).
    const reserve = (this as { reserve?: unknown }).reserve;
    if ((changed as Map<unknown, unknown>).has('reserve') && String(reserve ?? '').trim() && !reserveEm(reserve, this.reserveCount) && !isServer)
      console.warn(`Peakline: reserve="${echo(String(reserve))}" on <${this.localName}> is not ${this.reserveCount} heights in em, as the embed builder writes it: its loading height is estimated.`);
    if (this.fontPx < SMALL_TEXT_PX && !smallTextSaid && this.isConnected) {
      smallTextSaid = true;
      console.warn(
        `Peakline: widgets' text is ${this.fontPx} px (1rem on this page). For a theme with html { font-size: 62.5% }, set --peakline-font-size: 1.6rem on the widgets.`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    belowFold(this, false);
    // Connected again (moved in the page) it is updated (watchLang), and a wait still on is timed afresh from there.
    this.stopWaitTimer();
  }

  /** Stops the wait's timer, if it runs (a wait that has lasted keeps its placeholders). */
  private stopWaitTimer(): void {
    if (this.wait === true) return;
    clearTimeout(this.wait);
    this.wait = undefined;
  }

  /**
   * Problems specific to the widget (an unknown target id, say), found once the data is valid.
   * Subclasses return them from their own checks; they are shown like data errors.
   */
  protected widgetProblems(): readonly Problem[] {
    return [];
  }

  /**
   * A problem when attribute `attr`'s value is not one of `allowed` (the value echoed at most 40 characters long). Its
   * path is the attribute's name, as every problem with a widget's own attributes has (a page's listener told them
   * from the document's by `''`, the whole document's path).
   */
  protected notOneOf(attr: string, value: unknown, allowed: readonly string[]): Problem[] {
    // Set as a property, a value may be undefined (unset, as null) or a number (React's headingLevel={3}).
    return value == null || allowed.includes(String(value)) ? [] : [{ path: attr, message: this.m.states.notOneOf(attr, echo(String(value)), allowed) }];
  }

  /**
   * Problems with the options every widget has: an unknown `theme` or `method`, or an `as-of`
   * that is not a whole year in the format's range or is later than this year (a state "as of
   * 2150" would present today's data as the future's).
   */
  protected optionProblems(): Problem[] {
    const { asOf } = this;
    const problems = [...this.notOneOf('theme', this.theme, THEMES), ...this.notOneOf('method', this.method, METHODS), ...this.notOneOf('heading-level', this.headingLevel, LEVELS)];
    const now = new Date().getUTCFullYear();
    // The attribute is read as digits only (Number() would also read "0x7E6" or "2.022e3" as 2022), anything else as NaN,
    // which the message then quotes as written. (Not reflected: a reflection would overwrite what the editor wrote.)
    const text = echo(Number.isNaN(asOf) ? (this.getAttribute('as-of') ?? 'NaN') : String(asOf));
    if (asOf != null)
      if (!inYears(asOf)) problems.push({ path: 'as-of', message: this.m.states.badAsOf(text) });
      else if (asOf > now) problems.push({ path: 'as-of', message: this.m.states.futureAsOf(text, now) });
    return problems;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Hydrated: now the widget's own render (with its tab stops and keys), which hydration could not change.
    if (!isServer && this.snapshot) {
      this.snapshot = false;
      // Named, so a widget that skips updates with nothing changed (the sector panel's shouldUpdate) takes this one.
      this.requestUpdate('snapshot', true);
    }
    if (this.dataState.status === 'loading') {
      // (The sector panel's shouldUpdate takes every update while loading, so this one needs no property name.)
      this.wait ??= setTimeout(() => ((this.wait = true), this.requestUpdate()), PLACEHOLDER_DELAY_MS);
      return;
    }
    // The next wait (a new `src`) starts with the empty frame again.
    this.stopWaitTimer();
    this.wait = undefined;
    // A chart kept under a failed new `src` is announced as an error (its problems), as the error box would be.
    const problems = this.problems.length ? this.problems : this.stale;
    const now = problems.length > 0 ? 'error' : 'ready';
    // Once per new data state (the controller resets `announced`), and when it turns ready ⇄ error.
    if (this.announced === now) return;
    this.announced = now;
    // Fired after the DOM is committed, so listeners can measure or screenshot.
    // `peakline-error` carries the problems; `peakline-ready` has no detail (null).
    const detail: PeaklineErrorDetail | null = now === 'error' ? { problems } : null;
    this.dispatchEvent(new CustomEvent(`peakline-${now}`, { detail, bubbles: true, composed: true }));
  }

  // ---- Shared templates -------------------------------------------------------------------

  /** `heading-level` when it is one (a bad one is an error, whose title must not take it), else null. */
  private get level(): string | null {
    return LEVELS.includes(String(this.headingLevel)) ? String(this.headingLevel) : null;
  }

  /**
   * The widget's title: a heading at `heading-level` when one is set. The loading state's hidden "Loading policy
   * data…" and the error box's title are headings at that level too, so the article's outline keeps one entry for the
   * widget whatever state it is in.
   */
  protected renderTitle(title: string): TemplateResult {
    const level = this.level;
    return html`<p class="title" part="title" id="title" role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>${title}</p>`;
  }

  /**
   * The box shown while loading: the frame, at least `minHeight` (a CSS length) tall, with "Loading policy data…" for a
   * title, heard, not seen (see renderTitle); once the wait has lasted PLACEHOLDER_DELAY_MS, placeholder lines around
   * `body`, which takes the height the widget's body will have.
   */
  protected renderLoading(body: TemplateResult, minHeight: string): TemplateResult {
    const level = this.level;
    return html`<div class="frame" part="frame" role="status" aria-busy="true" lang=${this.frameLang} style=${styleMap({ 'min-height': `max(100%, ${minHeight})` })}>
      <span class="sr-only" role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>${this.m.states.loading}</span>
      ${this.wait === true ? html`<div class="skeleton line"></div>
      <div class="skeleton line small"></div>
      ${body}
      <div class="skeleton line small"></div>` : nothing}
    </div>`;
  }

  /**
   * The element as an editor wrote it, named in its error box, so that on a page of several widgets the broken one is
   * found: `<peakline-gauge src="/data/cn.json" target="steel">` (values shortened, invisible characters and quotes
   * spelled out), and the `<peakline-data src>` its data came from, whose file it is.
   */
  protected get tag(): string {
    const echoed = (e: Element, keys: string[]) => `<${[e.localName, ...keys.filter((k) => e.getAttribute(k)).map((k) => `${k}="${echo(e.getAttribute(k)!, 60)}"`)].join(' ')}>`;
    const from = this.controller.from;
    return echoed(this, ['src', 'target', 'sectors', 'indicator', 'targets']) + (from instanceof Element ? ` in ${echoed(from, ['src'])}` : '');
  }

  /**
   * The error box: a plain statement and every problem (this update's) with its JSON path. Text
   * only, never markup. Without a listed problem it names the one it knows, its `title`: the chart could not be shown
   * (the sector panel passes its own, "This panel could not be shown").
   * The data's problems (the validator's) are in English in a Chinese widget too (the builder translates them; the
   * bundle does not carry the translation), so their list is marked `lang="en"` and a screen reader reads it with an
   * English voice; the line above it says so, and where to read them in Chinese. The widget's own problems (an unknown
   * target, an option out of range) and a failure to load its data (no data, a 404, the network) are in the widget's
   * language.
   */
  protected renderError(title = this.m.states.error): TemplateResult {
    const m = this.m;
    const problems = this.problems.length ? this.problems : [{ path: '', message: title }];
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const data = this.dataFault;
    const english = data && this.language !== 'en';
    return html`<div class="frame message error" part="frame error" role="alert" lang=${this.frameLang}>
      ${this.renderTitle(title)}
      <p class="meta">${code(this.tag)} <br />${m.states.errorDetails(problems.length, english)}</p>
      <ul part="problems" lang=${english ? 'en' : nothing}>
        ${shown.map((p) => {
          // A validator's message continues its path ("targets[0].year: must be…"), so one about the whole document ("is
          // not valid JSON") gets "(document)" for a subject, as in the builder; a sentence of its own (capitalised) stands
          // alone, as does a widget's own problem (`theme="sepia" is not one of…` was labelled "(document)"). An
          // attribute's problem that begins with the attribute as written (`theme="sepia" is…`) is not labelled with its
          // name (its path) again; one that does not (a sector filter's "No sector with id…") is.
          const path = p.message.startsWith(`${p.path}=`) ? '' : p.path || (data && /^[a-z]/.test(p.message) ? '(document)' : '');
          // A line may break after each dot of a long path, not between its end and the colon (a phone's line held
          // "observations[0].provenance.source" and began the next with ": is required"). The message's parts by turns:
          // text, the bracket before a code, the code, the punctuation after it (codeParts).
          return html`<li>${path ? html`<code>${path.split('.').map((s, i) => (i ? html`.<wbr>${s}` : s))}</code>${english ? ': ' : m.colon}` : nothing}${codeParts(p.message).map((s, i, all) => (i % 4 === 2 ? code(s, all[i + 1], all[i - 1]) : i % 4 ? nothing : s))}</li>`;
        })}
        ${problems.length > shown.length ? html`<li>&hellip; +${problems.length - shown.length}</li>` : nothing}
      </ul>
    </div>`;
  }

  protected renderSourceLink(label: string, source: Source | null): TemplateResult | typeof nothing {
    if (!source) return nothing;
    const url = safeUrl(source.url);
    const title = localize(source.title, this.language);
    // Marked when in the other language (an English title in a Chinese widget), so a screen reader switches voice.
    const lang = otherLang(title, this.language) ?? nothing;
    // The title's last character and its closing bracket held together (.nb): the frame's overflow-wrap: anywhere breaks
    // a domain wider than the line at its last fitting character, which left a ")" alone on a line at 200% text
    // ("(climatecooperation.cn ⏎ )" in a 318 px column).
    const end = title.search(/.[)）]$/u);
    const text = end > 0 ? [title.slice(0, end), html`<span class="nb">${title.slice(end)}</span>`] : title;
    // Label and colon as one text (one node, one part): a widget cites two or more sources.
    return html`<span>${label + this.m.colon}${url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer" part="source" lang=${lang}>${text}</a>`
      : html`<span lang=${lang}>${text}</span>`}</span>`;
  }

  /**
   * Footer with provenance: source links, an illustrative badge, and a disclosure: "How is this calculated?" (`method`,
   * then `explanation`) once there is one, the target's `note` from the data (its caveats: "the series shown is a
   * different metric…") and the shown observations' `dataNotes` ("2021 value: Index 2020 = 100 from…"), under "About
   * the data" when there is nothing to calculate yet.
   */
  protected renderFooter(sources: CitedSources, illustrative: boolean, explanation: string, method: string, note?: string, dataNotes: readonly string[] = []): TemplateResult {
    const m = this.m;
    const p = m.provenance;
    // Where the target is set and where the first two series come from are shown; every further source (a sector panel's
    // other plans and series) under a disclosure of its own, never dropped: each figure shown keeps its source.
    const [target, ...otherTargets] = sources.targets;
    const more = [...otherTargets.map((s) => this.renderSourceLink(m.words.target, s)), ...sources.data.slice(2).map((s) => this.renderSourceLink(p.data, s))];
    // Why the chart shown could not be updated (a live page's failed poll), first in the footer, where the sources say
    // where its figures come from: the first problem (a load's, or the new data's first), with its JSON path as the error
    // box gives it ("policy: is required", not "is required").
    const st = this.stale[0];
    const stale = st && (st.path && !st.message.startsWith(st.path) ? `${st.path}: ` : '') + st.message;
    return html`<div class="footer" part="footer">
      ${stale ? html`<p class="notice stale" part="stale" role="status"><strong>${m.states.notUpdated + m.colon}</strong>${stale}</p>` : nothing}
      ${illustrative ? html`<span class="badge" part="badge" title=${p.illustrativeHint}>${p.illustrative}</span>` : nothing}
      ${this.renderSourceLink(m.words.target, target ?? null)}
      ${sources.data.slice(0, 2).map((s) => this.renderSourceLink(p.data, s))}
      ${more.length
        ? html`<details part="disclosure sources">
            <summary>${p.moreSources(more.length)}</summary>
            ${more.map((link) => html`<p>${link}</p>`)}
          </details>`
        : nothing}
      ${explanation || note || dataNotes.length
        ? html`<details part="disclosure">
            <summary>${explanation ? p.howCalculated : p.aboutData}</summary>
            ${explanation ? html`<p>${method}</p><p>${explanation}</p>` : nothing}
            ${illustrative ? html`<p>${p.illustrativeHint}</p>` : nothing}
            ${note ? html`<p>${p.note}${m.colon}${note}</p>` : nothing}
            ${dataNotes.map((n) => html`<p>${n}</p>`)}
          </details>`
        : nothing}
    </div>`;
  }
}
