/**
 * Embed snippets, as plain strings (pure; unit-tested). Three forms for three kinds of CMS:
 * 1. script + element with `src` (the data stays on your server);
 * 2. script + element with the data inlined (no extra request, survives a moved data file);
 * 3. an iframe, for CMSs that strip <script>; it points at embed.html, which the builder ships.
 * Attribute values are escaped here because these strings are pasted into other people's pages.
 */
import { MIN_YEAR } from '../../src/format/validate.js';
import { jsonForScript } from '../../src/ssr/escape.js';
import { frameInner, PANEL_PX, RESERVE_PX } from '../../src/base/reserve.js';
import { gaugeChartPx } from '../../src/gauge/geometry.js';
import { chartHeight } from '../../src/trajectory/scales.js';

export interface WidgetChoice {
  readonly widget: 'gauge' | 'trajectory' | 'sectors';
  readonly target?: string;
  readonly sectors?: readonly string[];
  readonly method?: string;
  readonly asOf?: string;
  readonly variant?: string;
  readonly layout?: string;
  /** Sector panels: the rows' order (`status`, the default, `progress`, `name`, `data`). */
  readonly sort?: string;
  readonly theme?: string;
  readonly lang?: string;
  /** `heading-level`: the title as a heading of this level ('' or absent: no heading). */
  readonly headingLevel?: string;
  /** Sector panels: how many rows the chosen sectors give, so the loading box reserves their height (no shift). */
  readonly rows?: number;
  /** The height measured in the previews (`reserveHint`), for the data-by-URL form. */
  readonly reserve?: string;
}

export function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The document as inline JSON, indented for an editor to read (escaped as `jsonForScript` says). */
export function inlineJson(doc: unknown): string {
  return jsonForScript(doc, 2);
}

export function attributes(c: WidgetChoice): [string, string][] {
  const attrs: [string, string][] = [];
  if (c.widget !== 'sectors' && c.target) attrs.push(['target', c.target]);
  if (c.widget === 'sectors' && c.sectors && c.sectors.length > 0) attrs.push(['sectors', c.sectors.join(',')]);
  if (c.method) attrs.push(['method', c.method]);
  if (c.asOf) attrs.push(['as-of', c.asOf]);
  if (c.widget === 'gauge' && c.variant && c.variant !== 'arc') attrs.push(['variant', c.variant]);
  if (c.widget === 'sectors' && c.layout && c.layout !== 'bars') attrs.push(['layout', c.layout]);
  if (c.widget === 'sectors' && c.sort && c.sort !== 'status') attrs.push(['sort', c.sort]);
  if (c.widget === 'sectors' && c.rows) attrs.push(['rows', String(c.rows)]);
  if (c.theme && c.theme !== 'light') attrs.push(['theme', c.theme]);
  if (c.lang) attrs.push(['lang', c.lang]);
  if (c.headingLevel) attrs.push(['heading-level', c.headingLevel]);
  return attrs;
}

