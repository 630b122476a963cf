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

/** The advice shown in place of an undefined widget (CSS generated content), or 'none'. */
/** The advice a widget no script defines shows in its ::before; 'none' without it (a defined widget's ::before is its width: spaces, no text). */
const advice = (p: HostPage, id: string) => {
  const content = p.win.getComputedStyle(p.doc.getElementById(id)!, '::before').content;
  return content.includes('Peakline') ? content : 'none';
};

/** The widget drew its figure: a title and an svg chart, and no error box. */
function drawn(p: HostPage, w: string): void {
  const el = p.doc.getElementById(w);
  expect(inShadow(el, '[part~="problems"]'), `${w}: error box`).to.equal(null);
  expect(inShadow(el, '.title')?.textContent?.trim(), `${w}: title`).to.be.ok;
  expect(inShadow(el, 'svg.chart')?.getBoundingClientRect().width ?? 0, `${w}: chart width`).to.be.greaterThan(100);
}

describe('the one-widget bundles (built)', () => {
  for (const w of WIDGETS) {
    it(`dist/peakline-${w}.js: self-contained, defines <peakline-${w}> and <peakline-data> only, renders, window.Peakline works; the other widgets say which script they need`, async () => {
      const text = await bundleText(`/dist/peakline-${w}%2Ejs`);
      expect(moduleSyntax(text)).to.deep.equal([]);
      expect(text.split('\n', 1)[0], "V8's compile hint, first").to.equal('//# allFunctionsCalledOnLoad');
      expect(text.length, 'smaller than dist/peakline.js').to.be.lessThan((await bundleText()).length);
      const p = await page(w);
      try {
        const others = WIDGETS.filter((o) => o !== w).map((o) => `peakline-${o}`);
        expect(p.rec.errors, 'uncaught errors').to.deep.equal([]);
        expect(p.rec.warns, 'console.warn').to.deep.equal([
          `Peakline: no script defines ${others.join(', ')} (peakline-${w}.js has its own widget only). Add ${others.join('.js, ')}.js, or load peakline.js (every widget) once instead.`,
        ]);
        for (const tag of others) expect(advice(p, tag.slice(9)), tag).to.equal(`"This Peakline widget needs ${tag}.js or peakline.js on the page."`);
        expect(advice(p, w), 'its own widget').to.equal('none');
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

  it('the advice follows the widget’s language, goes when a script that defines the widget loads later, and never shows on a hidden widget', async () => {
    const p = await page('gauge');
    try {
      const el = p.doc.getElementById('trajectory')!;
      el.setAttribute('lang', 'zh-CN');
      expect(advice(p, 'trajectory')).to.equal('"此 Peakline 组件需要页面加载 peakline-trajectory.js 或 peakline.js。"');
      expect(el.getBoundingClientRect().height, 'a visible box').to.be.greaterThan(20);
      const ready = new Promise((r) => el.addEventListener('peakline-ready', r, { once: true }));
      const s = p.doc.createElement('script');
      s.src = '/dist/peakline-trajectory%2Ejs';
      p.doc.head.append(s);
      await ready;
      expect(advice(p, 'trajectory')).to.equal('none');
      expect(advice(p, 'sectors')).to.contain('peakline-sectors.js');
      const sectors = p.doc.getElementById('sectors')!;
      sectors.hidden = true;
      expect(advice(p, 'sectors'), 'a hidden widget stays hidden').to.equal('none');
      expect(sectors.getBoundingClientRect().height).to.equal(0);
      expect(p.rec.warns, 'still the one warning').to.have.length(1);
      expect(p.rec.errors).to.deep.equal([]);
    } finally {
      p.remove();
    }
  });

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

  it('all three on one page, each widget with its own src (an article of three snippets): the document is fetched once', async () => {
    const p = await page('gauge,trajectory,sectors');
    try {
      // A URL of its own, so no earlier test's request or the HTTP cache answers: each bundle's loader asked again.
      const url = `/data/cn-industry-carbon-peaking-2022%2Ejson?shared=${Date.now()}`;
      const box = p.doc.createElement('div');
      // Each drawn from the shared answer (a bundle reading another's entry under another property name would wait forever).
      const ready: Promise<Event>[] = [];
      for (const [tag, target] of [['peakline-gauge', 'industrial-energy-intensity-2025'], ['peakline-trajectory', 'industrial-energy-intensity-2025'], ['peakline-sectors', '']]) {
        const el = p.doc.createElement(tag!);
        el.setAttribute('src', url);
        if (target) el.setAttribute('target', target);
        ready.push(new Promise((r) => el.addEventListener('peakline-ready', r, { once: true })));
        box.append(el);
      }
      p.doc.body.append(box);
      await Promise.all(ready);
      for (const el of box.children) expect(inShadow(el, '[part~="problems"]'), el.localName).to.equal(null);
      const fetched = p.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('shared='));
      expect(fetched.length, 'requests for the document').to.equal(1);
    } finally {
      p.remove();
    }
  });

  // Either order: the second copy skips the widget the first defined (and <peakline-data>), and says so once.
  for (const [bundles, widget, order] of [
    ['all,gauge', 'gauge', 'dist/peakline.js, then a one-widget bundle'],
    ['trajectory,all', 'trajectory', 'a one-widget bundle, then dist/peakline.js (the other widgets come from the full kit)'],
  ] as const) {
    it(`${order}: one warning naming the widget, every widget renders`, async () => {
      const p = await page(bundles);
      try {
        expect(p.rec.errors).to.deep.equal([]);
        expect(p.rec.warns).to.have.length(1);
        expect(p.rec.warns[0]).to.match(new RegExp(`^Peakline 0\\.1\\.0: peakline-data, peakline-${widget} already defined by Peakline 0\\.1\\.0`));
        expect(defined(p)).to.deep.equal(TAGS);
        for (const w of WIDGETS) drawn(p, w);
      } finally {
        p.remove();
      }
    });
  }
});
