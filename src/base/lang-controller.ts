/**
 * Re-renders a widget when the language it reads changes: its own `lang` attribute, or the
 * `lang` of an ancestor (a page's language switcher, Storybook's toolbar setting <html lang>).
 * One MutationObserver watches `lang` attributes in the whole document for every widget; a
 * widget inside other components' shadow roots also watches `lang` in each of those roots (the
 * document's observer does not see into them). A widget is updated only when the tag it reads
 * (`tag`) differs from the last one it saw: a `lang` set elsewhere in the page, or under a nearer
 * ancestor's own, leaves it alone (60 widgets re-rendered for any `lang` changed anywhere), nor does one that an update
 * already drew with (an option set in the same task).
 */
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Each connected widget's check: reads its tag again and updates it if the tag changed. */
const checks = new Set<() => void>();
let documentObserver: MutationObserver | undefined;

function watchDocument(doc: Document): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => {
    for (const check of checks) check();
  });
  documentObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Makes `host` re-render when the language tag it reads (`tag`: its own, an ancestor's or the document's) changes. */
export function watchLang(host: Host, tag: () => string | undefined): void {
  let own: MutationObserver | undefined;
  let last: string | undefined;
  const check = () => {
    const now = tag();
    if (now !== last) {
      last = now;
      host.requestUpdate();
    }
  };
  host.addController({
    hostConnected() {
      checks.add(check);
      // Moved under another `lang` (no attribute changed, so no observer reports it): read it again.
      last = tag();
      host.requestUpdate();
      watchDocument(host.ownerDocument);
      for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        own ??= new MutationObserver(check);
        own.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
    },
    hostDisconnected() {
      checks.delete(check);
      own?.disconnect();
    },
    // The tag an update draws with: a `lang` set in the task that set an option (whose update, first, drew both) is
    // then no change when the observer reports it, so the widget draws once, not twice.
    hostUpdate() {
      last = tag();
    },
  });
}
