/**
 * View models by document and inputs, shared by every widget on the page: sixty widgets on one dataset build each
 * distinct view once (six trajectories of one target at one width share one), and a re-render with the same inputs
 * reuses it. Views are immutable, and a view is a pure function of its document and the inputs in its key.
 * Held per document object (a WeakMap), so a document dropped by the page is dropped here too; a document's
 * views are cleared when more than 64 pile up (a page resized through many widths).
 */
const views = new WeakMap<object, Map<string, unknown>>();

export function cachedView<T>(doc: object, key: string, make: () => T): T {
  let byKey = views.get(doc);
  if (!byKey) views.set(doc, (byKey = new Map()));
  if (!byKey.has(key)) {
    if (byKey.size > 63) byKey.clear();
    byKey.set(key, make());
  }
  return byKey.get(key) as T;
}
