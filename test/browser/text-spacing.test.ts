/**
 * WCAG 1.4.12 Text Spacing: a reader's own style sheet (a bookmarklet, an extension) may set line height 1.5, paragraph
 * spacing 2 em, letter spacing 0.12 em and word spacing 0.16 em, and no text may be lost: none cut off by a box that
 * clips it, none drawn over other text. The override is the WCAG test's own rules, put inside each widget's shadow
 * root (a page's style sheet reaches only inherited properties there: letter- and word-spacing and line-height cross
 * the boundary, a paragraph's margin does not), with every disclosure and the trajectory's data table open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PolicyDocument } from '../../src/format/types.js';

const SPACING = '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}';

interface Line {
  text: string;
  node: Node;
  r: DOMRect;
}

/** Each line of text the widget shows (HTML and SVG), skipping what is hidden on purpose (display none, sr-only). */
function lines(root: ShadowRoot): Line[] {
  const out: Line[] = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const text = n.textContent!.trim();
    const parent = n.parentElement!;
    if (!text || parent.closest('style, title, option, .sr-only, [hidden]')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) out.push({ text, node: n, r });
  }
  return out;
}

/**
 * The boxes that clip `el`'s content (overflow hidden or clip, an outer or nested <svg>) up to the host, or up to the
 * first box that scrolls (the data table's: what it hides is a scroll away, not lost), each with its clip margin; one
 * 1 px or less across hides its content on purpose (the panel's tick labels with no room, `.fit`). `scroller`: that
 * box, whose edges bound what is seen of the text now.
 */
function clippers(el: Element, host: Element): { cut: { box: DOMRect; margin: number; el: Element }[]; scroller: DOMRect | null } {
  const cut = [];
  for (let a: Element | null = el; a && a !== host; a = a.parentElement) {
    const cs = getComputedStyle(a);
    if ([cs.overflowX, cs.overflowY].some((o) => o === 'auto' || o === 'scroll')) return { cut, scroller: a.getBoundingClientRect() };
    if ([cs.overflowX, cs.overflowY].some((o) => o === 'hidden' || o === 'clip')) cut.push({ box: a.getBoundingClientRect(), margin: cs.overflowX === 'clip' ? parseFloat(cs.overflowClipMargin) || 0 : 0, el: a });
  }
  return { cut, scroller: null };
}

const name = (el: Element) => `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;

/** What is cut off or drawn over other text in `host`, as sentences. */
function lost(host: HTMLElement): string[] {
  const root = host.shadowRoot!;
  const out: string[] = [];
  const all = lines(root).filter(({ text, node, r }) => {
    const { cut, scroller } = clippers(node.parentElement!, host);
    for (const { box, margin, el } of cut) {
      if (box.width <= 1 || box.height <= 1) return false;
      const past = Math.max(box.left - margin - r.left, r.right - box.right - margin, box.top - margin - r.top, r.bottom - box.bottom - margin);
      if (past > 1) out.push(`"${text.slice(0, 40)}" cut ${past.toFixed(1)} px by ${name(el)}`);
    }
    // Only what is in view is compared for overlaps: the table's rows scrolled out of its box are not over the footer.
    return !scroller || (r.bottom > scroller.top && r.top < scroller.bottom && r.right > scroller.left && r.left < scroller.right);
  });
  // Overlaps between different texts' lines: more than 2 px each way (glyph boxes of adjacent lines may touch).
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.node === b.node) continue;
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 2 && y > 2) out.push(`"${a.text.slice(0, 30)}" over "${b.text.slice(0, 30)}" (${x.toFixed(1)} × ${y.toFixed(1)} px)`);
    }
  return out;
}

async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
}

/** The widget drawn in a `width` px column, the spacing applied inside it, its disclosures and table open. */
async function spaced(width: number, lang: string, make: () => HTMLElement): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang=${lang}></div>`);
  const el = make();
  const ready = new Promise((r) => el.addEventListener('peakline-ready', r, { once: true }));
  box.append(el);
  await ready;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')?.click();
  await frames();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await frames();
  return el;
}

