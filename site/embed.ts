/**
 * The page an iframe snippet points to. It reads the widget and its attributes from the query
 * string, and the data either by URL (`data=`) or inline in the fragment (`#doc=`), and builds
 * the element with createElement/setAttribute only (no markup from the URL ever reaches the DOM).
 */
import '../src/define.js';

const ALLOWED = new Set(['target', 'sectors', 'method', 'as-of', 'variant', 'layout', 'theme', 'lang', 'indicator']);
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
