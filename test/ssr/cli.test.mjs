// `peakline render`: HTML with declarative shadow DOM and standalone SVG, exit codes, escaping.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { TARGET, bin, china, root, chinaVariant, runBin, runCli, tmp, xmlProblems } from './helpers.mjs';

const gauge = (...extra) => ['render', '--data', china, '--widget', 'gauge', '--target', TARGET, ...extra];

describe('peakline render --format html', () => {
  it('renders the China energy-intensity gauge in English with declarative shadow DOM', async () => {
    const { code, stdout, stderr } = await runCli(gauge());
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<!doctype html>/);
    assert.match(stdout, /<html lang="en">/);
    assert.match(stdout, /<meta charset="utf-8">/);
    assert.match(stdout, /<peakline-gauge [^>]*target="industrial-energy-intensity-2025"/);
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<span class="headline" part="headline"><!--lit-part-->−6\.8%<!--\/lit-part--><\/span>/);
    assert.match(stdout, /data-status="on-track"/);
    assert.match(stdout, /On track/);
    assert.match(stdout, /as of 2022/);
    // Width limited by the page's own stylesheet; the widget's styles come inside the shadow root.
    assert.match(stdout, /peakline-gauge \{ display: block; width: 100%; max-width: 640px; \}/);
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.doesNotMatch(stdout, /<script/i, 'no script without --bundle');
    // The description sentence is the page's meta description.
    assert.match(stdout, /<meta name="description" content="[^"]*down 6\.8% from 2020 as of 2022; target −13\.5% vs 2020 by 2025; on track\.">/);
  });

  it('carries the widget as plain text in its light DOM, for mail and feed readers that drop declarative shadow DOM', async () => {
    const { stdout } = await runCli(gauge());
    const fallback = stdout.match(/<div class="peakline-fallback">(.*?)<\/div>/)?.[1] ?? '';
    assert.match(fallback, /^<p><strong>Energy use per unit of value added in industry above designated size −13\.5% by 2025 \(vs 2020\)<\/strong><\/p>/);
    assert.match(fallback, /<p>Down 6\.8% from 2020 as of 2022; target −13\.5% vs 2020 by 2025; on track\.<\/p>/);
    assert.match(fallback, /<p>Source: <a href="https:\/\/climatecooperation\.cn\/[^"]+">China issues action plan/);
    // Inside the element, after its shadow root's template: not rendered where the shadow root is attached.
    assert.match(stdout, /<\/template><div class="peakline-fallback">/);
    const sectors = await runCli(['render', '--data', china, '--widget', 'sectors', '--lang', 'zh']);
    assert.match(sectors.stdout, /<div class="peakline-fallback"><p><strong>工业领域碳达峰实施方案<\/strong><\/p><p>共7项目标：/);
  });

  it("cites the sector panel's sources in its light-DOM text, as its footer does (the plan alone was cited for statuses its data decide)", async () => {
    const { stdout } = await runCli(['render', '--data', china, '--widget', 'sectors']);
    const fallback = stdout.match(/<div class="peakline-fallback">(.*?)<\/div>/)?.[1] ?? '';
    const cited = [...fallback.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    // The footer's 7 (3 shown and "4 more sources"): the plan, the MEE's and NDRC's texts, and 4 data sources, among them
    // Our World in Data's CO₂ series that decides the off-track row.
    assert.equal(cited.length, 7, fallback);
    assert.ok(cited.some((u) => u.includes('github.com/owid/co2-data')), fallback);
    assert.match(fallback, /<p>Source: <a href="https:\/\/climatecooperation\.cn\//);
  });

  it('marks a source title in the other language in the light-DOM text, as the widget does, so a screen reader switches voice', async () => {
    const eu = join(root, 'data', 'eu-climate-law-2021.json');
    const { code, stdout } = await runCli(['render', '--data', eu, '--target', 'net-ghg-minus-55-by-2030', '--lang', 'zh']);
    assert.equal(code, 0);
    const fallback = stdout.match(/<div class="peakline-fallback">(.*?)<\/div>/)?.[1] ?? '';
    assert.match(fallback, /<a href="https:\/\/eur-lex\.europa\.eu\/[^"]+" lang="en">Regulation \(EU\) 2021\/1119/);
    // A title in the page's language is not marked.
    const cn = await runCli(gauge('--lang', 'zh'));
    assert.doesNotMatch(cn.stdout.match(/<div class="peakline-fallback">(.*?)<\/div>/)?.[1] ?? '', / lang=/);
  });

  it("keeps the widgets' invisible line-break hints (U+2060, U+200B) out of the page's title, description and fallback text", async () => {
    // They hold "2025⁠年" together inside the widget, which wraps; as plain text (a tab, a feed's or search engine's snippet, a
    // mail client's fallback) they are invisible characters that break search and are copied along.
    for (const target of [TARGET, 'clinker-capacity-2025']) {
      const { stdout } = await runCli(['render', '--data', china, '--target', target, '--lang', 'zh']);
      const plain = [stdout.match(/<title>.*<\/title>/)[0], stdout.match(/<meta name="description"[^>]*>/)[0], stdout.match(/<div class="peakline-fallback">.*?<\/div>/)[0]];
      for (const text of plain) assert.doesNotMatch(text, /[\u200b\u2060]/, text);
      assert.match(plain[0], /<title>到2025年/);
      // Inside the widget they stay.
      assert.match(stdout.match(/<template[\s\S]*<\/template>/)[0], /2025\u2060年/);
      const svg = (await runCli(['render', '--data', china, '--target', target, '--lang', 'zh', '--format', 'svg'])).stdout;
      // Nor in the image's text, which never wraps: not its title and description, nor what it shows.
      assert.doesNotMatch(svg, /[\u200b\u2060]/);
    }
    const panelZh = (await runCli(['render', '--data', china, '--widget', 'sectors', '--lang', 'zh'])).stdout;
    assert.doesNotMatch(panelZh.match(/<meta name="description"[^>]*>/)[0] + panelZh.match(/<div class="peakline-fallback">.*?<\/div>/)[0], /[\u200b\u2060]/);
  });

  it('renders in Chinese with the dark theme', async () => {
    const { code, stdout } = await runCli(gauge('--lang', 'zh', '--theme', 'dark'));
    assert.equal(code, 0);
    assert.match(stdout, /<html lang="zh-CN">/);
    assert.match(stdout, /<peakline-gauge\s+lang="zh" theme="dark"/);
    assert.match(stdout, /shadowrootmode="open"/);
    assert.match(stdout, />−6\.8%</);
    assert.match(stdout, /进度正常/);
    assert.match(stdout, /截至2022\u2060年/);
    assert.match(stdout, /body \{ background: #16181d; color: #eceef2; \}/);
    assert.doesNotMatch(stdout, /<script/i);
  });

  it('lays the gauge out at --width', async () => {
    const narrow = await runCli(gauge('--width', '240', '--variant', 'bar'));
    assert.equal(narrow.code, 0);
    assert.match(narrow.stdout, /max-width: 240px/);
    assert.match(narrow.stdout, /ssr-width="240"/);
    // The chart is drawn for the frame's content box: 240 − 2 × 14 px padding − 2 px border.
    assert.match(narrow.stdout, /<svg\s+class="chart"[^>]*width="210"/);
  });

  it('with --bundle, adds the module script and the data inline so the element can upgrade', async () => {
    const { code, stdout } = await runCli(gauge('--bundle', 'https://cdn.example/peakline.js'));
    assert.equal(code, 0);
    assert.match(stdout, /<script type="module" src="https:\/\/cdn\.example\/peakline\.js"><\/script>/);
    const inline = stdout.match(/<script type="application\/json">([\s\S]*?)<\/script><\/peakline-gauge>/);
    assert.ok(inline, 'inline JSON is the element\'s last child');
    assert.deepEqual(JSON.parse(inline[1]), JSON.parse(readFileSync(china, 'utf8')));
  });

  it('--heading-level makes the title a heading of that level, in every widget', async () => {
    for (const widget of ['gauge', 'trajectory', 'sectors']) {
      const { code, stdout, stderr } = await runCli(['render', '--data', china, '--widget', widget, ...(widget === 'sectors' ? [] : ['--target', TARGET]), '--heading-level', '2']);
      assert.equal(code, 0, stderr);
      assert.match(stdout, new RegExp(`<peakline-${widget} [^>]*heading-level="2"`));
      assert.match(stdout, /<p class="title" part="title" id="title" role="heading" aria-level="2">/, widget);
    }
    assert.doesNotMatch((await runCli(gauge())).stdout, /role="heading"/, 'no heading by default');
  });

  it('writes to --out', async () => {
    const out = join(tmp, 'nested', 'gauge.html');
    const { code, stdout, stderr } = await runCli(gauge('--out', out));
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /wrote/);
    assert.match(readFileSync(out, 'utf8'), /shadowrootmode="open"/);
  });

  it('renders the trajectory and sectors widgets too', async () => {
    const t = await runCli(['render', '--data', china, '--widget', 'trajectory', '--target', TARGET]);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /<peakline-trajectory [^>]*><template shadowroot="open" shadowrootmode="open">/);
    const s = await runCli(['render', '--data', china, '--widget', 'sectors']);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stdout, /<peakline-sectors [^>]*><template shadowroot="open" shadowrootmode="open">/);
    // Without script nothing can be selected: the rows are a plain list, not the live widget's listbox of options.
    assert.match(s.stdout, /<ul class="rows" part="rows" role="list"/);
    assert.doesNotMatch(s.stdout, /role="(listbox|option)"|aria-selected="/);
  });
});

