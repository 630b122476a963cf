/**
 * What the bundles' template minifier (scripts/minify-css-literals.ts, `minifyHtmlQuasis`) relies on: whitespace beside
 * a div, p, li, table part, summary… renders nothing because those elements are blocks. A stylesheet that made one of
 * them inline (or `display: contents`) would make that whitespace a visible space, which the bundles drop: "Sort by"
 * glued to its menu, two words run together. This walks every widget's shadow tree in its states and checks that no
 * element the minifier treats as a block is laid out inline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import { BLOCKS } from '../../scripts/minify-css-literals.js';

const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));

/** "tag.class: display" for every HTML element in `root`'s shadow trees whose tag is in BLOCKS and whose box is inline. */
function inlineBlocks(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.namespaceURI === 'http://www.w3.org/1999/xhtml' && BLOCKS.has(el.localName)) {
        const display = getComputedStyle(el).display;
        if (/^(inline|contents|ruby)/.test(display)) found.push(`${el.localName}.${el.getAttribute('class') ?? ''}: ${display}`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

describe('template whitespace: what the minifier calls a block is laid out as one', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('holds for every widget, its variants and layouts, ready, loading and in error, in both languages', async () => {
    // A request that is never answered, so two widgets stay in their loading state.
    window.fetch = (input, init) => (String(input).includes('never-answered') ? new Promise<Response>(() => {}) : realFetch(input, init));
    const wrap = await fixture<HTMLElement>(html`<div style="width: 640px">
      ${[china, demo].map(
        (doc) => html`
          ${doc.targets.map(
            (t) => html`<peakline-gauge .data=${doc} target=${t.id}></peakline-gauge>
              <peakline-gauge .data=${doc} target=${t.id} variant="bar" lang="zh"></peakline-gauge>
              <peakline-trajectory .data=${doc} target=${t.id}></peakline-trajectory>`,
          )}
          <peakline-sectors .data=${doc}></peakline-sectors>
          <peakline-sectors .data=${doc} layout="dots" lang="zh"></peakline-sectors>
        `,
      )}
      <peakline-gauge .data=${china} target="no-such-target"></peakline-gauge>
      <peakline-trajectory src="/test/fixtures/gauge-does-not-exist.json.txt" target="x"></peakline-trajectory>
      <peakline-gauge src="/never-answered.json" target="x"></peakline-gauge>
      <peakline-sectors src="/never-answered.json"></peakline-sectors>
    </div>`);
    await settle();
    // The trajectories' data tables, opened.
    for (const t of wrap.querySelectorAll('peakline-trajectory')) (t.shadowRoot?.querySelector('button.toggle') as HTMLElement | null)?.click();
    await settle();
    const widgets = wrap.querySelectorAll('peakline-gauge, peakline-trajectory, peakline-sectors');
    expect(widgets.length).to.equal(3 * (china.targets.length + demo.targets.length) + 4 + 4);
    expect([...widgets].filter((w) => w.shadowRoot?.querySelector('[aria-busy="true"]')).length, 'loading').to.equal(2);
    expect([...widgets].filter((w) => w.shadowRoot?.querySelector('[role="alert"]')).length, 'in error').to.equal(2);
    expect([...widgets].filter((w) => w.shadowRoot?.querySelector('table')).length, 'data tables open').to.be.greaterThan(5);
    expect(inlineBlocks(wrap)).to.deep.equal([]);
  });

  it('would catch a block made inline', async () => {
    const el = await fixture<HTMLElement>(html`<peakline-gauge .data=${china} target="industrial-energy-intensity-2025"></peakline-gauge>`);
    await settle();
    expect(inlineBlocks(el.parentElement!)).to.deep.equal([]);
    const sheet = new CSSStyleSheet();
    // Inside the disclosure (a block), not in a flex or grid box, whose items are blocks whatever they are told.
    sheet.replaceSync('details p { display: inline }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    const found = inlineBlocks(el.parentElement!);
    expect(found.length).to.be.greaterThan(1);
    for (const f of found) expect(f).to.equal('p.: inline');
  });
});
