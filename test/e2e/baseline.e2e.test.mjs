/**
 * The hand-written d3 baseline that `npm run bench` measures Peakline against (bench/baseline/): it builds, and on its
 * benchmark page every chart of the gallery fires `peakline-ready` (what the bench waits for), draws no NaN, redraws
 * when the viewport narrows, and its memory page mounts and unmounts charts. Not a test of the baseline's looks: a
 * broken baseline would only make the bench's comparison section empty.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildBaseline } from '../../bench/baseline/build.mjs';
import { REPO_ROOT, startServer } from '../pages/serve.mjs';
import { launch } from './helpers.mjs';

const demo = JSON.parse(readFileSync(join(REPO_ROOT, 'data/illustrative-demo.json'), 'utf8'));
const targets = demo.targets.map((t) => t.id).join(',');
let dir;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(os.tmpdir(), 'peakline-baseline-'));
  mkdirSync(join(dir, 'bench/baseline/dist'), { recursive: true });
  const { code, inputs } = await buildBaseline({ terser: false }); // the bench's terser pass takes seconds
  assert.ok(code.length > 10_000 && Object.keys(inputs).some((p) => p.includes('node_modules/d3-selection/')));
  writeFileSync(join(dir, 'bench/baseline/dist/baseline.js'), code);
  server = await startServer({ extraRoots: [dir] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the baseline gallery: every chart fires peakline-ready, draws no NaN and redraws at a narrower width', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(server.url(`/bench/baseline/render.html?widget=mix&targets=${targets}`), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.paintedAt !== null, undefined, { timeout: 20_000, polling: 50 });
    const drawn = await page.evaluate(() => ({
      ready: window.__bench.ready,
      charts: document.querySelectorAll('[data-chart]').length,
      kinds: [...new Set([...document.querySelectorAll('[data-chart]')].map((el) => el.dataset.chart))].sort(),
      svg: [...document.querySelectorAll('[data-chart] svg')].map((s) => s.outerHTML).join(''),
    }));
    assert.equal(drawn.charts, demo.targets.length + 3);
    assert.equal(drawn.ready, drawn.charts);
    assert.deepEqual(drawn.kinds, ['gauge', 'sectors', 'trajectory']);
    assert.doesNotMatch(drawn.svg, /NaN|undefined|Infinity/);
    await page.evaluate(() => {
      window.__resize = null;
      void window.__armResize().then((r) => (window.__resize = r));
    });
    await page.setViewportSize({ width: 360, height: 900 });
    await page.waitForFunction(() => window.__resize !== null, undefined, { timeout: 10_000, polling: 20 });
    const resize = await page.evaluate(() => window.__resize);
    assert.equal(resize.updated, drawn.charts, JSON.stringify(resize));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the baseline memory page mounts charts of each kind and unmounts them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url('/bench/baseline/memory.html'), { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => window.__init()), demo.targets.length);
    for (const kind of ['gauge', 'trajectory', 'sectors']) {
      assert.equal(await page.evaluate((k) => window.__mount(k, 5), kind), 5);
      await page.evaluate(() => window.__unmount());
      assert.equal(await page.evaluate(() => document.getElementById('root').children.length), 0);
    }
  } finally {
    await context.close();
  }
});
