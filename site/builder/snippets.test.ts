import { describe, expect, it } from 'vitest';
import { addressWarning, attributes, columnWidth, COLUMN_RANGE, embedUrl, escapeAttr, fallbackText, filesBase, HEIGHT_MESSAGE, iframeHeight, inlineJson, listenerSnippet, reserveHint, snippetIframe, snippetInline, snippetWithSrc, trajectoryCeiling, unreachable, validYear, withScheme } from './snippets.js';

const gauge = { widget: 'gauge', target: 'industrial-energy-intensity-2025', variant: 'bar', theme: 'dark', lang: 'zh' } as const;

describe('embed snippets', () => {
  it('script + element with src', () => {
    expect(snippetWithSrc(gauge, 'https://cdn.example/peakline.js', 'https://news.example/data.json')).toBe(
      '<script src="https://cdn.example/peakline.js"></script>\n' +
        '<peakline-gauge src="https://news.example/data.json" target="industrial-energy-intensity-2025" variant="bar" theme="dark" lang="zh">互动图表</peakline-gauge>',
    );
    expect(snippetWithSrc({ widget: 'trajectory', target: 't' }, 'https://cdn.example/peakline-trajectory.js', 'https://news.example/data.json', 'Energy intensity')).toBe(
      '<script src="https://cdn.example/peakline-trajectory.js"></script>\n' +
        '<peakline-trajectory src="https://news.example/data.json" target="t">Interactive chart: Energy intensity</peakline-trajectory>',
    );
  });

  it('script + element with the data inline: start tag, fallback text, the data\'s script tags and end tag each on a line', () => {
    expect(snippetInline({ widget: 'gauge', target: 't' }, 'https://cdn.example/peakline-gauge.js', { a: 1 }, 'Energy intensity')).toBe(
      '<script src="https://cdn.example/peakline-gauge.js"></script>\n' +
        '<peakline-gauge target="t">\n' +
        'Interactive chart: Energy intensity\n' +
        '<script type="application/json">\n{\n  "a": 1\n}\n</script>\n' +
        '</peakline-gauge>',
    );
  });

  it('the fallback text names the chart for readers (no file names, no "needs JavaScript"), in the widget\'s language, as text only', () => {
    expect(fallbackText({ widget: 'sectors', lang: 'zh' }, '工业领域碳达峰实施方案')).toBe('互动图表：工业领域碳达峰实施方案');
    expect(fallbackText({ widget: 'gauge' }, '  ')).toBe('Interactive chart');
    const hostile = fallbackText({ widget: 'gauge' }, '</peakline-gauge><script>alert(1)</script> & "q"');
    expect(hostile).toBe('Interactive chart: &lt;/peakline-gauge&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
    // The word joiners and zero-width spaces that hold Chinese lines together in a widget are not copied into an article.
    expect(fallbackText({ widget: 'gauge', lang: 'zh' }, '工业二氧化碳排放2030\u2060年前达峰，应完成\u200b42%')).toBe('互动图表：工业二氧化碳排放2030年前达峰，应完成42%');
    expect(snippetIframe(gauge, 'https://x/embed.html', '2030\u2060年前达峰')).toContain('title="2030年前达峰"');
    expect(snippetInline({ widget: 'gauge', target: 't' }, 'p.js', {}, '</script><script>alert(1)</script>').match(/<script/g)).toHaveLength(2);
  });

  it('leaves out defaults (arc variant, light theme, bars layout, status order)', () => {
    expect(attributes({ widget: 'gauge', target: 't', variant: 'arc', theme: 'light' })).toEqual([['target', 't']]);
    expect(attributes({ widget: 'sectors', sectors: ['steel', 'building-materials'], layout: 'bars' })).toEqual([['sectors', 'steel,building-materials']]);
    expect(attributes({ widget: 'sectors', target: 'ignored', layout: 'dots' })).toEqual([['layout', 'dots']]);
    expect(attributes({ widget: 'sectors', sort: 'status' })).toEqual([]);
    expect(attributes({ widget: 'sectors', sort: 'name' })).toEqual([['sort', 'name']]);
    expect(attributes({ widget: 'gauge', target: 't', sort: 'name' })).toEqual([['target', 't']]);
    expect(attributes({ widget: 'trajectory', target: 't', headingLevel: '' })).toEqual([['target', 't']]);
    expect(attributes({ widget: 'trajectory', target: 't', headingLevel: '2' })).toEqual([['target', 't'], ['heading-level', '2']]);
  });

  it('a sector panel says how many rows it will have (its loading box reserves them); other widgets never do', () => {
    expect(attributes({ widget: 'sectors', sectors: ['steel'], rows: 1 })).toEqual([['sectors', 'steel'], ['rows', '1']]);
    expect(attributes({ widget: 'gauge', target: 't', rows: 6 })).toEqual([['target', 't']]);
  });

  it('escapes attribute values so a hostile target id cannot break out of the attribute', () => {
    expect(escapeAttr('"><script>alert(1)</script>')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const s = snippetWithSrc({ widget: 'gauge', target: '"><img src=x onerror=alert(1)>' }, 'https://cdn/p.js', 'https://d/x.json');
    expect(s).not.toContain('<img');
    expect(s).toContain('target="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('inline JSON cannot close its <script> element', () => {
    const json = inlineJson({ label: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ label: '</script><script>alert(1)</script>' });
    const s = snippetInline(gauge, 'https://cdn/p.js', { label: '</script>' });
    expect(s.match(/<\/script>/g)).toHaveLength(2); // the loader's and the data's own closing tags only
  });

  it('inline JSON has no ">" either: WordPress writes every "]]>" in a post as "]]&gt;", inside <script> too', () => {
    const label = 'a ]]> b --> c \u2028 \u2029 <!-- d';
    const json = inlineJson({ label });
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(json).toContain('"a ]]\\u003e b --\\u003e c \\u2028 \\u2029 \\u003c!-- d"');
    expect(JSON.parse(json)).toEqual({ label });
  });

  it('iframe points at embed.html with the choice in the query, or the data in the fragment', () => {
    const byUrl = embedUrl(gauge, 'https://site/embed.html', { url: 'https://d/x.json' });
    expect(byUrl).toBe('https://site/embed.html?widget=gauge&target=industrial-energy-intensity-2025&variant=bar&theme=dark&lang=zh&data=https%3A%2F%2Fd%2Fx.json');
    const inline = embedUrl({ widget: 'gauge', target: 't' }, 'https://site/embed.html', { doc: { a: 1 } });
    expect(inline).toBe('https://site/embed.html?widget=gauge&target=t#doc=%7B%22a%22%3A1%7D');
    expect(snippetIframe(gauge, byUrl, 'Energy "intensity"')).toContain('title="Energy &quot;intensity&quot;"');
  });

  it('iframe height: the taller measured widget, rounded up, plus embed.html\'s 4 px padding above and below', () => {
    // Worked: the gauge measured 557 px at 360 px wide and 428 px at 900 px → 557 + 2 × 4 = 565 (the audit's real height at 358 px).
    expect(iframeHeight([557, 428])).toBe(565);
    // Sectors: 1371.2 px at 360 px → 1372 + 8 = 1380.
    expect(iframeHeight([1371.2, 868])).toBe(1380);
    expect(iframeHeight([])).toBe(480);
    expect(iframeHeight([0, Number.NaN], 420)).toBe(420);
    expect(snippetIframe(gauge, 'https://site/embed.html', 'T', iframeHeight([557, 428]))).toContain('height="565"');
  });

  it('iframe height for a column: a whole width from 320 px (the narrowest measured) to 900 px (the iframe\'s max-width)', () => {
    expect(COLUMN_RANGE).toEqual([320, 900]);
    expect(columnWidth('640')).toBe(640);
    expect(columnWidth(' 320 ')).toBe(320);
    expect(columnWidth('900')).toBe(900);
    expect(columnWidth('６４０')).toBe(640); // full-width digits, as a Chinese input method types them
    for (const junk of ['', '319', '901', '1200', '64', '640px', '640.5', '6e2', '-640', 'abc']) expect(columnWidth(junk), junk).toBeNull();
    // Worked: the one widget measured at the column's width, 512.6 px → 513 + 2 × 4 = 521.
    expect(iframeHeight([512.6])).toBe(521);
  });

  it('as-of: only whole years from 1800 to this year reach the snippet (the widgets show an error box for a later one)', () => {
    const now = new Date().getUTCFullYear();
    expect(validYear('2023')).toBe('2023');
    expect(validYear(' 2025 ')).toBe('2025');
    expect(validYear('1800')).toBe('1800');
    expect(validYear(String(now))).toBe(String(now));
    for (const junk of ['20', '', '2e3', '2023.5', '1799', String(now + 1), '2100', 'abcd', '-2023']) expect(validYear(junk), junk).toBeUndefined();
    expect(attributes({ widget: 'gauge', target: 't', asOf: validYear('20') })).toEqual([['target', 't']]);
  });

  it('as-of: full-width digits, as a Chinese input method types them, are the same year', () => {
    expect(validYear('２０２１')).toBe('2021');
    expect(validYear('\u3000２０２１ ')).toBe('2021'); // an ideographic space around it too
    expect(validYear('20２1')).toBe('2021');
    expect(validYear('１７９９')).toBeUndefined();
    expect(validYear('２０２')).toBeUndefined();
  });

  it('URL box: a host without its scheme, with or without a port, is a host (https; http for this computer), not a path here', () => {
    expect(withScheme('example.org/data.json')).toBe('https://example.org/data.json');
    expect(withScheme('data.example:8443/a/b.json')).toBe('https://data.example:8443/a/b.json');
    // The audit's case: was read as a path on the builder's own site.
    expect(withScheme('127.0.0.1:5302/text.json')).toBe('http://127.0.0.1:5302/text.json');
    expect(withScheme('localhost:5302/text.json')).toBe('http://localhost:5302/text.json');
    expect(withScheme('[::1]:5302/text.json')).toBe('http://[::1]:5302/text.json');
    // Left as typed: full URLs, paths on this site (also a file name with a dot), and schemes that are not a port.
    for (const kept of ['https://example.org/x.json', 'http://127.0.0.1:5302/x.json', 'data/x.json', './x.json', '/data/x.json', 'data.json', 'javascript:alert(1)', 'mailto:a@b.c'])
      expect(withScheme(kept), kept).toBe(kept);
  });

  it('auto-height listener: resizes only iframes on the page, only for messages from the embed page\'s origin', () => {
    const s = listenerSnippet('https://site.example');
    expect(s.startsWith('<script>') && s.endsWith('</script>')).toBe(true);
    expect(s).toContain('e.origin!=="https://site.example"');
    expect(s).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
    expect(s).toContain('f.contentWindow===e.source');
    expect(listenerSnippet('https://x</script>')).not.toContain('x</script>');
  });

  it('auto-height listener: grows an iframe in view, but shrinks it below its snippet height only below the viewport', () => {
    // The listener run as a page runs it, with an iframe 675 px tall by its snippet (a gauge's tallest, a phone's).
    const script = listenerSnippet('https://site.example').slice('<script>'.length, -'</script>'.length);
    const post = (top: number, height: number, attr = '675') => {
      let listener: ((e: unknown) => void) | undefined;
      const source = {};
      const f = { contentWindow: source, height: attr, style: { height: '' }, getBoundingClientRect: () => ({ top }) };
      new Function('addEventListener', 'document', 'innerHeight', script)((_: string, l: typeof listener) => (listener = l), { querySelectorAll: () => [f] }, 800);
      listener!({ origin: 'https://site.example', source, data: { type: HEIGHT_MESSAGE, height } });
      return f.style.height;
    };
    // In view at 900 px the widget is 486 px: the iframe keeps its 675 (fitted, it moved the article below: CLS 0.022).
    expect(post(200, 486)).toBe('675px');
    // Above the viewport too (a browser without scroll anchoring would move what the reader sees).
    expect(post(-900, 486)).toBe('675px');
    // Taller than its snippet (a 288 px column, a disclosure opened): grown, in view or not.
    expect(post(200, 702.3)).toBe('703px');
    // Below the viewport it fits: nothing the reader sees moves.
    expect(post(900, 486)).toBe('486px');
    // No height attribute (a CMS dropped it: 150 px): sized to the widget.
    expect(post(200, 486, '')).toBe('486px');
  });
});


describe('where the snippets load their files from', () => {
  it('takes the editor\'s address as a folder, http(s) only', () => {
    expect(filesBase('https://cdn.example/peakline')).toBe('https://cdn.example/peakline/');
    expect(filesBase('  https://cdn.example/peakline/?v=2#x ')).toBe('https://cdn.example/peakline/');
    expect(filesBase('https://cdn.example')).toBe('https://cdn.example/');
    for (const bad of ['', 'cdn.example/peakline', '/peakline/', 'javascript:alert(1)', 'file:///home/me/site-dist/', 'ftp://cdn.example/']) expect(filesBase(bad), bad).toBeNull();
  });
  it('tells this computer and private networks from addresses readers can reach', () => {
    for (const local of [
      'http://127.0.0.1:5173/peakline-gauge.js', 'http://localhost:5173/', 'http://preview.localhost/', 'http://mac.local/x.js', 'http://[::1]:8080/',
      'http://0.0.0.0:5173/', 'http://10.0.0.5/', 'http://172.16.0.1/', 'http://172.31.255.1/', 'http://192.168.1.20/', 'http://169.254.1.1/',
      'http://[fd12::1]/', 'http://[fe80::1]/', 'file:///home/me/site-dist/peakline.js', 'blob:https://x/1', 'not a url',
    ])
      expect(unreachable(local), local).toBe('local');
    // Public addresses, including ones that only look private: 172.32 is public, as are names starting "fc" or "fe8".
    for (const ok of ['https://cdn.example/peakline.js', 'https://172.32.0.1/', 'https://fc.example/', 'https://fe80.example/', 'https://11.0.0.1/'])
      expect(unreachable(ok), ok).toBeNull();
    // Reachable, but an https article refuses it (mixed content).
    expect(unreachable('http://cdn.example/peakline.js')).toBe('http');
  });
  it('warns of the first address readers cannot load, this computer before plain http, naming its origin', () => {
    expect(addressWarning(['https://cdn.example/p.js', 'https://cdn.example/embed.html'])).toBeNull();
    expect(addressWarning(['http://cdn.example/p.js', 'http://127.0.0.1:5173/data.json'])).toEqual({ kind: 'local', host: 'http://127.0.0.1:5173' });
    expect(addressWarning(['https://cdn.example/p.js', 'http://cdn.example/embed.html'])).toEqual({ kind: 'http', host: 'http://cdn.example' });
    // No origin to name: the address itself.
    expect(addressWarning(['file:///home/me/site-dist/p.js'])).toEqual({ kind: 'local', host: 'file:///home/me/site-dist/p.js' });
  });
});

describe('the loading height measured for a gauge or trajectory (reserve)', () => {
  it('is each preview\'s text height in em, its chart taken off, rounded up to 0.1 em: "E320 E360 E900"', () => {
    // Arc: 0.525 of the width less 30 px, at most 292: 152 px at 320, 153 at 360 and 900.
    // (650 − 152) / 16 = 31.125 → 31.2; (600 − 153) / 16 = 27.94 → 28; (450 − 153) / 16 = 18.56 → 18.6.
    expect(reserveHint({ widget: 'gauge' }, [600, 450, 650])).toBe('31.2 28 18.6');
    // Bar: 30 px at every width. (650 − 30) / 16 = 38.75; (600 − 30) / 16 = 35.625 → 35.7; (450 − 30) / 16 = 26.25 → 26.3.
    expect(reserveHint({ widget: 'gauge', variant: 'bar' }, [600, 450, 650])).toBe('38.8 35.7 26.3');
    // Trajectory: its chart 220 px tall at 320 and 360 px, 544 at 900 (5/8 of 870 px). (900 − 220) / 16 = 42.5;
    // (850 − 220) / 16 = 39.375 → 39.4; (1000 − 544) / 16 = 28.5.
    expect(reserveHint({ widget: 'trajectory' }, [850, 1000, 900])).toBe('42.5 39.4 28.5');
    // In the widgets' em, with their chart at that size: at 20 px the chart's floor is 275 px (320, 360) and 5/8 of
    // 863 px is 539 (900): (900 − 275) / 20 = 31.25 → 31.3; (850 − 275) / 20 = 28.75 → 28.8; (1000 − 539) / 20 = 23.05 → 23.1.
    expect(reserveHint({ widget: 'trajectory' }, [850, 1000, 900], 20)).toBe('31.3 28.8 23.1');
  });
  it('a sector panel: its whole height at 320, 360, 480, 733, 734 and 900 px (no chart taken off)', () => {
    // Measured [360, 900, 320, 480, 733, 734] px: 880 / 16 = 55, 608 / 16 = 38, 960 / 16 = 60, 768 / 16 = 48, 640 / 16 = 40,
    // 722 / 16 = 45.125 → 45.2 (rounded up), written in PANEL_AT's order.
    expect(reserveHint({ widget: 'sectors' }, [880, 608, 960, 768, 640, 722])).toBe('60 55 48 40 45.2 38');
    // The three measured for a gauge are not enough for a panel, and six are too many for a gauge.
    expect(reserveHint({ widget: 'sectors' }, [880, 608, 960])).toBeUndefined();
    expect(reserveHint({ widget: 'gauge' }, [880, 608, 960, 768, 640, 722])).toBeUndefined();
  });
  it('none without the three measurements', () => {
    expect(reserveHint({ widget: 'gauge' }, [600, 450])).toBeUndefined();
    expect(reserveHint({ widget: 'gauge' }, [600, 0, 650])).toBeUndefined();
    expect(reserveHint({ widget: 'gauge' }, [])).toBeUndefined();
  });
  it('goes in the data-by-URL snippet only: the inline form has its data at once, and no loading box', () => {
    const c = { widget: 'gauge', target: 't', reserve: '31.2 28 18.6' } as const;
    expect(snippetWithSrc(c, 'p.js', 'd.json')).toContain('<peakline-gauge src="d.json" target="t" reserve="31.2 28 18.6">');
    expect(snippetInline(c, 'p.js', {})).not.toContain('reserve=');
    expect(embedUrl(c, 'https://x/embed.html', { url: 'd.json' })).not.toContain('reserve');
  });
});

describe('trajectoryCeiling', () => {
  it('adds the chart’s growth from 800 to 900 px: 544 − 481 = 63 px at 16 px text (chartHeight of 870 and 770 px inside)', () => {
    // The China clinker trajectory: 785 px at 800 px; 848 holds its tallest, 835 at 880 px.
    expect(trajectoryCeiling(785, 16)).toBe(848);
    expect(iframeHeight([806, 822, 828, trajectoryCeiling(785, 16)])).toBe(848 + 8);
    // At 32 px text the chart's floor is 440 px, and it grows 62 px.
    expect(trajectoryCeiling(785, 32)).toBe(847);
  });
});
