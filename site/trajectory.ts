/**
 * One <peakline-trajectory> per page, for screenshots and manual checks:
 *   trajectory.html?dataset=china&target=industrial-co2-peak-2030&width=320&theme=dark&lang=zh
 * (`&method=path|rate|extrapolation` too). With `all=1`, every target of the dataset one after another. No margins: the page is the widget.
 */
import { html, nothing, render } from 'lit';
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const theme = params.get('theme') ?? 'light';
const width = Number(params.get('width') ?? 0);
const docs = { china, demo, eu } as Record<string, { targets: { id: string }[] }>;
const doc = docs[params.get('dataset') ?? 'china'] ?? china;
const targets = params.get('all') ? doc.targets.map((t) => t.id) : [params.get('target') ?? 'industrial-co2-peak-2030'];
const method = params.get('method');

document.documentElement.lang = lang;
const style = document.createElement('style');
style.textContent = `html, body { margin: 0; padding: 0; background: ${theme === 'dark' ? '#16181d' : '#ffffff'}; font-family: system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif; }
  main { ${width ? `width: ${width}px;` : ''} }
  peakline-trajectory + peakline-trajectory { margin-top: 12px; }`;
document.head.append(style);

render(
  html`${targets.map(
    (t) => html`<peakline-trajectory .data=${doc} target=${t} theme=${theme} method=${method ?? nothing}></peakline-trajectory>`,
  )}`,
  document.getElementById('trajectory')!,
);

// For screenshots: once rendered and measured, record the page's height (read with --dump-dom).
const main = document.getElementById('trajectory')!;
main.addEventListener('peakline-ready', () => {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    main.dataset.height = String(Math.ceil(main.getBoundingClientRect().height));
  }));
});
