/**
 * How well the loading height the embed builder measures fits (`reserve`, src/base/reserve.ts `measuredEm`): for every
 * target of the three built-in datasets, gauges (arc and bar) and trajectories, English and Chinese, the widget drawn at
 * 320, 360 and 900 px gives the hint as site/builder/snippets.ts `reserveHint` writes it; the same widget, its data held
 * back, with that hint, at ten widths from 320 to 1,100 px, against its drawn height. Prints how many grow when their
 * data arrives and the spare room; README quotes it (`node scripts/reserve-fit.mjs` does the same without the hint).
 *
 * Usage: `npm run build:bundle && node scripts/reserve-measured.mjs` (Chromium as for the tests; 16 px system-ui text).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './check-chromium.mjs';
import { startServer } from '../test/pages/serve.mjs';
const docs = ['cn-industry-carbon-peaking-2022', 'eu-climate-law-2021', 'illustrative-demo'].map((n) => JSON.parse(readFileSync(`data/${n}.json`, 'utf8')));
const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.route('**/never-answered.json', () => {});
await page.goto(server.url('/test/pages/plain.html'));
for (const tag of ['gauge', 'trajectory']) {
  const rows = await page.evaluate(async ({ docs, tag }) => {
    await import('/dist/peakline.js');
    document.body.replaceChildren();
    document.body.style.cssText = 'margin:0;font:16px system-ui,sans-serif';
    const inner = (w) => w - 1.75 * 16 - 2;
    // The charts' heights as reserveHint takes them off (gaugeChartPx; chartHeight of the frame's inner width, at 16 px).
    const chart = (variant, w) => tag === 'gauge' ? (variant === 'bar' ? 30 : Math.round(Math.min(Math.max(w - 30, 120), 292) * 0.525)) : Math.round(Math.min(Math.max(560, 220), Math.max(220, (inner(w) * 10) / 16)));
    const widths = [320, 360, 400, 480, 560, 640, 720, 800, 900, 1100];
    const out = [];
    for (const variant of tag === 'gauge' ? ['arc', 'bar'] : [null])
      for (const lang of ['en', 'zh']) {
        const drawn = {};
        for (const width of widths) {
          const wrap = document.createElement('div'); wrap.style.width = `${width}px`; wrap.lang = lang; document.body.append(wrap);
          const els = docs.flatMap((doc) => doc.targets.map((t) => { const el = document.createElement(`peakline-${tag}`); if (variant) el.setAttribute('variant', variant); Object.assign(el, { target: t.id, data: doc }); wrap.append(el); return el; }));
          await new Promise((r) => setTimeout(r, 300));
          els.forEach((el, i) => ((drawn[i] ??= {})[width] = el.getBoundingClientRect().height));
          wrap.remove();
        }
        const ids = docs.flatMap((doc) => doc.targets.map((t) => t.id));
        for (const width of widths) {
          const wrap = document.createElement('div'); wrap.style.width = `${width}px`; wrap.lang = lang; document.body.append(wrap);
          const held = ids.map((id, i) => {
            const el = document.createElement(`peakline-${tag}`); if (variant) el.setAttribute('variant', variant);
            const hint = [320, 360, 900].map((w) => Math.ceil(((drawn[i][w] - chart(variant, w)) / 16) * 10) / 10).join(' ');
            el.setAttribute('reserve', hint); el.target = id; el.src = '/never-answered.json'; wrap.append(el); return el;
          });
          await new Promise((r) => setTimeout(r, 300));
          held.forEach((el, i) => out.push({ id: ids[i], variant, lang, width, d: el.getBoundingClientRect().height - drawn[i][width] }));
          wrap.remove();
        }
      }
    return out;
  }, { docs, tag });
  const grown = rows.filter((r) => r.d < -0.5);
  const spare = rows.map((r) => Math.max(0, r.d)).sort((a, b) => a - b);
  console.log(`${tag}, with the builder's reserve: ${rows.length} widgets; ${grown.length} grow when their data arrives (by up to ${Math.round(-Math.min(0, ...rows.map((r) => r.d)))} px); ${Math.round(spare[spare.length >> 1])} px spare at the median, ${Math.round(spare.at(-1))} at most`);
}
// Sector panels: every panel the embed builder offers (each sector with targets, and all), measured at PANEL_AT's
// widths (320, 360, 480, 733, 734 and 900 px at 16 px; no chart to take off) and held back at twelve other widths, some
// either side of the rows' change of layout (44 em).
const panels = await page.evaluate(async ({ docs }) => {
  document.body.replaceChildren();
  const at = [320, 360, 480, 733, 734, 900];
  const widths = [340, 390, 414, 440, 560, 640, 700, 720, 760, 800, 1000, 1100];
  const out = [];
  for (const lang of ['en', 'zh']) {
    const choices = docs.flatMap((doc) => [null, ...doc.sectors.map((s) => s.id)].map((sector) => ({ doc, sector })));
    const make = (c) => { const el = document.createElement('peakline-sectors'); if (c.sector) el.setAttribute('sectors', c.sector); return el; };
    const drawn = {};
    for (const width of [...new Set([...at, ...widths])]) {
      const wrap = document.createElement('div'); wrap.style.width = `${width}px`; wrap.lang = lang; document.body.append(wrap);
      const els = choices.map((c) => wrap.appendChild(Object.assign(make(c), { data: c.doc })));
      await new Promise((r) => setTimeout(r, 300));
      els.forEach((el, i) => ((drawn[i] ??= {})[width] = el.shadowRoot.querySelector('.row') ? el.getBoundingClientRect().height : 0));
      wrap.remove();
    }
    for (const width of widths) {
      const wrap = document.createElement('div'); wrap.style.width = `${width}px`; wrap.lang = lang; document.body.append(wrap);
      const held = choices.map((c, i) => {
        if (!drawn[i][320]) return null;
        const el = make(c);
        el.setAttribute('reserve', at.map((w) => Math.ceil((drawn[i][w] / 16) * 10) / 10).join(' '));
        el.src = '/never-answered.json'; return wrap.appendChild(el);
      });
      await new Promise((r) => setTimeout(r, 300));
      held.forEach((el, i) => el && out.push({ sector: choices[i].sector, lang, width, d: el.getBoundingClientRect().height - drawn[i][width] }));
      wrap.remove();
    }
  }
  return out;
}, { docs });
const grown = panels.filter((r) => r.d < -0.5);
const spare = panels.map((r) => Math.max(0, r.d)).sort((a, b) => a - b);
console.log(`sectors, with the builder's reserve: ${panels.length} panels; ${grown.length} grow when their data arrives (by up to ${Math.round(-Math.min(0, ...panels.map((r) => r.d)))} px); ${Math.round(spare[spare.length >> 1])} px spare at the median, ${Math.round(spare.reduce((a, b) => a + b, 0) / spare.length)} on average, ${Math.round(spare.at(-1))} at most`);
if (process.argv.includes('--list')) for (const r of panels) if (r.d < -0.5 || r.d > 60) console.log(r.sector, r.lang, r.width, Math.round(r.d));
await browser.close(); await server.close();
