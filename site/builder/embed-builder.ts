/**
 * <peakline-embed-builder>: the editor's tool. Data → widget and options → live preview at
 * 360 px and 900 px → three copyable snippets. Pure logic lives in snippets.ts; validation
 * and loading reuse the kit's own validate() and loader, so editors see exactly the errors
 * the widgets would show.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { PolicyDocument, Problem } from '../../src/format/types.js';
import { parseAndValidate, validate } from '../../src/format/validate.js';
import { loadDocument } from '../../src/base/loader.js';
import { localize } from '../../src/i18n/text.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import demo from '../../data/illustrative-demo.json';
import { builderMessages, type BuilderLang } from './messages.js';
import { embedUrl, snippetIframe, snippetInline, snippetWithSrc, type WidgetChoice } from './snippets.js';
import { TEMPLATE } from './template.js';

type Origin = 'china' | 'eu' | 'demo' | 'url' | 'paste' | 'file';
const BUILTIN: Record<'china' | 'eu' | 'demo', { doc: unknown; file: string }> = {
  china: { doc: china, file: 'data/cn-industry-carbon-peaking-2022.json' },
  eu: { doc: eu, file: 'data/eu-climate-law-2021.json' },
  demo: { doc: demo, file: 'data/illustrative-demo.json' },
};

export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; color: #1d1f23; }
    h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
    h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
    fieldset { border: 1px solid #d5d8de; border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
    legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.25rem; }
    fieldset fieldset legend { font-size: 1rem; font-weight: 600; }
    label { display: block; margin: 0.2rem 0; }
    .row { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; }
    .row > label { flex: 1 1 12rem; }
    select, input[type='text'], input[type='url'], input[type='number'], textarea { display: block; width: 100%; font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #8a909b; border-radius: 6px; background: #fff; color: inherit; }
    textarea { min-height: 10rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid #3a5bbf; background: #3a5bbf; color: #fff; cursor: pointer; }
    button.secondary { background: #fff; color: #1d3a8f; }
    :focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
    .drop { border: 2px dashed #8a909b; border-radius: 8px; padding: 1rem; text-align: center; }
    .drop.over { border-color: #1a56db; background: #eef3ff; }
    .problems { border-left: 4px solid #b42318; padding: 0.5rem 0.75rem; background: #fff5f4; margin: 0.5rem 0; }
    .problems ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    .problems code { color: #8a1538; font-weight: 600; }
    .ok { color: #14632f; font-weight: 600; }
    .previews { display: flex; gap: 1.5rem; align-items: flex-start; overflow-x: auto; padding-bottom: 0.5rem; }
    .preview { flex: none; }
    .preview > p { margin: 0 0 0.25rem; color: #5b6069; font-size: 0.875rem; }
    .frame-360 { width: 360px; }
    .frame-900 { width: 900px; }
    .dark-bg { background: #101217; padding: 0.5rem; border-radius: 8px; }
    pre { white-space: pre-wrap; word-break: break-all; background: #f4f5f7; border: 1px solid #d5d8de; border-radius: 6px; padding: 0.75rem; max-height: 14rem; overflow: auto; font-size: 0.8rem; margin: 0.25rem 0; }
    .snippet-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-top: 1rem; }
    .snippet-head h3 { font-size: 1rem; margin: 0; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .topbar { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  `;

  @state() private ui: BuilderLang = 'en';
  @state() private origin: Origin = 'china';
  @state() private doc: PolicyDocument | null = null;
  @state() private problems: readonly Problem[] = [];
  @state() private loading = false;
  @state() private url = '';
  @state() private pasted = '';
  @state() private dragOver = false;
  @state() private choice: WidgetChoice = { widget: 'gauge', target: 'industrial-energy-intensity-2025', variant: 'arc', layout: 'bars', theme: 'light', lang: 'en' };
  @state() private announcement = '';
  private templateUrl = '';
  private abort?: AbortController;

  /** Switches the builder's language; the widget language follows it (an editor can still pick the other). */
  private setUi(ui: BuilderLang): void {
    this.ui = ui;
    this.choice = { ...this.choice, lang: ui };
  }

  private get t() {
    return builderMessages[this.ui];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    if (params.get('ui') === 'zh') this.setUi('zh');
    this.templateUrl = URL.createObjectURL(new Blob([JSON.stringify(TEMPLATE, null, 2)], { type: 'application/json' }));
    this.useDocument(BUILTIN.china.doc);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    URL.revokeObjectURL(this.templateUrl);
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('ui')) document.documentElement.lang = this.ui;
  }

  private useDocument(json: unknown): void {
    const r = validate(json);
    this.doc = r.ok ? r.data : null;
    this.problems = r.problems;
    if (r.ok) {
      const ids = r.data.targets.map((t) => t.id);
      if (!this.choice.target || !ids.includes(this.choice.target)) this.choice = { ...this.choice, target: ids[0] };
      const sectorIds = new Set((r.data.sectors ?? []).map((s) => s.id));
      this.choice = { ...this.choice, sectors: (this.choice.sectors ?? []).filter((s) => sectorIds.has(s)) };
    }
  }

  private setOrigin(origin: Origin): void {
    this.origin = origin;
    this.abort?.abort();
    if (origin === 'china' || origin === 'eu' || origin === 'demo') this.useDocument(BUILTIN[origin].doc);
    else {
      this.doc = null;
      this.problems = [];
    }
  }

  private async loadUrl(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    const r = await loadDocument(this.url, abort.signal);
    if (abort.signal.aborted) return;
    this.loading = false;
    if (r.ok) this.useDocument(r.data);
    else {
      this.doc = null;
      this.problems = r.problems;
    }
  }

  private onPaste(text: string): void {
    this.pasted = text;
    const r = parseAndValidate(text);
    this.doc = r.ok ? r.data : null;
    this.problems = r.problems;
    if (r.ok) this.useDocument(r.data);
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const text = await file.text();
    this.pasted = text;
    this.onPaste(text);
  }

  private set<K extends keyof WidgetChoice>(key: K, value: WidgetChoice[K]): void {
    this.choice = { ...this.choice, [key]: value };
  }

  private toggleSector(id: string, on: boolean): void {
    const current = new Set(this.choice.sectors ?? []);
    if (on) current.add(id);
    else current.delete(id);
    this.set('sectors', [...current]);
  }

  private get scriptUrl(): string {
    return new URL('peakline.js', location.href).href;
  }

  private get dataUrl(): string | null {
    if (this.origin === 'url') return this.url || null;
    if (this.origin === 'china' || this.origin === 'eu' || this.origin === 'demo') return new URL(BUILTIN[this.origin].file, location.href).href;
    return null;
  }

  private async copy(text: string, pre: HTMLElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = this.t.copied;
    } catch {
      if (pre) {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const sel = this.shadowRoot && 'getSelection' in this.shadowRoot ? (this.shadowRoot as unknown as Document).getSelection() : window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      this.announcement = this.t.copyFailed;
    }
    this.dispatchEvent(new CustomEvent('builder-copy', { detail: { text }, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.t;
    return html`
      <div class="topbar">
        <h1>${t.title}</h1>
        <button class="secondary" lang=${this.ui === 'en' ? 'zh' : 'en'} @click=${() => this.setUi(this.ui === 'en' ? 'zh' : 'en')}>${t.uiLanguage}</button>
      </div>
      <p>${t.intro}</p>
      <p role="status" aria-live="polite" class="sr-only">${this.announcement}</p>
      ${this.renderData()}
      ${this.doc ? html`${this.renderChoices(this.doc)}<h2>${t.step3}</h2>${this.renderPreview(this.doc)}<h2>${t.step4}</h2>${this.renderSnippets(this.doc)}` : nothing}
    `;
  }

  private renderData() {
    const t = this.t;
    const radio = (value: Origin, label: string) =>
      html`<label><input type="radio" name="origin" .checked=${this.origin === value} @change=${() => this.setOrigin(value)} /> ${label}</label>`;
    return html`<fieldset>
        <legend>${t.step1}</legend>
        ${radio('china', t.builtinChina)} ${radio('eu', t.builtinEu)} ${radio('demo', t.builtinDemo)} ${radio('url', t.fromUrl)}
        ${radio('paste', t.paste)} ${radio('file', t.file)}
        <p><a href=${this.templateUrl} download="peakline-template.json">${t.template}</a></p>
      </fieldset>
      ${this.origin === 'url'
        ? html`<form @submit=${(e: Event) => (e.preventDefault(), void this.loadUrl())}>
            <label>${t.urlLabel}<input type="url" required .value=${this.url} @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)} /></label>
            <button type="submit">${t.load}</button>
          </form>`
        : nothing}
      ${this.origin === 'paste'
        ? html`<label>${t.pasteLabel}<textarea spellcheck="false" .value=${this.pasted} @input=${(e: Event) => this.onPaste((e.target as HTMLTextAreaElement).value)}></textarea></label>`
        : nothing}
      ${this.origin === 'file'
        ? html`<div
            class="drop ${this.dragOver ? 'over' : ''}"
            @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragOver = true))}
            @dragleave=${() => (this.dragOver = false)}
            @drop=${(e: DragEvent) => (e.preventDefault(), (this.dragOver = false), void this.readFile(e.dataTransfer?.files[0]))}
          >
            <label>${t.dropHint} <input type="file" accept="application/json,.json" @change=${(e: Event) => void this.readFile((e.target as HTMLInputElement).files?.[0])} /></label>
          </div>`
        : nothing}
      ${this.loading ? html`<p role="status">${t.loading}</p>` : nothing}
      ${this.problems.length > 0
        ? html`<div class="problems" role="alert">
            <strong>${t.problems(this.problems.length)}</strong>
            <ul>${this.problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}</ul>
          </div>`
        : this.doc
          ? html`<p class="ok" role="status">${t.valid(this.doc.targets.length)}</p>`
          : nothing}`;
  }

  private renderChoices(doc: PolicyDocument) {
    const t = this.t;
    const c = this.choice;
    const sel = (label: string, key: keyof WidgetChoice, options: [string, string][]) =>
      html`<label>${label}<select @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value as never)}>
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${(c[key] ?? '') === v}>${l}</option>`)}
        </select></label>`;
    const available = (w: string) => Boolean(customElements.get(`peakline-${w}`));
    return html`<fieldset>
      <legend>${t.step2}</legend>
      <div class="row">
        ${sel(t.widget, 'widget', (['gauge', 'trajectory', 'sectors'] as const).filter(available).map((w) => [w, t[w]]))}
        ${c.widget === 'sectors'
          ? nothing
          : sel(t.target, 'target', doc.targets.map((x) => [x.id, `${localize(x.label ?? doc.indicators.find((i) => i.id === x.indicator)?.label, this.ui)} (${x.id})`]))}
        ${sel(t.method, 'method', [['', t.methodDefault], ['extrapolation', 'extrapolation'], ['rate', 'rate'], ['path', 'path']])}
        <label>${t.asOf}<input type="number" min="1900" max="2100" step="1" .value=${c.asOf ?? ''} @input=${(e: Event) => this.set('asOf', (e.target as HTMLInputElement).value)} /></label>
        ${c.widget === 'gauge' ? sel(t.variant, 'variant', [['arc', 'arc'], ['bar', 'bar']]) : nothing}
        ${c.widget === 'sectors' ? sel(t.layout, 'layout', [['bars', 'bars'], ['dots', 'dots']]) : nothing}
        ${sel(t.theme, 'theme', [['light', 'light'], ['dark', 'dark'], ['auto', 'auto']])}
        ${sel(t.lang, 'lang', [['en', 'English'], ['zh', '中文']])}
      </div>
      ${c.widget === 'sectors' && (doc.sectors?.length ?? 0) > 0
        ? html`<fieldset>
            <legend>${t.sectorsLabel}</legend>
            <div class="row">
              ${doc.sectors!.map(
                (s) => html`<label><input type="checkbox" .checked=${(c.sectors ?? []).includes(s.id)} @change=${(e: Event) => this.toggleSector(s.id, (e.target as HTMLInputElement).checked)} /> ${localize(s.label, this.ui)}</label>`,
              )}
            </div>
          </fieldset>`
        : nothing}
    </fieldset>`;
  }

  private renderWidget(doc: PolicyDocument) {
    const c = this.choice;
    const asOf = c.asOf ? Number(c.asOf) : null;
    const method = c.method || null;
    switch (c.widget) {
      case 'gauge':
        return html`<peakline-gauge .data=${doc} target=${c.target ?? ''} .method=${method} .asOf=${asOf} variant=${c.variant ?? 'arc'} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'}></peakline-gauge>`;
      case 'trajectory':
        return html`<peakline-trajectory .data=${doc} target=${c.target ?? ''} .method=${method} .asOf=${asOf} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'}></peakline-trajectory>`;
      case 'sectors':
        return html`<peakline-sectors .data=${doc} sectors=${(c.sectors ?? []).join(',')} .method=${method} .asOf=${asOf} layout=${c.layout ?? 'bars'} theme=${c.theme ?? 'light'} lang=${c.lang ?? 'en'}></peakline-sectors>`;
    }
  }

  private renderPreview(doc: PolicyDocument) {
    const t = this.t;
    const dark = this.choice.theme === 'dark';
    return html`<div class="previews">
      <div class="preview frame-360"><p>${t.phone}</p><div class=${dark ? 'dark-bg' : ''}>${this.renderWidget(doc)}</div></div>
      <div class="preview frame-900"><p>${t.desktop}</p><div class=${dark ? 'dark-bg' : ''}>${this.renderWidget(doc)}</div></div>
    </div>`;
  }

  private renderSnippets(doc: PolicyDocument) {
    const t = this.t;
    const c = this.choice;
    const dataUrl = this.dataUrl;
    const embedPage = new URL('embed.html', location.href).href;
    const lang = c.lang === 'zh' ? 'zh' : 'en';
    const target = doc.targets.find((x) => x.id === c.target);
    const title =
      c.widget === 'sectors' || !target
        ? localize(doc.policy.title, lang)
        : localize(target.label ?? doc.indicators.find((i) => i.id === target.indicator)?.label, lang);
    const iframeSrc = embedUrl(c, embedPage, dataUrl ? { url: dataUrl } : { doc });
    const forms: [string, string | null][] = [
      [t.formSrc, dataUrl ? snippetWithSrc(c, this.scriptUrl, dataUrl) : null],
      [t.formInline, snippetInline(c, this.scriptUrl, doc)],
      [t.formIframe, snippetIframe(c, iframeSrc, title, c.widget === 'gauge' ? 420 : 560)],
    ];
    return html`${forms.map(([label, text], i) => {
      const id = `snippet-${i}`;
      return html`<div class="snippet-head">
          <h3 id="${id}-h">${label}</h3>
          ${text ? html`<button aria-describedby="${id}-h" @click=${() => void this.copy(text, this.renderRoot.querySelector(`#${id}`))}>${t.copy}</button>` : nothing}
        </div>
        ${text ? html`<pre id=${id} tabindex="0" aria-labelledby="${id}-h"><code>${text}</code></pre>` : html`<p>${t.needUrl}</p>`}`;
    })}`;
  }
}

customElements.define('peakline-embed-builder', EmbedBuilder);
