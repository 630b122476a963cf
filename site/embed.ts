/**
 * The page an iframe snippet points to. It reads the widget and its attributes from the query
 * string, and the data either by URL (`data=`) or inline in the fragment (`#doc=`), and builds
 * the element with createElement/setAttribute only (no markup from the URL ever reaches the DOM).
 */
import { loadDocument } from '../src/base/loader.js';
import { echo } from '../src/format/echo.js';
import { defineElements } from '../src/registry.js';
import { HEIGHT_MESSAGE } from './builder/snippets.js';

// Only the widget shown is loaded (its own chunk in the built site, as the one-widget bundles do for script snippets).
const WIDGETS: Record<string, () => Promise<CustomElementConstructor>> = {
  gauge: () => import('../src/gauge/gauge.js').then((m) => m.PeaklineGauge),
  trajectory: () => import('../src/trajectory/trajectory.js').then((m) => m.PeaklineTrajectory),
  sectors: () => import('../src/sectors/sectors.js').then((m) => m.PeaklineSectors),
};

const ALLOWED = new Set(['target', 'sectors', 'indicator', 'targets', 'sort', 'method', 'as-of', 'variant', 'layout', 'theme', 'lang', 'rows', 'heading-level']);
const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? 'gauge';
const host = document.getElementById('widget')!;
// A hand-edited address with a widget this page does not know ("guage") says so, rather than showing a gauge.
const known = Object.hasOwn(WIDGETS, widget);
const tag = `peakline-${widget}`;
const inline = new URLSearchParams(location.hash.slice(1)).get('doc');
const url = inline === null ? params.get('data') : null;
// The widget's code and its data by URL are fetched together, before the element is created: it then takes the
// document from the page's cache in its first render. In an iframe the host page cannot move (the snippet fixes the
// iframe's height), so the widget needs no loading box, and one that showed none keeps no height reserved for loading
// (which could be taller than the iframe the builder measured with the data). Defined before the element is
// created, so it is upgraded at once and has its shadow root below.
const zh = params.get('lang')?.startsWith('zh');
const [ctor] = known ? await Promise.all([WIDGETS[widget]!().catch(() => null), url && loadDocument(url)]) : [null];
if (ctor) defineElements({ [tag]: ctor });
else if (!known)
  // Text only: the value from the address is never markup. Echoed as the widgets echo a value (shortened, invisible
  // characters spelled out): a text-direction override in the address reversed the rest of the sentence.
  host.textContent = zh ? `widget="${echo(widget)}" 不是 gauge、trajectory 或 sectors。` : `widget="${echo(widget)}" is not one of gauge, trajectory, sectors.`;
else host.textContent = zh ? '无法加载此图表。' : 'This chart could not be loaded.';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
// The page's title in the page's language (a screen reader says it entering the frame, if the iframe has none).
if (zh) document.title = 'Peakline 图表';
if (known) {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [k, v] of params) if (ALLOWED.has(k)) el.setAttribute(k, v);
  if (inline !== null) el.data = inline; // JSON text: validated by the element like any other input
  // Loaded above; a failure is not cached, so the element asks again and shows why in its error box.
  else if (url) el.setAttribute('src', url);
  host.append(el);
}

// Tells the host page how tall the widget is, whenever that changes, so a host with a one-line listener
// (the builder's "auto-height listener" snippet) can size the iframe to fit. Height only: nothing else leaves.
// The widget keeps its natural height in an iframe taller than it (the snippet's height is the tallest measured, a
// phone's): the spare height is transparent page below the card, as under any fixed-height embed, rather than a gap
// inside the card between the chart and its sources.
if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(host.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    // AMP's <amp-iframe resizable> takes the same height in its own message (an AMP page cannot run the listener).
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  }).observe(host);
}
