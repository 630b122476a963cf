/**
 * The built site: the production build (the same as `npm run build:site`, built here into a
 * temporary folder so site-dist/ is left alone), served from a subfolder (/peakline/…,
 * the way a newsroom would host it, so root-relative asset URLs would 404) by the static server
 * with the repository's /data/ behind it. First the builder and the gallery
 * render at all (a build that tree-shakes the builder away shows an empty page), then the
 * iframe fallback (site/embed.html). The page builds the widget from
 * the query string (`widget`, `target`, …; data by URL in `data=`, or inline in `#doc=`) with
 * createElement/setAttribute only, so hostile parameters can only ever show up as text.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BUNDLES } from '../../scripts/bundles.mjs';
import { REPO_ROOT, startServer } from '../pages/serve.mjs';
import { launch, open } from './helpers.mjs';

let server;
let browser;
let tmp;
let outDir;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'peakline-site-'));
  outDir = join(tmp, 'peakline');
  const { build } = await import('vite');
  await build({
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    mode: 'site',
    publicDir: false, // /data/ comes from the repository through the server instead
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  // The standalone bundles the snippets load, as scripts/prepare-site.mjs puts them in the site.
  for (const { file } of BUNDLES) await copyFile(join(REPO_ROOT, 'dist', file), join(outDir, file));
  server = await startServer({ extraRoots: [tmp] });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Every Peakline widget on the page or in the builder's shadow root that has finished rendering, by tag. */
function renderedWidgets(page) {
  return page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.shadowRoot;
        if (!r) continue;
        if (el.localName.startsWith('peakline-') && r.querySelector('.frame:not([aria-busy])')) found.push(el.localName);
        walk(r);
      }
    };
    walk(document);
    return found;
  });
}

for (const [page, expected] of [
  ['index.html', ['peakline-embed-builder', 'peakline-gauge']],
  ['gallery.html', ['peakline-gauge', 'peakline-trajectory', 'peakline-sectors']],
]) {
  test(`the built ${page} renders from a subfolder (relative asset URLs, nothing tree-shaken away)`, async () => {
    const { page: p, context, log } = await open(browser, server.url(`/peakline/${page}`), { width: 1280, height: 900 });
    try {
      await p.waitForFunction(
        (tags) => tags.every((t) => customElements.get(t)),
        expected,
        { timeout: 10_000, polling: 50 },
      );
      await p.waitForFunction(
        () => {
          const b = document.querySelector('peakline-embed-builder');
          const root = b ? b.shadowRoot : document;
          return !!root && [...root.querySelectorAll('peakline-gauge, peakline-trajectory, peakline-sectors')].some((w) => w.shadowRoot?.querySelector('.frame:not([aria-busy])'));
        },
        undefined,
        { timeout: 10_000, polling: 50 },
      );
      const widgets = await renderedWidgets(p);
      for (const tag of expected.filter((t) => t.startsWith('peakline-') && t !== 'peakline-embed-builder')) {
        assert.ok(widgets.includes(tag), `${page}: no rendered <${tag}> (found ${widgets.join(', ')})`);
      }
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(realErrors(log), []);
      assert.deepEqual(missing(), [], 'every file the page asks for exists');
    } finally {
      await context.close();
    }
  });
}

