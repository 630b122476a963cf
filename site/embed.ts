/**
 * The page an iframe snippet points to. It reads the widget and its attributes from the query
 * string, and the data either by URL (`data=`) or inline in the fragment (`#doc=`), and builds
 * the element with createElement/setAttribute only (no markup from the URL ever reaches the DOM).
 */
import '../src/define.js';
import { HEIGHT_MESSAGE } from './builder/snippets.js';

const ALLOWED = new Set(['target', 'sectors', 'method', 'as-of', 'variant', 'layout', 'theme', 'lang', 'indicator', 'rows']);
const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? 'gauge';
const host = document.getElementById('widget')!;
const tag = ['gauge', 'trajectory', 'sectors'].includes(widget) ? `peakline-${widget}` : 'peakline-gauge';
const el = document.createElement(tag) as HTMLElement & { data?: unknown };
for (const [k, v] of params) if (ALLOWED.has(k)) el.setAttribute(k, v);
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const inline = new URLSearchParams(location.hash.slice(1)).get('doc');
if (inline !== null) el.data = inline; // JSON text: validated by the element like any other input
else if (params.get('data')) el.setAttribute('src', params.get('data')!);
host.append(el);

// Tells the host page how tall the widget is, whenever that changes, so a host with a one-line listener
// (the builder's "auto-height listener" snippet) can size the iframe to fit. Height only: nothing else leaves.
if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(host.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(host);
}
