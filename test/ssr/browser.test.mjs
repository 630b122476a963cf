// The static snapshot in real Chromium: it displays with JavaScript off (the HTML parser attaches
// the declarative shadow root), and with JavaScript on and --bundle the live element upgrades
// over it and replaces it (one frame, not two). Screenshots go to a temp folder; with
// UPDATE_SCREENSHOTS=1 they replace the references in test/screenshots/ssr/ (look at them first).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/check-chromium.mjs';
import { TARGET, china, root, runCli, tmp } from './helpers.mjs';

const shots = process.env.UPDATE_SCREENSHOTS ? join(root, 'test', 'screenshots', 'ssr') : join(tmp, 'shots');
mkdirSync(shots, { recursive: true });

/** Bundles the kit's sources for the browser as an ES module into tmp/`outfile` (an entry file, or `stdin`). */
const bundle = (outfile, input) =>
  build({ ...input, outfile: join(tmp, outfile), bundle: true, format: 'esm', target: 'es2021', tsconfig: join(root, 'tsconfig.json'), absWorkingDir: root, logLevel: 'warning' });

/** A bundle that loads @lit-labs/ssr-client's hydrate support before lit-element, then runs `code` (which defines elements). */
const hydrating = (outfile, code) =>
  bundle(outfile, { stdin: { contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${code}`, resolveDir: root, loader: 'ts' } });

let browser;
let server;
let origin;

async function render(name, args) {
  const { code, stdout, stderr } = await runCli(['render', '--data', china, '--target', TARGET, ...args]);
  assert.equal(code, 0, stderr);
  writeFileSync(join(tmp, name), stdout);
  return join(tmp, name);
}

before(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  // The live kit, as a page would load it: every element defined by src/define.ts.
  await bundle('live.js', { entryPoints: [join(root, 'src', 'define.ts')] });
  // Module scripts need http(s): serve the temporary folder on the loopback address.
  server = createServer((req, res) => {
    const file = join(tmp, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, ''));
    if (!file.startsWith(tmp)) return res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

async function staticPage(url, jsEnabled) {
  const context = await browser.newContext({ javaScriptEnabled: jsEnabled, viewport: { width: 720, height: 640 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

describe('with JavaScript off', () => {
  for (const { name, args, headline, status, shot } of [
    { name: 'gauge-en.html', args: [], headline: '−6.8%', status: 'On track', shot: 'gauge-en.png' },
    { name: 'gauge-zh-dark.html', args: ['--lang', 'zh', '--theme', 'dark'], headline: '−6.8%', status: '进度正常', shot: 'gauge-zh-dark.png' },
  ]) {
    it(`${name}: the declarative shadow root is attached and the headline is visible`, async () => {
      const file = await render(name, args);
      const { context, page } = await staticPage(pathToFileURL(file).href, false);
      try {
        const info = await page.evaluate(() => {
          const el = document.querySelector('peakline-gauge');
          return {
            shadow: !!el?.shadowRoot,
            template: !!document.querySelector('template'),
            defined: !!customElements.get('peakline-gauge'),
            width: el?.getBoundingClientRect().width,
          };
        });
        assert.deepEqual({ shadow: info.shadow, template: info.template, defined: info.defined }, { shadow: true, template: false, defined: false });
        assert.ok(info.width > 300 && info.width <= 640, `width ${info.width}`);
        const h = page.locator('peakline-gauge .headline');
        assert.equal(await h.isVisible(), true);
        assert.equal((await h.textContent()).trim(), headline);
        assert.equal(await page.locator('peakline-gauge .status').isVisible(), true);
        assert.equal((await page.locator('peakline-gauge .status').textContent()).trim(), status);
        // The chart is drawn at its size, with the theme's colours applied from the shadow styles.
        const chart = await page.locator('peakline-gauge svg.chart').boundingBox();
        assert.ok(chart && chart.width > 250 && chart.height > 100, JSON.stringify(chart));
        await page.screenshot({ path: join(shots, shot), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  it('controls that need script (the table toggle, the sort menu) are hidden, and come back once the element is defined', async () => {
    await render('controls-off.html', ['--widget', 'trajectory']);
    const sectors = await runCli(['render', '--data', china, '--widget', 'sectors']);
    assert.equal(sectors.code, 0, sectors.stderr);
    writeFileSync(join(tmp, 'controls-sectors-off.html'), sectors.stdout);
    await render('controls-on.html', ['--widget', 'trajectory', '--bundle', '/live.js']);
    for (const [name, selector] of [
      ['controls-off.html', 'peakline-trajectory .toggle'],
      ['controls-sectors-off.html', 'peakline-sectors select'],
    ]) {
      const { context, page } = await staticPage(pathToFileURL(join(tmp, name)).href, false);
      try {
        assert.equal(await page.locator(selector).count(), 1, `${name}: ${selector} is in the snapshot`);
        assert.equal(await page.locator(selector).isVisible(), false, `${name}: ${selector} is hidden with JavaScript off`);
        // Its space is kept, so the live element's control appears without moving the page (it moved 30–34 px).
        assert.ok((await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height)) > 10, `${name}: ${selector} keeps its space`);
        // What the control would reveal is still there: the table for screen readers, the rows in their order.
        assert.ok((await page.locator('peakline-trajectory table, peakline-sectors li').count()) > 0);
      } finally {
        await context.close();
      }
    }
    const { context, page } = await staticPage(`${origin}/controls-on.html`, true);
    try {
      await page.waitForFunction(() => customElements.get('peakline-trajectory'));
      await page.evaluate(() => document.querySelector('peakline-trajectory').updateComplete);
      assert.equal(await page.locator('peakline-trajectory .toggle').isVisible(), true);
    } finally {
      await context.close();
    }
  });

  it('nothing that needs script takes focus or promises keys: Tab reaches only the links and the disclosure', async () => {
    // The trajectory's plot was a tab stop named "…arrow keys step through the years" that showed a "← →" hint and did
    // nothing; the sector panel's first row took focus (a ring round a row that cannot be selected).
    await render('tab-trajectory.html', ['--widget', 'trajectory']);
    const sectors = await runCli(['render', '--data', china, '--widget', 'sectors']);
    assert.equal(sectors.code, 0, sectors.stderr);
    writeFileSync(join(tmp, 'tab-sectors.html'), sectors.stdout);
    for (const name of ['tab-trajectory.html', 'tab-sectors.html']) {
      const { context, page } = await staticPage(pathToFileURL(join(tmp, name)).href, false);
      try {
        const stops = [];
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press('Tab');
          const tag = await page.evaluate(() => {
            let a = document.activeElement;
            while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
            return a?.localName ?? 'none';
          });
          if (tag === 'body' || stops.length > 12) break;
          stops.push(tag);
        }
        assert.ok(stops.length > 0, `${name}: no tab stops at all`);
        assert.deepEqual(stops.filter((t) => t !== 'a' && t !== 'summary'), [], `${name}: tab stops ${stops.join(', ')}`);
        // Nor does anything look clickable (a pointer or crosshair cursor) but the links and the disclosure.
        const pointing = await page.evaluate(() => {
          const found = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              const { cursor, visibility } = getComputedStyle(el);
              if ((cursor === 'pointer' || cursor === 'crosshair') && visibility !== 'hidden' && !el.closest('a, summary')) found.push(`${el.localName}.${el.getAttribute('class')}`);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return [...new Set(found)];
        });
        assert.deepEqual(pointing, [], `${name}: looks clickable`);
        const tree = await page.locator('body').ariaSnapshot();
        assert.doesNotMatch(tree, /arrow keys|方向键/, `${name}: a name promises keys that do nothing`);
      } finally {
        await context.close();
      }
    }
  });

  it('the light-DOM text is not shown beside the snapshot; where a reader drops <template> and <style>, it is what shows', async () => {
    const file = await render('fallback.html', []);
    const { context, page } = await staticPage(pathToFileURL(file).href, false);
    try {
      assert.equal(await page.locator('.peakline-fallback').isVisible(), false);
      // As a mail client or feed reader treats it: templates and styles removed (it showed a blank area).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('peakline-gauge')) el.outerHTML = el.outerHTML.replace(/<template[^]*<\/template>/, '');
        for (const el of document.querySelectorAll('style')) el.remove();
      });
      assert.equal(await page.locator('.peakline-fallback').isVisible(), true);
      assert.match(await page.locator('.peakline-fallback').innerText(), /on track\./);
    } finally {
      await context.close();
    }
  });

  it('a page with --bundle still shows the snapshot and runs nothing', async () => {
    await render('bundle-off.html', ['--bundle', '/live.js']);
    const { context, page } = await staticPage(`${origin}/bundle-off.html`, false);
    try {
      assert.equal(await page.evaluate(() => !!customElements.get('peakline-gauge')), false);
      assert.equal((await page.locator('peakline-gauge .headline').textContent()).trim(), '−6.8%');
      // The inline JSON stays invisible.
      assert.equal(await page.locator('peakline-gauge > script').isVisible(), false);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript on and --bundle', () => {
  it('the live element upgrades over the snapshot and replaces it', async () => {
    await render('bundle-on.html', ['--bundle', '/live.js', '--lang', 'zh']);
    const { context, page, errors } = await staticPage(`${origin}/bundle-on.html`, true);
    try {
      await page.waitForFunction(() => customElements.get('peakline-gauge') && document.querySelector('peakline-gauge').updateComplete);
      await page.evaluate(() => document.querySelector('peakline-gauge').updateComplete);
      const info = await page.evaluate(() => {
        const el = document.querySelector('peakline-gauge');
        const root = el.shadowRoot;
        return {
          upgraded: el instanceof customElements.get('peakline-gauge'),
          frames: root.querySelectorAll('.frame').length,
          headlines: root.querySelectorAll('.headline').length,
          ssrStyles: root.querySelectorAll('style').length,
          adopted: root.adoptedStyleSheets.length,
          headline: root.querySelector('.headline')?.textContent.trim(),
          status: root.querySelector('.status')?.textContent.trim(),
          errorBox: !!root.querySelector('.error'),
        };
      });
      assert.deepEqual(info, { upgraded: true, frames: 1, headlines: 1, ssrStyles: 0, adopted: 2, headline: '−6.8%', status: '进度正常', errorBox: false });
      assert.deepEqual(errors, []);
      await page.screenshot({ path: join(shots, 'gauge-zh-upgraded.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("a sector panel's --sectors, --sort and --layout: the upgraded panel shows the snapshot's rows, order and layout", async () => {
    const { code, stdout, stderr } = await runCli(['render', '--data', china, '--widget', 'sectors', '--sectors', 'building-materials', '--sort', 'name', '--layout', 'dots', '--bundle', '/live.js']);
    assert.equal(code, 0, stderr);
    writeFileSync(join(tmp, 'sectors-options.html'), stdout);
    const panel = () => {
      const root = document.querySelector('peakline-sectors').shadowRoot;
      return { rows: [...root.querySelectorAll('[part~="row"]')].map((r) => r.dataset.target), frame: root.querySelector('.frame')?.className, sort: root.querySelector('select')?.value };
    };
    const off = await staticPage(`${origin}/sectors-options.html`, false);
    const on = await staticPage(`${origin}/sectors-options.html`, true);
    try {
      const snapshot = await off.page.evaluate(panel);
      assert.deepEqual(snapshot.rows, ['clinker-capacity-2025', 'clinker-energy-minus-3-7-2025', 'clinker-energy-minus-3-2025']);
      assert.equal(snapshot.frame, 'frame dots');
      await on.page.waitForFunction(() => customElements.get('peakline-sectors') && document.querySelector('peakline-sectors').updateComplete);
      await on.page.evaluate(() => document.querySelector('peakline-sectors').updateComplete);
      assert.equal(await on.page.evaluate(() => document.querySelector('peakline-sectors') instanceof customElements.get('peakline-sectors')), true);
      assert.deepEqual(await on.page.evaluate(panel), snapshot);
      assert.deepEqual(on.errors, []);
    } finally {
      await off.context.close();
      await on.context.close();
    }
  });

  it('with Lit\'s hydration support loaded first, the element hydrates the snapshot instead', async () => {
    await hydrating('hydrate.js', `import { PeaklineGauge } from './src/gauge/gauge.js';
      customElements.define('peakline-gauge', PeaklineGauge);`);
    await render('hydrate.html', ['--bundle', '/hydrate.js']);
    const { context, page, errors } = await staticPage(`${origin}/hydrate.html`, true);
    try {
      await page.waitForFunction(() => customElements.get('peakline-gauge') && document.querySelector('peakline-gauge').updateComplete);
      const hydrated = await page.evaluate(async () => {
        const el = document.querySelector('peakline-gauge');
        await el.updateComplete;
        const root = el.shadowRoot;
        // Hydration keeps the server's nodes, including its <style>, and adopts nothing.
        const before = { frames: root.querySelectorAll('.frame').length, ssrStyles: root.querySelectorAll('style').length, adopted: root.adoptedStyleSheets.length };
        el.variant = 'bar';
        await el.updateComplete;
        return { before, frames: root.querySelectorAll('.frame').length, bar: root.querySelector('.frame').classList.contains('bar'), headline: root.querySelector('.headline').textContent.trim() };
      });
      assert.deepEqual(hydrated, { before: { frames: 1, ssrStyles: 1, adopted: 0 }, frames: 1, bar: true, headline: '−6.8%' });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('a hydrated trajectory and sector panel get their keyboard back (the snapshot has no tab stops: nothing works without script)', async () => {
    // Hydration keeps the server's attributes: the widget renders again once hydrated (PeaklineElement.snapshot).
    await hydrating('hydrate-keys.js', `import { PeaklineTrajectory } from './src/trajectory/trajectory.js';
      import { PeaklineSectors } from './src/sectors/sectors.js';
      customElements.define('peakline-trajectory', PeaklineTrajectory);
      customElements.define('peakline-sectors', PeaklineSectors);`);
    for (const widget of ['trajectory', 'sectors']) {
      await render(`hydrate-${widget}.html`, ['--widget', widget, '--bundle', '/hydrate-keys.js']);
      const { context, page, errors } = await staticPage(`${origin}/hydrate-${widget}.html`, true);
      try {
        const tag = `peakline-${widget}`;
        await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t).updateComplete, tag);
        const focusable = await page.evaluate(async (t) => {
          const el = document.querySelector(t);
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          await el.updateComplete;
          const root = el.shadowRoot;
          // The trajectory's plot, or the sector panel's one row in the Tab order (a listbox again, not a list).
          return `${[...root.querySelectorAll('[tabindex="0"]')].map((n) => n.className).join()} ${root.querySelector('.rows')?.getAttribute('role') ?? ''}`.trim();
        }, tag);
        assert.equal(focusable, widget === 'trajectory' ? 'plot' : 'row listbox', widget);
        assert.deepEqual(errors, [], widget);
      } finally {
        await context.close();
      }
    }
  });
});

describe('SVG in Chromium', () => {
  it('parses as XML and displays', async () => {
    const { code, stdout } = await runCli(['render', '--data', china, '--target', TARGET, '--format', 'svg', '--theme', 'dark', '--lang', 'zh']);
    assert.equal(code, 0);
    writeFileSync(join(tmp, 'gauge.svg'), stdout);
    const context = await browser.newContext({ viewport: { width: 640, height: 260 } });
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/gauge.svg`);
      const parsed = await page.evaluate((xml) => {
        const d = new DOMParser().parseFromString(xml, 'image/svg+xml');
        return { error: d.querySelector('parsererror')?.textContent ?? null, root: d.documentElement.localName, title: d.querySelector('title')?.textContent };
      }, stdout);
      assert.equal(parsed.error, null);
      assert.equal(parsed.root, 'svg');
      assert.match(parsed.title, /规模以上工业单位增加值能耗/);
      await page.screenshot({ path: join(shots, 'gauge-svg-zh-dark.png') });
    } finally {
      await context.close();
    }
  });

  it('keeps every line of text inside the image, for every China target, at 320 and 400 px (a centred line wider than the image loses both ends)', async () => {
    // At 400 px the peak target's headline read ".8% a year must stop growing (peak) by": the sign and first digit cut off.
    const doc = JSON.parse(readFileSync(china, 'utf8'));
    const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
    const page = await context.newPage();
    const outside = [];
    try {
      for (const t of doc.targets)
        for (const lang of ['en', 'zh'])
          for (const variant of ['arc', 'bar'])
            for (const width of ['320', '400']) {
              const { code, stdout } = await runCli(['render', '--data', china, '--target', t.id, '--format', 'svg', '--lang', lang, '--variant', variant, '--width', width]);
              assert.equal(code, 0);
              const name = `fit-${t.id}-${lang}-${variant}-${width}.svg`;
              writeFileSync(join(tmp, name), stdout);
              await page.goto(`${origin}/${name}`);
              const cut = await page.evaluate(() => {
                const svg = document.documentElement;
                const w = svg.viewBox.baseVal.width;
                return [...svg.querySelectorAll('text')].map((el) => [el.textContent, el.getBBox()]).filter(([, b]) => b.x < -0.5 || b.x + b.width > w + 0.5).map(([text]) => text);
              });
              if (cut.length) outside.push(`${name}: ${cut.join(' | ')}`);
            }
    } finally {
      await context.close();
    }
    assert.deepEqual(outside, []);
  });
});
