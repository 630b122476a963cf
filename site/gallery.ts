import { html, render } from 'lit';
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'zh' ? 'zh' : 'en';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;

const datasets = [
  { id: 'china', title: 'China: industrial carbon peaking (MIIT, NDRC, MEE 2022)', doc: china },
  { id: 'eu', title: 'EU: European Climate Law', doc: eu },
  { id: 'demo', title: 'Illustrative demo (invented values)', doc: demo },
];

const only = params.get('dataset');
const variant = params.get('variant') === 'bar' ? 'bar' : 'arc';

/** The wiring a page uses to show the trajectory of whichever sector row a reader selects. */
function onSelect(event: Event) {
  const { targetId } = (event as CustomEvent<{ targetId: string }>).detail;
  const chart = document.getElementById('selected-trajectory');
  chart?.setAttribute('target', targetId);
  chart?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

render(
  html`<h1>Peakline gallery</h1>
    <p class="lede">
      Every widget on the built-in datasets.
      <a href="?lang=${lang === 'zh' ? 'en' : 'zh'}&theme=${theme}">${lang === 'zh' ? 'English' : '中文'}</a> ·
      <a href="?lang=${lang}&theme=${theme === 'dark' ? 'light' : 'dark'}">${theme === 'dark' ? 'Light' : 'Dark'} theme</a> ·
      <a href="?lang=${lang}&theme=${theme}&variant=${variant === 'bar' ? 'arc' : 'bar'}">${variant === 'bar' ? 'Arc' : 'Bar'} gauges</a>
    </p>
    <section>
      <h2>Select a sector target to see its trajectory</h2>
      <p>The panel fires <code>peakline-select</code>; the page sets the chart's <code>target</code> attribute.</p>
      <div class="pair">
        <peakline-sectors .data=${demo} theme=${theme} @peakline-select=${onSelect}></peakline-sectors>
        <peakline-trajectory id="selected-trajectory" .data=${demo} target="power-co2-minus-50-2030" theme=${theme}></peakline-trajectory>
      </div>
    </section>
    ${datasets
      .filter((d) => !only || d.id === only)
      .map(
        (d) => html`<section>
          <h2>${d.title}</h2>
          <h3>Trajectories</h3>
          <div class="grid wide">
            ${d.doc.targets
              .filter((t) => d.doc.observations?.some((o) => o.indicator === t.indicator))
              .map((t) => html`<peakline-trajectory .data=${d.doc} target=${t.id} theme=${theme}></peakline-trajectory>`)}
          </div>
          <h3>Sectors</h3>
          <peakline-sectors .data=${d.doc} theme=${theme}></peakline-sectors>
          <h3>Gauges</h3>
          <div class="grid">
            ${d.doc.targets.map((t) => html`<peakline-gauge .data=${d.doc} target=${t.id} theme=${theme} variant=${variant}></peakline-gauge>`)}
          </div>
        </section>`,
      )}`,
  document.getElementById('gallery')!,
);
