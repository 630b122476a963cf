import { html, render } from 'lit';
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const theme = params.get('theme') ?? 'light';
document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;

const datasets = [
  { id: 'china', title: 'China: industrial carbon peaking (MIIT, NDRC, MEE 2022)', doc: china },
  { id: 'eu', title: 'EU: European Climate Law', doc: eu },
  { id: 'demo', title: 'Illustrative demo (invented values)', doc: demo },
];

const only = params.get('dataset');
const variant = params.get('variant') ?? 'arc';

render(
  html`<h1>Peakline gallery</h1>
    <p class="lede">Every gauge for each built-in dataset. <a href="?lang=${lang === 'zh' ? 'en' : 'zh'}&theme=${theme}">${lang === 'zh' ? 'English' : '中文'}</a> ·
      <a href="?lang=${lang}&theme=${theme === 'dark' ? 'light' : 'dark'}">${theme === 'dark' ? 'Light' : 'Dark'} theme</a></p>
    ${datasets
      .filter((d) => !only || d.id === only)
      .map(
        (d) => html`<section>
          <h2>${d.title}</h2>
          <div class="grid">
            ${d.doc.targets.map((t) => html`<peakline-gauge .data=${d.doc} target=${t.id} theme=${theme} variant=${variant}></peakline-gauge>`)}
          </div>
        </section>`,
      )}`,
  document.getElementById('gallery')!,
);
