/**
 * The sectors panel on its own page, for screenshots and as the wiring demo: selecting a row
 * (click, Enter or Space) fires `peakline-select`, whose `detail.targetId` is set as the `target`
 * of the gauge below (a <peakline-trajectory> would take it the same way).
 *
 * Query: ?dataset=china|demo|eu &lang=en|zh &theme=light|dark &layout=bars|dots &sectors=… &shot=1
 * (`shot` drops the page chrome and the demo gauge, so the panel is exactly the window's width.)
 */
import { html, nothing, render } from 'lit';
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const theme = params.get('theme') ?? 'light';
const layout = params.get('layout') ?? 'bars';
const shot = params.has('shot');
const sectors = params.get('sectors');
document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;

const datasets = { china, demo, eu } as const;
const id = (params.get('dataset') ?? 'china') as keyof typeof datasets;
const doc = datasets[id] ?? china;

if (shot) {
  document.body.style.padding = '0';
  document.body.style.maxWidth = 'none';
}

function onSelect(e: CustomEvent<{ targetId: string }>): void {
  const gauge = document.querySelector('peakline-gauge');
  if (gauge) gauge.target = e.detail.targetId;
}

render(
  shot
    ? html`<peakline-sectors .data=${doc} theme=${theme} layout=${layout} sectors=${sectors ?? nothing}></peakline-sectors>`
    : html`<h1>Sectors panel</h1>
        <p class="lede">
          Select a row (click, or Enter/Space on a focused row) to show that target in the gauge below.
          <a href="?dataset=${id}&lang=${lang === 'zh' ? 'en' : 'zh'}&theme=${theme}&layout=${layout}">${lang === 'zh' ? 'English' : '中文'}</a> ·
          <a href="?dataset=${id}&lang=${lang}&theme=${theme === 'dark' ? 'light' : 'dark'}&layout=${layout}">${theme === 'dark' ? 'Light' : 'Dark'} theme</a> ·
          <a href="?dataset=${id}&lang=${lang}&theme=${theme}&layout=${layout === 'dots' ? 'bars' : 'dots'}">${layout === 'dots' ? 'Bars' : 'Dots'}</a> ·
          ${(['china', 'demo', 'eu'] as const).map((d) => html`<a href="?dataset=${d}&lang=${lang}&theme=${theme}&layout=${layout}">${d}</a> `)}
        </p>
        <div class="demo-stack">
          <peakline-sectors
            .data=${doc}
            theme=${theme}
            layout=${layout}
            sectors=${sectors ?? nothing}
            @peakline-select=${onSelect}
          ></peakline-sectors>
          <h2>${lang === 'zh' ? '所选目标' : 'Selected target'}</h2>
          <peakline-gauge .data=${doc} theme=${theme} target=${doc.targets.find((t) => t.id === 'clinker-capacity-2025')?.id ?? doc.targets[0]!.id}></peakline-gauge>
        </div>`,
  document.getElementById('sectors')!,
);
