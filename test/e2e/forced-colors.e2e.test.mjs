/**
 * Windows High Contrast (forced-colors: active), emulated by Chromium through Playwright: the
 * widgets switch to system colours, stay legible, and keep the status as text plus icon.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBundleSuite, widgetsSettled } from './helpers.mjs';

const suite = useBundleSuite();

/** A page of the bundle's plain test page in emulated forced colours, its widgets settled. */
async function forcedPage(options) {
  const context = await suite.browser.newContext({ forcedColors: 'active', viewport: { width: 800, height: 1000 }, ...options });
  const page = await context.newPage();
  await page.goto(suite.server.url('/test/pages/plain.html'), { waitUntil: 'load' });
  await widgetsSettled(page);
  return { context, page };
}

test('forced colours: system colours, legible status with its icon, chart still drawn', async () => {
  const { context, page } = await forcedPage({ colorScheme: 'dark' });
  try {
    const r = await page.evaluate(() => {
      const root = document.getElementById('china').shadowRoot;
      const css = (el, p) => getComputedStyle(el)[p];
      const system = (name) => {
        const probe = document.createElement('span');
        probe.style.color = name;
        document.body.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      };
      const canvasText = system('CanvasText');
      return {
        forced: matchMedia('(forced-colors: active)').matches,
        canvasText,
        title: css(root.querySelector('.title'), 'color'),
        status: css(root.querySelector('[part~="status"]'), 'color'),
        statusText: root.querySelector('[part~="status"]').textContent.trim(),
        icon: Boolean(root.querySelector('[part~="status"] svg')),
        chartVisible: root.querySelector('svg.chart').getBoundingClientRect().width > 100,
        track: css(root.querySelector('.track'), 'fill'),
        trackEdge: css(root.querySelector('.track'), 'stroke'),
        fill: css(root.querySelector('.fill'), 'fill'),
        system: { canvas: system('Canvas'), grayText: system('GrayText'), highlight: system('Highlight') },
      };
    });
    assert.equal(r.forced, true);
    assert.equal(r.title, r.canvasText);
    assert.equal(r.status, r.canvasText, 'status text uses CanvasText in forced colours');
    assert.match(r.statusText, /On track/);
    assert.equal(r.icon, true, 'the status keeps its icon');
    assert.equal(r.chartVisible, true);
    assert.notEqual(r.track, r.fill, 'track and progress stay distinguishable');
    // As the sector panel draws them: the track an outline, the fill in Highlight (CanvasText on a GrayText track was
    // 1.5:1 in both Windows palettes).
    assert.deepEqual([r.track, r.trackEdge, r.fill], [r.system.canvas, r.system.grayText, r.system.highlight]);
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

test('forced colours: tints become outlines, so the uncertainty band and a target range stay visible', async () => {
  // The band token is transparent in forced colours and ranges were a 12% tint: the legend named a band nobody saw.
  const { context, page } = await forcedPage();
  try {
    const r = await page.evaluate(async () => {
      const make = (tag, src, target) => {
        const el = document.createElement(tag);
        el.setAttribute('src', src);
        el.setAttribute('target', target);
        document.body.append(el);
        return new Promise((res) => el.addEventListener('peakline-ready', () => res(el)));
      };
      const [traj, gauge] = await Promise.all([
        make('peakline-trajectory', '/data/illustrative-demo%2Ejson', 'heat-pumps-500-2032'),
        make('peakline-gauge', '/data/cn-industry-carbon-peaking-2022%2Ejson', 'clinker-capacity-2025'),
      ]);
      await new Promise((res) => setTimeout(res, 50));
      const look = (el) => { const cs = getComputedStyle(el); return { fill: cs.fill, stroke: cs.stroke, opacity: cs.strokeOpacity }; };
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      return {
        canvasText: getComputedStyle(probe).color,
        bands: [...traj.shadowRoot.querySelectorAll('.band')].map(look),
        range: look(gauge.shadowRoot.querySelector('.range')),
      };
    });
    assert.ok(r.bands.length >= 2, 'the band and its legend swatch');
    for (const b of [...r.bands, r.range]) {
      assert.equal(b.stroke, r.canvasText, JSON.stringify(b));
      assert.equal(b.opacity, '1');
      assert.equal(b.fill, 'none');
    }
  } finally {
    await context.close();
  }
});

test('forced colours: a selected sector row differs from the focused one, and legend keys look like their marks', async () => {
  // Selection was an outline, as focus is (2 px Highlight against 3 px): with the row's inset bar gone (forced colours
  // drop box-shadow), a reader could not tell which row was selected and which focused. The range's key was a solid
  // GrayText block for a dashed outline, and the panel's progress key CanvasText for Highlight marks (accessibility audit).
  const { context, page } = await forcedPage({ viewport: { width: 900, height: 1000 } });
  try {
    const r = await page.evaluate(async () => {
      const make = (tag, attrs) => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
        return new Promise((res) => el.addEventListener('peakline-ready', () => res(el)));
      };
      const [panel, gauge] = await Promise.all([
        make('peakline-sectors', { src: '/data/illustrative-demo%2Ejson', selected: 'power-co2-minus-50-2030', sort: 'data' }),
        make('peakline-gauge', { src: '/data/cn-industry-carbon-peaking-2022%2Ejson', target: 'clinker-capacity-2025' }),
      ]);
      await new Promise((res) => setTimeout(res, 50));
      const root = panel.shadowRoot;
      const rows = [...root.querySelectorAll('li.row')];
      const selected = root.querySelector('[aria-selected="true"]');
      const other = rows.find((li) => li !== selected);
      other.focus();
      await new Promise((res) => requestAnimationFrame(res));
      const cue = (li) => { const cs = getComputedStyle(li); return `${cs.outlineStyle} | ${cs.borderInlineStartStyle} ${cs.borderInlineStartWidth} ${cs.borderInlineStartColor}`; };
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      return {
        highlight: getComputedStyle(probe).color,
        selected: cue(selected),
        focused: cue(other),
        progressKey: getComputedStyle(root.querySelector('.legend .key .fill')).fill,
        rowFill: getComputedStyle(root.querySelector('li.row .fill')).fill,
        rangeKey: [...gauge.shadowRoot.querySelectorAll('.key')].filter((k) => k.querySelector('.range')).map((k) => getComputedStyle(k).backgroundColor),
      };
    });
    assert.equal(r.selected, `none | solid 5px ${r.highlight}`);
    assert.match(r.focused, /^solid \| none 0px/);
    assert.equal(r.progressKey, r.rowFill);
    assert.equal(r.progressKey, r.highlight);
    assert.deepEqual(r.rangeKey, ['rgba(0, 0, 0, 0)']);
  } finally {
    await context.close();
  }
});