function open(c: WidgetChoice, extra: [string, string][] = [], after: [string, string][] = []): string {
  const attrs = [...extra, ...attributes(c), ...after].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<peakline-${c.widget}${attrs}>`;
}

/** The standalone bundle a snippet loads: the one-widget bundle, which carries that widget and <peakline-data> only. */
export const scriptFile = (widget: WidgetChoice['widget']): string => `peakline-${widget}.js`;

/**
 * A classic script, run where it stands, so the element after it is defined as the parser meets it and reserves its
 * height from the first frame. A module script runs only after the whole article is parsed: the element's line of text
 * was drawn first, and the widget then pushed the article down by its height (layout shift 0.02–0.04 for each widget,
 * measured in a 390 px article). The browser fetches it early (its preload scanner), so the text after it rarely waits.
 * The same snippet twice runs the bundle twice: the second run defines nothing and logs one warning (src/registry.ts).
 */
export function scriptTag(scriptUrl: string): string {
  return `<script src="${escapeAttr(scriptUrl)}"></script>`;
}

/**
 * The element's own text: shown until a script defines the element, and for good if none does (a CMS or a sanitiser
 * stripped the <script>, a blocker or the page's CSP refused it, its file moved; a feed reader, a newsletter), so the
 * reader sees which chart is missing rather than a blank space. Words for readers: no file names, and no "needs
 * JavaScript" shown to readers who have it while the script loads (README's troubleshooting says what it means). A defined widget
 * shows its shadow root, which has no slot, so the text is then neither shown nor read. Plain text, no block element:
 * the element often ends up inside a <p> (wpautop's, or the editor's), and a <p> inside the element would close that
 * paragraph, and the element with it, leaving its data outside. An element with text is never written `<x />` by an XML serialiser, which would swallow the rest of the
 * article into it.
 */
export function fallbackText(c: WidgetChoice, title = ''): string {
  const t = visible(title);
  return escapeAttr(c.lang === 'zh' ? `互动图表${t && `：${t}`}` : `Interactive chart${t && `: ${t}`}`);
}

/**
 * Text as an editor sees it in a CMS's text box: without the word joiners and zero-width spaces the widgets' Chinese
 * wording holds lines with ("2030\u2060年"), invisible characters that would otherwise be copied into the article.
 */
export const visible = (text: string): string => text.replace(/[\u200b\u2060]/g, '').trim();

/** `title`: the chart's title, for the element's fallback text. */
export function snippetWithSrc(c: WidgetChoice, scriptUrl: string, dataUrl: string, title = ''): string {
  // The measured height only here: the other forms have their data at once, and no loading box.
  return `${scriptTag(scriptUrl)}\n${open(c, [['src', dataUrl]], c.reserve ? [['reserve', c.reserve]] : [])}${fallbackText(c, title)}</peakline-${c.widget}>`;
}

/**
 * The element's start tag stays alone on its line, its fallback text on the next: Markdown (CommonMark) keeps the lines
 * after a start tag alone on its line, up to a blank line, as HTML, where a start tag with text after it would begin a
 * paragraph and the JSON in it would be read as Markdown. `title`: the chart's title, for the fallback text.
 */
export function snippetInline(c: WidgetChoice, scriptUrl: string, doc: unknown, title = ''): string {
  return `${scriptTag(scriptUrl)}\n${open(c)}\n${fallbackText(c, title)}\n<script type="application/json">\n${inlineJson(doc)}\n</script>\n</peakline-${c.widget}>`;
}

/** The iframe's page URL: embed.html with the choice in the query string (data by URL) or fragment (inline data). */
export function embedUrl(c: WidgetChoice, embedPage: string, data: { url: string } | { doc: unknown }): string {
  const params = new URLSearchParams([['widget', c.widget], ...attributes(c)]);
  if ('url' in data) {
    params.set('data', data.url);
    return `${embedPage}?${params.toString()}`;
  }
  return `${embedPage}?${params.toString()}#doc=${encodeURIComponent(JSON.stringify(data.doc))}`;
}

export function snippetIframe(c: WidgetChoice, src: string, title: string, height = 480): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(visible(title))}" width="100%" height="${height}" style="border:0;max-width:900px" loading="lazy"></iframe>`;
}

/**
 * The `reserve` attribute for a widget loaded by URL: a gauge's or trajectory's text's height in em (its height less
 * its chart) at 320, 360 and 900 px, each rounded up to 0.1 em, from which the widget reserves the height this target
 * needs at any width while its data loads (src/base/reserve.ts `measuredEm`): no blank band above the footer of a
 * target with no data yet (up to 230 px at a phone's width), no growth for one with long titles or many sources.
 * `heights`: the builder's measurements, in px, at 360 and 900 (its previews) and 320 (its hidden copy). A sector
 * panel's: its whole height, also at 480, 733 and 734 px (hidden copies), PANEL_AT's widths. Undefined without them.
 */
