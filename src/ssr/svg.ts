/**
 * A gauge as one standalone SVG image: the title, the arc (or bar) with its markers, the headline
 * figure, the status in words, and the sources (an image pasted into a newsletter travels without
 * the page around it, so it carries its own title and citation). Pure (no DOM): it reuses the gauge's view model and geometry, and
 * paints with presentation attributes from the light or dark palette, because no CSS custom
 * property reaches an image opened on its own, put in an <img>, or pasted into a newsletter.
 */
import type { Method, PolicyDocument, Source, Target } from '../format/types.js';
import type { Lang } from '../i18n/lang.js';
import { messages, statusName } from '../i18n/messages.js';
import { capital, localize } from '../i18n/text.js';
import { CJK_RANGES } from '../i18n/text-width.js';
import type { GaugeMarker } from '../gauge/geometry.js';
import { gaugeView } from '../gauge/view.js';
import { pendingYear } from '../progress/status.js';
import { dark, light, type Palette } from '../theme/tokens.js';
import { escapeMarkup, plainText } from './escape.js';

/**
 * Escaped text without the widgets' line-break hints (see `plainText`): SVG text never wraps, and what it shows is
 * copied and searched as it is (a search for "2025年" missed "2025⁠年"). The layout measures before this, with them.
 */
const e = (text: string | number): string => escapeMarkup(plainText(String(text)));

