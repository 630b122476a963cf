/**
 * The standalone bundle (dist/peakline.js, `npm run build:bundle`) as a host page uses it:
 * one <script src> on a plain page, or <script type="module">. It must be self-contained
 * (no imports at all), define every element src/elements.ts lists, render, and expose
 * window.Peakline = { validate, assess, version }.
 */
import { expect } from '@open-wc/testing';
import { bundleText, checkApi, inShadow, moduleSyntax, openHostPage, requireBundle, type HostPage } from './host-page.js';

before(requireBundle);

/** The tags src/elements.ts lists (the dev server serves it compiled to JS; the strings survive). */
async function definedInSource(): Promise<string[]> {
  const text = await (await fetch('/src/elements.ts')).text();
  const tag = new RegExp('["\'](peakline-[a-z-]+)["\']\\s*:', 'g');
  return [...new Set([...text.matchAll(tag)].map((m) => m[1]!))].sort();
}

async function checkRendered(p: HostPage): Promise<void> {
  expect(p.rec.errors, 'uncaught errors').to.deep.equal([]);
  expect(p.rec.warns, 'console.warn').to.deep.equal([]);
  expect(p.rec.failed, 'peakline-error').to.deep.equal([]);
  expect(p.rec.ready).to.include.members(['peakline-gauge#china', 'peakline-gauge#bar']);
  for (const id of ['china', 'bar']) {
    const el = p.doc.getElementById(id);
    expect(inShadow(el, '[part~="headline"]')?.textContent?.trim(), `${id} headline`).to.be.ok;
    const chart = inShadow(el, 'svg.chart')!.getBoundingClientRect();
    expect(chart.width, `${id} chart width`).to.be.greaterThan(100);
    expect(chart.height, `${id} chart height`).to.be.greaterThan(10);
  }
}

describe('the standalone bundle (dist/peakline.js)', () => {
  it('is self-contained: no import statements, no dynamic import(), no import.meta, no export', async () => {
    const text = await bundleText();
    expect(text.length).to.be.greaterThan(1000);
    expect(moduleSyntax(text)).to.deep.equal([]);
    // The patterns do catch what they look for.
    expect(moduleSyntax('x;import{html as h}from"lit";')).to.deep.equal(['static import']);
    expect(moduleSyntax('x=import ("./a.js")')).to.deep.equal(['dynamic import']);
    expect(moduleSyntax('var a=1;export{a};')).to.deep.equal(['export']);
    expect(moduleSyntax(`x=${['import', 'meta'].join('.')}.url`)).to.deep.equal(['import.meta']);
  });

  it("starts with V8's compile hint on its first line, so Chromium compiles it while it loads (scripts/compile-hint.ts)", async () => {
    expect((await bundleText()).split('\n', 1)[0]).to.equal('//# allFunctionsCalledOnLoad');
  });

  it('defines every element src/define.ts defines', async () => {
    const tags = await definedInSource();
    expect(tags).to.include.members(['peakline-data', 'peakline-gauge']);
    const p = await openHostPage('/test/pages/plain.html');
    try {
      expect(tags.filter((t) => !p.win.customElements.get(t))).to.deep.equal([]);
    } finally {
      p.remove();
    }
  });

  it('renders on a plain page from a classic <script src>, and window.Peakline works', async () => {
    const p = await openHostPage('/test/pages/plain.html');
    try {
      await checkRendered(p);
      await checkApi(p);
      // window.Peakline is the one global: the IIFE exports nothing, so no `var PeaklineBundle` lands on the page.
      expect('PeaklineBundle' in p.win, 'a second global, PeaklineBundle').to.equal(false);
    } finally {
      p.remove();
    }
  });

  it('also works as <script type="module" src>', async () => {
    const p = await openHostPage('/test/pages/module.html');
    try {
      await checkRendered(p);
      await checkApi(p);
    } finally {
      p.remove();
    }
  });
});
