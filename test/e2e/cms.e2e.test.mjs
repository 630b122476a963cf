/**
 * The embed builder's three snippet forms after what real CMSs do to pasted HTML (test/e2e/cms-transforms.mjs):
 * WordPress's wpautop and the_content, "convert line breaks", Markdown (CommonMark), sanitisers (attribute allowlists, <script> stripped,
 * the inline data stripped, `type="module"` dropped), editors that re-indent, minify or wrap the snippet, the
 * snippet pasted twice, and data with hostile strings. Each snippet is written by the builder's own writer
 * (site/builder/snippets.ts, bundled here), transformed, put in an article page and loaded in Chromium with the
 * built bundles. Each widget must render (a title, no error box, nothing of the data shown as text, the article
 * after it still there), or, where the transformation truly destroys the snippet, the reader must see a message
 * naming the problem rather than a blank space.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { BUNDLES } from '../../scripts/bundles.mjs';
import { REPO_ROOT } from '../pages/serve.mjs';
import * as cms from './cms-transforms.mjs';
import { open, useBundleSuite } from './helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'peakline-cms-'));
const suite = useBundleSuite({ extraRoots: [tmp] });
/** The builder's snippet writer (snippets.ts and prune.ts), bundled by esbuild in `before`. */
let w;

const read = (f) => JSON.parse(readFileSync(join(REPO_ROOT, 'data', f), 'utf8'));
const china = read('cn-industry-carbon-peaking-2022.json');
const DATA_URL = '/data/cn-industry-carbon-peaking-2022.json';

/** Every string a snippet must keep as data: each could end the script element, start markup, or be rewritten by a CMS. */
const HOSTILE = 'A </script><script>window.__pwned=1</script> <!-- <script> ]]> \u2028 \u2029 <p>x</p><br /> & &amp; "q" \'s\' -- … end';

before(async () => {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: "export * from './site/builder/snippets.ts'; export { pruneFor } from './site/builder/prune.ts';", resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  w = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  // embed.html for the iframe form: the built site, as the builder ships it (test/e2e/embed.e2e.test.mjs builds it the same way).
  const vite = await import('vite');
  await vite.build({ configFile: join(REPO_ROOT, 'vite.config.ts'), mode: 'site', publicDir: false, logLevel: 'warn', build: { outDir: join(tmp, 'peakline'), emptyOutDir: true } });
  for (const { file } of BUNDLES) await copyFile(join(REPO_ROOT, 'dist', file), join(tmp, 'peakline', file));
});

after(() => rm(tmp, { recursive: true, force: true }));

/** The snippets the builder writes for a choice, with the same arguments (a pruned document; the iframe's title). */
function snippets(c, doc = china) {
  const script = `/peakline/${w.scriptFile(c.widget)}`;
  const shown = w.pruneFor(doc, c);
  const target = doc.targets.find((t) => t.id === c.target);
  const label = target?.label ?? doc.policy.title;
  const title = typeof label === 'string' ? label : label.en;
  const embed = suite.server.url('/peakline/embed.html');
  return {
    src: w.snippetWithSrc(c, script, DATA_URL, title),
    inline: w.snippetInline(c, script, shown, title),
    iframe: `${w.snippetIframe(c, w.embedUrl(c, embed, { url: DATA_URL }), title, 600)}\n${w.listenerSnippet(suite.server.origin)}`,
    iframeInline: w.snippetIframe(c, w.embedUrl(c, embed, { doc: shown }), title, 600),
  };
}

// With the loading height the builder measured in its previews (its data-by-URL snippet carries it through every
// transformation below), as written for this gauge in a system-ui page.
const GAUGE = { widget: 'gauge', target: 'industrial-energy-intensity-2025', reserve: '32.2 26.2 17.9' };
const CLINKER = { widget: 'gauge', target: 'clinker-capacity-2025' };
const TRAJECTORY = { widget: 'trajectory', target: 'industrial-energy-intensity-2025', lang: 'zh' };
const SECTORS = { widget: 'sectors', sectors: ['building-materials'], rows: 3 };

let pages = 0;

