/**
 * Contrast ratios of the colours a rendered widget draws with, for README's *For readers with assistive technology*.
 * A gauge in each theme is drawn by the built bundle; each `--_pl-*` colour is read as Chromium resolves it there (a
 * page's `--peakline-color-*` would change them: these are the defaults), and WCAG 2.2's contrast ratio is computed
 * (relative luminance of sRGB, linear below 0.04045; (L1 + 0.05) / (L2 + 0.05)) against the background and against
 * the surface (the trajectory's tooltip, the Data table button, a hovered or selected sector row).
 *
 * Usage: `npm run build:bundle && node scripts/contrast.mjs`
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './check-chromium.mjs';
import { startServer } from '../test/pages/serve.mjs';

const NAMES = ['text', 'muted', 'illustrative', 'focus', 'fill', 'projection', 'path', 'border', 'track'];
const STATUSES = ['achieved', 'on-track', 'needs-acceleration', 'off-track', 'wrong-direction', 'insufficient-data'];

const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(server.url('/test/pages/plain.html'));
  const colours = await page.evaluate(async (names) => {
    await import('/dist/peakline.js');
    const doc = await (await fetch('/data/cn-industry-carbon-peaking-2022.json')).json();
    const out = {};
    for (const theme of ['light', 'dark']) {
      const el = document.createElement('peakline-gauge');
      el.setAttribute('target', 'industrial-energy-intensity-2025');
      el.setAttribute('theme', theme);
      el.data = doc;
      const ready = new Promise((r) => el.addEventListener('peakline-ready', r, { once: true }));
      document.body.append(el);
      await ready;
      // A probe in the frame resolves each variable to the rgb() the browser paints.
      const probe = document.createElement('span');
      el.shadowRoot.querySelector('[part~="frame"]').append(probe);
      out[theme] = Object.fromEntries(['bg', 'surface', ...names].map((n) => ((probe.style.color = `var(--_pl-${n})`), [n, getComputedStyle(probe).color])));
      el.remove();
    }
    return out;
  }, [...NAMES, ...STATUSES.map((s) => `status-${s}`)]);

  const channel = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map(channel);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  for (const [theme, c] of Object.entries(colours)) {
    console.log(`\n${theme} (background ${c.bg}, surface ${c.surface})`);
    console.log(`${'colour'.padEnd(30)}${'rgb'.padEnd(22)}on bg  on surface  on track`);
    for (const [name, rgb] of Object.entries(c)) {
      if (name === 'bg' || name === 'surface') continue;
      console.log(`${name.padEnd(30)}${rgb.padEnd(22)}${ratio(rgb, c.bg).toFixed(2).padStart(5)}  ${ratio(rgb, c.surface).toFixed(2).padStart(9)}  ${ratio(rgb, c.track).toFixed(2).padStart(8)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
