/**
 * Command-line options of `peakline render` (pure: no Node APIs, unit-testable).
 *
 *   peakline render --data FILE|- [--widget gauge] --target ID [--lang en|zh] [--theme light|dark|auto]
 *                   [--width 200-2000] [--format html|svg] [--variant arc|bar] [--method path|rate|extrapolation]
 *                   [--as-of YEAR] [--heading-level 1-6] [--bundle URL] [--out FILE|-]
 *   peakline render --data FILE --widget trajectory --target ID [--lang … --out, as above; HTML only, not --variant]
 *   peakline render --data FILE --widget sectors [--target IDS] [--sectors IDS] [--indicator IDS]
 *                   [--layout bars|dots] [--sort status|progress|name|data] [--lang … --out, as above; HTML only,
 *                   not --variant]
 *   peakline --help (-h), peakline --version (-v)
 *
 * `render` may be left out; `--flag=value` works too. `USAGE` below is what `--help` prints.
 *
 * The sector panel's options are <peakline-sectors>'s attributes (src/sectors/sectors.ts), refused with another
 * widget; the ids in them are checked against the data in cli.ts, as the element checks them.
 */
import type { Method } from '../format/types.js';
import { echo } from '../format/echo.js';
import type { Lang } from '../i18n/lang.js';
import { LAYOUTS, type SectorsLayout } from '../sectors/geometry.js';
import { SORT_ORDERS, type SortOrder } from '../sectors/messages.js';

export type WidgetName = 'gauge' | 'trajectory' | 'sectors';
export type Format = 'html' | 'svg';
export type StaticTheme = 'light' | 'dark' | 'auto';

export interface RenderOptions {
  readonly data: string;
  readonly widget: WidgetName;
  /** Target id (gauge, trajectory) or comma-separated target ids (sectors, optional). */
  readonly target: string | null;
  readonly lang: Lang;
  readonly theme: StaticTheme;
  /** Width in CSS pixels the widget is laid out at (and limited to). */
  readonly width: number;
  readonly format: Format;
  readonly variant: 'arc' | 'bar';
  /** Sector panel: comma-separated sector ids (`sectors`) and indicator ids (`indicator`) to show; null: every one. */
  readonly sectors: string | null;
  readonly indicator: string | null;
  /** Sector panel: `layout` and `sort`, the element's defaults unless given. */
  readonly layout: SectorsLayout;
  readonly sort: SortOrder;
  readonly method: Method | null;
  readonly asOf: number | null;
  /** The title as a heading of this level, "1"–"6" (`heading-level`); null: no heading. */
  readonly headingLevel: string | null;
  /** Script URL that upgrades the static widget when JavaScript runs (HTML only). */
  readonly bundle: string | null;
  /** Output file; null writes to standard output. */
  readonly out: string | null;
}

