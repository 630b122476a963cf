/**
 * Two copies of the kit on one page (two articles in a CMS, each with its own <script>),
 * with the BUILT bundle: the first copy keeps the tags and window.Peakline; later copies skip
 * the taken tags without throwing and log exactly ONE console.warn naming both versions.
 */
import { expect } from '@open-wc/testing';
import { inShadow, openHostPage, requireBundle, type HostPage } from './host-page.js';

before(requireBundle);

async function copiesLoaded(p: HostPage): Promise<void> {
  const w = p.win as unknown as { __copiesLoaded?: true | string };
  const end = performance.now() + 8000;
  while (w.__copiesLoaded === undefined && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
  expect(w.__copiesLoaded, 'test/pages/load-copy.js').to.equal(true);
}

/** Widgets render, and one added after every copy has run works too. */
async function widgetsWork(p: HostPage): Promise<void> {
  for (const id of ['arc', 'bar']) {
    expect(inShadow(p.doc.getElementById(id), '[part~="headline"]')?.textContent?.trim(), `${id} headline`).to.be.ok;
  }
  const late = p.doc.createElement('peakline-gauge');
  late.id = 'late';
  late.setAttribute('target', 'industry-co2-peak-2025');
  late.setAttribute('src', '/data/illustrative-demo%2Ejson');
  const ready = new Promise((r) => late.addEventListener('peakline-ready', r, { once: true }));
  p.doc.body.append(late);
  await ready;
  expect(inShadow(late, '[part~="status"]')?.textContent?.trim()).to.be.ok;
}

const page = (path: string) => openHostPage(path, { width: 700, height: 1400 });

describe('two copies of the kit on one page (built bundle)', () => {
  it('the same bundle twice: no error, one warning, widgets render', async () => {
    const p = await page('/test/pages/two-copies.html');
    try {
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.have.length(1);
      expect(p.rec.warns[0]).to.contain('already defined by Peakline 0.1.0');
      expect(p.win.Peakline?.version).to.equal('0.1.0');
      await widgetsWork(p);
      expect(p.rec.warns, 'still one warning after more widgets').to.have.length(1);
    } finally {
      p.remove();
    }
  });

  it('a newer bundle, then an older copy (0.0.9): the first copy keeps the tags and window.Peakline', async () => {
    const p = await page('/test/pages/two-versions.html');
    try {
      await copiesLoaded(p);
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.have.length(1);
      expect(p.rec.warns[0]).to.match(/^Peakline 0\.0\.9: .*peakline-gauge.* already defined by Peakline 0\.1\.0/);
      expect(p.win.Peakline?.version).to.equal('0.1.0');
      expect(Object.isFrozen(p.win.Peakline)).to.equal(true);
      await widgetsWork(p);
    } finally {
      p.remove();
    }
  });

  it('an older copy (0.0.9) first, then the bundle: the older copy wins, still one warning', async () => {
    const p = await page('/test/pages/two-versions-reverse.html');
    try {
      await copiesLoaded(p);
      expect(p.rec.errors).to.deep.equal([]);
      expect(p.rec.warns).to.have.length(1);
      expect(p.rec.warns[0]).to.match(/^Peakline 0\.1\.0: .* already defined by Peakline 0\.0\.9/);
      expect(p.win.Peakline?.version).to.equal('0.0.9');
      await widgetsWork(p);
    } finally {
      p.remove();
    }
  });
});