export function reserveHint(c: WidgetChoice, heights: readonly number[], fontPx = 16): string | undefined {
  // In the order of the widths measured at: the hidden copies' (320 px, and a panel's 480, 733 and 734) around the previews'.
  const [h360, h900, h320, ...more] = heights;
  const measured = [h320, h360, ...more, h900];
  const widths = c.widget === 'sectors' ? PANEL_PX : RESERVE_PX;
  if (measured.length !== widths.length || !measured.every((h) => h! > 0)) return undefined;
  const chart = (w: number) => (c.widget === 'sectors' ? 0 : c.widget === 'gauge' ? gaugeChartPx(c.variant === 'bar' ? 'bar' : 'arc', w) : chartHeight(frameInner(w, fontPx), fontPx));
  return widths.map((w, i) => Math.ceil(((measured[i]! - chart(w)) / fontPx) * 10) / 10).join(' ');
}

/** Padding of embed.html's <main> above and below the widget (site/embed.css; none at the sides, so the widget is as wide as the iframe the builder measured it for). */
export const EMBED_PADDING = 4;

/**
 * The iframe height that shows the whole widget: the tallest measured widget height (the builder's previews) plus
 * embed.html's padding above and below, rounded up to a whole pixel. Without a measurement, `fallback`.
 */
export function iframeHeight(widgetHeights: readonly number[], fallback = 480): number {
  const tallest = Math.max(0, ...widgetHeights.filter((h) => Number.isFinite(h)));
  return tallest > 0 ? Math.ceil(tallest) + 2 * EMBED_PADDING : fallback;
}

/** The widget width of the builder's extra hidden copy of a trajectory (see `trajectoryCeiling`). */
export const TRAJECTORY_UPPER = 800;

/**
 * The tallest a trajectory can be in a column from `TRAJECTORY_UPPER` to 900 px, from its height at that width. Its
 * chart grows with its column (10/16 of its width: chartHeight) while its text wraps onto fewer lines, so between two
 * measured widths it can be taller than at either: the China clinker trajectory is 828 px tall at 900 px and 835 at
 * 880, where a line of its legend still wraps, and the iframe cut 7 px off it. Wider than 800 px its text is no taller
 * than at 800 and its chart taller by chartHeight's growth from one to the other (63 px at 16 px text), hence this
 * bound. A sweep of every built-in
 * trajectory (three datasets, en and zh, 320–900 px by 10 px) found the heights at 320, 360 and 900 px and this bound
 * never short of the tallest, and at most 21 px over it (6 px on average).
 */
export const trajectoryCeiling = (height: number, fontPx: number): number =>
  height + chartHeight(frameInner(900, fontPx), fontPx) - chartHeight(frameInner(TRAJECTORY_UPPER, fontPx), fontPx);

/** The message embed.html posts to its parent when its height changes: `{ type: HEIGHT_MESSAGE, height }` (px). */
export const HEIGHT_MESSAGE = 'peakline:embed-height';

/**
 * One line for the host page: resizes each iframe that posts a Peakline height message, and only when the message
 * comes from the embed page's origin and from an iframe on this page. An iframe not below the viewport (the reader
 * sees it, or what follows it) grows to fit, but is not shrunk below the height its snippet gives it: fitting a
 * desktop column's shorter widget moved the article under it as the reader watched (layout shift 0.013–0.042 for one
 * iframe at 768–900 px); the spare height stays blank below the widget, as without the listener. Below the viewport it
 * fits, moving nothing seen.
 */
export function listenerSnippet(embedOrigin: string): string {
  return (
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(embedOrigin).replace(/</g, '\\u003c')}||!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(f.getBoundingClientRect().top<innerHeight?Math.max(d.height,+f.height||0):d.height)+"px"})})</script>`
  );
}

/**
 * The editor's "files are online at" address as the base the snippets' addresses are resolved against: an http(s) URL,
 * its path ending in "/" (a folder: `https://cdn.example/peakline` is `https://cdn.example/peakline/`), without its
 * query or fragment. Null for anything else (blank, a path, javascript:…), so the builder keeps its own address.
 */