export type Parsed =
  | { readonly kind: 'render'; readonly options: RenderOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: peakline render --data FILE --target ID [options]

Writes a static snapshot of a Peakline widget that displays without JavaScript:
an HTML document with declarative shadow DOM, or a standalone SVG image.

Options:
  --data FILE        Policy-data JSON file (required; "-" reads standard input)
  --widget NAME      gauge (default), sectors or trajectory
  --target ID        Target id (required for gauge and trajectory); for sectors, comma-separated ids to show
  --lang en|zh       Language of the text (default: en)
  --theme NAME       light (default), dark, or auto (HTML only: follows the reader's setting)
  --width PX         Width to lay out at, 200–2000 (default: 640)
  --format html|svg  HTML document (default) or standalone SVG image (gauge only)
  --variant arc|bar  Gauge shape (default: arc)
  --sectors IDS      Sector panel: comma-separated sector ids to show (default: every sector)
  --indicator IDS    Sector panel: comma-separated indicator ids to show
  --layout NAME      Sector panel: bars (default) or dots
  --sort NAME        Sector panel: row order, status (default), progress, name or data
  --method NAME      path, rate or extrapolation (default: the target's own)
  --as-of YEAR       Show the state as it was in this year
  --heading-level N  Make the title a heading of level N, 1–6 (default: no heading)
  --bundle URL       Add <script type="module" src=URL> and the data inline, so the
                     widget upgrades to the live element when JavaScript runs (HTML only);
                     URL is peakline.js or the widget's own bundle (peakline-gauge.js …)
  --out FILE         Write to FILE instead of standard output ("-") (a .svg name needs
                     --format svg, and .svgz is written gzip-compressed; a .html
                     name, HTML; a .png, .jpg or .pdf name is refused)
  -h, --help         Show this help
  -v, --version      Show the version

Exit codes: 0 written; 1 the data is invalid or has no such target, sector or
indicator; 2 wrong usage or a widget that cannot be rendered statically yet.`;

const WIDGETS: readonly WidgetName[] = ['gauge', 'trajectory', 'sectors'];
const METHODS: readonly Method[] = ['path', 'rate', 'extrapolation'];

/** The sector panel's own options (its element's attributes), refused with another widget. */
const SECTOR_FLAGS = ['sectors', 'indicator', 'layout', 'sort'];

/** Flags that take a value, and the boolean ones. */
const VALUE_FLAGS = new Set([
  'data', 'widget', 'target', 'lang', 'theme', 'width', 'format', 'variant', 'method', 'as-of', 'heading-level', 'bundle', 'out', ...SECTOR_FLAGS,
]);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T | string {
  return (allowed as readonly string[]).includes(value) ? (value as T) : `--${flag} must be one of ${allowed.join(', ')} (got "${echo(value)}").`;
}

/** Parses the arguments after the program name (`render` first; it may be omitted). */
export function parseArgs(argv: readonly string[]): Parsed {
  const args = [...argv];
  if (args[0] === 'render') args.shift();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help' || arg === 'help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    if (!arg.startsWith('--')) return { kind: 'error', message: `Unexpected argument "${echo(arg)}". Run peakline --help.` };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!VALUE_FLAGS.has(name)) return { kind: 'error', message: `Unknown option --${name}. Run peakline --help.` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      // "-" alone is a value (standard input), and so is a negative number ("--width -5" is a wrong width, which its own
      // check names, not a missing one); any other dash-word is the next flag.
      if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value))) return { kind: 'error', message: `--${name} needs a value.` };
      i++;
    }
    // Given twice, the second used to win silently: say so instead.
    if (values.has(name)) return { kind: 'error', message: `--${name} is given twice. Run peakline --help.` };
    values.set(name, value);
  }

  const data = values.get('data');
  if (!data) return { kind: 'error', message: '--data FILE is required. Run peakline --help.' };
  // Read as a file name, an address failed as "cannot read https://…: ENOENT: no such file or directory".
  if (/^https?:\/\//i.test(data)) return { kind: 'error', message: `--data takes a file, not an address: download it, or pipe it in (curl -s ${echo(data)} | peakline render --data - …).` };

  const widget = oneOf('widget', values.get('widget') ?? 'gauge', WIDGETS);
  const lang = oneOf('lang', values.get('lang') ?? 'en', ['en', 'zh'] as const);
  const theme = oneOf('theme', values.get('theme') ?? 'light', ['light', 'dark', 'auto'] as const);
  const format = oneOf('format', values.get('format') ?? 'html', ['html', 'svg'] as const);
  const variant = oneOf('variant', values.get('variant') ?? 'arc', ['arc', 'bar'] as const);
  const layout = oneOf('layout', values.get('layout') ?? 'bars', LAYOUTS);
  const sort = oneOf('sort', values.get('sort') ?? 'status', SORT_ORDERS);
  const method = values.has('method') ? oneOf('method', values.get('method')!, METHODS) : null;
  for (const [v, ok] of [[widget, WIDGETS], [lang, ['en', 'zh']], [theme, ['light', 'dark', 'auto']], [format, ['html', 'svg']], [variant, ['arc', 'bar']], [layout, LAYOUTS], [sort, SORT_ORDERS]] as const) {
    if (!(ok as readonly string[]).includes(v)) return { kind: 'error', message: v };
  }
  if (method !== null && !(METHODS as readonly string[]).includes(method)) return { kind: 'error', message: method };

  const widthText = values.get('width') ?? '640';
  const width = Number(widthText);
  if (!/^\d+$/.test(widthText) || width < 200 || width > 2000) return { kind: 'error', message: `--width must be a whole number of pixels from 200 to 2000 (got "${echo(widthText)}").` };

  let asOf: number | null = null;
  if (values.has('as-of')) {
    const text = values.get('as-of')!;
    asOf = Number(text);
    if (!/^\d{4}$/.test(text) || asOf < 1800 || asOf > 2200) return { kind: 'error', message: `--as-of must be a year (got "${echo(text)}").` };
    // As in the elements: an assessment "as of" a year to come would present today's data as the future's.
    const now = new Date().getUTCFullYear();
    if (asOf > now) return { kind: 'error', message: `--as-of ${text} is in the future: use ${now} or earlier.` };
  }

  const headingLevel = values.get('heading-level') ?? null;
  if (headingLevel !== null && !/^[1-6]$/.test(headingLevel)) return { kind: 'error', message: `--heading-level must be 1, 2, 3, 4, 5 or 6 (got "${echo(headingLevel)}").` };

  // Before --target's check: `--sectors steel` without `--widget sectors` asks for the gauge, and lacks the widget, not a target.
  const stray = SECTOR_FLAGS.find((f) => values.has(f));
  if (stray && widget !== 'sectors') return { kind: 'error', message: `--${stray} applies to the sector panel only (--widget sectors).` };
  const target = values.get('target') ?? null;
  if ((widget === 'gauge' || widget === 'trajectory') && !target) return { kind: 'error', message: `--target ID is required for the ${widget}.` };
  if (format === 'svg' && theme === 'auto') return { kind: 'error', message: 'An SVG image has one palette: use --theme light or --theme dark.' };
  // Options that would do nothing are refused, not ignored: the snapshot would not be what was asked for.
  if (values.has('variant') && widget !== 'gauge') return { kind: 'error', message: '--variant applies to the gauge only.' };
  if (headingLevel !== null && format === 'svg') return { kind: 'error', message: '--heading-level applies to HTML output only (an image has no headings).' };
  const bundle = values.get('bundle') ?? null;
  if (bundle !== null && format === 'svg') return { kind: 'error', message: '--bundle applies to HTML output only.' };
  if (bundle !== null && !/^(https?:\/\/|\/|\.{0,2}\/)|^[\w.-]+(\/[\w.-]+)*$/i.test(bundle)) {
    return { kind: 'error', message: `--bundle must be an http(s) URL or a relative path (got "${echo(bundle)}").` };
  }
  // Another widget's own bundle never upgrades this one: the snapshot stayed static, silently, with JavaScript on.
  const own = bundle?.match(/(?:^|\/)(peakline-(gauge|trajectory|sectors)(?:\.min)?\.js)(?:[?#]|$)/i);
  const named = (w: string) => (w === 'sectors' ? 'sector panel' : w);
  if (own && own[2]!.toLowerCase() !== widget)
    return { kind: 'error', message: `--bundle ${own[1]} defines the ${named(own[2]!.toLowerCase())} only: the ${named(widget)} would never upgrade. Use peakline-${widget}.js or peakline.js.` };

  // An image's file name with HTML in it (the default format) is a broken <img> in the newsletter it goes into, and
  // exit 0 said nothing: the extension and the format must agree.
  // "-" is standard output, as --data's "-" is standard input (it wrote a file named "-").
  const out = values.get('out') === '-' ? null : (values.get('out') ?? null);
  // .svgz is SVG, written gzip-compressed (bin/peakline.mjs).
  const ext = out?.match(/\.(svgz?|html?|xhtml)$/i)?.[1]?.toLowerCase().replace('svgz', 'svg');
  if (ext === 'svg' && format !== 'svg')
    return { kind: 'error', message: `--out ${echo(out!)} is an SVG file name, but the format is ${format}${values.has('format') ? '' : ' (the default)'}: ${widget === 'gauge' ? 'add --format svg, or name' : 'only a gauge renders as SVG; name'} the file .html.` };
  // A picture or a PDF name got HTML and exit 0, an image that does not display in the newsletter it went into.
  const foreign = out?.match(/\.(png|jpe?g|gif|webp|avif|pdf)$/i)?.[1];
  if (foreign)
    return { kind: 'error', message: `--out ${echo(out!)} is a ${foreign.toUpperCase()} file name, but peakline writes HTML or SVG only: name the file .${format}${widget === 'gauge' && format === 'html' ? ' (or .svg, with --format svg)' : ''} and convert it with another tool.` };
  if (ext && ext !== 'svg' && format === 'svg') return { kind: 'error', message: `--out ${echo(out!)} is an HTML file name, but the format is svg: name the file .svg, or drop --format svg.` };

  return {
    kind: 'render',
    options: {
      data,
      widget: widget as WidgetName,
      target,
      lang: lang as Lang,
      theme: theme as StaticTheme,
      width,
      format: format as Format,
      variant: variant as 'arc' | 'bar',
      sectors: values.get('sectors') ?? null,
      indicator: values.get('indicator') ?? null,
      layout: layout as SectorsLayout,
      sort: sort as SortOrder,
      method: method as Method | null,
      asOf,
      headingLevel,
      bundle,
      out,
    },
  };
}
