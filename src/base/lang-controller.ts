/**
 * Re-renders a widget when the language it reads changes: its own `lang` attribute, or the
 * `lang` of an ancestor (a page's language switcher, Storybook's toolbar setting <html lang>).
 * One MutationObserver watches `lang` attributes in the whole document for every widget; a
 * widget inside another component's shadow root also watches its own attribute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function watchDocument(doc: Document): void {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const h of hosts) h.requestUpdate();
  });
  documentObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LangController implements ReactiveController {
  private own?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchDocument(this.host.ownerDocument);
    if (this.host.getRootNode() !== this.host.ownerDocument && typeof MutationObserver !== 'undefined') {
      this.own ??= new MutationObserver(() => this.host.requestUpdate());
      this.own.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.own?.disconnect();
  }
}
