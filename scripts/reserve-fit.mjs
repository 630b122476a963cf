/**
 * How well the heights widgets reserve while loading fit the built-in datasets: for every target of the three, in
 * English and Chinese, at six widths from 320 to 1,100 px (gauges arc and bar), the reserved height (a widget whose
 * data never arrives) against the height drawn (the same widget given its data), with the shipped constants
 * (src/gauge/geometry.ts `gaugeReserve`, src/base/reserve.ts `trajectoryReserve`); and so for every sector panel the
 * embed builder offers (each sector with targets, and all), at ten widths, `rows` set as the builder writes it
 * (`sectorsReserve`). Prints how many grow when their data arrives (the page moves) and how much room is spare; README
 * quotes it. `--dump FILE` writes each panel's figures (heights in em) as JSON, to refit the panel's constants.
 *
 * Usage: `npm run build:bundle && node scripts/reserve-fit.mjs` (Chromium as for the tests; 16 px system-ui text).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './check-chromium.mjs';
import { startServer } from '../test/pages/serve.mjs';

const docs = ['cn-industry-carbon-peaking-2022', 'eu-climate-law-2021', 'illustrative-demo'].map((n) => JSON.parse(readFileSync(`data/${n}.json`, 'utf8')));
const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.route('**/never-answered.json', () => {});
  await page.goto(server.url('/test/pages/plain.html'));
  for (const tag of ['gauge', 'trajectory']) {
    const rows = await page.evaluate(
      async ({ docs, tag }) => {
        await import('/dist/peakline.js');
        document.body.replaceChildren();
        document.body.style.cssText = 'margin:0;font:16px system-ui,sans-serif';
        const out = [];
        for (const variant of tag === 'gauge' ? ['arc', 'bar'] : [null])
          for (const lang of ['en', 'zh'])
            for (const width of [320, 360, 480, 640, 900, 1100]) {
              const wrap = document.createElement('div');
              wrap.style.width = `${width}px`;
              wrap.lang = lang;
              document.body.append(wrap);
              const make = () => {
                const el = document.createElement(`peakline-${tag}`);
                if (variant) el.setAttribute('variant', variant);
                return wrap.appendChild(el);
              };
              const held = make();
              held.target = 'x';
              held.src = '/never-answered.json';
              const drawn = docs.flatMap((doc) => doc.targets.map((t) => Object.assign(make(), { target: t.id, data: doc })));
              await new Promise((r) => setTimeout(r, 400));
              const reserved = held.getBoundingClientRect().height;
              for (const el of drawn) out.push(reserved - el.getBoundingClientRect().height);
              wrap.remove();
            }
        return out;
      },
      { docs, tag },
    );
    const grown = rows.filter((d) => d < -0.5);
    const spare = rows.map((d) => Math.max(0, d)).sort((a, b) => a - b);
    console.log(
      `${tag}: ${rows.length} widgets; ${grown.length} grow when their data arrives (${Math.round((grown.length / rows.length) * 100)}%, by up to ${Math.round(-Math.min(0, ...rows))} px); ${Math.round(spare[spare.length >> 1])} px spare at the median`,
    );
  }
  // Sector panels: every panel the embed builder offers (each sector with targets, and all), `rows` set as it writes it.
  const panels = await page.evaluate(
    async ({ docs, widths }) => {
      const out = [];
      for (const lang of ['en', 'zh'])
        for (const width of widths) {
          const wrap = document.createElement('div');
          wrap.style.width = `${width}px`;
          wrap.lang = lang;
          document.body.append(wrap);
          const pairs = [];
          for (const [d, doc] of docs.entries())
            for (const sector of [null, ...doc.sectors.map((s) => s.id)]) {
              const drawn = Object.assign(document.createElement('peakline-sectors'), { data: doc });
              if (sector) drawn.setAttribute('sectors', sector);
              wrap.append(drawn);
              pairs.push({ d, sector, drawn });
            }
          await new Promise((r) => setTimeout(r, 400));
          for (const p of pairs) {
            p.rows = p.drawn.shadowRoot.querySelectorAll('.row').length;
            if (!p.rows) continue;
            p.held = Object.assign(document.createElement('peakline-sectors'), { src: '/never-answered.json' });
            p.held.setAttribute('rows', String(p.rows));
            if (p.sector) p.held.setAttribute('sectors', p.sector);
            wrap.append(p.held);
          }
          await new Promise((r) => setTimeout(r, 400));
          const em = parseFloat(getComputedStyle(wrap).fontSize);
          for (const p of pairs)
            if (p.rows) {
              const drawn = p.drawn.getBoundingClientRect().height;
              out.push({ doc: p.d, sector: p.sector, lang, width, rows: p.rows, drawn: drawn / em, reserved: p.held.getBoundingClientRect().height / em, diff: p.held.getBoundingClientRect().height - drawn });
            }
          wrap.remove();
        }
      return out;
    },
    { docs, widths: [320, 360, 414, 480, 560, 640, 720, 800, 900, 1100] },
  );
  const grown = panels.filter((p) => p.diff < -0.5);
  const spare = panels.map((p) => Math.max(0, p.diff));
  console.log(
    `sectors: ${panels.length} panels; ${grown.length} grow when their data arrives (${Math.round((grown.length / panels.length) * 100)}%, by up to ${Math.round(-Math.min(0, ...panels.map((p) => p.diff)))} px); ${Math.round(spare.reduce((a, b) => a + b, 0) / spare.length)} px spare on average`,
  );
  const dump = process.argv.indexOf('--dump');
  if (dump > 0) writeFileSync(process.argv[dump + 1], JSON.stringify(panels));
} finally {
  await browser.close();
  await server.close();
}
