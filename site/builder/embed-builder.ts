/**
 * <peakline-embed-builder>: the editor's tool. Data → widget and options → live preview at
 * 360 px and 900 px → copyable snippets (script + src, script + inline data, iframe, and the iframe's optional auto-height listener). Pure logic lives in snippets.ts; validation
 * and loading reuse the kit's own validate() and loader, so editors see exactly the errors
 * the widgets would show.
 */
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PolicyDocument, Problem } from '../../src/format/types.js';
import { parseAndValidate, validate } from '../../src/format/validate.js';
import { lint, type DataWarning } from '../../src/format/lint.js';
import { clearLoadCache, loadDocument } from '../../src/base/loader.js';
import { localize } from '../../src/i18n/text.js';
import { indicatorOf } from '../../src/format/lookup.js';
import { selectTargets } from '../../src/sectors/rows.js';
import { beforeBaseline, findTarget } from '../../src/progress/assess.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import demo from '../../data/illustrative-demo.json';
import { builderMessages, type BuilderLang } from './messages.js';
import { problemZh } from './problems-zh.js';
import { pruneFor } from './prune.js';
import { EMBED_PADDING, embedUrl, asOfRange, columnWidth, COLUMN_RANGE, filesBase, iframeHeight, addressWarning, TRAJECTORY_UPPER, trajectoryCeiling, listenerSnippet, reserveHint, scriptFile, snippetIframe, snippetInline, snippetWithSrc, validYear, withScheme, type WidgetChoice } from './snippets.js';
import { template } from './template.js';
import { r2 } from '../../src/scale/round.js';

/**
 * The narrowest iframe the iframe snippet's height allows for, less embed.html's padding: a 328 px column, a 360 px
 * phone (the narrowest common one) with 16 px page margins.
 */
const MEASURE_WIDTH = 328 - 2 * EMBED_PADDING;

/**
 * The sectors a panel can be narrowed to: those with at least one target, by the panel's own rule (a target's
 * sector, else its indicator's). A sector without targets would give an empty panel.
 */
const sectorChoices = (doc: PolicyDocument) => (doc.sectors ?? []).filter((s) => selectTargets(doc, { sectors: [s.id] }).length > 0);

/** Pasted text longer than this (characters) is checked once typing pauses for `PASTE_PAUSE_MS`. */
export const LARGE_PASTE = 200_000;
export const PASTE_PAUSE_MS = 300;

/** A valid document without targets (the format allows an empty list; no widget can show one). */
export const NO_TARGETS = 'is empty: add at least one target, or no widget has anything to show';

/** How many problems the builder lists (a document with 400 bad observations has 1,600): the rest are counted. */
const MAX_PROBLEMS_SHOWN = 50;

type Origin = 'china' | 'eu' | 'demo' | 'url' | 'paste' | 'file';
const BUILTIN: Record<'china' | 'eu' | 'demo', { doc: unknown; file: string }> = {
  china: { doc: china, file: 'data/cn-industry-carbon-peaking-2022.json' },
  eu: { doc: eu, file: 'data/eu-climate-law-2021.json' },
  demo: { doc: demo, file: 'data/illustrative-demo.json' },
};

/** The snippets' texts for one choice (null: no data URL for the src form) and the iframe's height. */
interface Snippets {
  readonly widget: WidgetChoice['widget'];
  readonly height: number;
  /** The column width the height was measured at (the editor's); null: the height fits every width. */
  readonly column: number | null;
  readonly src: string | null;
  readonly inline: string;
  readonly iframe: string;
  /** The iframe address's length in KB where it carries the document itself (pasted or dropped: no URL); else null. */
  readonly iframeKb: number | null;
  readonly listener: string;
  /** Addresses in the snippets that readers elsewhere cannot load (`addressWarning`), or null. */
  readonly warning: ReturnType<typeof addressWarning>;
}