describe("the sector panel's options (--sectors, --indicator, --layout, --sort)", () => {
  const panel = (...extra) => ['render', '--data', china, '--widget', 'sectors', ...extra];
  const rowIds = (html) => [...html.matchAll(/<li class="row" part="row" data-target="([^"]+)"/g)].map((m) => m[1]);

  it("renders China's building-materials rows only, in name order, in the dots layout", async () => {
    const { code, stdout, stderr } = await runCli(panel('--sectors', 'building-materials', '--sort', 'name', '--layout', 'dots'));
    assert.equal(code, 0, stderr);
    // Exactly the targets whose indicator is in building materials, by the data: none of another sector, none missed.
    const doc = JSON.parse(readFileSync(china, 'utf8'));
    const inSector = doc.targets.filter((t) => doc.indicators.find((i) => i.id === t.indicator).sector === 'building-materials').map((t) => t.id);
    assert.deepEqual([...rowIds(stdout)].sort(), [...inSector].sort());
    // By name ("Cement clinker capacity…" before "Energy use…", "−3.7%" before "cut by 3%"), not the data's order
    // (-3, capacity, -3-7) nor the default status order (capacity, -3, -3-7).
    assert.deepEqual(rowIds(stdout), ['clinker-capacity-2025', 'clinker-energy-minus-3-7-2025', 'clinker-energy-minus-3-2025']);
    const labels = [...stdout.matchAll(/<div class="label" id="l\d+" aria-hidden="true">(.*?)<\/div>/g)].map((m) => m[1].replace(/<[^>]*>/g, ''));
    assert.deepEqual(
      labels.map((l) => l.replace(/ Target: .*/, '')),
      [
        'Building materials Cement clinker capacity held at about 1,800\u00a0Mt by end-2025', // (a figure held to its unit)
        'Building materials Energy use per unit of cement clinker −3.7% by end-2025 (vs 2020)',
        'Building materials Energy use per unit of cement clinker cut by 3% or more by 2025',
      ],
    );
    assert.match(stdout, /<select id="sort"[^>]*>[^]*?<option value="name" selected/);
    // The dots layout: its frame class, and a row without data drawn as a 1 px line (bars: a 12 px track).
    assert.match(stdout, /<div class="frame dots" part="frame"/);
    assert.match(stdout, /<rect class="empty" x="0" y="11\.5" width="100%" height="1"><\/rect>/);
    assert.doesNotMatch(stdout, /class="frame bars"|<rect class="empty"[^>]*height="12"/);
    // The page's text says what the panel shows: 3 targets, not the plan's 7.
    assert.match(stdout, /<div class="peakline-fallback"><p><strong>[^<]+<\/strong><\/p><p>3 targets: /);
  });

  it('narrows by --indicator too, and with --bundle the live element carries the same attributes', async () => {
    const { code, stdout, stderr } = await runCli(panel('--sectors', 'building-materials', '--indicator', 'clinker-energy-intensity-index', '--sort', 'name', '--layout', 'dots', '--bundle', '/peakline.js'));
    assert.equal(code, 0, stderr);
    assert.deepEqual(rowIds(stdout), ['clinker-energy-minus-3-7-2025', 'clinker-energy-minus-3-2025']);
    const tag = stdout.match(/<peakline-sectors [^>]*>/)[0];
    for (const attr of ['sectors="building-materials"', 'indicator="clinker-energy-intensity-index"', 'layout="dots"', 'sort="name"']) assert.ok(tag.includes(attr), `${attr} in ${tag}`);
    assert.match(stdout, /<script type="application\/json">/);
  });

  it('an unknown sector or indicator: exit 1, "path: message" as the live element says it, nothing written', async () => {
    const { code, stdout, stderr } = await runCli(panel('--sectors', 'building-materials,cement', '--indicator', 'clinker'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot be shown in the sectors widget:\n/);
    assert.match(stderr, /^--sectors: No sector with id "cement" in this dataset \(sectors: "steel", "building-materials", "petrochemicals", [^)]+\)$/m);
    assert.match(stderr, /^--indicator: No indicator with id "clinker" in this dataset \(indicators: "co2-national", [^)]+\)$/m);
  });

  it('names an unknown target by the flag written (--target), as the gauge does, not by the attribute (targets)', async () => {
    const { code, stderr } = await runCli(panel('--target', 'nope'));
    assert.equal(code, 1);
    assert.match(stderr, /^--target: No target with id "nope" in this dataset/m);
  });
});