test('the gallery’s own text follows ?lang=zh, and the navigation keeps the language both ways', async () => {
  const cjk = /[\u4e00-\u9fff]/;
  const nav = (p) => p.evaluate(() => [...document.querySelectorAll('.sitenav a')].map((a) => [a.textContent, a.getAttribute('href')]));
  const { page, context, log } = await open(browser, server.url('/peakline/gallery.html?lang=zh'), { width: 1280, height: 900 });
  try {
    await page.waitForFunction(() => document.querySelector('#gallery h1'), undefined, { timeout: 10_000 });
    const text = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      headings: [...document.querySelectorAll('#gallery h1, #gallery h2, #gallery h3')].map((h) => h.textContent.trim()),
      lede: document.querySelector('.lede').textContent.replace(/\s+/g, ' ').trim(),
      wiring: document.querySelector('#gallery section p').textContent.replace(/\s+/g, ' ').trim(),
    }));
    assert.equal(text.lang, 'zh');
    assert.equal(text.title, 'Peakline 示例库');
    assert.equal(text.headings[0], 'Peakline 示例库');
    assert.equal(text.headings[1], '选择一个行业目标，查看其轨迹');
    for (const h of text.headings) assert.match(h, cjk, `heading in Chinese: ${h}`);
    assert.equal(text.lede, '内置数据集上的全部组件。 English · 深色主题 · 条形仪表');
    assert.equal(text.wiring, '面板触发 peakline-select 事件，页面据此设置图表的 target 属性。');
    // The link to this page keeps the gallery's options: followed, it does not switch back to English.
    assert.deepEqual(await nav(page), [['嵌入代码生成器', './index.html?ui=zh'], ['示例库', './gallery.html?lang=zh']]);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
  // The Chinese builder opens the Chinese gallery; the English one the English gallery.
  for (const [query, expected] of [
    ['?ui=zh', [['嵌入代码生成器', './index.html?ui=zh'], ['示例库', './gallery.html?lang=zh']]],
    ['', [['Embed builder', './index.html'], ['Gallery', './gallery.html']]],
  ]) {
    const { page: p, context: c } = await open(browser, server.url(`/peakline/index.html${query}`), { width: 1280, height: 900 });
    try {
      await p.waitForFunction(() => document.querySelector('peakline-embed-builder')?.shadowRoot?.querySelector('h1'), undefined, { timeout: 10_000 });
      assert.deepEqual(await nav(p), expected, `index.html${query}`);
    } finally {
      await c.close();
    }
  }
});

