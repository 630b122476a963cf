/**
 * Windows High Contrast (forced-colors: active), emulated by Chromium through Playwright: the
 * widgets switch to system colours, stay legible, and keep the status as text plus icon.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBundleSuite, widgetsSettled } from './helpers.mjs';

const suite = useBundleSuite();

test('forced colours: system colours, legible status with its icon, chart still drawn', async () => {
  const context = await suite.browser.newContext({ forcedColors: 'active', colorScheme: 'dark', viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(suite.server.url('/test/pages/plain.html'), { waitUntil: 'load' });
    await widgetsSettled(page);
    const r = await page.evaluate(() => {
      const root = document.getElementById('china').shadowRoot;
      const css = (el, p) => getComputedStyle(el)[p];
      const canvasText = (() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      })();
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        canvasText,
        title: css(root.querySelector('.title'), 'color'),
        status: css(root.querySelector('[part~="status"]'), 'color'),
        statusText: root.querySelector('[part~="status"]').textContent.trim(),
        icon: Boolean(root.querySelector('[part~="status"] svg')),
        chartVisible: root.querySelector('svg.chart').getBoundingClientRect().width > 100,
        track: css(root.querySelector('.track'), 'fill'),
        fill: css(root.querySelector('.fill'), 'fill'),
      };
    });
    assert.equal(r.forced, true);
    assert.equal(r.title, r.canvasText);
    assert.equal(r.status, r.canvasText, 'status text uses CanvasText in forced colours');
    assert.match(r.statusText, /On track/);
    assert.equal(r.icon, true, 'the status keeps its icon');
    assert.equal(r.chartVisible, true);
    assert.notEqual(r.track, r.fill, 'track and progress stay distinguishable');
    // The same widget with theme="dark" and theme="auto" (the reader prefers dark): forced colours win over the dark
    // palette too. The dark rules are more specific than a bare :host, so they used to keep their own fill and track
    // (#60d394 on #2f343d) on the system's background.
    const themed = await page.evaluate(async () => {
      const out = {};
      for (const theme of ['light', 'dark', 'auto']) {
        const el = document.getElementById('china').cloneNode(true);
        el.id = '';
        el.setAttribute('theme', theme);
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
        const root = el.shadowRoot;
        const css = (sel, p) => getComputedStyle(root.querySelector(sel))[p];
        out[theme] = { title: css('.title', 'color'), frame: css('.frame', 'background-color'), track: css('.track', 'fill'), fill: css('.fill', 'fill') };
      }
      return out;
    });
    assert.deepEqual(themed.dark, themed.light, 'theme="dark" in forced colours');
    assert.deepEqual(themed.auto, themed.light, 'theme="auto" on a dark system in forced colours');
  } finally {
    await context.close();
  }
});
