/**
 * The nearest ancestor of `el` that `match` accepts, crossing shadow-root boundaries (a widget inside
 * an article shell built of web components still finds the page's `lang` and `<peakline-data>`).
 */
export function ancestor(el: Element, match: (e: Element) => boolean): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && match(node)) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
