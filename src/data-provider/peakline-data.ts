import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { PolicyDataController, type DataProvider, type DataState, type Stale } from '../base/data-controller.js';

/**
 * Loads one policy document for every Peakline widget inside it.
 *
 * @tagname peakline-data
 * @summary Shared data source: `<peakline-data src="policy.json">…widgets…</peakline-data>`.
 * @slot - The widgets that read this data.
 * @fires peakline-ready - Once the document is loaded and valid (again after a new `src` or `data`). It does not bubble:
 * listen on this element. The widgets inside fire their own, which bubble.
 * @fires peakline-error - When the document cannot be loaded or is invalid; `detail.problems` lists `{path, message}` (with `status` when `src` could not be loaded: the HTTP status of an error answer, 0 when the network or CORS failed; none for a timeout). It
 * does not bubble: each widget inside shows the problems and fires its own bubbling `peakline-error`, so a page
 * listening on `document` hears one per widget, not one more for the provider.
 */
export class PeaklineData extends LitElement implements DataProvider {
  static override properties: PropertyDeclarations = { data: { attribute: false }, src: { reflect: true } };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Policy data as an object (or JSON text); takes precedence over inline JSON and `src`. */
  data: unknown = undefined;

  /** URL of the policy-data JSON document. */
  src: string | null = null;

  private readonly listeners = new Set<(state: DataState, stale?: Stale) => void>();
  private readonly controller = new PolicyDataController(this, (state) => {
    for (const l of this.listeners) l(state, this.controller.stale);
  });

  /** The state last announced by an event: each state once, after the update that follows it (as widgets fire theirs). */
  private announced: DataState | undefined;

  /**
   * The document's state, as the widgets inside read it: `{status: 'loading'}`, `{status: 'ready', doc}` (the validated
   * document) or `{status: 'error', problems}`. Read-only; the `peakline-ready` and `peakline-error` events say when it
   * changes.
   */
  get dataState(): DataState {
    return this.controller.state;
  }

  /** Registers a widget; it is called at once with the current state, then on every change. */
  subscribe(listener: (state: DataState, stale?: Stale) => void): () => void {
    this.listeners.add(listener);
    listener(this.controller.state, this.controller.stale);
    return () => this.listeners.delete(listener);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data') || changed.has('src')) this.controller.resolve();
  }

  protected override updated(): void {
    // A new src that failed under the document kept (its widgets keep drawing it) is said all the same.
    const state = this.controller.stale ?? this.controller.state;
    if (state === this.announced || state.status === 'loading') return;
    this.announced = state;
    // (A CustomEvent's detail is null unless given: peakline-ready's.)
    this.dispatchEvent(
      state.status === 'error' ? new CustomEvent('peakline-error', { detail: { problems: state.problems } }) : new CustomEvent('peakline-ready'),
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peakline-data': PeaklineData;
  }
}
