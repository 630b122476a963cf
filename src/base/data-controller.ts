/**
 * Resolves a Peakline element's policy document from, in order of precedence:
 *   1. its `data` property (an object, or JSON text);
 *   2. an inline `<script type="application/json">` child (CMS-friendly: no extra request);
 *   3. its `src` attribute;
 *   4. the nearest ancestor `<peakline-data>` provider (or a PeaklineData defined under another tag, as a page using
 *      the package's classes may: it is known by its `subscribe`, which a widget, with a `dataState` too, has not).
 * Every path ends in the same validated `DataState`. Nothing here throws.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ancestor } from './ancestor.js';
import { echo } from '../format/echo.js';
import type { PolicyDocument, Problem } from '../format/types.js';
import { validate } from '../format/validate.js';
import { failed, loadDocument, loaded, type LoadResult } from './loader.js';
import type { LoadFailure } from '../i18n/messages.js';

/**
 * A widget's (or a `<peakline-data>`'s) document: loading, ready, or the problems in the way. `failure`: no document,
 * or none could be loaded from `src` (the network, CORS, an HTTP error, a timeout), which each widget says in its own
 * language; the problems say it in English.
 */
export type DataState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: PolicyDocument }
  | { readonly status: 'error'; readonly problems: readonly Problem[]; readonly failure?: LoadFailure };

/** Why a new `src` failed where a document was shown and kept (a live page's poll). */
export type Stale = DataState & { status: 'error' };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
  /** Lit's, with a name: an update the sector panel's shouldUpdate takes with its data state unchanged. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/** A `<peakline-data>` as seen by the widgets inside it. */
export interface DataProvider extends HTMLElement {
  readonly dataState: DataState;
  /** `listener` hears the state, and why a new `src` failed under the document it keeps (see `stale`). */
  subscribe(listener: (state: DataState, stale?: Stale) => void): () => void;
}

// One validation per object, text or other value (a number, a symbol…), however many widgets share
// it: the same value always gives the same state, so re-resolving it (a reconnect) announces nothing new.
const validated = new WeakMap<object, DataState>();
const validatedText = new Map<unknown, DataState>();

function fromResult(r: LoadResult): DataState {
  return r.ok ? { status: 'ready', doc: r.data } : { status: 'error', problems: r.problems, failure: r.failure };
}

function stateFor(value: unknown): DataState {
  const cache = (typeof value === 'object' && value ? validated : validatedText) as Map<unknown, DataState>;
  let s = cache.get(value);
  if (!s) {
    s = fromResult(validate(value));
    if (validatedText.size > 50) validatedText.clear();
    cache.set(value, s);
  }
  return s;
}

const LOADING: DataState = { status: 'loading' };

const NO_SOURCE: DataState = /* @__PURE__ */ fromResult(failed(['none']));

/**
 * The text of the element's own `<script type="application/json">` child, or null if it has none. CMSs that turn line
 * breaks into markup reach it: WordPress's wpautop wraps it in a <p> when blank lines surround it, and puts `</p>` and
 * `<p>` at blank lines inside it; a "convert line breaks" filter puts a `<br />` before each of its newlines. A run of
 * such tags and white space that holds a line break is dropped: JSON has no line break inside a string, so it is never
 * data (a "<br>" inside a string of hand-written JSON is kept).
 */
function inlineJson(el: Element): string | null {
  const script = el.querySelector(':scope>script[type="application/json"],:scope>p>script[type="application/json"]');
  return script && script.textContent!.replace(/(\s*<\/?(br|p)\b[^>]*>)+\s*/g, (m) => (m.includes('\n') ? '\n' : m));
}

export class PolicyDataController implements ReactiveController {
  state: DataState = LOADING;
  /**
   * Why a new `src` failed where a document was shown (a live page's poll): the document is kept, drawn, with this
   * beside it, until the next state.
   */
  stale?: Stale | undefined;
  /** Ends the current request or provider subscription. */
  private stop?: () => void;
  private observer?: MutationObserver;
  private connected = false;
  /** What the current state was resolved from (a `<peakline-data>` element when it is the provider's), so unrelated mutations do not reload. */
  from: unknown = undefined;
  /** Resolves afresh once the document is parsed (one listener however often `parsing` is asked: the same function is added once). */
  private readonly reparse = () => {
    this.from = undefined;
    this.resolve();
  };