export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; color: #1d1f23; } /* rem: the reader's text size setting holds */
    h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
    h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
    fieldset { border: 1px solid #d5d8de; border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; min-width: 0; }
    legend { font-size: 1rem; font-weight: 600; padding: 0 0.25rem; }
    label { display: block; margin: 0.2rem 0; }
    /* A choice's text wraps beside its box, not under it ("China: industrial carbon peaking ⏎ (built in)" at 360 px). */
    label:has(> input:is([type='radio'], [type='checkbox'])) { display: flex; gap: 0.35em; align-items: baseline; }
    .row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.75rem 1.25rem; }
    /* Each choice at least as wide as its longest option where the line allows ("Sector panel (many targets)" was cut to
       "Sector panel (many" in a 12rem box), sharing what is left. */
    .row > label { flex: 1 1 auto; min-width: min(12rem, 100%); max-width: 100%; }
    /* The target's names are long ("Energy use per unit of industrial value added −13.5% by 2025 (vs 2020)"): most of a
       line, beside the widget. The method's options are long too. Short choices share what is left. */
    .row > label:has(> [data-key='target']) { flex: 4 1 28rem; }
    .row > label:has(> [data-key='method']) { flex: 2 1 20rem; }
    /* The last choice, often alone on its line, keeps its own width rather than a 1,200 px menu of four short options. */
    .row > label:has(> [data-key='headingLevel']) { flex-grow: 0; }
    select, input[type='text'], input[type='url'], input[type='number'], textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #8a909b; border-radius: 6px; background: #fff; color: inherit; }
    /* A menu's chosen option wraps (Chromium's base-select button; its list stays the platform's), so a long target's
       whole title shows at a phone's width: it was cut ("Energy use per unit of value added in indu…" at 390 px). */
    select { appearance: base-select; display: flex; align-items: center; gap: 0.5rem; }
    select::picker-icon { font-size: 0.6em; }
    [aria-invalid='true'] { border-color: #b42318; box-shadow: 0 0 0 1px #b42318; }
    textarea { min-height: 10rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid #3a5bbf; background: #3a5bbf; color: #fff; cursor: pointer; }
    button.secondary { background: #fff; color: #1d3a8f; }
    form button { margin-top: 0.5rem; }
    :focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
    .drop { border: 2px dashed #8a909b; border-radius: 8px; padding: 1rem; text-align: center; }
    .drop.over { border-color: #1a56db; background: #eef3ff; }
    .drop { position: relative; } /* holds the hidden input, so focusing it scrolls to the drop area */
    .drop > p { margin: 0 0 0.5rem; }
    .file-input { position: absolute; top: 0; left: 0; width: 1px; height: 1px; opacity: 0; overflow: hidden; clip-path: inset(50%); }
    /* The button's look (button.secondary), on the label that opens the input. */
    .file-button { display: inline-block; margin: 0; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid #3a5bbf; background: #fff; color: #1d3a8f; cursor: pointer; }
    .file-button:hover { background: #eef3ff; }
    .file-input:focus-visible + .file-button { outline: 3px solid #1a56db; outline-offset: 2px; }
    .drop > .note { margin: 0.5rem 0 0; }
    .note { color: #4a4f57; font-size: 0.9rem; margin: 0.4rem 0; overflow-wrap: anywhere; }
    .field-error:empty { display: none; }
    .field-error { display: block; color: #b42318; font-size: 0.875rem; margin-top: 0.2rem; }
    /* An error in the options' row (the as-of year's) wraps in its field's width and hangs below it: on the first digit,
       "Enter a whole year…" widened the field from 310 to 898 px and sent the options after it to another line, back on
       the fourth. Floated, it hangs below its box, and the fields of its line, top-aligned, stay put. */
    .row .field-error { contain: inline-size; float: left; width: 100%; }
    .problems { border-left: 4px solid #b42318; padding: 0.5rem 0.75rem; background: #fff5f4; margin: 0.5rem 0; overflow-wrap: anywhere; }
    .problems ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    .problems code { color: #8a1538; font-weight: 600; }
    .problems .hint, .problems .more { margin: 0.25rem 0; font-weight: 600; }
    .ok { color: #14632f; font-weight: 600; }
    .warning { border-left: 4px solid #b54708; background: #fffaeb; padding: 0.5rem 0.75rem; margin: 0.5rem 0; overflow-wrap: anywhere; }
    .data-warnings ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    .data-warnings code { color: #7a2e0e; font-weight: 600; }
    .data-warnings .more { margin: 0.25rem 0; font-weight: 600; }
    .files-at { max-width: 40rem; }
    .previews { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; padding-bottom: 0.5rem; }
    .preview { flex: none; max-width: 100%; }
    .preview > p { margin: 0 0 0.25rem; color: #5b6069; font-size: 0.875rem; }
    .preview-360 { width: calc(360px * var(--scale, 1)); }
    .preview-900 { width: calc(900px * var(--scale, 1)); }
    .frame-box { height: var(--frame-height, auto); }
    .frame { transform: scale(var(--scale, 1)); transform-origin: 0 0; box-sizing: border-box; }
    .frame-360 { width: 360px; }
    :host { position: relative; }
    /* The hidden measuring copy sits in a box of no size that clips it, so it never widens a 320 px page (sideways scroll). */
    .measure-box { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden; }
    .measure { width: ${unsafeCSS(`${MEASURE_WIDTH}px`)}; visibility: hidden; pointer-events: none; }
    /* A sector panel's other measured widths (PANEL_AT: 480, 733 and 734 px at 16 px), in the root's em as its rows' change of layout at 44 em is */
    .measure.w480 { width: calc(29.875rem + 2px); }
    .measure.w733 { width: calc(45.6875rem + 2px); }
    .measure.w734 { width: calc(45.75rem + 2px); }
    .frame-900 { width: 900px; }
    .measure-column { visibility: hidden; pointer-events: none; }
    .measure.upper { width: ${unsafeCSS(`${TRAJECTORY_UPPER}px`)}; }
    label:has(> #iframe-column) { margin: 0.5rem 0; }
    #iframe-column { max-width: 10rem; } /* three digits */
    .dark-bg { background: #101217; box-shadow: 0 0 0 0.5rem #101217; border-radius: 8px; } /* a surround, not padding: the widget keeps the width it is measured at */
    pre { white-space: pre-wrap; word-break: break-all; background: #f4f5f7; border: 1px solid #d5d8de; border-radius: 6px; padding: 0.75rem; max-height: 14rem; overflow: auto; font-size: 0.8rem; margin: 0.25rem 0; }
    .snippet-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; margin-top: 1rem; flex-wrap: wrap; }
    .snippet-head h3 { font-size: 1rem; margin: 0; }
    /* A header as it is typed, whole: the Chinese note broke "Access-Control-Allow-Origin: ⏎ *" at 390 px. */
    .nowrap { white-space: nowrap; }
    .copy { display: inline-flex; align-items: center; gap: 0.5rem; }
    .copied { color: #14632f; font-weight: 600; }
    .copy-failed { color: #8a1538; font-weight: 600; margin: 0.25rem 0; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .topbar { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  `;

  @state() private ui: BuilderLang = 'en';
  /** Once the editor picks a widget language it stays, whatever the builder's own language. Until then it follows it. */
  private widgetLangChosen = false;
  @state() private origin: Origin = 'china';
  @state() private doc: PolicyDocument | null = null;
  @state() private problems: readonly Problem[] = [];
  /** The document's sectors a panel can be narrowed to, and how many targets a panel of all sectors shows: set with `doc`. */
  private sectors: { choices: NonNullable<PolicyDocument['sectors']>; shown: number } = { choices: [], shown: 0 };
  /**
   * What a valid document says that is probably untrue or unsourced (src/format/lint.ts): shown under "Valid", as
   * warnings that block nothing. Set with `doc`.
   */
  @state() private warnings: readonly DataWarning[] = [];
  /** Each warning's message in Chinese, as `problemsZh`. Set in willUpdate. */
  private warningsZh: readonly (string | null)[] = [];
  /** Each problem's message in Chinese (null where it has none), in the Chinese interface; [] in English. Set in willUpdate. */
  private problemsZh: readonly (string | null)[] = [];
  @state() private loading = false;
  /** What is typed in the URL box; `loaded` is the address the shown document came from (the snippets use that). */
  @state() private url = '';
  /** Load was pressed with the address box empty: said beside the box, in the interface language of the moment. */
  @state() private urlMissing = false;
  @state() private loaded: { url: string; doc: PolicyDocument | null; problems: readonly Problem[] } | null = null;
  /** Each source keeps its own input: the pasted text is never a dropped file's bytes. */
  @state() private pasted = '';
  @state() private file: { name: string; text: string; others: number } | null = null;
  /** The target last chosen in each document, by its policy id (see setResult). */
  private readonly targetByPolicy = new Map<string, string>();
  /** The file input's files while its dialog is open (see clearFileInput). */
  private chosenFiles: FileList | null = null;
  @state() private dragOver = false;
  @state() private choice: WidgetChoice = { widget: 'gauge', target: 'industrial-energy-intensity-2025', variant: 'arc', layout: 'bars', sort: 'status', theme: 'light', lang: 'en' };
  @state() private asOfText = '';
  /** The editor's "files are online at" address as typed; blank: this page's own address. */
  @state() private filesAt = '';
  /** That address as a folder URL (`filesBase`), set with it; null when blank or not an http(s) address. */
  private typedBase: string | null = null;
  @state() private announcement = '';
  @state() private copyState: { index: number; ok: boolean } | null = null;
  /** Measured in the previews: each widget's height (for the iframe snippet), each frame's scale and height. */
  @state() private widgetHeights: readonly number[] = [];
  /** A trajectory's height at TRAJECTORY_UPPER px (a hidden copy), for the iframe's height in every column; else 0. */
  @state() private upperHeight = 0;
  /** The previews' font size in px, read with their heights. */
  private fontPx = 16;
  /** The column width typed for the iframe's height; blank: every width. */
  @state() private columnText = '';
  /** The widget measured at that width (a hidden copy), for the iframe snippet's height. */
  @state() private columnFit: { width: number; height: number } | null = null;
  @state() private frames: readonly { scale: number; height: number }[] = [];
  private templateUrl = '';
  private abort?: AbortController;
  private copyTimer?: ReturnType<typeof setTimeout>;
  private pasteTimer?: ReturnType<typeof setTimeout>;
  private observer?: ResizeObserver;
  private observed: Element[] = [];
  private measureFrame = 0;

  /** Switches the builder's language. The widget language follows it only until the editor has picked one. */
  private setUi(ui: BuilderLang, remember = true): void {
    this.ui = ui;
    if (!this.widgetLangChosen) this.choice = { ...this.choice, lang: ui };
    if (remember) {
      const u = new URL(location.href);
      if (ui === 'zh') u.searchParams.set('ui', 'zh');
      else u.searchParams.delete('ui');
      history.replaceState(history.state, '', u);
    }
  }

  private get t() {
    return builderMessages[this.ui];
  }

  /** The chosen as-of year when it is before the baseline of everything the widget shows, else 0 (see earlyAsOf). */
  private early = 0;

  /** Whether the first connection has set the builder up (the built-in dataset, the language from the address). */
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Once: moved in the page (removed and appended again), the builder keeps the editor's choices.
    if (!this.started) {
      this.started = true;
      if (new URLSearchParams(location.search).get('ui') === 'zh') this.setUi('zh', false);
      this.useDocument(BUILTIN.china.doc);
    }
    this.templateUrl = URL.createObjectURL(new Blob([JSON.stringify(template(location.href), null, 2)], { type: 'application/json' }));
    this.observer = new ResizeObserver(() => {
      // Measured in the next frame, outside the observer's callback, so no "ResizeObserver loop" error.
      cancelAnimationFrame(this.measureFrame);
      this.measureFrame = requestAnimationFrame(() => this.measure());
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    URL.revokeObjectURL(this.templateUrl);
    this.abort?.abort();
    this.observer?.disconnect();
    this.observed = [];
    cancelAnimationFrame(this.measureFrame);
    clearTimeout(this.copyTimer);
    clearTimeout(this.pasteTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Translated once per list (a document can have 1,600 problems), not per render and per place they are read.
    if (changed.has('problems') || changed.has('ui')) this.problemsZh = this.ui === 'zh' ? this.problems.map((p) => problemZh(p.message)) : [];
    if (changed.has('warnings') || changed.has('ui')) this.warningsZh = this.ui === 'zh' ? this.warnings.map((w) => problemZh(w.message)) : [];
    // Once per change of the document or the choice; the field, the previews and the snippets all read it.
    if (changed.has('doc') || changed.has('choice')) this.early = this.doc ? this.earlyAsOf(this.doc) : 0;
    if (changed.has('ui')) {
      const t = this.t;
      document.documentElement.lang = this.ui;
      document.title = t.pageTitle;
      // The page's own navigation (site/index.html) follows the builder's language, and opens the gallery in it.
      for (const a of document.querySelectorAll<HTMLElement>('[data-builder-text]')) {
        const key = a.dataset['builderText'];
        if (key === 'navBuilder' || key === 'navGallery') a.textContent = t[key];
        if (key === 'navGallery') a.setAttribute('href', this.ui === 'zh' ? './gallery.html?lang=zh' : './gallery.html');
        // The link to this page too: followed, it must not switch the builder back to English.
        if (key === 'navBuilder') a.setAttribute('href', this.ui === 'zh' ? './index.html?ui=zh' : './index.html');
      }
    }
  }

  protected override updated(): void {
    // The selects show the state, also after the editor has touched them (an option's `selected` attribute no longer counts then).
    for (const s of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-key]')) {
      const v = String(this.choice[s.dataset['key'] as keyof WidgetChoice] ?? '');
      if (s.value !== v) s.value = v;
    }
    // Scale each preview frame to fit (a phone shows the 900 px preview scaled down, not cut off).
    this.renderRoot.querySelectorAll<HTMLElement>('.preview').forEach((p, i) => {
      const f = this.frames[i];
      p.style.setProperty('--scale', String(f?.scale ?? 1));
      if (f && f.scale < 1) p.style.setProperty('--frame-height', `${f.height * f.scale}px`);
      else p.style.removeProperty('--frame-height');
    });
    const column = this.renderRoot.querySelector<HTMLElement>('.measure-column');
    if (column) column.style.width = `${columnWidth(this.columnText)}px`;
    const watch = [...this.renderRoot.querySelectorAll('.previews, .preview .frame, .preview .frame > *, .measure > *, .measure-column > *')];
    if (watch.length !== this.observed.length || watch.some((e, i) => e !== this.observed[i])) {
      this.observer?.disconnect();
      for (const e of watch) this.observer?.observe(e);
      this.observed = watch;
    }
  }

  /** Reads the previews' sizes: the iframe snippet's height comes from here. */
  private measure(): void {
    const previews = this.renderRoot.querySelector<HTMLElement>('.previews');
    if (!previews) return;
    const available = previews.clientWidth;
    const boxes = [...previews.querySelectorAll<HTMLElement>('.preview .frame')];
    const fit = (width: number, room: number) => (room > 0 && width > 0 ? Math.min(1, Math.floor((room / width) * 1000) / 1000) : 1);
    // Side by side, the desktop preview scaled into what the phone leaves, while that is half its size or more
    // (a 1280 px window: 90%); below that, stacked, each scaled to the column.
    const [phone = 0, desktop = 0] = boxes.map((f) => f.offsetWidth);
    const room = available - phone - (parseFloat(getComputedStyle(previews).columnGap) || 0);
    const scales = room >= desktop / 2 ? [1, fit(desktop, room)] : boxes.map((f) => fit(f.offsetWidth, available));
    const frames = boxes.map((f, i) => ({ scale: scales[i] ?? 1, height: f.offsetHeight }));
    // Unscaled heights, to the fraction of a pixel: the two previews and the hidden narrow copy.
    const widgetHeights = [
      ...[...previews.querySelectorAll<HTMLElement>('.preview .frame > *')].map((w, i) => w.getBoundingClientRect().height / (frames[i]?.scale || 1)),
      ...[...this.renderRoot.querySelectorAll<HTMLElement>('.measure:not(.upper) > *')].map((w) => w.getBoundingClientRect().height),
    ].map(r2);
    // The widgets' em (this page's root font, as an article's): the snippets' measured `reserve` is in it.
    const widget = previews.querySelector('.preview .frame > *');
    this.fontPx = (widget && parseFloat(getComputedStyle(widget).fontSize)) || 16;
    const copy = this.renderRoot.querySelector('.measure-column > *')?.getBoundingClientRect();
    const columnFit = copy ? { width: Math.round(copy.width), height: r2(copy.height) } : null;
    if (JSON.stringify(columnFit) !== JSON.stringify(this.columnFit)) this.columnFit = columnFit;
    this.upperHeight = r2(this.renderRoot.querySelector('.measure.upper > *')?.getBoundingClientRect().height ?? 0);
    if (JSON.stringify(frames) !== JSON.stringify(this.frames)) this.frames = frames;
    if (JSON.stringify(widgetHeights) !== JSON.stringify(this.widgetHeights)) this.widgetHeights = widgetHeights;
  }

  private useDocument(json: unknown): void {
    const r = validate(json);
    this.setResult(r.ok ? r.data : null, r.problems);
  }

  private setResult(doc: PolicyDocument | null, problems: readonly Problem[]): void {
    // Valid, but with nothing to show: a problem here, not "Valid: 0 targets" above snippets that publish an error box.
    if (doc && !doc.targets.length) [doc, problems] = [null, [{ path: 'targets', message: NO_TARGETS }]];
    // The target chosen in the document being left, so going back to it (China → EU → China) finds it chosen again.
    const left = this.doc;
    if (left && this.choice.target && findTarget(left, this.choice.target)) this.targetByPolicy.set(left.policy.id, this.choice.target);
    this.doc = doc;
    this.problems = problems;
    this.warnings = doc ? lint(doc) : [];
    if (doc) {
      const ids = doc.targets.map((t) => t.id);
      const before = this.targetByPolicy.get(doc.policy.id);
      if (!this.choice.target || !ids.includes(this.choice.target)) this.choice = { ...this.choice, target: before && ids.includes(before) ? before : ids[0] };
      const choices = sectorChoices(doc);
      // Targets in a sector: ticking any sector leaves the others (a plan's headline targets) out of the panel.
      this.sectors = { choices, shown: selectTargets(doc, { sectors: choices.map((s) => s.id) }).length };
      const sectorIds = new Set(this.sectors.choices.map((s) => s.id));
      this.choice = { ...this.choice, sectors: (this.choice.sectors ?? []).filter((s) => sectorIds.has(s)) };
    }
  }

  private showText(text: string): void {
    // A byte-order mark (some editors write one; reading a file drops it, pasting keeps it) is not an error to show.
    const r = parseAndValidate(text.replace(/^\uFEFF/, ''));
    this.setResult(r.ok ? r.data : null, r.problems);
  }

  private setOrigin(origin: Origin): void {
    this.origin = origin;
    this.abort?.abort();
    this.loading = false;
    if (origin === 'china' || origin === 'eu' || origin === 'demo') this.useDocument(BUILTIN[origin].doc);
    else if (origin === 'url' && this.loaded) this.setResult(this.loaded.doc, this.loaded.problems);
    else if (origin === 'paste' && this.pasted.trim()) this.showText(this.pasted);
    else if (origin === 'file' && this.file) this.showText(this.file.text);
    else this.setResult(null, []);
  }

  private async loadUrl(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    let typed = this.url.trim();
    // Checked here, not by the browser (type="url" refused relative paths and "example.org/x.json", in English).
    if (!typed) {
      // A mistake in the form, not in a document: said at the box (rendered from the messages, so it follows the
      // interface language), not as a "(document)" problem in the language of the moment.
      this.loaded = null;
      this.setResult(null, []);
      this.urlMissing = true;
      return;
    }
    this.urlMissing = false;
    // "example.org/data.json", "127.0.0.1:5302/data.json": a host without its scheme, not a path on this site.
    typed = withScheme(typed);
    let href = typed;
    try {
      href = new URL(typed, document.baseURI).href;
    } catch {
      // Not a URL: the loader says so.
    }
    // An explicit Load fetches again: the page-wide cache would hand back the file as it was, and
    // `fresh` asks the server rather than the browser's HTTP cache.
    clearLoadCache();
    this.loading = true;
    this.loaded = null;
    this.setResult(null, []);
    try {
      const r = await loadDocument(typed, abort.signal, true);
      if (abort.signal.aborted) return;
      const doc = r.ok ? r.data : null;
      const problems = r.ok ? [] : r.problems;
      this.loaded = { url: href, doc, problems };
      this.setResult(doc, problems);
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  private onPaste(text: string): void {
    this.pasted = text;
    clearTimeout(this.pasteTimer);
    // A large document is checked once typing pauses: re-validating it and redrawing three previews took 1–2 s a
    // keystroke at 1.4 MB. The China dataset (42 KB) is checked as it is typed.
    if (text.length > LARGE_PASTE) this.pasteTimer = setTimeout(() => this.showText(text), PASTE_PAUSE_MS);
    else this.showText(text);
  }

  /**
   * Chromium fires no `change` when the file chosen is the one already in the input: an editor who fixed the file and
   * chose it again saw nothing happen. So the input is emptied as its dialog opens, and given its files back if the
   * dialog is cancelled (copied: the input's own FileList empties with it).
   */
  private clearFileInput(input: HTMLInputElement): void {
    const copy = new DataTransfer();
    for (const f of input.files ?? []) copy.items.add(f);
    this.chosenFiles = copy.files;
    input.value = '';
  }

  private restoreFileInput(input: HTMLInputElement): void {
    if (this.chosenFiles?.length) input.files = this.chosenFiles;
  }

  private async readFile(file: File | undefined, input?: HTMLInputElement | null, files?: FileList): Promise<void> {
    if (!file) return;
    // A dropped file replaces the chosen one in the file input too, so it never names a file that is no longer shown.
    if (input && files) {
      try {
        input.files = files;
      } catch {
        input.value = '';
      }
    }
    // Decoded as the widget's fetch() does (UTF-8, a UTF-8 byte-order mark dropped): file.text() would also read a UTF-16
    // file by its byte-order mark, which the widget, given the same file by src, then rejects.
    const text = new TextDecoder().decode(await file.arrayBuffer());
    // Two files dropped at once: the first is used, and the note says the rest were left out (they went unmentioned).
    this.file = { name: file.name, text, others: Math.max(0, (files?.length ?? 1) - 1) };
    if (this.origin === 'file') this.showText(text);
  }

  private set<K extends keyof WidgetChoice>(key: K, value: WidgetChoice[K]): void {
    if (key === 'lang') this.widgetLangChosen = true;
    this.choice = { ...this.choice, [key]: value };
  }

  private setAsOf(text: string): void {
    this.asOfText = text;
    this.set('asOf', validYear(text));
  }

  private toggleSector(id: string, on: boolean): void {
    const current = new Set(this.choice.sectors ?? []);
    if (on) current.add(id);
    else current.delete(id);
    this.set('sectors', [...current]);
  }

  /**
   * Where the snippets' files are (the bundles, the built-in data, embed.html): the folder the editor says the built site
   * is online at, else this page's own address (right when the builder is itself hosted there).
   */
  private get base(): string {
    return this.typedBase ?? location.href;
  }

  private setFilesAt(text: string): void {
    this.filesAt = text;
    this.typedBase = filesBase(text);
  }

  /** The one-widget bundle for the chosen widget (peakline-gauge.js …): about two thirds of peakline.js or less. */
  private get scriptUrl(): string {
    return new URL(scriptFile(this.choice.widget), this.base).href;
  }

  private get dataUrl(): string | null {
    if (this.origin === 'url') return this.loaded?.doc ? this.loaded.url : null;
    if (this.origin === 'china' || this.origin === 'eu' || this.origin === 'demo') return new URL(BUILTIN[this.origin].file, this.base).href;
    return null;
  }

  private async announce(text: string): Promise<void> {
    // Emptied first, so the same words are announced again on a second copy.
    this.announcement = '';
    await this.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    this.announcement = text;
  }

  private async copy(index: number, text: string, pre: HTMLElement | null): Promise<void> {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
      if (pre) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
    }
    this.copyState = { index, ok };
    clearTimeout(this.copyTimer);
    // The words go with the mark beside the button: left in the status region, browse mode read "Copied" long after.
    if (ok) this.copyTimer = setTimeout(() => (this.copyState = null, this.announcement = ''), 4000);
    void this.announce(ok ? this.t.copied : this.t.copyFailed);
    this.dispatchEvent(new CustomEvent('builder-copy', { detail: { text, ok }, bubbles: true, composed: true }));
  }

  private get statusText(): string {
    const t = this.t;
    if (this.loading) return t.loading;
    // A loaded URL or file also says its first problem, or its first data warning: "1 problem" or "1 data warning — …
    // check it before publishing:" alone tells a screen reader user nothing to check (the warning was never read out).
    // Pasted text says only the count, which does not change on every keystroke (a JSON error's column would).
    const first = (p: Problem | undefined, zh: string | null | undefined) => (p && this.origin !== 'paste' ? ` ${p.path || t.documentPath}${t.colon}${zh || p.message}` : '');
    if (!this.problems.length) {
      if (!this.doc) return '';
      const warned = this.warnings.length ? ` ${t.warnings(this.warnings.length)}${first(this.warnings[0], this.warningsZh[0])}` : '';
      // A data address readers elsewhere cannot load (plain http, this computer) is said here too, as it loads: the
      // box that says it is above the snippets, far down the page.
      const away = this.origin === 'url' && this.loaded ? addressWarning([this.loaded.url]) : null;
      return `${t.valid(this.doc.targets.length)}${warned}${away ? ` ${(away.kind === 'local' ? t.filesLocal : t.filesHttp)(away.host)}` : ''}`;
    }
    return `${t.problems(this.problems.length)}${this.untranslated ? t.problemsInEnglish : ''}${first(this.problems[0], this.problemsZh[0])}`;
  }

  override render() {
    const t = this.t;
    return html`
      <div class="topbar">
        <h1>${t.title}</h1>
        <button class="secondary" lang=${this.ui === 'en' ? 'zh' : 'en'} @click=${() => this.setUi(this.ui === 'en' ? 'zh' : 'en')}>${t.uiLanguage}</button>
      </div>
      <p>${t.intro}</p>
      <p role="status" class="sr-only" id="announce">${this.announcement}</p>
      <p role="status" class="sr-only" id="data-status">${this.statusText}</p>
      ${this.renderData()}
      ${this.doc
        ? html`${this.renderChoices(this.doc)}<h2 id="step3">${t.step3}</h2>${this.renderPreview(this.doc)}<h2 id="step4">${t.step4}</h2>${this.renderSnippets(this.doc)}`
        : nothing}
    `;
  }

  /** A labelled text box (the URL, the as-of year); while `invalid`, the element with id `describedBy` says why. */
  private textField(
    label: string,
    o: { id?: string; mode: string; autocomplete: string; invalid: boolean; describedBy: string; value: string; onInput: (value: string) => void },
    after: unknown = nothing,
  ) {
    return html`<label
      >${label}<input
        type="text"
        id=${o.id ?? nothing}
        inputmode=${o.mode}
        autocomplete=${o.autocomplete}
        spellcheck="false"
        aria-invalid=${o.invalid ? 'true' : 'false'}
        aria-describedby=${o.invalid ? o.describedBy : nothing}
        .value=${o.value}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      />${after}</label
    >`;
  }

  /**
   * The column width the iframe's height is for. No script can fit an iframe to its widget (this form is for CMSs that
   * strip scripts), so its height fits one width: by default the tallest measured, which cuts nothing off down to a
   * phone's column but leaves blank space below the widget in a desktop one; or the widget's height at the width
   * typed here, which fits that column and cuts the widget off in a narrower one.
   */
  private renderColumnField() {
    const t = this.t;
    const bad = this.columnText.trim() !== '' && !columnWidth(this.columnText);
    return this.textField(
      t.iframeColumn,
      { id: 'iframe-column', mode: 'numeric', autocomplete: 'off', invalid: bad, describedBy: 'iframe-column-error', value: this.columnText, onInput: (v) => (this.columnText = v) },
      html`<span class="field-error" id="iframe-column-error" role="status">${bad ? t.iframeColumnInvalid(...COLUMN_RANGE) : nothing}</span>`,
    );
  }

  /**
   * A problem or data warning as a list item: its JSON path, then its message in the interface language (Chinese from
   * problems-zh.ts where it has one, `zh`, else English).
   */
  private problemItem({ path, message }: Problem, zh: string | null | undefined) {
    const t = this.t;
    return html`<li><code>${path || t.documentPath}</code>${t.colon}${zh ? html`<span>${zh}</span>` : html`<span lang="en">${message}</span>`}</li>`;
  }

  /** Some problem has no Chinese (a message problems-zh.ts does not know), so the list says part of it is English. */
  private get untranslated(): boolean {
    return this.problemsZh.includes(null);
  }

  private renderProblems() {
    const t = this.t;
    const isHtml = this.origin === 'url' && this.problems.some((p) => p.path === '' && /^is HTML, not JSON/.test(p.message));
    // The loader's HTTP status (src/format/types.ts, Problem.status): 0 when nothing could be read (network or CORS);
    // else what the server's answer means for the editor: no file there (404, 410), or not public (401, 403).
    const status = this.origin === 'url' ? this.problems.find((p) => p.status !== undefined)?.status : undefined;
    const isCors = status === 0;
    const statusHint = status === 404 || status === 410 ? t.notFoundHint : status === 401 || status === 403 ? t.forbiddenHint : '';
    return html`<div class="problems" id="problems">
      <strong>${t.problems(this.problems.length)}</strong>${this.untranslated ? html` <span>${t.problemsInEnglish}</span>` : nothing}
      ${isHtml ? html`<p class="hint">${t.htmlNotJson}</p>` : nothing}${isCors ? html`<p class="hint">${t.corsHint}</p>` : nothing}${statusHint ? html`<p class="hint">${statusHint}</p>` : nothing}
      <ul>${this.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => this.problemItem(p, this.problemsZh[i]))}</ul>
      ${this.problems.length > MAX_PROBLEMS_SHOWN ? html`<p class="more">${t.moreProblems(this.problems.length - MAX_PROBLEMS_SHOWN)}</p>` : nothing}
    </div>`;
  }

  /**
   * The data warnings, below "Valid": amber, not the problems' red, and blocking nothing (the previews and snippets
   * follow). Read where they are, not hidden as the "Valid" line is: the status region only counts them.
   */
  private renderWarnings() {
    const t = this.t;
    const zh = this.warningsZh;
    return html`<div class="warning data-warnings" id="data-warnings">
      <strong>${t.warnings(this.warnings.length)}</strong>${zh.includes(null) ? html` <span>${t.problemsInEnglish}</span>` : nothing}
      <ul>${this.warnings.slice(0, MAX_PROBLEMS_SHOWN).map((w, i) => this.problemItem(w, zh[i]))}</ul>
      ${this.warnings.length > MAX_PROBLEMS_SHOWN ? html`<p class="more">${t.moreWarnings(this.warnings.length - MAX_PROBLEMS_SHOWN)}</p>` : nothing}
    </div>`;
  }

  private renderData() {
    const t = this.t;
    const invalid = this.problems.length > 0;
    const radio = (value: Origin, label: string) =>
      html`<label><input type="radio" name="origin" .checked=${this.origin === value} @change=${() => this.setOrigin(value)} /> ${label}</label>`;
    // The file input is out of sight and its label is its face: Chromium's own button and "No file chosen" speak the
    // browser's language, not the interface's. It is still the input: reached by Tab, opened by Space, named by its label.
    return html`<h2 id="step1">${t.step1}</h2>
      <fieldset aria-labelledby="step1">
        ${radio('china', t.builtinChina)} ${radio('eu', t.builtinEu)} ${radio('demo', t.builtinDemo)} ${radio('url', t.fromUrl)}
        ${radio('paste', t.paste)} ${radio('file', t.file)}
        <p><a href=${this.templateUrl} download="peakline-template.json">${t.template}</a></p>
      </fieldset>
      ${this.origin === 'url'
        ? html`<form @submit=${(e: Event) => (e.preventDefault(), void this.loadUrl())}>
            ${this.textField(
              t.urlLabel,
              { mode: 'url', autocomplete: 'url', invalid: invalid || this.urlMissing, describedBy: this.urlMissing ? 'url-error' : 'problems', value: this.url, onInput: (v) => ((this.url = v), (this.urlMissing = false)) },
              html`<span class="field-error" id="url-error" role="status">${this.urlMissing ? t.urlEmpty : nothing}</span>`,
            )}
            <button type="submit">${t.load}</button>
            ${this.loaded?.doc ? html`<p class="note">${t.loadedFrom(this.loaded.url)}</p>` : nothing}
          </form>`
        : nothing}
      ${this.origin === 'paste'
        ? html`<label
            >${t.pasteLabel}<textarea
              spellcheck="false"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${invalid ? 'problems' : nothing}
              .value=${this.pasted}
              @input=${(e: Event) => this.onPaste((e.target as HTMLTextAreaElement).value)}
            ></textarea
          ></label>`
        : nothing}
      ${this.origin === 'file'
        ? html`<div
            class="drop ${this.dragOver ? 'over' : ''}"
            @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragOver = true))}
            @dragleave=${() => (this.dragOver = false)}
            @drop=${(e: DragEvent) => {
              e.preventDefault();
              this.dragOver = false;
              const files = e.dataTransfer?.files;
              void this.readFile(files?.[0], this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]'), files);
            }}
          >
            <p id="drop-hint">${t.dropHint}</p>
            <input
              type="file"
              id="file-input"
              class="file-input"
              accept="application/json,.json"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${invalid ? 'drop-hint file-name problems' : 'drop-hint file-name'}
              @click=${(e: Event) => this.clearFileInput(e.target as HTMLInputElement)}
              @cancel=${(e: Event) => this.restoreFileInput(e.target as HTMLInputElement)}
              @change=${(e: Event) => void this.readFile((e.target as HTMLInputElement).files?.[0])}
            /><label for="file-input" class="file-button">${t.chooseFile}</label>
            <p class="note" id="file-name">${this.file ? t.currentFile(this.file.name, this.file.others) : t.noFile}</p>
          </div>`
        : nothing}
      ${this.loading ? html`<p class="loading" aria-hidden="true">${t.loading}</p>` : nothing}
      ${this.problems.length > 0 ? this.renderProblems() : this.doc ? html`<p class="ok" aria-hidden="true">${t.valid(this.doc.targets.length)}</p>` : nothing}
      ${this.problems.length === 0 && this.doc && this.warnings.length > 0 ? this.renderWarnings() : nothing}`;
  }

  private renderChoices(doc: PolicyDocument) {
    const t = this.t;
    const c = this.choice;
    // `note`: why a select is disabled, written below the options' row (`#${key}-note`) and read with it.
    // An option's third item: the language its label is written in, where it may not be the page's ("中文" in English).
    const sel = (label: string, key: keyof WidgetChoice, options: [string, string, string?][], note?: string) => {
      const current = String(c[key] ?? '');
      return html`<label
        >${label}<select
          data-key=${key}
          .value=${live(current)}
          ?disabled=${!!note}
          aria-describedby=${note ? `${key}-note` : nothing}
          @change=${(e: Event) => this.set(key, ((e.target as HTMLSelectElement).value || undefined) as never)}
        >
          ${options.map(([v, l, lang]) => html`<option value=${v} lang=${lang ?? nothing} ?selected=${current === v}>${l}</option>`)}
        </select></label
      >`;
    };
    const available = (w: string) => Boolean(customElements.get(`peakline-${w}`));
    const asOfBad = this.asOfText.trim() !== '' && !c.asOf;
    const early = this.early;
    const peak = this.peak(doc);
    return html`<h2 id="step2">${t.step2}</h2>
      <div class="row">
        ${sel(t.widget, 'widget', (['gauge', 'trajectory', 'sectors'] as const).filter(available).map((w) => [w, t[w]]))}
        ${c.widget === 'sectors'
          ? nothing
          : sel(t.target, 'target', doc.targets.map((x) => [x.id, t.named(localize(x.label ?? indicatorOf(doc, x)?.label, this.ui), x.id)]))}
        ${sel(t.method, 'method', [['', t.methodDefault], ['extrapolation', t.methodExtrapolation], ['rate', t.methodRate], ['path', t.methodPath]], peak ? t.methodPeak : undefined)}
        ${this.textField(
          t.asOf,
          { mode: 'numeric', autocomplete: 'off', invalid: asOfBad || !!early, describedBy: 'as-of-error', value: this.asOfText, onInput: (v) => this.setAsOf(v) },
          // Always there (empty while the year is fine) and a live region, so the error is announced as it appears.
          html`<span class="field-error" id="as-of-error" role="status">${early ? t.asOfEarly(early, this.choice.widget === 'sectors') : asOfBad ? t.asOfInvalid(...asOfRange()) : nothing}</span>`,
        )}
        ${c.widget === 'gauge' ? sel(t.variant, 'variant', [['arc', t.variantArc], ['bar', t.variantBar]]) : nothing}
        ${c.widget === 'sectors' ? sel(t.layout, 'layout', [['bars', t.layoutBars], ['dots', t.layoutDots]]) : nothing}
        ${c.widget === 'sectors' ? sel(t.sort, 'sort', [['status', t.sortStatus], ['progress', t.sortProgress], ['name', t.sortName], ['data', t.sortData]]) : nothing}
        ${sel(t.theme, 'theme', [['light', t.themeLight], ['dark', t.themeDark], ['auto', t.themeAuto]])}
        ${sel(t.lang, 'lang', [['en', 'English', 'en'], ['zh', '中文', 'zh']])}
        ${sel(t.headingLevel, 'headingLevel', [['', t.headingNone], ...['2', '3', '4'].map((n): [string, string] => [n, t.headingAt(n)])])}
      </div>
      ${peak ? html`<p class="note" id="method-note">${t.methodPeak}</p>` : nothing}
      ${c.widget === 'sectors' ? this.renderSectors(doc) : nothing}`;
  }

  /** The sector panel's sectors: only those with targets; what "none ticked" gives, and what ticking leaves out. */
  private renderSectors(doc: PolicyDocument) {
    const t = this.t;
    const c = this.choice;
    const { choices, shown } = this.sectors;
    if (!choices.length) return nothing;
    const total = doc.targets.length;
    return html`<fieldset aria-describedby=${shown < total ? 'sectors-hint' : nothing}>
      <legend>${t.sectorsLabel}</legend>
      ${shown < total ? html`<p class="note" id="sectors-hint">${t.sectorsHint(shown, total)}</p>` : nothing}
      <div class="row">
        ${choices.map(
          (s) => html`<label><input type="checkbox" .checked=${(c.sectors ?? []).includes(s.id)} @change=${(e: Event) => this.toggleSector(s.id, (e.target as HTMLInputElement).checked)} /> ${localize(s.label, this.ui)}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** The widget as chosen; `asOf` as the snippets have it (a year before the baseline left out). */
  private renderWidget(doc: PolicyDocument, asOf: number | null) {
    const c = this.choice;
    const method = c.method || null;
    switch (c.widget) {
      case 'gauge':
        return html`<peakline-gauge .data=${doc} target=${c.target ?? ''} .method=${method} .asOf=${asOf} variant=${c.variant ?? 'arc'} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'} .headingLevel=${c.headingLevel ?? null}></peakline-gauge>`;
      case 'trajectory':
        return html`<peakline-trajectory .data=${doc} target=${c.target ?? ''} .method=${method} .asOf=${asOf} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'} .headingLevel=${c.headingLevel ?? null}></peakline-trajectory>`;
      case 'sectors':
        return html`<peakline-sectors .data=${doc} sectors=${(c.sectors ?? []).join(',')} .method=${method} .asOf=${asOf} layout=${c.layout ?? 'bars'} sort=${c.sort ?? 'status'} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'} .headingLevel=${c.headingLevel ?? null}></peakline-sectors>`;
    }
  }

  private renderPreview(doc: PolicyDocument) {
    const t = this.t;
    const dark = this.choice.theme === 'dark';
    const scale = (i: number) => this.frames[i]?.scale ?? 1;
    // The desktop preview is a picture of the layout at 900 px, never a second copy to use: the same widget with the
    // same data, links and controls as the phone's, so operable it only doubled every Tab stop (at 1,280 px, shown at
    // 91%) and what a screen reader reads. Inert, with its label saying so; the phone preview, at full size, is the one
    // to use. A phone preview scaled below 60% (a column under 216 px) is a picture too.
    const still = (i: number) => i === 1 || scale(i) < 0.6;
    const label = (text: string, i: number) => html`<p id="preview-${i}">${text}${scale(i) < 1 ? t.scaled(Math.round(scale(i) * 100)) : ''}${i === 1 ? t.viewOnly : ''}</p>`;
    // A hidden copy at the widget width of a 328 px iframe (a 360 px phone with 16 px margins): widgets grow taller as
    // they narrow, so the iframe snippet's height is measured there too, not only at the two preview widths. A sector
    // panel has three more, at the other widths its `reserve` is measured at (reserveHint); a trajectory one at 800 px
    // (trajectoryCeiling).
    // Each preview is a group named by its label, so a screen reader says which copy of the widget it is in.
    const asOf = this.choice.asOf && !this.early ? Number(this.choice.asOf) : null;
    const widget = () => this.renderWidget(doc, asOf);
    // And one at the column width the editor gave for the iframe's height (its width set in updated).
    return html`<p class="note">${t.previewNote}</p><div class="measure-box"><div class="measure">${widget()}</div>${this.choice.widget === 'sectors' ? ['w480', 'w733', 'w734'].map((w) => html`<div class="measure ${w}">${widget()}</div>`) : nothing}${this.choice.widget === 'trajectory' ? html`<div class="measure upper">${widget()}</div>` : nothing}${columnWidth(this.columnText) ? html`<div class="measure-column">${widget()}</div>` : nothing}</div><div class="previews">
      <div class="preview preview-360" role="group" aria-labelledby="preview-0">${label(t.phone, 0)}<div class="frame-box" ?inert=${still(0)}><div class="frame frame-360 ${dark ? 'dark-bg' : ''}">${widget()}</div></div></div>
      <div class="preview preview-900" role="group" aria-labelledby="preview-1">${label(t.desktop, 1)}<div class="frame-box" ?inert=${still(1)}><div class="frame frame-900 ${dark ? 'dark-bg' : ''}">${widget()}</div></div></div>
    </div>`;
  }

  /**
   * The target's baseline year when the as-of year is before it (gauge, trajectory), else 0. The widget shows that as
   * an error (there is no progress to judge before the baseline); the field says so, and the snippets and previews leave
   * it out (the previews showed the error box the snippets would not). A sector panel: the earliest baseline of the
   * targets it shows, when the year is before them all (every row said "as-of is before its baseline").
   */
  private earlyAsOf(doc: PolicyDocument): number {
    const c = this.choice;
    if (!c.asOf) return 0;
    const shown = c.widget === 'sectors' ? selectTargets(doc, { sectors: [...(c.sectors ?? [])] }) : [findTarget(doc, c.target ?? '')].filter((t) => !!t);
    return shown.length && shown.every((t) => beforeBaseline(t!, Number(c.asOf))) ? Math.min(...shown.map((t) => t!.baseline.year)) : 0;
  }

  /** Whether the one target chosen is a peak target, which `assess` judges by its growth trend whatever the method. */
  private peak(doc: PolicyDocument): boolean {
    return this.choice.widget !== 'sectors' && findTarget(doc, this.choice.target ?? '')?.goal.kind === 'peak';
  }

  /**
   * The snippets for the choice made, computed again only when the document, the choice, the data's URL or the
   * measured heights change: pruning and serialising a large document (1.4 MB) took 23 ms, on every render (the
   * builder re-renders after each measurement of its previews).
   */
  private snippetsFor(doc: PolicyDocument): Snippets {
    // The height at the editor's column width once the hidden copy has been measured there; until then, every width's.
    const column = columnWidth(this.columnText);
    const fit = column && this.columnFit?.width === column ? this.columnFit : null;
    const key = [doc, this.choice, this.dataUrl, this.scriptUrl, this.widgetHeights, this.upperHeight, fit];
    if (this.snippetCache && key.every((k, i) => k === this.snippetCache!.key[i])) return this.snippetCache.value;
    // A sector panel's snippet says how many rows it will have, so its loading box is the right height.
    // No as-of before the baseline, and no method for a peak target (it has no use there: see `peak`).
    const chosen = { ...this.choice, ...(this.early && { asOf: undefined }), ...(this.peak(doc) && { method: undefined }) };
    const c = { ...chosen, reserve: reserveHint(chosen, this.widgetHeights, this.fontPx), ...(chosen.widget === 'sectors' && { rows: selectTargets(doc, { sectors: [...(chosen.sectors ?? [])] }).length }) };
    const dataUrl = this.dataUrl;
    const embedPage = new URL('embed.html', this.base);
    const scriptUrl = this.scriptUrl;
    const lang = c.lang === 'zh' ? 'zh' : 'en';
    const target = doc.targets.find((x) => x.id === c.target);
    const title =
      c.widget === 'sectors' || !target
        ? localize(doc.policy.title, lang)
        : localize(target.label ?? indicatorOf(doc, target)?.label, lang);
    // Inline forms carry only what this widget shows (prune.ts): 11 KB for a China gauge, not 42.
    const shown = pruneFor(doc, c);
    const iframeSrc = embedUrl(c, embedPage.href, dataUrl ? { url: dataUrl } : { doc: shown });
    const height = iframeHeight(fit ? [fit.height] : this.upperHeight ? [...this.widgetHeights, trajectoryCeiling(this.upperHeight, this.fontPx)] : this.widgetHeights);
    const value = {
      widget: c.widget,
      height,
      column: fit && column,
      src: dataUrl ? snippetWithSrc(c, scriptUrl, dataUrl, title) : null,
      inline: snippetInline(c, scriptUrl, shown, title),
      iframe: snippetIframe(c, iframeSrc, title, height),
      iframeKb: dataUrl ? null : Math.ceil(iframeSrc.length / 1024),
      listener: listenerSnippet(embedPage.origin),
      // Addresses readers elsewhere cannot load: the builder run on this computer (npm start) writes its own address.
      warning: addressWarning([scriptUrl, embedPage.href, dataUrl ?? ''].filter((u) => u)),
    };
    this.snippetCache = { key, value };
    return value;
  }

  private snippetCache: { key: unknown[]; value: Snippets } | null = null;

  private renderSnippets(doc: PolicyDocument) {
    const t = this.t;
    const sn = this.snippetsFor(doc);
    const forms: [string, string | null, unknown?][] = [
      [t.formSrc, sn.src, sn.src && html`<p class="note">${t.srcNote(html`<code class="nowrap">Access-Control-Allow-Origin: *</code>`)}</p>`],
      [t.formInline, sn.inline],
      [t.formIframe, sn.iframe, html`<p class="note" id="iframe-note">${sn.column ? t.iframeColumnNote(sn.height, sn.column) : t.iframeNote(sn.height)}</p>${this.renderColumnField()}${sn.iframeKb ? html`<p class="note">${t.iframeData(sn.iframeKb)}</p>` : nothing}`],
      [t.formListener, sn.listener],
    ];
    const warning = sn.warning;
    const badBase = this.filesAt.trim() !== '' && !this.typedBase;
    return html`<label class="files-at"
        >${t.filesAt}<input
          type="url"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          placeholder="https://"
          aria-invalid=${badBase ? 'true' : 'false'}
          aria-describedby=${warning ? 'files-at-note files-warning' : 'files-at-note'}
          .value=${this.filesAt}
          @input=${(e: Event) => this.setFilesAt((e.target as HTMLInputElement).value)}
      /></label>
      <p class=${badBase ? 'field-error' : 'note'} id="files-at-note">${badBase ? t.filesAtInvalid : t.filesAtHint}</p>
      ${warning ? html`<p class="warning" id="files-warning">${(warning.kind === 'local' ? t.filesLocal : t.filesHttp)(warning.host)}</p>` : nothing}
      <p class="note">${t.pasteNote}</p><p class="note">${t.scriptNote(scriptFile(sn.widget))}</p>
      ${forms.map(([label, text, note], i) => {
      const id = `snippet-${i}`;
      const state = this.copyState?.index === i ? this.copyState : null;
      return html`<div class="snippet-head">
          <h3 id="${id}-h">${label}</h3>
          ${text
            ? html`<span class="copy">
                ${state?.ok ? html`<span class="copied">${t.copiedButton}</span>` : nothing}
                <button aria-label=${t.copy + t.copyWhich(label)} @click=${() => void this.copy(i, text, this.renderRoot.querySelector(`#${id}`))}>${t.copy}</button>
              </span>`
            : nothing}
        </div>
        ${note ?? nothing}
        ${text ? html`<pre id=${id} tabindex="0" role="region" aria-labelledby="${id}-h"><code>${text}</code></pre>` : html`<p>${t.needUrl}</p>`}
        ${state && !state.ok ? html`<p class="copy-failed">${t.copyFailed}</p>` : nothing}`;
    })}`;
  }
}

customElements.define('peakline-embed-builder', EmbedBuilder);
