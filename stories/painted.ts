/**
 * What a reader sees of the widgets in a story, as text to compare: for every element drawn inside each widget's
 * shadow root, where it is and the computed values that paint it. The theming playground's play function sets one
 * custom property at a time and compares, so a documented `@cssproperty` that changes nothing on the playground fails
 * its story (six of them did: the playground had no band, no selected row, no illustrative badge, no achieved, wrong
 * direction or insufficient-data status).
 *
 * Only painted values count: a border's colour where it has a border, an outline's where it has one, a text colour
 * where there is text, an SVG shape's fill and stroke. A property that only changes a value nothing paints (the colour
 * of a border 0 px wide) changes nothing here either.
 */

/** The longhands read from every element drawn, whatever it is. */
const BOX = ['background-color', 'background-image', 'box-shadow', 'opacity', 'border-top-left-radius'] as const;
const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** Read where the element has text of its own (a text node child, or SVG text). */
const TEXT = ['color', 'font-family', 'font-size', 'line-height'] as const;
/** Read from SVG graphics. */
const SVG = ['fill', 'stroke', 'stroke-width', 'fill-opacity', 'stroke-opacity'] as const;

const round = (n: number) => Math.round(n * 2) / 2;

/** The painted values of one element (see above), as one line. */
function paintOf(el: Element, origin: DOMRect): string {
  const cs = getComputedStyle(el);
  const out: string[] = BOX.map((p) => cs.getPropertyValue(p));
  for (const side of SIDES) {
    const style = cs.getPropertyValue(`border-${side}-style`);
    if (style !== 'none' && style !== 'hidden') out.push(style, cs.getPropertyValue(`border-${side}-width`), cs.getPropertyValue(`border-${side}-color`));
  }
  if (cs.outlineStyle !== 'none' && cs.outlineWidth !== '0px') out.push(cs.outlineStyle, cs.outlineWidth, cs.outlineColor);
  const text = el instanceof SVGTextContentElement || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
  if (text) out.push(...TEXT.map((p) => cs.getPropertyValue(p)));
  if (el instanceof SVGGraphicsElement) out.push(...SVG.map((p) => cs.getPropertyValue(p)));
  const r = el.getBoundingClientRect();
  out.push([r.x - origin.x, r.y - origin.y, r.width, r.height].map(round).join(','));
  return out.join(' | ');
}

/** Every drawn element of a shadow root, in document order, keyed by its place in the tree. */
function walk(node: ParentNode, key: string, origin: DOMRect, out: Map<string, string>): void {
  [...node.children].forEach((child, i) => {
    const k = `${key}/${child.localName}[${i}]`;
    // Not drawn (display: none, a closed <details>' content, a <style>): nothing of it is seen.
    if (!child.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    out.set(k, paintOf(child, origin));
    walk(child, k, origin, out);
  });
}

/** The painted values of every Peakline widget in `container`. */
export function painted(container: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  const origin = container.getBoundingClientRect();
  container.querySelectorAll('*').forEach((host, i) => {
    if (!host.localName.startsWith('peakline-') || !host.shadowRoot) return;
    const k = `${host.localName}[${i}]`;
    out.set(k, paintOf(host, origin));
    walk(host.shadowRoot, k, origin, out);
  });
  return out;
}

/** The keys whose values differ between two `painted` readings (or that only one of them has). */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k));
}

/** Two animation frames, then every widget's pending update: a new font size re-measures and re-renders. */
export async function settled(container: HTMLElement): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await Promise.all([...container.querySelectorAll('*')].map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
}