/** The article page a CMS would serve: the (transformed) snippet between two paragraphs. */
async function article(body) {
  const name = `article-${++pages}.html`;
  await writeFile(
    join(tmp, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><script src="/test/pages/record.js"></script></head>` +
      `<body><main><h1>An article</h1><p id="before">Before the chart.</p>\n${body}\n<p id="after">After the chart.</p></main></body></html>`,
  );
  return suite.server.url(`/${name}`);
}

/** What a reader sees of every widget (in the page, or in an iframe's page): tag, whether defined, its title or error box. */
function look(frame) {
  return frame.evaluate(() => {
    const widgets = [...document.querySelectorAll('peakline-gauge, peakline-trajectory, peakline-sectors')].map((el) => {
      const root = el.shadowRoot;
      return {
        tag: el.localName,
        reserve: el.getAttribute('reserve'),
        defined: !!customElements.get(el.localName),
        title: root?.querySelector('.frame:not(.error) [part~="title"]')?.textContent ?? null,
        alert: root?.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        height: el.getBoundingClientRect().height,
      };
    });
    const after = document.getElementById('after');
    return {
      widgets,
      text: document.body.innerText,
      afterShown: !!after && after.getClientRects().length > 0,
      pwned: window.__pwned ?? null,
      iframes: [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height),
    };
  });
}

/** Waits until every defined widget has left its loading state (undefined ones have nothing to wait for). */
function settled(frame) {
  return frame.waitForFunction(
    () =>
      [...document.querySelectorAll('peakline-gauge, peakline-trajectory, peakline-sectors')].every(
        (el) => !customElements.get(el.localName) || el.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'),
      ),
    undefined,
    { timeout: 10_000, polling: 50 },
  );
}

/**
 * Loads `html` as an article and checks it against `expect`:
 * - `render: n`: n widgets, each defined with a title and no error box;
 * - `error: RegExp`: every widget shows an error box that matches;
 * - `message: RegExp`: no widget is defined (no script ran) and the reader sees text that matches;
 * - `iframe: true`: the page's iframe shows a rendered widget;
 * always: the article's text after the snippet is still shown, no JSON is shown as text, no injected script ran.
 */
async function check(html, expect, { title } = {}) {
  const { page, context, log } = await open(suite.browser, await article(html), { width: 800, height: 900 });
  try {
    await settled(page);
    await page.waitForTimeout(50); // the one-widget bundles' missing-widget check runs just after load
    const seen = await look(page);
    const what = JSON.stringify(seen.widgets);
    assert.equal(seen.pwned, null, 'a script from the data ran');
    assert.ok(seen.afterShown, 'the article after the snippet is hidden');
    assert.doesNotMatch(seen.text, /formatVersion|"targets"/, 'the data is shown as text');
    if (expect.render !== undefined) {
      assert.equal(seen.widgets.length, expect.render, what);
      for (const wd of seen.widgets) {
        assert.ok(wd.defined, `<${wd.tag}> is not defined: ${what}`);
        assert.equal(wd.alert, null, `<${wd.tag}> shows an error box`);
        assert.ok(wd.title, `<${wd.tag}> has no title: ${what}`);
        if (title !== undefined) assert.equal(wd.title, title);
      }
      assert.doesNotMatch(seen.text, /Interactive chart|互动图表/, 'a defined widget shows its fallback text');
      assert.deepEqual(log.pageErrors, []);
    }
    if (expect.error) {
      assert.ok(seen.widgets.length > 0);
      for (const wd of seen.widgets) assert.match(wd.alert ?? '(no error box)', expect.error, what);
    }
    if (expect.message) {
      for (const wd of seen.widgets) assert.ok(!wd.defined, what);
      assert.match(seen.text, expect.message);
    }
    if (expect.iframe) {
      await page.waitForFunction((min) => document.querySelector('iframe').getBoundingClientRect().height >= min, expect.iframeMin, { timeout: 10_000 }).catch(() => {});
      seen.iframes = (await look(page)).iframes;
      const frame = page.frames().find((f) => f.url().includes('/embed.html'));
      assert.ok(frame, 'no embed.html frame');
      await frame.waitForFunction(() => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy])'), undefined, {
        timeout: 10_000,
      });
      const inner = await look(frame);
      assert.equal(inner.widgets.length, 1);
      assert.equal(inner.widgets[0].alert, null, JSON.stringify(inner.widgets));
      assert.ok(inner.widgets[0].title);
      assert.ok(seen.iframes[0] >= expect.iframeMin, `the iframe is ${seen.iframes[0]} px tall`);
    }
    return { seen, log };
  } finally {
    await context.close();
  }
}

// --- The port of wpautop against WordPress's own expectations (tests/phpunit/tests/formatting/Autop.php) ---

test('the wpautop port gives what WordPress gives', () => {
  const script = '<script type="text/javascript">\n\t\t\t\tvar dummy = 1;\n\t\t\t</script>';
  assert.equal(cms.wpautop(script).trim(), `<p>${script}</p>`);
  assert.equal(cms.wpautop('a<div>b</div>').trim(), '<p>a</p>\n<div>b</div>');
  assert.equal(cms.wpautop('paragraph1<hr>paragraph2').trim(), '<p>paragraph1</p>\n<hr>\n<p>paragraph2</p>');
  assert.equal(cms.wpautop('\nline 1<br>\nline 2<br/>\nline 3<br />\nline 4\nline 5\n').trim(), '<p>line 1<br />\nline 2<br />\nline 3<br />\nline 4<br />\nline 5</p>');
  assert.equal(cms.wpautop('\nline 1<br>\n<br/>\nline 2<br/>\n<br />\n').trim(), '<p>line 1</p>\n<p>line 2</p>');
  assert.equal(cms.wpautop("Hello <a\nhref='world'>"), "<p>Hello <a\nhref='world'></p>\n");
  assert.equal(cms.wpautop('<blockquote>foo</blockquote>').trim(), '<blockquote><p>foo</p></blockquote>');
  assert.equal(
    cms.wpautop('<figure>\n<img src="example.jpg" />\n<figcaption>Caption</figcaption>\n</figure>').trim(),
    '<figure>\n<img src="example.jpg" /><figcaption>Caption</figcaption></figure>',
  );
  // Not from WordPress's tests, but what its regular expressions do: `<p[^>]*>` also matches <peakline-…>, so the
  // elements are treated like <p> (no <br /> beside them, and the paragraph around them is left open).
  assert.equal(cms.wpautop('x\n<peakline-gauge a="b">\n</peakline-gauge>\ny'), '<p>x\n<peakline-gauge a="b">\n</peakline-gauge>\ny</p>\n');
});

// --- Script + element, data by URL ---

const RENDERS = { render: 1 };
const transforms = {
  'as written': (s) => s,
  'WordPress classic editor (the_content: wptexturize, wpautop)': cms.wordpressContent,
  '"convert line breaks" (a <br /> before every newline)': cms.nl2br,
  'spaced out with blank lines, then wpautop': cms.spacedOut,
  'made a module script (type="module" added: it runs after the article is parsed)': cms.addModuleType,
  'tag and attribute names in upper case': cms.upperCaseNames,
  're-indented': cms.reindent,
  'minified': cms.minify,
  'inside a <p>': cms.wrap('<p>', '</p>'),
  'inside a <figure> with a caption': cms.wrap('<figure class="wp-block-embed">', '<figcaption>Source: MIIT</figcaption></figure>'),
  'inside a <div>, then wpautop': (s) => cms.wpautop(`<div class="chart">\n${s}\n</div>`),
  'in a Markdown article (CommonMark, markdown-it with HTML on)': cms.markdown,
  'in a Markdown paragraph, no blank lines around it': cms.markdownTight,
};

for (const [name, fn] of Object.entries(transforms)) {
  test(`data by URL, ${name}: the gauge renders`, async () => {
    const { seen } = await check(fn(snippets(GAUGE).src), RENDERS);
    // Its measured loading height arrives whole (the inline form has none: no loading box to size).
    assert.equal(seen.widgets[0].reserve, '32.2 26.2 17.9');
  });
  test(`inline data, ${name}: the gauge renders`, async () => {
    await check(fn(snippets(GAUGE).inline), RENDERS);
  });
}

for (const [name, fn] of Object.entries({ 'WordPress classic editor': cms.wordpressContent, '"convert line breaks"': cms.nl2br, 'spaced out, then wpautop': cms.spacedOut, 'minified': cms.minify, 'Markdown': cms.markdown })) {
  test(`inline data, ${name}: a trajectory (in Chinese) and a sector panel render`, async () => {
    await check(fn(`${snippets(TRAJECTORY).inline}\n\n${snippets(SECTORS).inline}`), { render: 2 });
  });
}

test('an attribute allowlist (src, type, title, width, height) drops target: the gauge says which target is missing, by URL or inline', async () => {
  const keep = cms.keepAttributes(['src', 'type', 'title', 'width', 'height']);
  for (const form of ['src', 'inline']) await check(keep(snippets(GAUGE)[form]), { error: /target/ });
});

test('a sanitiser that strips the inline data but keeps the element: the error box says where the data should be', async () => {
  await check(cms.stripDataScripts(snippets(GAUGE).inline), { error: /<script type="application\/json">/ });
});

test('a sanitiser that strips every <script>: the reader sees what is missing, not a blank space', async () => {
  for (const form of ['src', 'inline']) await check(cms.stripScripts(snippets(GAUGE)[form]), { message: /\nInteractive chart: Energy use per unit of value added/ });
});

test('an XML serialiser, which writes an empty element as <x />: the element has its fallback text, so it keeps its end tag and the article after it stays', async () => {
  // `<peakline-gauge … />` is a start tag only in HTML: the rest of the article became the gauge's hidden content.
  await check(cms.selfClosing(snippets(GAUGE).src), RENDERS);
});

// --- Layout shift: the builder's snippet in an article, its script and data late ---

/** The article's cumulative layout shift (no input) with the snippet's script 400 ms late and its data 300 ms late. */
async function articleShift(html, width) {
  const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const late = (ms) => async (route) => {
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, ms));
      await route.fulfill({ response });
    };
    await page.route('**/peakline/peakline-*.js', late(400));
    await page.route('**/data/*.json', late(300));
    await page.goto(await article(`${html}\n${'<p>More of the article.</p>'.repeat(8)}`), { waitUntil: 'load' });
    await settled(page);
    await page.waitForTimeout(300);
    return await page.evaluate(() => ({ shift: window.__shift, defined: !!customElements.get('peakline-gauge'), kept: document.querySelector('peakline-gauge').shadowRoot.querySelector('[part~="frame"]').style.minHeight }));
  } finally {
    await context.close();
  }
}

for (const width of [390, 1024])
  test(`the builder's snippet (data by URL) in an article, script and data late, ${width} px: the text below never moves`, async () => {
    // Clinker capacity: a gauge whose loading reserve is not outgrown at these widths (the energy-intensity gauge, with
    // three sources, grows by 3.5 px in a 1,000 px column when its data arrives: README's reserve figures).
    const r = await articleShift(snippets(CLINKER).src, width);
    assert.ok(r.defined);
    assert.equal(r.shift, 0);
  });

test('the inline snippet, its script a classic one run before the element: drawn at its height, no loading box kept', async () => {
  // The element is defined before its data is parsed. Chromium up to 14x parsed the data in the same task, so no frame
  // was drawn while loading; Chromium 150 draws frames while the parser is inside the element, before its JSON, but
  // nothing after the widget is laid out yet, so nothing moves when it takes its drawn height: no height is kept as
  // spare room above the footer either way.
  const r = await articleShift(snippets(GAUGE).inline, 390);
  assert.ok(r.defined);
  assert.equal(r.shift, 0);
  assert.equal(r.kept, '', 'a reserved height kept as the frame\'s minimum');
});

test('the same snippet as a module script moves the article: the reason the builder writes a classic one', async () => {
  // A module runs after the article is parsed: its line of text is drawn first, then the widget's height pushes the
  // paragraphs after it down. If this ever measures 0, the builder could go back to a module (deduplicated by the browser).
  const r = await articleShift(cms.addModuleType(snippets(CLINKER).src), 390);
  assert.ok(r.defined);
  assert.ok(r.shift > 0.01, `CLS ${r.shift}`);
});

// --- The same snippet twice, and two snippets, in one article ---

const warnings = (log) => log.console.filter((m) => m.type === 'warning').map((m) => m.text);

test('the same inline snippet pasted twice: both gauges render, no error, and the second run of the script logs one warning for the page\'s owner', async () => {
  // The builder's snippets load a classic script (no layout shift: see scriptTag), which runs once per tag.
  const s = snippets(GAUGE).inline;
  const { log } = await check(cms.wordpressContent(`${s}\n\nAnd again:\n\n${s}`), { render: 2 });
  assert.equal(warnings(log).length, 1);
  assert.match(warnings(log)[0], /already defined by Peakline .* on this page; using that copy/);
});

test('two inline snippets with different targets, then wpautop: both render, each its own target', async () => {
  const { seen } = await check(cms.wordpressContent(`${snippets(GAUGE).inline}\n\nMore text.\n\n${snippets(CLINKER).inline}`), { render: 2 });
  assert.notEqual(seen.widgets[0].title, seen.widgets[1].title);
});

test('the same snippet twice as a module script (type="module" added, as README\'s example loads it): the module runs once, no warning', async () => {
  const s = cms.addModuleType(snippets(GAUGE).inline);
  const { log } = await check(`${s}\n<p>Text.</p>\n${s}`, { render: 2 });
  assert.deepEqual(warnings(log), []);
});

// --- Hostile strings in the data ---

const hostileDoc = structuredClone(china);
hostileDoc.targets.find((t) => t.id === GAUGE.target).label = HOSTILE;

for (const [name, fn] of Object.entries({
  'as written': (s) => s,
  'WordPress classic editor': cms.wordpressContent,
  '"convert line breaks"': cms.nl2br,
  're-indented': cms.reindent,
  'minified': cms.minify,
  'U+2028 and U+2029 made line breaks': cms.unicodeLineBreaks,
  'Markdown': cms.markdown,
})) {
  test(`hostile strings in inline data, ${name}: kept as data, shown as text`, async () => {
    await check(fn(snippets(GAUGE, hostileDoc).inline), RENDERS, { title: HOSTILE });
  });
}

test('the inline snippet keeps hostile strings inside its data: one data script, no markup from them', () => {
  const s = snippets(GAUGE, hostileDoc).inline;
  assert.equal(s.match(/<\/script/gi).length, 2);
  assert.equal(s.match(/<script/gi).length, 2);
  assert.doesNotMatch(s, /<!--|<p>|<br|]]>/);
  assert.doesNotMatch(s.slice(s.indexOf('<script type="application/json">')), /\u2028|\u2029/);
});

// --- The iframe ---

for (const [name, fn] of Object.entries({
  'as written': (s) => s,
  'WordPress classic editor': cms.wordpressContent,
  '"convert line breaks"': cms.nl2br,
  'every <script> stripped (no auto-height listener)': cms.stripScripts,
  're-indented': cms.reindent,
  'Markdown': cms.markdown,
  'in a Markdown paragraph': cms.markdownTight,
})) {
  test(`iframe, ${name}: the widget renders in it`, async () => {
    await check(fn(snippets(GAUGE).iframe), { iframe: true, iframeMin: 500 });
  });
}

test('iframe, an attribute allowlist of src and type (no height, width or style): the widget renders in it, and the auto-height listener sizes it', async () => {
  // Without the listener the iframe would be the default 150 px tall, and the widget cut off.
  await check(cms.keepAttributes(['src', 'type'])(snippets(GAUGE).iframe), { iframe: true, iframeMin: 500 });
});

test('iframe with the data in its address, WordPress classic editor: the widget renders in it', async () => {
  await check(cms.wordpressContent(snippets(GAUGE).iframeInline), { iframe: true, iframeMin: 500 });
});
