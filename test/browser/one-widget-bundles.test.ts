/**
 * The one-widget bundles (dist/peakline-gauge.js, -trajectory.js, -sectors.js; `npm run
 * build:bundle`), as built, on test/pages/one-widget.html: each alone, the three together, and
 * each with the all-widget dist/peakline.js. The policy (src/registry.ts): the three share
 * <peakline-data> silently; a widget tag defined twice warns once.
 */
import { expect } from '@open-wc/testing';
import { bundleText, checkApi, inShadow, moduleSyntax, openHostPage, requireBundle, type HostPage } from './host-page.js';

before(requireBundle);

const WIDGETS = ['gauge', 'trajectory', 'sectors'] as const;
const TAGS = ['peakline-data', ...WIDGETS.map((w) => `peakline-${w}`)];

const page = (bundles: string) => openHostPage(`/test/pages/one-widget.html?bundles=${bundles}`, { width: 700, height: 2400 });

const defined = (p: HostPage) => TAGS.filter((t) => p.win.customElements.get(t));

/** The widget drew its figure: a title and an svg chart, and no error box. */
function drawn(p: HostPage, w: string): void {
  const el = p.doc.getElementById(w);
  expect(inShadow(el, '[part~="problems"]'), `${w}: error box`).to.equal(null);
  expect(inShadow(el, '.title')?.textContent?.trim(), `${w}: title`).to.be.ok;
  expect(inShadow(el, 'svg.chart')?.getBoundingClientRect().width ?? 0, `${w}: chart width`).to.be.greaterThan(100);
}

describe('the one-widget bundles (built)', () => {
  for (const w of WIDGETS) {
    it(`dist/peakline-${w}.js: self-contained, defines <peakline-${w}> and <peakline-data> only, renders, window.Peakline works`, async () => {
      const text = await bundleText(`/dist/peakline-${w}%2Ejs`);
      expect(moduleSyntax(text)).to.deep.equal([]);
      expect(text.length, 'smaller than dist/peakline.js').to.be.lessThan((await bundleText()).length);
      const p = await page(w);
      try {
        expect(p.rec.errors, 'uncaught errors').to.deep.equal([]);
        expect(p.rec.warns, 'console.warn').to.deep.equal([]);
        expect(p.rec.failed, 'peakline-error').to.deep.equal([]);
        expect(defined(p)).to.deep.equal(['peakline-data', `peakline-${w}`]);
        expect(p.rec.ready).to.deep.equal([`peakline-${w}#${w}`]);
        drawn(p, w);
        await checkApi(p);
      } finally {
        p.remove();
      }
    });
  }

  it('all three on one page: every widget renders and nothing warns (<peakline-data> is shared, not a second kit)', async () => {
    const p = await page('gauge,trajectory,sectors');
    try {
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.deep.equal([]);
      expect(defined(p)).to.deep.equal(TAGS);
      expect([...p.rec.ready].sort()).to.deep.equal(['peakline-gauge#gauge', 'peakline-sectors#sectors', 'peakline-trajectory#trajectory']);
      for (const w of WIDGETS) drawn(p, w);
    } finally {
      p.remove();
    }
  });

  it('dist/peakline.js, then a one-widget bundle: one warning naming the widget, every widget renders', async () => {
    const p = await page('all,gauge');
    try {
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.have.length(1);
      expect(p.rec.warns[0]).to.match(/^Peakline 0\.1\.0: peakline-data, peakline-gauge already defined by Peakline 0\.1\.0/);
      for (const w of WIDGETS) drawn(p, w);
    } finally {
      p.remove();
    }
  });

  it('a one-widget bundle, then dist/peakline.js: one warning, and the other widgets come from the full kit', async () => {
    const p = await page('trajectory,all');
    try {
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.have.length(1);
      expect(p.rec.warns[0]).to.match(/^Peakline 0\.1\.0: peakline-data, peakline-trajectory already defined/);
      expect(defined(p)).to.deep.equal(TAGS);
      for (const w of WIDGETS) drawn(p, w);
    } finally {
      p.remove();
    }
  });
});
