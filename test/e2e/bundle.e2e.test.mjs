/**
 * The built bundle on plain pages served byte for byte by a plain static server (the wtr
 * tests in test/browser/ cover the same pages in more depth through wtr's dev server).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../pages/serve.mjs';
import { open, recorded, useBundleSuite, widgetsSettled } from './helpers.mjs';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const suite = useBundleSuite();

for (const page of ['plain.html', 'module.html']) {
  test(`${page}: widgets render, window.Peakline works, nothing missing`, async () => {
    const { page: p, context, log } = await open(suite.browser, suite.server.url(`/test/pages/${page}`));
    try {
      const settled = await widgetsSettled(p);
      assert.deepEqual(settled.failed, []);
      const rec = await recorded(p);
      assert.deepEqual(rec.errors, []);
      assert.deepEqual(rec.warns, []);
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(suite.server.notFound.filter((x) => x !== '/favicon.ico'), []);
      const out = await p.evaluate(async () => {
        const doc = await (await fetch('/data/illustrative-demo.json')).json();
        return {
          headline: document.getElementById('china').shadowRoot.querySelector('[part~="headline"]')?.textContent?.trim(),
          version: window.Peakline.version,
          valid: window.Peakline.validate(doc).ok,
          status: window.Peakline.assess(doc, 'industry-co2-peak-2025').status,
        };
      });
      assert.ok(out.headline);
      assert.equal(out.version, version);
      assert.equal(out.valid, true);
      assert.ok(out.status);
    } finally {
      await context.close();
    }
  });
}

test('window.Peakline.validate and assess hand out what the modules do, and <peakline-data> keeps its public members: nothing public renamed by the bundles\' minifier', async () => {
  // The modules, bundled here without the property renaming that scripts/terser-pass.ts applies to dist/*.js.
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [join(REPO_ROOT, 'src/core.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error' });
  const core = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const files = ['cn-industry-carbon-peaking-2022.json', 'eu-climate-law-2021.json', 'illustrative-demo.json'];
  const docs = files.map((f) => JSON.parse(readFileSync(join(REPO_ROOT, 'data', f), 'utf8')));
  const broken = { formatVersion: 1, policy: { id: 'x' }, targets: [{ id: 't', baseline: { year: 1800 } }] };
  // Every target of every dataset, by every method, as of its latest data and as of 2022, in both languages.
  const cases = docs.flatMap((doc, d) =>
    doc.targets.flatMap((t) => [undefined, 'path', 'rate', 'extrapolation'].flatMap((method) => [undefined, 2022].flatMap((asOf) => ['en', 'zh'].map((lang) => [d, t.id, { method, asOf, lang }])))),
  );
  const expected = {
    validate: [...docs, broken, '{"formatVersion": 1,}'].map((d) => core.validate(d)),
    assess: cases.map(([d, id, opts]) => core.assess(docs[d], id, opts)),
  };
  /** The first place two results differ, as a path ('' if none): names and shapes exactly, numbers to 12 digits (the minifiers may order arithmetic differently). */
  const diff = (a, b, path = '') => {
    if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)) ? '' : `${path}: ${a} ≠ ${b}`;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? '' : `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
    const keys = [Object.keys(a).join(), Object.keys(b).join()];
    if (keys[0] !== keys[1]) return `${path}: keys ${keys[0]} ≠ ${keys[1]}`;
    for (const k of Object.keys(a)) {
      const d = diff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return '';
  };
  for (const bundle of ['all', 'gauge', 'trajectory', 'sectors']) {
    // Each bundle alone on its page (the first copy's window.Peakline is the one kept).
    const { page, context } = await open(suite.browser, suite.server.url(`/test/pages/one-widget.html?bundles=${bundle}`));
    try {
      const got = await page.evaluate(
        ({ docs, broken, cases }) => {
          const P = window.Peakline;
          return {
            validate: [...docs, broken, '{"formatVersion": 1,}'].map((d) => P.validate(d)),
            assess: cases.map(([d, id, opts]) => P.assess(docs[d], id, opts)),
          };
        },
        { docs, broken, cases },
      );
      // The provider's public members keep their names too (`dataState` was renamed once: a widget's is protected).
      await page.waitForFunction(() => document.querySelector('peakline-data')?.dataState?.status === 'ready', undefined, { timeout: 10_000 });
      assert.equal(await page.evaluate(() => typeof document.querySelector('peakline-data').subscribe), 'function');
      assert.equal(got.assess.length, cases.length);
      got.validate.forEach((v, i) => assert.equal(diff(v, expected.validate[i]), '', `${bundle}: validate #${i}`));
      got.assess.forEach((v, i) => assert.equal(diff(v, expected.assess[i]), '', `${bundle}: assess ${JSON.stringify(cases[i].slice(1))}`));
    } finally {
      await context.close();
    }
  }
});

test('every bundle is ASCII, so a page in another encoding runs it as a classic script served without a charset', async () => {
  // Read in the page's encoding, the UTF-8 of 万, −, · or a CJK range in a regex was garbage: on a GB2312 page the
  // script threw "Unexpected identifier" and no widget rendered (a module script is always read as UTF-8).
  for (const name of ['peakline.js', 'peakline-gauge.js', 'peakline-trajectory.js', 'peakline-sectors.js']) {
    const bytes = readFileSync(join(REPO_ROOT, 'dist', name));
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `${name}: a non-ASCII byte at ${at}: …${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}…`);
  }
  const context = await suite.browser.newContext();
  try {
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const base = suite.server.url('/gb/');
    await p.route(`${base}**`, async (route) => {
      const file = route.request().url().slice(base.length);
      if (file === 'page.html')
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><meta charset="gb2312"><body><script src="peakline.js"></script><peakline-gauge lang="zh" src="data.json" target="industrial-energy-intensity-2025"></peakline-gauge>',
        });
      if (file === 'peakline.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(REPO_ROOT, 'dist/peakline.js')) });
      return route.fulfill({ contentType: 'application/json', body: readFileSync(join(REPO_ROOT, 'data/cn-industry-carbon-peaking-2022.json')) });
    });
    await p.goto(`${base}page.html`);
    assert.equal(await p.evaluate(() => document.characterSet), 'GBK');
    await p.waitForFunction(() => document.querySelector('peakline-gauge')?.shadowRoot?.querySelector('[part~="status"]'), null, { timeout: 10_000 });
    const text = await p.evaluate(() => document.querySelector('peakline-gauge').shadowRoot.textContent);
    assert.deepEqual(errors, []);
    assert.match(text, /进度正常/);
    assert.match(text, /−6\.8%/);
  } finally {
    await context.close();
  }
});
