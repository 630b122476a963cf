/**
 * No layout shift while the data loads: a gallery of every widget kind (bench/pages/render.html, `widget=mix`: gauges
 * arc and bar, a sector panel, two trajectories), its data served 300 ms late so each widget shows its loading box
 * first, at a desktop and a phone width, in English and Chinese. The page's cumulative layout shift (Chromium's
 * layout-shift entries without recent input) must be 0: each widget reserves its height while loading and keeps it
 * once the data is in (keepsReserve). `npm run bench` measures the same page; this keeps it from regressing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../pages/serve.mjs';
import { useBundleSuite } from './helpers.mjs';

const suite = useBundleSuite();
const demo = JSON.parse(readFileSync(join(REPO_ROOT, 'data/illustrative-demo.json'), 'utf8'));
const targets = demo.targets.map((t) => t.id).join(',');

for (const [width, lang] of [[1280, 'en'], [1280, 'zh'], [390, 'en'], [390, 'zh']]) {
  test(`CLS 0 while the data loads: every widget kind, ${width} px, ${lang}`, async () => {
    const context = await suite.browser.newContext({ viewport: { width, height: 1000 } });
    const page = await context.newPage();
    try {
      await page.goto(suite.server.url(`/bench/pages/render.html?widget=mix&delay=300&lang=${lang}&targets=${targets}`), { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench.readyAt !== null, undefined, { timeout: 30_000, polling: 50 });
      await page.waitForTimeout(300);
      const r = await page.evaluate(() => ({
        shifts: window.__bench.shifts.filter((s) => !s.hadRecentInput).map((s) => s.value),
        error: window.__bench.shiftError ?? null,
        widgets: document.getElementById('root').children.length,
        title: document.querySelector('peakline-gauge').shadowRoot.querySelector('.title').textContent,
      }));
      assert.equal(r.error, null);
      assert.ok(r.widgets >= 13, `${r.widgets} widgets`);
      assert.equal(/[\u4e00-\u9fff]/.test(r.title), lang === 'zh', r.title);
      assert.deepEqual(r.shifts, [], `layout shifts: ${r.shifts.join(', ')}`);
    } finally {
      await context.close();
    }
  });
}