describe('hostile strings', () => {
  const hostile = chinaVariant('hostile.json', (doc) => {
    const t = doc.targets.find((x) => x.id === TARGET);
    t.label = '<img src=x onerror=alert(1)> & "quotes"';
    doc.policy.title = '</title><script>alert(2)</script>';
  });

  it('come out escaped in HTML (widget text, <title> and meta description)', async () => {
    const { code, stdout } = await runCli(['render', '--data', hostile, '--target', TARGET, '--bundle', '/p.js']);
    assert.equal(code, 0);
    assert.match(stdout, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quotes&quot;/);
    assert.match(stdout, /<title>&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quotes&quot; · &lt;\/title&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;<\/title>/);
    assert.doesNotMatch(stdout, /<img/);
    // Inside the inline JSON, "<" and ">" are written \u003c and \u003e, so nothing can close the script early, and a
    // filter that rewrites "]]>" (WordPress) finds none.
    assert.doesNotMatch(stdout, /<script>alert/);
    assert.equal(stdout.match(/<\/script>/g).length, 2, 'only the inline JSON and the bundle scripts close');
    assert.match(stdout, /\\u003cimg src=x onerror=alert\(1\)\\u003e/);
  });

  it('come out escaped in SVG', async () => {
    const { code, stdout } = await runCli(['render', '--data', hostile, '--target', TARGET, '--format', 'svg']);
    assert.equal(code, 0);
    assert.match(stdout, /<title id="pl-[0-9a-z]+-title">&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quotes&quot;<\/title>/);
    assert.doesNotMatch(stdout, /<img/);
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('drops characters XML forbids that valid data can hold (U+FFFE)', async () => {
    const odd = chinaVariant('noncharacters.json', (doc) => {
      doc.targets.find((x) => x.id === TARGET).label = 'odd \uFFFE here';
    });
    const { code, stdout } = await runCli(['render', '--data', odd, '--target', TARGET, '--format', 'svg']);
    assert.equal(code, 0);
    assert.match(stdout, /<title id="pl-[0-9a-z]+-title">odd  here<\/title>/);
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('half a character (a lone surrogate) is a data problem, named with its path (exit 1)', async () => {
    const half = chinaVariant('lone-surrogate.json', (doc) => {
      doc.targets.find((x) => x.id === TARGET).label = 'half \uD800 here';
    });
    const { code, stderr } = await runCli(['render', '--data', half, '--target', TARGET, '--format', 'svg']);
    assert.equal(code, 1);
    assert.match(stderr, /targets\[\d+\]\.label: contains half of a character \(\\uD800: an emoji cut in two\?\) at character 6: remove it/);
  });

  it('control characters are a data problem, named with their path (exit 1)', async () => {
    const ctl = chinaVariant('control.json', (doc) => {
      doc.targets.find((x) => x.id === TARGET).label = 'bell\u0007 and NUL\u0000 here';
    });
    const { code, stderr } = await runCli(['render', '--data', ctl, '--target', TARGET, '--format', 'svg']);
    assert.equal(code, 1);
    assert.match(stderr, /targets\[\d+\]\.label: contains a control character \(\\u0007\) at character 5: remove it/);
  });
});

describe('peakline render --format svg', () => {
  it('writes a well-formed standalone SVG with <title> and <desc>', async () => {
    const { code, stdout } = await runCli(gauge('--format', 'svg'));
    assert.equal(code, 0);
    assert.match(stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+"/);
    assert.match(stdout, /<title id="pl-[0-9a-z]+-title">Energy use per unit of value added in industry above designated size[^<]*<\/title>/);
    assert.match(stdout, /<desc id="pl-[0-9a-z]+-desc">Down 6\.8% from 2020 as of 2022; target −13\.5% vs 2020 by 2025; on track\.<\/desc>/);
    assert.match(stdout, />−6\.8%</);
    assert.match(stdout, />On track</);
    assert.doesNotMatch(stdout, /var\(--|class=|style=/, 'presentation attributes only');
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('carries its visible title and its sources, wrapped to the width (an image travels without its page)', async () => {
    const { stdout } = await runCli(gauge('--format', 'svg', '--width', '320'));
    const lines = (size) => [...(stdout.match(new RegExp(`<text font-size="${size}"[^>]*>(.*?)</text>`))?.[1] ?? '').matchAll(/<tspan x="16" y="\d+">([^<]*)<\/tspan>/g)].map((m) => m[1]);
    const title = lines(16);
    const spans = lines(12);
    assert.ok(title.length >= 2, `the title wraps at 320 px: ${JSON.stringify(title)}`);
    assert.match(title.join(' '), /^Energy use per unit of value added in industry above designated size −13\.5% by 2025/);
    assert.ok(spans.some((t) => t.startsWith('Target: China issues action plan')), 'the target is cited');
    assert.ok(spans.some((t) => t.startsWith('Data: Xinhua')), 'the data are cited');
    // Each line fits: at most ~0.6 em per Latin character at 16 px within 320 − 2×16 px.
    for (const t of title) assert.ok(t.length * 0.6 * 16 <= 288 + 1, `"${t}" fits`);
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('says when the status is judged on a stand-in series, with what the series is', async () => {
    const { stdout } = await runCli(['render', '--data', china, '--target', 'industrial-co2-peak-2030', '--format', 'svg']);
    assert.match(stdout, />Indicative: national CO₂, not industrial</);
  });

  it('says when the target year is over without a figure for it, as the live readout does', async () => {
    // The energy target moved to 2023: the data stop at 2022 and 2023 is over.
    const data = chinaVariant('past-target.json', (doc) => (doc.targets.find((t) => t.id === TARGET).goal.year = 2023));
    const svgOf = async (...extra) => (await runCli(['render', '--data', data, '--target', TARGET, '--format', 'svg', ...extra])).stdout;
    assert.match(await svgOf(), />No 2023 figure yet</);
    assert.match(await svgOf('--lang', 'zh'), />尚无2023年数据</);
    // As of 2022, 2023 was still to come.
    assert.doesNotMatch(await svgOf('--as-of', '2022'), /figure yet/);
  });

  it('draws an "about" target as the live gauge does: its range as a dashed band, the latest value as a dot, no fill', async () => {
    const { code, stdout } = await runCli(['render', '--data', china, '--target', 'clinker-capacity-2025', '--format', 'svg']);
    assert.equal(code, 0);
    assert.match(stdout, /<path d="[^"]+" fill="[^"]+" fill-opacity="0\.12" stroke="[^"]+" stroke-opacity="0\.6" stroke-dasharray="4 3"\/>/);
    assert.match(stdout, /<circle cx="[-\d.]+" cy="[-\d.]+" r="[\d.]+" fill="[^"]+" stroke="[^"]+" stroke-width="2"\/>/);
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('uses the dark palette and Chinese text', async () => {
    const { code, stdout } = await runCli(gauge('--format', 'svg', '--theme', 'dark', '--lang', 'zh', '--variant', 'bar', '--width', '480'));
    assert.equal(code, 0);
    assert.match(stdout, /<rect width="480" height="\d+" fill="#16181d"\/>/);
    assert.match(stdout, /fill="#60d394"[^>]*>进度正常/);
    assert.match(stdout, /xml:lang="zh"/);
    assert.deepEqual(xmlProblems(stdout), []);
  });

  it('says so for widgets without an SVG form, with exit code 2', async () => {
    const { code, stderr } = await runCli(['render', '--data', china, '--widget', 'sectors', '--format', 'svg']);
    assert.equal(code, 2);
    assert.match(stderr, /widget sectors cannot be rendered as SVG yet/);
  });

  it('the well-formedness check itself catches broken XML', () => {
    assert.notDeepEqual(xmlProblems('<svg><text>a & b</text></svg>'), []);
    assert.notDeepEqual(xmlProblems('<svg><text>a < b</text></svg>'), []);
    assert.notDeepEqual(xmlProblems('<svg><g></svg>'), []);
    assert.notDeepEqual(xmlProblems('<svg a="1" a="2"/>'), []);
    assert.deepEqual(xmlProblems('<svg><text>a &amp; b &#8722;</text></svg>'), []);
  });
});

describe('errors and exit codes (bin/peakline.mjs)', () => {
  it('refuses options that would do nothing or contradict each other (exit 2), rather than ignoring them', async () => {
    for (const [args, said] of [
      [['render', '--data', china, '--widget', 'sectors', '--variant', 'bar'], /--variant applies to the gauge only/],
      [gauge('--layout', 'dots'), /--layout applies to the sector panel only \(--widget sectors\)/],
      [['render', '--data', china, '--widget', 'trajectory', '--target', TARGET, '--sectors', 'steel'], /--sectors applies to the sector panel only/],
      [['render', '--data', china, '--widget', 'sectors', '--sort', 'size'], /--sort must be one of status, progress, name, data \(got "size"\)/],
      [gauge('--format', 'svg', '--heading-level', '2'), /--heading-level applies to HTML output only/],
      [gauge('--target', 'clinker-capacity-2025'), /--target is given twice/],
    ]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, said);
    }
  });

  it('--as-of before the target\'s baseline: exit 1 and why, not an error box or a "No data yet" image', async () => {
    for (const format of ['html', 'svg']) {
      const { code, stdout, stderr } = await runCli(gauge('--as-of', '1999', '--format', format));
      assert.equal(code, 1, format);
      assert.equal(stdout, '');
      assert.match(stderr, /^--as-of: 1999 is before this target's baseline year \(2020\): use 2020 or later/m);
    }
  });

  it('passes --method and --as-of to a sector panel (they were dropped)', async () => {
    const { code, stdout } = await runCli(['render', '--data', china, '--widget', 'sectors', '--as-of', '2021', '--method', 'path']);
    assert.equal(code, 0);
    assert.match(stdout, /<peakline-sectors [^>]*method="path"[^>]*as-of="2021"/);
  });

  it('invalid data: exit 1, every problem as "path: message"', () => {
    const bad = chinaVariant('bad.json', (doc) => {
      doc.targets[0].baseline.year = 'twenty';
      delete doc.indicators[0].unit;
    });
    const { code, stdout, stderr } = runBin(['render', '--data', bad, '--target', TARGET]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /not valid Peakline policy data \(2 problems\)/);
    assert.match(stderr, /^targets\[0\]\.baseline\.year: must be a number/m);
    assert.match(stderr, /^indicators\[0\]\.unit: is required/m);
  });

  it('data warnings: printed to stderr with their paths, the widget rendered all the same (exit 0); none for the built-in data', () => {
    // China's clinker capacity baseline written as the 2025 target (1,800) against the series' 2020 value (1,854).
    let [i, at] = [-1, -1];
    const warned = chinaVariant('warned.json', (doc) => {
      i = doc.targets.findIndex((t) => t.id === 'clinker-capacity-2025');
      at = doc.observations.findIndex((o) => o.indicator === 'clinker-capacity' && o.year === 2020);
      doc.targets[i].baseline.value = 1800;
    });
    const { code, stdout, stderr } = runBin(['render', '--data', warned, '--target', 'clinker-capacity-2025']);
    assert.equal(code, 0);
    assert.match(stdout, /^<!doctype html>/);
    assert.match(stderr, /warned\.json has 1 data warning \(rendered all the same\):\n/);
    assert.ok(
      stderr.includes(`\ntargets[${i}].baseline.value: is 1800, but the observation of "clinker-capacity" for 2020 (observations[${at}].value) is 1854, 2.9% apart: `),
      stderr,
    );
    const clean = runBin(['render', '--data', china, '--target', 'clinker-capacity-2025']);
    assert.equal(clean.code, 0);
    assert.equal(clean.stderr, '');
  });

  it('names data read from standard input so (it said "peakline: - is not valid Peakline policy data")', () => {
    const r = spawnSync(process.execPath, [bin, 'render', '--data', '-', '--target', TARGET], { cwd: root, encoding: 'utf8', input: '{"formatVersion": 1,' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^peakline: standard input is not valid Peakline policy data \(1 problem\):\n\(document\): is not valid JSON/);
  });

  it('unreadable JSON: exit 1', async () => {
    const { code, stderr } = await runCli(['render', '--data', join(tmp, 'missing.json'), '--target', TARGET]);
    assert.equal(code, 1);
    assert.match(stderr, /cannot read .*missing\.json/);
  });

  it('unknown target: exit 1 with a clear message listing the targets', () => {
    const { code, stdout, stderr } = runBin(['render', '--data', china, '--target', 'no-such-target']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^--target: this dataset has no target with id "no-such-target" \(its ids: .*industrial-energy-intensity-2025/m);
  });

  it('wrong usage: exit 2', async () => {
    for (const args of [
      ['render', '--target', TARGET],
      gauge('--widget', 'pie'),
      gauge('--lang', 'fr'),
      gauge('--width', 'wide'),
      gauge('--format', 'svg', '--theme', 'auto'),
      gauge('--bundle', 'javascript:alert(1)'),
      ['render', '--data', china],
      gauge('--colour', 'red'),
      gauge('--heading-level', '7'),
      gauge('--heading-level', 'h2'),
      gauge('--format', 'svg', '--as-of', String(new Date().getUTCFullYear() + 1)),
      // HTML into an image's file name (a broken <img> in a newsletter), and an image into a page's.
      gauge('--out', join(tmp, 'gauge.svg')),
      gauge('--format', 'svg', '--out', join(tmp, 'gauge.html')),
      gauge('--width', '-5'),
    ]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, `${args.join(' ')} → ${stderr}`);
      assert.match(stderr, /^peakline: /);
    }
  });

  it('--out NAME.svgz: gzip-compressed SVG, as SVG viewers expect under that name', () => {
    const out = join(tmp, 'gauge.svgz');
    const { code, stderr } = runBin(gauge('--format', 'svg', '--out', out));
    assert.equal(code, 0, stderr);
    const bytes = readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b]);
    assert.match(gunzipSync(bytes).toString('utf8'), /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns=/);
  });

  it('--out NAME.SVGZ in capitals is compressed too; a .svg name stays plain text', () => {
    const upper = join(tmp, 'GAUGE.SVGZ');
    assert.equal(runBin(gauge('--format', 'svg', '--out', upper)).code, 0);
    assert.deepEqual([...readFileSync(upper).subarray(0, 2)], [0x1f, 0x8b]);
    const plain = join(tmp, 'gauge-plain.svg');
    assert.equal(runBin(gauge('--format', 'svg', '--out', plain)).code, 0);
    assert.match(readFileSync(plain, 'utf8'), /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns=/);
  });

  it('--help and --version', () => {
    const help = runBin(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: peakline render --data FILE/);
    // The package's version and a newline, so a shell prompt does not start on its line; -v the same.
    const { version: expected } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const version = runBin([flag]);
      assert.equal(version.code, 0);
      assert.equal(version.stdout, `${expected}\n`);
    }
  });
});
