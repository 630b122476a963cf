/**
 * What one copy of the kit claims on a page: its custom-element tags and `window.Peakline`.
 *
 * Policy for a second copy (two articles in a CMS, each with its own <script>, possibly of
 * different versions): the first copy to define a tag keeps it, and the first to set
 * `window.Peakline` keeps that. A later copy does not throw; it skips the tags already taken
 * and logs one warning naming both versions. Widgets keep working, rendered by the first copy.
 *
 * The one-widget bundles (`dist/peakline-gauge.js` …) each carry `<peakline-data>` too, so a
 * page with a gauge bundle and a trajectory bundle of one version has two copies of it. That
 * is by design, not a mistake: a copy that skips only `peakline-data` of its own version stays
 * silent. Skipping a widget tag, or any tag of another version, warns.
 */
import { assess } from './progress/assess.js';
import { validate } from './format/validate.js';
import { VERSION } from './version.js';

type Registry = { version: string; warned: boolean };
const KEY = '__peaklineRegistry';

export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  if (typeof customElements === 'undefined') return;
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  // The first copy on the page records its version; later copies find it here.
  const reg = (g[KEY] ??= { version: VERSION, warned: false });
  const skipped: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    if (customElements.get(tag)) skipped.push(tag);
    else customElements.define(tag, ctor);
  }
  const expected = reg.version === VERSION && skipped.every((t) => t === 'peakline-data');
  if (skipped.length > 0 && !expected && !reg.warned) {
    reg.warned = true;
    console.warn(
      `Peakline ${VERSION}: ${skipped.join(', ')} already defined by Peakline ${reg.version} on this page; using that copy. Load one copy of the kit per page to avoid this.`,
    );
  }
}

/** Sets `window.Peakline = { validate, assess, version }` (frozen) unless an earlier copy has. */
export function exposeApi(): void {
  const g = globalThis as { Peakline?: unknown };
  g.Peakline ??= Object.freeze({ validate, assess, version: VERSION });
}
