/**
 * Screenshot page for one gauge: site/gauge.html?dataset=&target=&variant=&width=&theme=&lang=&method=
 * (`&open` opens its footer's disclosure once drawn).
 * The element is sized by the page; its document is handed over as the `data` property.
 */
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';

const params = new URLSearchParams(location.search);
const datasets: Record<string, unknown> = { china, demo, eu };
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const lang = params.get('lang') ?? 'en';
const width = Number(params.get('width') ?? 320);

document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;

const gauge = document.createElement('peakline-gauge');
gauge.data = datasets[params.get('dataset') ?? 'china'] ?? china;
gauge.target = params.get('target') ?? 'industrial-energy-intensity-2025';
gauge.variant = params.get('variant') === 'bar' ? 'bar' : 'arc';
gauge.theme = theme;
const method = params.get('method');
if (method === 'path' || method === 'rate' || method === 'extrapolation') gauge.method = method;
if (params.get('open') !== null) gauge.dataset.open = '';
gauge.style.width = `${Number.isFinite(width) && width > 0 ? width : 320}px`;

const frames = (n: number, then: () => void): void => {
  requestAnimationFrame(() => (n > 1 ? frames(n - 1, then) : then()));
};
const settle = () => {
  // A few frames: the first width measurement re-renders the gauge at its real width a frame later.
  frames(4, () => {
    if (gauge.dataset.open !== undefined) gauge.shadowRoot?.querySelector('details')?.setAttribute('open', '');
    document.body.dataset.height = String(Math.ceil(gauge.getBoundingClientRect().height));
    document.body.dataset.ready = '';
  });
};
gauge.addEventListener('peakline-ready', settle, { once: true });
gauge.addEventListener('peakline-error', settle, { once: true });
document.body.append(gauge);
