/**
 * Host CSS cannot break a widget. The built bundle on three real pages:
 *   - host-bootstrap.html: Bootstrap 5's CSS (cards in a grid);
 *   - host-preflight.html: a Tailwind-style preflight (border-box, margin 0, svg display:block…);
 *   - host-hostile.html: `* { all: revert; font-size: 30px !important; line-height: 3 !important; … }` (with
 *     `word-break: break-all`, `line-break: anywhere`, `direction: rtl` and a dark `color-scheme` on the root),
 *     `svg { display: none !important }`, `div { display: inline !important }`, rules aimed at
 *     the widgets' internal class names, and `peakline-gauge { display: inline; width: 10px }`.
 * Each widget must render at a sensible size: its charts visible with a real size, text at a
 * sane size and line height, nothing overflowing its frame, the page's font inherited, and
 * dark-theme text still light on dark.
 */
import { expect } from '@open-wc/testing';
import { inShadow, openHostPage, px, requireBundle, type HostPage } from './host-page.js';

before(requireBundle);

const PAGES = ['/test/pages/host-bootstrap.html', '/test/pages/host-preflight.html', '/test/pages/host-hostile.html'];

interface Check {
  page: string;
  widget: string;
  problems: string[];
}

/** Relative luminance of an `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every way a widget can look broken, as readable sentences (empty = fine). */
function inspect(p: HostPage, host: HTMLElement): string[] {
  const problems: string[] = [];
  const win = p.win;
  const frame = inShadow<HTMLElement>(host, '.frame');
  if (!frame) return ['no .frame in the shadow root'];
  const viewport = p.doc.documentElement.clientWidth;
  const fr = frame.getBoundingClientRect();
  if (fr.width < 240) problems.push(`frame is ${fr.width.toFixed(0)}px wide`);
  if (fr.left < -1 || fr.right > viewport + 1) problems.push(`frame [${fr.left.toFixed(0)}, ${fr.right.toFixed(0)}] is outside the ${viewport}px viewport`);
  if (frame.scrollWidth > frame.clientWidth + 1) problems.push(`frame content overflows: ${frame.scrollWidth}px in ${frame.clientWidth}px`);
  const fs = win.getComputedStyle(frame);
  if (fs.display === 'none' || fs.visibility !== 'visible') problems.push(`frame display ${fs.display}, visibility ${fs.visibility}`);

  // Charts: every svg that draws data is shown with a real size, inside the frame.
  const charts = Array.from(host.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.chart, [part~="chart"]')).filter((s) => s.localName === 'svg');
  if (charts.length === 0) problems.push('no chart svg');
  for (const svg of charts) {
    const r = svg.getBoundingClientRect();
    const cs = win.getComputedStyle(svg);
    if (cs.display === 'none' || cs.visibility !== 'visible') problems.push(`chart display ${cs.display}`);
    if (r.width < 40 || r.height < 8) problems.push(`chart is ${r.width.toFixed(0)}×${r.height.toFixed(0)}px`);
    if (r.right > fr.right + 1 || r.left < fr.left - 1) problems.push(`chart sticks out of the frame`);
  }

  // Text: the base size is the page's own (1rem), headlines larger, line height sane.
  const base = px(win.getComputedStyle(host).fontSize);
  const root = px(win.getComputedStyle(p.doc.documentElement).fontSize);
  const title = inShadow<HTMLElement>(host, '.title');
  if (title) {
    const ts = win.getComputedStyle(title);
    if (Math.abs(px(ts.fontSize) - root) > 0.5) problems.push(`title is ${ts.fontSize}, the page's 1rem is ${root}px`);
    const lh = px(ts.lineHeight) / px(ts.fontSize);
    if (!(lh >= 1 && lh <= 1.8)) problems.push(`title line-height ${ts.lineHeight} at ${ts.fontSize}`);
    if (ts.textTransform !== 'none') problems.push(`title text-transform ${ts.textTransform}`);
    if (ts.whiteSpace !== 'normal') problems.push(`title white-space ${ts.whiteSpace}`);
    if (px(ts.letterSpacing || '0') > 1) problems.push(`title letter-spacing ${ts.letterSpacing}`);
    if (px(ts.textIndent) !== 0) problems.push(`title text-indent ${ts.textIndent}`);
    if (ts.fontStyle !== 'normal') problems.push(`title font-style ${ts.fontStyle}`);
    // Figures are not split by a theme's break-all, and a right-to-left page does not mirror the widget.
    if (ts.wordBreak !== 'normal' || ts.lineBreak !== 'auto') problems.push(`title word-break ${ts.wordBreak}, line-break ${ts.lineBreak}`);
    if (ts.direction !== 'ltr') problems.push(`title direction ${ts.direction}`);
    // The widget's own colour scheme (its scrollbars and menus), not the page's.
    const scheme = host.getAttribute('theme') === 'dark' ? 'dark' : 'light';
    if (fs.colorScheme !== scheme) problems.push(`frame color-scheme ${fs.colorScheme}, theme ${scheme}`);
    // The page's font family (set on <body>) is inherited by the widget's text.
    const bodyFont = win.getComputedStyle(p.doc.body).fontFamily;
    if (ts.fontFamily !== bodyFont) problems.push(`title font-family ${ts.fontFamily}, page body ${bodyFont}`);
    // Readable: text colour against the frame's background.
    const c = contrast(ts.color, fs.backgroundColor);
    if (c < 4.5) problems.push(`title contrast ${c.toFixed(2)} (${ts.color} on ${fs.backgroundColor})`);
  } else problems.push('no .title');
  // Body text (not just the title, which sets its own line height) keeps a sane line height.
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('.subtitle, .footer')) {
    const cs = win.getComputedStyle(el);
    const lh = px(cs.lineHeight) / px(cs.fontSize);
    if (!(lh >= 1 && lh <= 1.8)) problems.push(`.${el.className} line-height ${cs.lineHeight} at ${cs.fontSize}`);
    if (cs.fontWeight !== '400') problems.push(`.${el.className} font-weight ${cs.fontWeight}`);
  }
  const headline = inShadow<HTMLElement>(host, '[part~="headline"]');
  if (headline) {
    const size = px(win.getComputedStyle(headline).fontSize);
    if (!(size >= 1.2 * base && size <= 2.5 * base && size <= 80)) problems.push(`headline is ${size}px at a ${base}px base`);
  }
  return problems;
}

describe('host CSS cannot break a widget (built bundle)', () => {
  for (const path of PAGES) {
    it(`renders every widget sensibly on ${path}`, async () => {
      const p = await openHostPage(path, { width: 800, height: 2400 });
      try {
        expect(p.rec.errors, 'uncaught errors').to.deep.equal([]);
        expect(p.rec.failed, 'peakline-error events').to.deep.equal([]);
        expect(p.widgets.length).to.be.greaterThan(1);
        const checks: Check[] = p.widgets.map((w) => ({ page: path, widget: `${w.localName}#${w.id}`, problems: inspect(p, w) }));
        const broken = checks.filter((c) => c.problems.length > 0);
        expect(broken, JSON.stringify(broken, null, 2)).to.deep.equal([]);
        // The gauges show their headline figure.
        for (const g of p.widgets.filter((w) => w.localName === 'peakline-gauge')) {
          expect(inShadow(g, '[part~="headline"]')?.textContent?.trim(), `${g.id} headline`).to.be.ok;
        }
      } finally {
        p.remove();
      }
    });
  }
});
