/**
 * Registration policy for a second copy of the kit on one page (two articles in a CMS,
 * each with its own <script>, possibly of different versions): the first copy to define
 * a tag keeps it. A later copy does not throw; it skips the tags already taken and logs
 * one warning naming both versions. Widgets keep working, rendered by the first copy.
 */
export const VERSION = '0.1.0';

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
  if (skipped.length > 0 && !reg.warned) {
    reg.warned = true;
    console.warn(
      `Peakline ${VERSION}: ${skipped.join(', ')} already defined by Peakline ${reg.version} on this page; using that copy. Load one copy of the kit per page to avoid this.`,
    );
  }
}