export interface GaugeSvgOptions {
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
  readonly width: number;
  readonly variant: 'arc' | 'bar';
  readonly method?: Method;
  readonly asOf?: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PAD = 16;
const TITLE_SIZE = 16;
const TITLE_LINE = 21;
const SOURCE_SIZE = 12;
const SOURCE_LINE = 16;
const LEGEND_SIZE = 13;
const LEGEND_LINE = 18;
/** A legend key's size and the room after it, and between two items on a row. */
const KEY = 10;
const KEY_GAP = 5;
const ITEM_GAP = 14;

const WIDE = CJK_RANGES;
/**
 * Advance of a text in ems, cruder than `textWidth` on purpose: every non-CJK character, spaces included, is 0.6 em.
 * A widget's text wraps in the browser, so `textWidth` may guess low; an SVG's lines are final. Its bold title in
 * DejaVu Sans (Linux's fallback for the font stack) averages 0.595 em a character, spaces included, and
 * `textWidth`'s 0.3 em spaces put 314 px of it on a 288 px line. An em dash ("2021—2030年") is 1 em in any font.
 */
const WIDE_CHAR = new RegExp(`[${WIDE}]`);
const ems = (text: string) => [...text].reduce((n, ch) => n + (WIDE_CHAR.test(ch) || ch === '\u2014' ? 1 : ch === '\u2060' ? 0 : 0.6), 0);

/**
 * What a line may not break inside: one CJK character with its closing punctuation, or a word; either with the opening
 * brackets before it, which never end a line ("…实施方案（" ⏎ "climatecooperation.cn 报道）").
 */
const PIECE = `[\uff08\u300c\u300e\u300a\u3010\u201c\u2018(]*(?:[${WIDE}][\u3001\u3002\uff0c\uff1a\uff1b\uff09\u300d\u300f\u300b\u3011]*|(?:[^\\s${WIDE}\u2060]|\u00a0)+)`;

/**
 * A word wider than the line, in pieces that fit: after its last hyphen, slash or other URL punctuation that keeps at
 * least half the line, else between any two characters, as the live widget breaks it (`overflow-wrap: anywhere`). An
 * image clips what overflows: a source titled by its address lost its end at the image's edge.
 */
function splitWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let rest = [...word.trimEnd()];
  const fits = (chars: readonly string[]) => ems(chars.join('')) * fontSize <= maxWidth;
  // (rest.length: with no room at all, nothing fits, not even nothing.)
  while (rest.length && !fits(rest)) {
    let n = 1;
    while (fits(rest.slice(0, n + 1))) n++;
    for (let i = n - 1; i >= n / 2; i--) {
      if (/[-/_.?&=#\u2010\u2013]/.test(rest[i]!)) {
        n = i + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, n).join(''));
    rest = rest.slice(n);
  }
  // Its trailing space stays with its last piece, the room before the next word.
  return [...pieces, rest.join('') + word.slice(word.trimEnd().length)];
}

/**
 * Greedy line breaking for SVG text, which does not wrap: between words, or between CJK characters
 * (their closing punctuation stays with the character before it). A word wider than the line is broken (`splitWord`).
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  // Words break at spaces, but not at the no-break space between a figure and its unit ("1,793\u00a0Mt"), nor at a
  // word joiner, which holds a Chinese figure to its unit ("3000\u2060万\u2060吨").
  const units = (text.match(new RegExp(`(?:(?:${PIECE})\u2060)*(?:${PIECE})[^\\S\u00a0]*|[^\\S\u00a0]+`, 'g')) ?? []).flatMap((unit) =>
    ems(unit.trimEnd()) * fontSize > maxWidth ? splitWord(unit, maxWidth, fontSize) : [unit],
  );
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line.trim() && ems((line + unit).trimEnd()) * fontSize > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `<text>` with one `<tspan>` per line, the first baseline at `y`. */
function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, attrs: string): string {
  if (!lines.length) return '';
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${e(l)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}

function markerAttrs(kind: GaugeMarker['kind'], p: Palette): string {
  switch (kind) {
    case 'target':
      return `stroke="${p.target}" stroke-width="3.5"`;
    case 'expected':
      return `stroke="${p.path}" stroke-width="2.5" stroke-dasharray="3 2.5"`;
    case 'baseline':
      return `stroke="${p.muted}" stroke-width="2.5"`;
    case 'milestone':
      return `stroke="${p.background}" stroke-width="2"`;
  }
}

/**
 * The prefix of an image's ids: a hash of what it shows (FNV-1a, base 36). An SVG pasted inline shares the page's ids, so
 * two different images must not share one ("pl-title" named the second image by the first one's title), and the same
 * image rendered twice gets the same ids (stable snapshots; both name the same things).
 */
function idPrefix(...parts: readonly unknown[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(parts)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return `pl-${(h >>> 0).toString(36)}`;
}

/** A legend item: its key (drawn at x, its box's top at y) and its label. */
interface LegendItem {
  readonly key: ((x: number, y: number) => string) | null;
  readonly text: string;
  readonly colour: string;
}

/**
 * The legend, as the live gauge's: the keys to the marks ("42% due by 2022", "Target by 2025") in rows that fit `room`,
 * then the share of the way on a row of its own (beside the last key it read as that key's label). Rows are centred
 * on `centre`, or start at `start` (the bar). Returns the markup and its number of rows.
 */
function legendMarkup(items: readonly LegendItem[], share: LegendItem | null, room: number, at: { start: number; centre: number | null }, y0: number): [string, number] {
  /** The room an item's key takes before its text. */
  const keyRoom = (it: LegendItem) => (it.key ? KEY + KEY_GAP : 0);
  const width = (it: LegendItem) => keyRoom(it) + ems(it.text) * LEGEND_SIZE;
  const rowWidth = (row: readonly LegendItem[]) => row.reduce((w, r) => w + width(r), 0) + ITEM_GAP * (row.length - 1);
  // An item wider than the image on its own is wrapped, its key on its first line (SVG text does not wrap).
  const fit = (it: LegendItem): LegendItem[] =>
    width(it) <= room ? [it] : wrapLines(it.text, room - keyRoom(it), LEGEND_SIZE).map((text, i) => ({ ...it, key: i ? null : it.key, text }));
  const rows: LegendItem[][] = [];
  for (const piece of items.flatMap(fit)) {
    const row = rows[rows.length - 1];
    if (row && rowWidth([...row, piece]) <= room) row.push(piece);
    else rows.push([piece]);
  }
  if (share) rows.push(...fit(share).map((it) => [it]));
  const out = rows.map((row, i) => {
    let x = at.centre === null ? at.start : Math.round(at.centre - rowWidth(row) / 2);
    const y = y0 + i * LEGEND_LINE;
    return row
      .map((it) => {
        const key = it.key ? it.key(x, y - KEY) : '';
        const tx = x + keyRoom(it);
        x += Math.round(width(it) + ITEM_GAP);
        return `${key}<text x="${tx}" y="${y}" font-size="${LEGEND_SIZE}" fill="${it.colour}">${e(it.text)}</text>`;
      })
      .join('');
  });
  return [out.join('\n'), rows.length];
}

/** The standalone SVG document (with XML declaration) for one target's gauge. */
export function gaugeSvg(doc: PolicyDocument, target: Target, opts: GaugeSvgOptions): string {
  const p = opts.theme === 'dark' ? dark : light;
  const m = messages(opts.lang);
  const bar = opts.variant === 'bar';
  const inner = opts.width - 2 * PAD;
  const v = gaugeView(doc, target, { lang: opts.lang, width: inner, variant: opts.variant, method: opts.method, asOf: opts.asOf });
  const g = v.geometry;
  const a = v.a;
  const status = a.latest ? a.status : 'insufficient-data';
  const statusColour = p.status[status];
  const id = idPrefix(doc.policy.id, target.id, opts);

  // Layout, top to bottom: title, chart, headline figure, status line, sources.
  const titleLines = wrapLines(v.title, inner, TITLE_SIZE);
  const cite = (label: string, source: Source | null) => (source ? [`${label}${m.colon}${localize(source.title, opts.lang)}`] : []);
  // A target year over without a figure for it, as the live widget's readout says: the status is the last one the data allow.
  const pending = pendingYear(a, opts.asOf);
  const pendingText = pending ? m.provenance.pending(pending) : '';
  const proxyText = a.latest && v.proxy ? m.provenance.indicative(v.proxy) : '';
  const sourceLines = [
    ...[pendingText, proxyText].filter(Boolean).map(capital),
    ...(a.illustrative ? [m.provenance.illustrative] : []),
    // An image travels without its page, so it names every source.
    ...v.sources.targets.flatMap((s) => cite(m.words.target, s)),
    ...v.sources.data.flatMap((s) => cite(m.provenance.data, s)),
  ].flatMap((l) => wrapLines(l, inner, SOURCE_SIZE));
  const anchor = bar ? 'start' : 'middle';
  // The bar's track starts 6 px into its box (geometry.ts); text lines up with it.
  const textX = bar ? PAD + 6 : opts.width / 2;
  const room = bar ? inner - 6 : inner;

  // The headline figure and what it is measured against ("−6.8%  target −13.5%"), the status and "as of 2022": each pair
  // on one line where it fits, else the second part on lines of its own. SVG text does not wrap, and a centred line
  // wider than the image loses both ends: "+2.8% a year must stop growing (peak) by 2030" read ".8% a year … by" at 400 px.
  const headline = a.latest ? v.headline : m.states.noData;
  const of = a.latest ? v.of : '';
  const asOfText = a.latest ? m.provenance.asOf(String(a.latest.year)) : '';
  // The headline is bold: its figures and "%" run about 1.15 times the estimate (DejaVu Sans Bold: "−38%" is 2.8 em).
  const headlineEms = ems(headline) * 1.15;
  // A figure wider than the image even alone is set smaller (30 px at most, 12 px at least).
  const headlineSize = Math.max(12, Math.min(30, Math.floor(room / Math.max(1, headlineEms))));
  const ofInline = !!of && headlineEms * headlineSize + 8 + ems(of) * 15 <= room;
  const ofLines = of && !ofInline ? wrapLines(of, room, 15) : [];
  const statusText = statusName(m, { status, metLate: a.metLate, met: a.met });
  const asOfInline = !!asOfText && (ems(statusText) + ems(asOfText)) * 15 + 8 <= room;

  // The marks' keys, drawn as on the chart but upright and a little heavier (a milestone, a gap in the fill on the
  // chart, is a line in the text colour here, as in the live legend); then what the fill shows, keyed by the range for an
  // "about" target inside it.
  const keyLine = (attrs: string) => (x: number, y: number) => `<line x1="${x + KEY / 2}" y1="${y}" x2="${x + KEY / 2}" y2="${y + KEY}" ${attrs}/>`;
  const legendItems: LegendItem[] = [
    ...v.legend.map((l) => ({ key: keyLine(l.kind === 'milestone' ? `stroke="${p.text}" stroke-width="1.5"` : `${markerAttrs(l.kind, p).replace(/stroke-width="[\d.]+"/, 'stroke-width="3"')} stroke-linecap="round"`), text: l.label, colour: p.muted })),
    ...(v.overflow ? [{ key: null, text: v.overflow, colour: p.muted }] : []),
  ];
  const bandKey = (x: number, y: number) => `<rect x="${x}" y="${y}" width="${KEY}" height="${KEY}" fill="${p.target}" fill-opacity="0.12" stroke="${p.target}" stroke-opacity="0.6" stroke-dasharray="3 2"/>`;
  const share = v.progressText ? { key: g.band ? bandKey : null, text: v.progressText, colour: p.text } : null;

  const chartX = bar ? PAD : Math.round((opts.width - g.width) / 2);
  const chartY = PAD + titleLines.length * TITLE_LINE + 8;
  const headlineY = chartY + g.height + (bar ? 34 : 30);
  const ofY = headlineY + 22;
  const statusY = headlineY + 28 + ofLines.length * 20;
  const asOfY = statusY + 20;
  // `bottom`: the baseline of the last line drawn so far; each block starts below it.
  let bottom = asOfText && !asOfInline ? asOfY : statusY;
  const legendY = bottom + 8 + LEGEND_LINE;
  const [legend, legendRowCount] = legendMarkup(legendItems, share, room, { start: textX, centre: bar ? null : opts.width / 2 }, legendY);
  if (legendRowCount) bottom = legendY + (legendRowCount - 1) * LEGEND_LINE;
  const sourcesY = bottom + 14 + SOURCE_LINE;
  if (sourceLines.length) bottom = sourcesY + (sourceLines.length - 1) * SOURCE_LINE;
  const height = bottom + PAD;

  const marks = [
    `<path d="${e(g.track)}" fill="${p.track}"/>`,
    // An "about" target's range as a band (its latest value is the dot below), as the live gauge draws it.
    g.band ? `<path d="${e(g.band)}" fill="${p.target}" fill-opacity="0.12" stroke="${p.target}" stroke-opacity="0.6" stroke-dasharray="4 3"/>` : '',
    // Gone the wrong way: hatched and outlined, as the live gauge draws it (the id is the image's, so a light and a
    // dark image pasted inline into one page each fill with their own colour).
    g.fill && g.backward
      ? `<defs><pattern id="${id}-back" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3.5" height="6" fill="${statusColour}"/></pattern></defs><path d="${e(g.fill)}" fill="url(#${id}-back)" stroke="${statusColour}" stroke-width="1.5"/>`
      : g.fill ? `<path d="${e(g.fill)}" fill="${a.kind === 'peak' ? p.muted : statusColour}"/>` : '',
    ...g.markers.map((mk) => `<line x1="${mk.x1}" y1="${mk.y1}" x2="${mk.x2}" y2="${mk.y2}" ${markerAttrs(mk.kind, p)} stroke-linecap="round"/>`),
    g.dot ? `<circle cx="${g.dot.x}" cy="${g.dot.y}" r="${g.dot.r}" fill="${statusColour}" stroke="${p.background}" stroke-width="2"/>` : '',
  ].filter(Boolean);

  const ofSpan = ofInline ? `<tspan dx="8" font-size="15" fill="${p.muted}">${e(of)}</tspan>` : '';
  const asOfSpan = asOfInline ? `<tspan dx="8" font-weight="400" fill="${p.muted}">${e(asOfText)}</tspan>` : '';

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${opts.width}" height="${height}" viewBox="0 0 ${opts.width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xml:lang="${opts.lang}" font-family="${e(FONT)}">
<title id="${id}-title">${e(v.title)}</title>
<desc id="${id}-desc">${e(v.description)}</desc>
<rect width="${opts.width}" height="${height}" fill="${p.background}"/>
${textLines(titleLines, PAD, PAD + TITLE_SIZE, TITLE_LINE, `font-size="${TITLE_SIZE}" font-weight="600" fill="${p.text}"`)}
<g transform="translate(${chartX + g.origin.x},${chartY + g.origin.y})">
${marks.join('\n')}
</g>
<text x="${textX}" y="${headlineY}" text-anchor="${anchor}" fill="${p.text}"><tspan font-size="${headlineSize}" font-weight="700">${e(headline)}</tspan>${ofSpan}</text>
${textLines(ofLines, textX, ofY, 20, `text-anchor="${anchor}" font-size="15" fill="${p.muted}"`)}
<text x="${textX}" y="${statusY}" text-anchor="${anchor}" font-size="15" font-weight="600" fill="${statusColour}" data-status="${status}">${e(statusText)}${asOfSpan}</text>
${asOfText && !asOfInline ? `<text x="${textX}" y="${asOfY}" text-anchor="${anchor}" font-size="15" fill="${p.muted}">${e(asOfText)}</text>` : ''}
${legend}
${textLines(sourceLines, PAD, sourcesY, SOURCE_LINE, `font-size="${SOURCE_SIZE}" fill="${p.muted}"`)}
</svg>
`;
}