  constructor(
    private readonly host: DataHost,
    /** Called whenever the state changes (the host re-renders and may fire events). */
    private readonly onChange: (state: DataState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Inline JSON may be edited or arrive after the element upgrades (while the parser is still running).
    this.observer = new MutationObserver(() => this.resolve());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.resolve();
  }

  hostDisconnected(): void {
    this.connected = false;
    // A widget moved in the page keeps what it has shown (a second `peakline-ready` counted it twice); one still
    // loading (a new `src` under its chart too), or following a <peakline-data> (its subscription ends here: `stop`),
    // looks again when it is connected.
    if (this.state === LOADING || this.stop) this.from = undefined;
    this.observer?.disconnect();
    this.cancel();
  }

  private cancel(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private set(state: DataState): void {
    if (state === this.state && !this.stale) return;
    this.stale = undefined;
    this.state = state;
    this.onChange(state);
    this.host.requestUpdate();
  }

  /** Re-reads the sources in order of precedence. Call when `data` or `src` changes. */
  resolve(): void {
    // On the server (@lit-labs/ssr) hostConnected never runs and there is no DOM to read,
    // so only the `data` property counts, and it is used at once (see src/ssr/).
    if (isServer) return this.use(this.host.data == null ? NO_SOURCE : stateFor(this.host.data));
    if (!this.connected) return;
    // A src of spaces alone (a CMS template's blank field) is no address: it would load the page itself.
    const { data } = this.host;
    const src = this.host.src?.trim();
    const inline = data === undefined || data === null ? inlineJson(this.host) : null;
    const provider = data == null && inline === null && !src ? ancestor(this.host, (e) => 'subscribe' in e || e.localName === 'peakline-data') : null;
    const from = data ?? inline ?? (src ? `src:${src}` : provider);
    if (Object.is(from, this.from)) return;
    this.from = from;
    if (data !== undefined && data !== null) return this.use(stateFor(data));
    if (inline !== null) {
      const state = stateFor(inline);
      return this.use(state.status === 'error' && this.parsing() ? LOADING : state);
    }
    if (src) return this.load(src);
    if (provider) return this.follow(provider);
    // A `data` attribute is never read: a framework writes one (`data="[object Object]"`) when it renders the element
    // before peakline/define.js defined it; the message names it, as the page's code plainly gives data.
    const attr = this.host.getAttribute('data');
    this.use(this.parsing() ? LOADING : attr === null ? NO_SOURCE : fromResult(failed(['none', echo(attr)])));
  }

  /**
   * A classic <script src> in <head> upgrades each element as soon as the parser creates it,
   * before its children: inline JSON has not arrived yet (or only part of it). While the
   * document is still parsing, an element with no usable data stays loading and looks again
   * once it is parsed (the MutationObserver also re-resolves as the JSON arrives), instead of
   * firing a spurious `peakline-error`.
   */
  private parsing(): boolean {
    const doc = this.host.ownerDocument;
    if (doc.readyState !== 'loading') return false;
    doc.addEventListener('DOMContentLoaded', this.reparse, { once: true });
    return true;
  }

  private use(state: DataState): void {
    this.cancel();
    this.set(state);
  }

  private load(src: string): void {
    // Already loaded on this page (a widget added later): shown at once, with no loading box, so no height to keep.
    const done = loaded(src);
    if (done) return this.use(fromResult(done));
    // A widget showing a document keeps it while the next loads (a live page's new `src`): no loading box in between,
    // nothing moves; the new one replaces it once it is here.
    this.cancel();
    if (this.state.status !== 'ready') this.set(LOADING);
    const abort = new AbortController();
    this.stop = () => abort.abort();
    void loadDocument(src, abort.signal).then((result) => {
      // The newest src always wins: a superseded request was aborted (cancel), so its answer is dropped.
      if (abort.signal.aborted) return;
      this.stop = undefined;
      const state = fromResult(result);
      // A new src that fails keeps the chart shown, with why beside it: one failed poll blanked a live page's chart. The
      // update is named, for the sector panel's shouldUpdate, with an old value no host's `stale` has, so Lit takes it.
      if (state.status === 'error' && this.state.status === 'ready') this.keep(state);
      else this.set(state);
    });
  }

  /** Keeps the document shown, with why a new `src` failed beside it (its own, or its provider's). */
  private keep(stale: Stale): void {
    if (stale === this.stale) return;
    this.stale = stale;
    this.onChange(this.state);
    this.host.requestUpdate('stale', stale);
  }

  /**
   * Subscribes to a <peakline-data>, at once if it is defined: its current state comes with the subscription, so a
   * widget moved with or inside it keeps the state it has (set ignores the same state) and announces nothing again.
   * Else the widget shows "loading" until the provider is defined, and subscribes then only if that provider is still
   * its source: not if the page gave it data or a src meanwhile, nor twice if it was moved while waiting (the first
   * subscription, or a wait's, is cancelled by the next).
   */
  private follow(provider: Element): void {
    const attach = () => {
      if (!this.connected || this.from !== provider) return;
      this.cancel();
      // A provider's failed poll under the document it keeps: each widget keeps its chart and says so, as with its own src.
      this.stop = (provider as DataProvider).subscribe((state, stale) => (stale ? this.keep(stale) : this.set(state)));
    };
    if ('subscribe' in provider) return attach();
    this.use(LOADING);
    void customElements.whenDefined('peakline-data').then(attach);
  }
}
