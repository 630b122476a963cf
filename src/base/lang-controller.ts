/**
 * Re-renders a widget when the language it reads changes: its own `lang` attribute, or the
 * `lang` of an ancestor (a page's language switcher, Storybook's toolbar setting <html lang>).
 * One MutationObserver watches `lang` attributes in the whole document for every widget; a
 * widget inside other components' shadow roots also watches `lang` in each of those roots (the
 * document's observer does not see into them).
 */
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function watchDocument(doc: Document): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => {
    for (const h of hosts) h.requestUpdate();
  });
  documentObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Makes `host` re-render when its language changes (registers a controller on it). */
export function watchLang(host: Host): void {
  let own: MutationObserver | undefined;
  host.addController({
    hostConnected() {
      hosts.add(host);
      // Moved under another `lang` (no attribute changed, so no observer reports it): read it again.
      host.requestUpdate();
      watchDocument(host.ownerDocument);
      for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        own ??= new MutationObserver(() => host.requestUpdate());
        own.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
    },
    hostDisconnected() {
      hosts.delete(host);
      own?.disconnect();
    },
  });
}