function widget(tag: string, doc: PolicyDocument, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  el.data = doc;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('WCAG 1.4.12 text spacing: no text cut off or overlapping, at 360 and 900 px', () => {
  for (const width of [360, 900])
    for (const lang of ['en', 'zh'])
      for (const [set, doc] of [['China', china], ['EU', eu]] as [string, PolicyDocument][])
        it(`${set}, ${lang}, ${width} px: every gauge (arc and bar), trajectory and the sector panel`, async function () {
          this.timeout(60000);
          const found: string[] = [];
          const check = async (what: string, make: () => HTMLElement) => {
            const el = await spaced(width, lang, make);
            found.push(...lost(el).map((p) => `${what}: ${p}`));
            el.parentElement!.remove();
          };
          for (const t of doc.targets) {
            for (const variant of ['arc', 'bar']) await check(`gauge ${variant} ${t.id}`, () => widget('peakline-gauge', doc, { target: t.id, variant }));
            await check(`trajectory ${t.id}`, () => widget('peakline-trajectory', doc, { target: t.id }));
            // Each year's tooltip, taller in lines 1.5 high than the 1.3 its place is estimated for: inside the frame,
            // which clips, its value and status whole. (Not always inside the chart: near the chart's top it rises over
            // the unit line above it while shown, by up to 12 px in English and 32 px in Chinese, the EU's series at
            // 360 and 900 px; 0 for China's in English. CHANGELOG, Known gaps.)
            const el = await spaced(width, lang, () => widget('peakline-trajectory', doc, { target: t.id }));
            const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot');
            const n = el.shadowRoot!.querySelectorAll('circle.point').length;
            plot?.focus();
            for (let i = 0; i < n; i++) {
              plot!.dispatchEvent(new KeyboardEvent('keydown', { key: i ? 'ArrowLeft' : 'End' }));
              await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
              const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
              const [a, b] = [tip.getBoundingClientRect(), el.shadowRoot!.querySelector('[part~="frame"]')!.getBoundingClientRect()];
              if (a.top < b.top - 0.5 || a.bottom > b.bottom + 0.5 || a.left < b.left - 0.5 || a.right > b.right + 0.5)
                found.push(`trajectory ${t.id} tooltip ${i}: ${a.top.toFixed(0)}–${a.bottom.toFixed(0)} × ${a.left.toFixed(0)}–${a.right.toFixed(0)}, frame ${b.top.toFixed(0)}–${b.bottom.toFixed(0)} × ${b.left.toFixed(0)}–${b.right.toFixed(0)}`);
              for (const line of [...tip.children].slice(0, 2)) if (line.scrollWidth > line.clientWidth + 1) found.push(`trajectory ${t.id} tooltip ${i}: "${line.textContent}" cut`);
            }
            el.parentElement!.remove();
          }
          await check('sectors', () => widget('peakline-sectors', doc));
          expect(found, found.join('\n')).to.deep.equal([]);
        });

  it('a page\'s own override (the test\'s rules on the document, as a bookmarklet adds them) does not reach the widgets\' text', async () => {
    // The :host rules that hold against a hostile page (test/browser/host-css.test.ts) hold against a reader's tool too:
    // README, Accessibility, says so. Change both if this changes.
    const page = document.head.appendChild(document.createElement('style'));
    page.textContent = SPACING;
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width:360px"></div>`);
      const el = widget('peakline-gauge', china as PolicyDocument, { target: 'industrial-energy-intensity-2025' });
      const ready = new Promise((r) => el.addEventListener('peakline-ready', r, { once: true }));
      box.append(el);
      await ready;
      const cs = getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!);
      expect([cs.letterSpacing, cs.wordSpacing]).to.deep.equal(['normal', '0px']);
      expect(getComputedStyle(box).letterSpacing).to.not.equal('normal');
    } finally {
      page.remove();
    }
  });

  it('the override is in effect (it reaches the shadow root), and the check finds text a box cuts off', async () => {
    const el = await spaced(360, 'en', () => widget('peakline-gauge', china as PolicyDocument, { target: 'industrial-energy-intensity-2025' }));
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(getComputedStyle(title).letterSpacing).to.not.equal('normal');
    expect(parseFloat(getComputedStyle(title).lineHeight) / parseFloat(getComputedStyle(title).fontSize)).to.be.closeTo(1.5, 0.01);
    // A title squeezed into one line's height by a box that hides its overflow: found.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('[part~="title"]{height:1em;overflow:hidden}');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    await frames();
    expect(lost(el).join('\n')).to.contain('cut');
    // And text drawn over other text (the title pulled down over the line under it), SVG text among what it reads.
    sheet.replaceSync('[part~="title"]{margin-bottom:-1.5em!important}');
    await frames();
    expect(lost(el).join('\n')).to.match(/ over /);
    expect(lines(el.shadowRoot!).some((l) => l.node.parentElement!.closest('svg'))).to.equal(false);
    const chart = await spaced(360, 'en', () => widget('peakline-trajectory', china as PolicyDocument, { target: 'industrial-energy-intensity-2025' }));
    expect(lines(chart.shadowRoot!).filter((l) => l.node.parentElement!.closest('svg')).length).to.be.greaterThan(5);
  });
});