test('each widget’s copied inline snippet, pasted into a bare page, renders from its one-widget bundle alone', async () => {
  const { page, context, log } = await open(browser, server.url('/peakline/index.html'), { width: 1280, height: 900 });
  try {
    for (const widget of ['gauge', 'trajectory', 'sectors']) {
      const pick = page.locator('peakline-embed-builder select[data-key="widget"]');
      await pick.waitFor({ timeout: 10_000 });
      await pick.selectOption(widget);
      // The inline form (#snippet-1): the built-in dataset's URL form points at /peakline/data/, not served here.
      const code = page.locator('peakline-embed-builder #snippet-1');
      await page.waitForFunction((w) => document.querySelector('peakline-embed-builder').shadowRoot.querySelector('#snippet-1')?.textContent.includes(`<peakline-${w} `), widget, { timeout: 10_000 });
      const snippet = await code.textContent();
      assert.match(snippet, new RegExp(`^<script src="[^"]+/peakline/peakline-${widget}\\.js"></script>\n<peakline-${widget} `));
      await writeFile(join(outDir, `pasted-${widget}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Pasted</title><body>${snippet}</body></html>`);
      const { page: host, context: hc, log: hl } = await open(browser, server.url(`/peakline/pasted-${widget}.html`), { width: 700, height: 1200 });
      try {
        await host.waitForFunction(
          (w) => document.querySelector(`peakline-${w}`)?.shadowRoot?.querySelector('.frame:not([aria-busy]) .title'),
          widget,
          { timeout: 10_000, polling: 50 },
        );
        const out = await host.evaluate((w) => ({
          alert: document.querySelector(`peakline-${w}`).shadowRoot.querySelector('[role="alert"]')?.textContent ?? null,
          scripts: performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script').map((e) => new URL(e.name).pathname),
          defined: ['peakline-data', 'peakline-gauge', 'peakline-trajectory', 'peakline-sectors'].filter((t) => customElements.get(t)),
        }), widget);
        assert.equal(out.alert, null, `${widget}: error box`);
        assert.deepEqual(out.scripts, [`/peakline/peakline-${widget}.js`]);
        assert.deepEqual(out.defined, ['peakline-data', `peakline-${widget}`]);
        assert.deepEqual(hl.pageErrors, []);
        assert.deepEqual(realErrors(hl), []);
      } finally {
        await hc.close();
      }
    }
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the iframe snippet, its listener stripped, shows the whole widget at the widths the builder measured (320, 360, 900 px)', async () => {
  // A CMS that strips <script> strips the auto-height listener too: the height the builder wrote is all there is. It
  // measured the widget at 320, 360 and 900 px wide; embed.html's 4 px side padding made it 8 px narrower there, so its
  // text wrapped more and the iframe cut off its last lines (a sector panel by 40 px at 320 px, a trajectory by 15 at 900).
  const { page, context } = await open(browser, server.url('/peakline/index.html'), { width: 1280, height: 900 });
  try {
    for (const widget of ['trajectory', 'sectors']) {
      const pick = page.locator('peakline-embed-builder select[data-key="widget"]');
      await pick.waitFor({ timeout: 10_000 });
      await pick.selectOption(widget);
      await page.waitForFunction((w) => document.querySelector('peakline-embed-builder').shadowRoot.querySelector('#snippet-2')?.textContent.includes(`widget=${w}`), widget, { timeout: 10_000 });
      await page.waitForTimeout(1500); // the previews measured, the height written
      const snippet = (await page.locator('peakline-embed-builder #snippet-2').textContent()).replace(' loading="lazy"', '');
      // The built-in dataset's address points at /peakline/data/: the repository's /data/ is what this server has.
      const iframe = snippet.replace(/data=[^&"]+/, `data=${encodeURIComponent(server.url('/data/cn-industry-carbon-peaking-2022.json'))}`);
      const columns = [320, 360, 900].map((w) => `<div style="width:${w}px">${iframe}</div>`).join('');
      await writeFile(join(outDir, `iframe-${widget}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Iframe</title><body style="margin:0">${columns}</body></html>`);
      const { page: host, context: hc } = await open(browser, server.url(`/peakline/iframe-${widget}.html`), { width: 1000, height: 900 });
      try {
        const frames = host.frames().slice(1);
        assert.equal(frames.length, 3);
        for (const f of frames) {
          await f.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'), undefined, { timeout: 10_000 });
        }
        await host.waitForTimeout(300);
        for (const f of frames) {
          const { width, shown, needed } = await f.evaluate(() => ({ width: innerWidth, shown: innerHeight, needed: document.documentElement.scrollHeight }));
          assert.ok(needed <= shown, `${widget} at ${width} px: ${needed} px of widget in a ${shown} px iframe`);
        }
      } finally {
        await hc.close();
      }
    }
  } finally {
    await context.close();
  }
});

test('the iframe snippet for a column width the editor gives: the whole widget in that column, and no blank space below it', async () => {
  // For every width (the default) the iframe is as tall as the widget in a phone's column: 154 px of blank space
  // below the China gauge in a 640 px column. With the column's width typed, the height is the widget's there.
  const { page, context } = await open(browser, server.url('/peakline/index.html'), { width: 1280, height: 900 });
  try {
    for (const widget of ['gauge', 'trajectory', 'sectors']) {
      const pick = page.locator('peakline-embed-builder select[data-key="widget"]');
      await pick.waitFor({ timeout: 10_000 });
      await pick.selectOption(widget);
      await page.locator('peakline-embed-builder #iframe-column').fill('640');
      await page.waitForFunction(
        (w) => /measured here at 640 px/.test(document.querySelector('peakline-embed-builder').shadowRoot.querySelector('#iframe-note')?.textContent) && document.querySelector('peakline-embed-builder').shadowRoot.querySelector('#snippet-2').textContent.includes(`widget=${w}`),
        widget,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(500);
      const snippet = (await page.locator('peakline-embed-builder #snippet-2').textContent()).replace(' loading="lazy"', '');
      const iframe = snippet.replace(/data=[^&"]+/, `data=${encodeURIComponent(server.url('/data/cn-industry-carbon-peaking-2022.json'))}`);
      await writeFile(join(outDir, `iframe-640-${widget}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Iframe</title><body style="margin:0"><div style="width:640px">${iframe}</div></body></html>`);
      const { page: host, context: hc } = await open(browser, server.url(`/peakline/iframe-640-${widget}.html`), { width: 1000, height: 900 });
      try {
        const [f] = host.frames().slice(1);
        await f.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'), undefined, { timeout: 10_000 });
        await host.waitForTimeout(300);
        const { width, shown, needed, widget: tall } = await f.evaluate(() => ({
          width: innerWidth,
          shown: innerHeight,
          needed: document.documentElement.scrollHeight,
          widget: document.querySelector('#widget > *').getBoundingClientRect().height,
        }));
        assert.equal(width, 640);
        assert.ok(needed <= shown, `${widget}: ${needed} px of widget in a ${shown} px iframe`);
        // Below the widget: embed.html's 4 px padding and the height's rounding up, nothing more.
        assert.ok(shown - tall - 8 < 1, `${widget}: ${shown - tall - 8} px blank below a ${tall} px widget`);
      } finally {
        await hc.close();
      }
    }
  } finally {
    await context.close();
  }
});

/** Opens the embed page and waits for its widget to leave the loading state. */
async function embed(query, hash = '') {
  const opened = await open(browser, server.url(`/peakline/embed.html?${query}${hash}`), { width: 640, height: 900 });
  const { page } = opened;
  await page.waitForFunction(
    () => {
      const el = document.querySelector('#widget > *');
      const root = el?.shadowRoot;
      return !!root && !!root.querySelector('.frame') && !root.querySelector('[aria-busy="true"]');
    },
    undefined,
    { timeout: 10_000, polling: 50 },
  );
  return opened;
}

function shadowSummary(page) {
  return page.evaluate(() => {
    const el = document.querySelector('#widget > *');
    const root = el.shadowRoot;
    return {
      tag: el.localName,
      attributes: el.getAttributeNames(),
      headline: root.querySelector('[part~="headline"]')?.textContent?.trim() ?? null,
      alert: root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      imgs: root.querySelectorAll('img').length + document.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length,
      pwned: window.__pwned ?? null,
    };
  });
}

// 404s are checked by path on the server (the browser's message does not name the URL).
const realErrors = (log) => log.console.filter((m) => m.type === 'error' && !m.text.startsWith('Failed to load resource'));
const missing = () => server.notFound.filter((p) => p !== '/favicon.ico');

test('renders a gauge with data by URL', async () => {
  const { page, context, log } = await embed(
    'widget=gauge&target=industrial-energy-intensity-2025&data=/data/cn-industry-carbon-peaking-2022.json&lang=en',
  );
  try {
    const s = await shadowSummary(page);
    assert.equal(s.tag, 'peakline-gauge');
    assert.ok(s.headline, `headline: ${JSON.stringify(s)}`);
    assert.equal(s.alert, null);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(realErrors(log), []);
    assert.deepEqual(missing(), []);
  } finally {
    await context.close();
  }
});

test('renders with the document inline in #doc= (never sent to the server)', async () => {
  const demo = (await import('../../data/illustrative-demo.json', { with: { type: 'json' } })).default;
  const before = server.requests.length;
  const { page, context, log } = await embed(
    'widget=gauge&target=renewable-electricity-60-2030&variant=bar&theme=dark',
    `#doc=${encodeURIComponent(JSON.stringify(demo))}`,
  );
  try {
    const s = await shadowSummary(page);
    assert.ok(s.headline, `headline: ${JSON.stringify(s)}`);
    assert.deepEqual(
      server.requests.slice(before).filter((r) => r.startsWith('/data/')),
      [],
      'the data came from the fragment, not the network',
    );
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a widget name the page does not know says so, as text, rather than showing a gauge', async () => {
  const { page, context, log } = await open(browser, server.url('/peakline/embed.html?widget=guage&target=industrial-energy-intensity-2025&data=/data/cn-industry-carbon-peaking-2022.json'));
  try {
    await page.waitForFunction(() => document.querySelector('#widget')?.textContent?.includes('guage'));
    assert.equal(await page.locator('#widget').textContent(), 'widget="guage" is not one of gauge, trajectory, sectors.');
    assert.equal(await page.locator('#widget > *').count(), 0);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
  // In Chinese the attribute stays code, in straight quotes as it is typed (it had curly ones: widget=“guage”).
  const zh = await open(browser, server.url('/peakline/embed.html?widget=guage&lang=zh'));
  try {
    await zh.page.waitForFunction(() => document.querySelector('#widget')?.textContent?.includes('guage'));
    assert.equal(await zh.page.locator('#widget').textContent(), 'widget="guage" 不是 gauge、trajectory 或 sectors。');
  } finally {
    await zh.context.close();
  }
});

test('a hostile widget name is echoed as every widget echoes a value: shortened, invisible characters spelled out', async () => {
  // A text-direction override in the address reversed the rest of the sentence ("widget=… is not one of …"), and a
  // name of thousands of characters was written out whole.
  const name = `<img src=x onerror=alert(1)>\u202e${'x'.repeat(3000)}`;
  const { page, context, log } = await open(browser, server.url(`/peakline/embed.html?widget=${encodeURIComponent(name)}`));
  try {
    await page.waitForFunction(() => document.querySelector('#widget')?.textContent?.includes('is not one of'));
    assert.equal(await page.locator('#widget').textContent(), `widget="<img src=x onerror=alert(1)>\\u202E${'x'.repeat(8)}…" is not one of gauge, trajectory, sectors.`);
    assert.equal(await page.locator('#widget > *').count(), 0);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('other widgets by name (whichever the build defines)', async () => {
  for (const [widget, query] of [
    ['sectors', 'widget=sectors&data=/data/illustrative-demo.json'],
    ['trajectory', 'widget=trajectory&target=power-co2-minus-50-2030&data=/data/illustrative-demo.json'],
  ]) {
    const { page, context, log } = await open(browser, server.url(`/peakline/embed.html?${query}`));
    try {
      const defined = await page.evaluate((t) => !!customElements.get(t), `peakline-${widget}`);
      if (!defined) continue;
      await page.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('.frame:not([aria-busy])'), undefined, {
        timeout: 10_000,
      });
      const s = await shadowSummary(page);
      assert.equal(s.tag, `peakline-${widget}`);
      assert.equal(s.alert, null, `${widget}: ${s.alert}`);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  }
});

test('a sector panel keeps its targets and sort from the address (they were dropped: every target, by status)', async () => {
  const { page, context, log } = await open(
    browser,
    server.url('/peakline/embed.html?widget=sectors&targets=heat-pumps-500-2032,power-co2-minus-50-2030&sort=name&data=/data/illustrative-demo.json'),
  );
  try {
    await page.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('li.row'), undefined, { timeout: 10_000 });
    const rows = await page.evaluate(() => [...document.querySelector('#widget > *').shadowRoot.querySelectorAll('li.row')].map((li) => li.dataset.target));
    // Two rows, by name: "500 thousand heat pumps…" before "Power-sector CO₂…".
    assert.deepEqual(rows, ['heat-pumps-500-2032', 'power-co2-minus-50-2030']);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('hostile query parameters render as text, never as markup', async () => {
  const payload = '<img src=x onerror="window.__pwned=1">';
  const q = new URLSearchParams({
    widget: 'gauge',
    target: payload,
    theme: '"><svg onload="window.__pwned=3">',
    onclick: 'window.__pwned=4',
    style: 'display:none',
    data: '/data/illustrative-demo.json',
  });
  const { page, context, log } = await embed(q.toString());
  try {
    await page.evaluate(() => document.querySelector('#widget > *').click());
    await page.waitForTimeout(200);
    const s = await shadowSummary(page);
    assert.equal(s.tag, 'peakline-gauge');
    // Verbatim but for its quotes, which messages escape (so one value cannot read as several attributes).
    assert.ok(s.alert?.includes(payload.replace(/"/g, '\\"')), `the target id is shown as text: ${s.alert}`);
    assert.ok(!s.alert?.includes('did you mean'), `no suggestion for markup: ${s.alert}`);
    assert.equal(s.imgs, 0, 'no <img> was created');
    assert.equal(s.scripts, 0);
    assert.equal(s.pwned, null, 'no handler ran');
    assert.ok(!s.attributes.includes('onclick') && !s.attributes.includes('style'), `attributes: ${s.attributes}`);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a hostile widget name is shown as text: no element, no markup, no script', async () => {
  const widget = '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=6">';
  const { page, context, log } = await open(browser, server.url(`/peakline/embed.html?${new URLSearchParams({ widget, data: '/data/illustrative-demo.json' })}`));
  try {
    await page.waitForFunction(() => document.querySelector('#widget')?.textContent?.includes('is not one of'));
    await page.waitForTimeout(200);
    // Shortened to 40 characters, as every echoed value is.
    assert.equal(await page.locator('#widget').textContent(), `widget="${widget.slice(0, 37)}…" is not one of gauge, trajectory, sectors.`);
    assert.equal(await page.locator('#widget script, #widget img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a javascript: data URL is refused with a message', async () => {
  const { page, context } = await embed('widget=gauge&target=x&data=javascript:window.__pwned=5');
  try {
    const s = await shadowSummary(page);
    assert.ok(s.alert?.includes('is not an http(s) address'), s.alert ?? 'no alert');
    assert.equal(s.pwned, null);
  } finally {
    await context.close();
  }
});

test('embed.html posts its height to the host page (peakline:embed-height) and adds no margins of its own', async () => {
  const browserContext = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await browserContext.newPage();
  try {
    const src = server.url('/peakline/embed.html?widget=gauge&target=industrial-energy-intensity-2025&data=/data/cn-industry-carbon-peaking-2022.json');
    await page.setContent(
      `<script>window.__heights=[];window.__amp=[];addEventListener('message',function(e){if(e.data&&e.data.type==='peakline:embed-height')window.__heights.push({h:e.data.height,o:e.origin});if(e.data&&e.data.sentinel==='amp'&&e.data.type==='embed-size')window.__amp.push(e.data.height)})</script>` +
        `<iframe src="${src}" title="t" width="900" height="200" style="border:0"></iframe>`,
    );
    const frame = page.frames()[1];
    await frame.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('.frame:not([aria-busy])'), undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const inner = await frame.evaluate(() => ({
      main: document.querySelector('main').getBoundingClientRect().height,
      widget: document.querySelector('#widget > *').getBoundingClientRect().height,
      width: document.querySelector('#widget > *').getBoundingClientRect().width,
      top: document.querySelector('main').getBoundingClientRect().top,
    }));
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.length >= 1, 'at least one height message');
    const last = heights.at(-1);
    assert.equal(last.o, new URL(src).origin);
    assert.equal(last.h, Math.ceil(inner.main), `posted ${last.h} for a ${inner.main} px page`);
    // The same height as AMP's <amp-iframe resizable> asks for it (an AMP page runs no listener of ours).
    assert.equal((await page.evaluate(() => window.__amp)).at(-1), last.h);
    // Only the 4 px padding above and below (the builder's iframe height counts exactly that), none at the sides: the
    // widget is as wide as the iframe, the width the builder measured it at (8 px narrower, it wrapped more and was cut off).
    assert.equal(inner.top, 0);
    assert.ok(Math.abs(inner.main - inner.widget - 8) < 0.01, `main ${inner.main} vs widget ${inner.widget}`);
    assert.equal(inner.width, 900);
  } finally {
    await browserContext.close();
  }
});

test('embed.html with data by URL: the widget has its data from its first render, so it keeps no loading height the builder did not measure', async () => {
  // The builder measures its previews, which have their data at once, for the iframe snippet's height. A widget that
  // loaded by URL here kept the height it reserved while loading: the Chinese trajectory at 320 px, 110 px more than
  // it shows, so the iframe cut it off.
  const browserContext = await browser.newContext({ viewport: { width: 328, height: 800 } });
  const page = await browserContext.newPage();
  try {
    const requests = [];
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/data/') && requests.push(r.url()));
    await page.goto(server.url('/peakline/embed.html?widget=trajectory&target=industrial-energy-intensity-2025&lang=zh&data=/data/cn-industry-carbon-peaking-2022.json'));
    await page.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'), undefined, { timeout: 10_000 });
    const minHeight = await page.evaluate(() => document.querySelector('#widget > *').shadowRoot.querySelector('[part~="frame"]').style.minHeight);
    assert.equal(minHeight, '');
    assert.equal(requests.length, 1, requests.join(', '));
    // The page's title in its language, as its <html lang>.
    assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]), ['Peakline 图表', 'zh']);
  } finally {
    await browserContext.close();
  }
});

test('embed.html in an iframe taller than its widget: the card keeps its natural height (spare space below it, not inside it between chart and sources), and the posted height is that height', async () => {
  const browserContext = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  // In every frame: errors reported to window (a "ResizeObserver loop" error is one, and no exception).
  await browserContext.addInitScript(() => {
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(String(e.message)));
  });
  const page = await browserContext.newPage();
  try {
    for (const query of [
      'widget=gauge&target=industrial-energy-intensity-2025&data=/data/cn-industry-carbon-peaking-2022.json',
      'widget=trajectory&target=industrial-energy-intensity-2025&data=/data/cn-industry-carbon-peaking-2022.json',
      'widget=sectors&rows=4&data=/data/cn-industry-carbon-peaking-2022.json',
    ]) {
      const src = server.url(`/peakline/embed.html?${query}`);
      // The same widget twice: in a 200 px iframe (shorter than the widget, so nothing to fill: its height is the
      // natural one) and in a 1500 px one. Heights are recorded per iframe.
      await page.setContent(
        `<script>window.__heights=[[],[]];addEventListener('message',function(e){if(!e.data||e.data.type!=='peakline:embed-height')return;document.querySelectorAll('iframe').forEach(function(f,i){if(f.contentWindow===e.source)window.__heights[i].push(e.data.height)})})</script>` +
          `<iframe src="${src}" title="short" width="900" height="200" style="border:0;display:block"></iframe>` +
          `<iframe src="${src}" title="tall" width="900" height="1500" style="border:0;display:block"></iframe>`,
      );
      const [short, tall] = page.frames().slice(1);
      for (const f of [short, tall]) {
        await f.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'), undefined, { timeout: 10_000 });
      }
      await page.waitForTimeout(300);
      const measure = (f) =>
        f.evaluate(() => {
          const root = document.querySelector('#widget > *').shadowRoot;
          const frame = root.querySelector('[part~="frame"]').getBoundingClientRect();
          const footer = root.querySelector('[part~="footer"]').getBoundingClientRect();
          return { main: document.querySelector('main').getBoundingClientRect().height, frameBottom: frame.bottom, footerBottom: footer.bottom };
        });
      const natural = await measure(short);
      const inTall = await measure(tall);
      const label = query.slice(0, query.indexOf('&'));
      // In the tall iframe the card is as tall as in the short one: it ends where its content does (the footer, then
      // the frame's padding, 0.875em = 14 px, and its 1 px border), and the rest of the iframe is transparent page.
      // (It used to stretch to the iframe's bottom, which put hundreds of pixels of blank between a chart and its sources.)
      assert.ok(natural.main < 1400, `${label}: the widget (${natural.main} px) is much shorter than the tall iframe`);
      assert.ok(Math.abs(inTall.frameBottom - natural.frameBottom) < 1, `${label}: card ends at ${inTall.frameBottom} in a 1500 px iframe, ${natural.frameBottom} in a 200 px one`);
      assert.ok(inTall.frameBottom - inTall.footerBottom < 16, `${label}: footer ends at ${inTall.footerBottom}, card at ${inTall.frameBottom}`);
      assert.ok(Math.abs(inTall.main - natural.main) < 1, `${label}: ${inTall.main} px of page in the tall iframe, ${natural.main} in the short one`);
      // Both post the natural height: the listener can shrink a tall iframe to fit.
      let heights = await page.evaluate(() => window.__heights);
      assert.equal(heights[0].at(-1), Math.ceil(natural.main), `${label}: short iframe posted ${heights[0]}`);
      assert.equal(heights[1].at(-1), Math.ceil(natural.main), `${label}: tall iframe posted ${heights[1]} for a ${natural.main} px widget`);
      // Opening the footer's disclosure makes the widget taller and closing it shorter again: both are posted.
      const toggle = () => tall.evaluate(() => document.querySelector('#widget > *').shadowRoot.querySelector('[part~="disclosure"] summary').click());
      await toggle();
      await page.waitForTimeout(200);
      heights = await page.evaluate(() => window.__heights);
      assert.ok(heights[1].at(-1) > Math.ceil(natural.main) + 20, `${label}: posted ${heights[1]} with the disclosure open`);
      await toggle();
      await page.waitForTimeout(200);
      heights = await page.evaluate(() => window.__heights);
      assert.equal(heights[1].at(-1), Math.ceil(natural.main), `${label}: posted ${heights[1]} with the disclosure closed again`);
      for (const f of [short, tall]) assert.deepEqual(await f.evaluate(() => window.__errors), [], `${label}: errors in the embed page`);
    }
  } finally {
    await browserContext.close();
  }
});