export function filesBase(text: string): string | null {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  u.search = '';
  u.hash = '';
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

/**
 * Why readers elsewhere could not load `url`, or null: `local`, it is this computer or a private network (localhost,
 * *.localhost, *.local, 127.x, 0.0.0.0, ::1, 10.x, 172.16–31.x, 192.168.x, 169.254.x, fc00::/7, fe80::/10) or not
 * http(s) at all (file:, blob:); `http`, an https article blocks it as mixed content.
 */
export function unreachable(url: string): 'local' | 'http' | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'local';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'local';
  const h = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  const [a, b] = v4 ? [Number(v4[1]), Number(v4[2])] : [-1, -1];
  const local =
    h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || (h.includes(':') && /^(::1?$|f[cd]|fe[89ab])/.test(h)) ||
    a === 127 || a === 0 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  return local ? 'local' : u.protocol === 'http:' ? 'http' : null;
}

/**
 * What to warn of the addresses a snippet loads (script, iframe page, data): the first that readers elsewhere cannot
 * load (`unreachable`: this computer or a private network before plain http), with its origin to name (the address
 * itself for one without an origin, file: or blob:); null where every address is reachable.
 */
export function addressWarning(urls: readonly string[]): { kind: 'local' | 'http'; host: string } | null {
  const reach = urls.map(unreachable);
  const kind = reach.includes('local') ? 'local' : reach.includes('http') ? 'http' : null;
  if (!kind) return null;
  const at = urls[reach.indexOf(kind)]!;
  const origin = URL.canParse(at) ? new URL(at).origin : 'null';
  return { kind, host: origin === 'null' ? at : origin };
}

/** The years `as-of` accepts, as the widgets check it: from the format's first year to this one (a later year is an error box). */
export const asOfRange = (): [number, number] => [MIN_YEAR, new Date().getUTCFullYear()];

/**
 * "As of" input → the attribute value, or undefined if blank or not a whole year in `asOfRange()`. Full-width
 * digits (２０２１, as a Chinese input method types them) count as the digits they are.
 */
export function validYear(text: string): string | undefined {
  const t = asciiDigits(text);
  const [from, to] = asOfRange();
  return /^\d{4}$/.test(t) && +t >= from && +t <= to ? t : undefined;
}

/** Typed text, trimmed, its full-width digits (２０２１, as a Chinese input method types them) as the digits they are. */
const asciiDigits = (text: string): string => text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * The column widths, in px, the iframe snippet's height can be measured for: from the narrowest the builder measures
 * (its hidden copy's) to the iframe's own `max-width`.
 */
export const COLUMN_RANGE: readonly [number, number] = [320, 900];

/** The column width typed for the iframe's height → px, or null when blank or not a whole number in `COLUMN_RANGE`. */
export function columnWidth(text: string): number | null {
  const t = asciiDigits(text);
  return /^\d{3}$/.test(t) && +t >= COLUMN_RANGE[0] && +t <= COLUMN_RANGE[1] ? +t : null;
}

/**
 * What is typed in the builder's URL box → the address to load. A host without its scheme ("example.org/data.json",
 * "example.org:8443/data.json", "localhost:5302/data.json") means https, or http for this computer's own address
 * (localhost, 127.x.x.x, [::1]: a local server, which browsers let any page read over http); anything else (a path,
 * a full URL) is left as typed, to be read against the page's address.
 */
export function withScheme(typed: string): string {
  const host = /^([\w-]+(?:\.[\w-]+)+|[\w-]+(?=:\d)|\[[\da-f:.]+\])(:\d+)?\//i.exec(typed);
  if (!host) return typed;
  const loopback = /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(host[1]!);
  return `${loopback ? 'http' : 'https'}://${typed}`;
}
