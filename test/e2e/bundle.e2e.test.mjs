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
