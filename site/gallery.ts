import { html, render, type TemplateResult } from 'lit';
import '../src/define.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';
import { builderMessages } from './builder/messages.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'zh' ? 'zh' : 'en';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const only = params.get('dataset');
const variant = params.get('variant') === 'bar' ? 'bar' : 'arc';

/** The gallery's own words (the widgets bring theirs), in the language of `?lang=`. */
const code = (text: string) => html`<code>${text}</code>`;
const galleryMessages = {
  en: {
    title: 'Peakline gallery',
    intro: 'Every widget on the built-in datasets.',
    theme: (dark: boolean) => (dark ? 'Light theme' : 'Dark theme'),
    gauges: (bar: boolean) => (bar ? 'Arc gauges' : 'Bar gauges'),
    selectHeading: 'Select a sector target to see its trajectory',
    selectNote: (): TemplateResult => html`The panel fires ${code('peakline-select')}; the page sets the chart's ${code('target')} attribute.`,
    china: 'China: industrial carbon peaking (MIIT, NDRC, MEE 2022)',
    eu: 'EU: European Climate Law',
    demo: 'Illustrative demo (invented values)',
    trajectories: 'Trajectories',
    sectors: 'Sectors',
    gaugesHeading: 'Gauges',
  },
  zh: {
    title: 'Peakline 示例库',
    intro: '内置数据集上的全部组件。',
    theme: (dark: boolean) => (dark ? '浅色主题' : '深色主题'),
    gauges: (bar: boolean) => (bar ? '弧形仪表' : '条形仪表'),
    selectHeading: '选择一个行业目标，查看其轨迹',
    selectNote: (): TemplateResult => html`面板触发 ${code('peakline-select')} 事件，页面据此设置图表的 ${code('target')} 属性。`,
    china: '中国：工业领域碳达峰（工业和信息化部、国家发展改革委、生态环境部，2022年）',
    eu: '欧盟：《欧洲气候法》',
    demo: '示意数据（虚构数值）',
    trajectories: '轨迹图',
    sectors: '行业面板',
    gaugesHeading: '仪表',
  },
};
const t = galleryMessages[lang];

document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;
document.title = t.title;
// The site's navigation (gallery.html) in the gallery's language, and the builder opened in it too.
for (const a of document.querySelectorAll<HTMLAnchorElement>('.sitenav a[data-nav]')) {
  const key = a.dataset['nav'] === 'builder' ? 'navBuilder' : 'navGallery';
  a.textContent = builderMessages[lang][key];
  if (key === 'navBuilder') a.href = lang === 'zh' ? './index.html?ui=zh' : './index.html';
  // The link to this page keeps its options (language, theme, variant): followed, it reloads the same gallery.
  else a.href = `./gallery.html${location.search}`;
}

const datasets = [
  { id: 'china', title: t.china, doc: china },
  { id: 'eu', title: t.eu, doc: eu },
  { id: 'demo', title: t.demo, doc: demo },
] as const;

/** This page with some of its options changed (the others kept). */
function link(change: Record<string, string>): string {
  const next = new URLSearchParams({ lang, theme, ...(params.get('variant') ? { variant } : {}), ...(only ? { dataset: only } : {}), ...change });
  return `?${next.toString()}`;
}

/** The wiring a page uses to show the trajectory of whichever sector row a reader selects. */
function onSelect(event: Event) {
  const { targetId } = (event as CustomEvent<{ targetId: string }>).detail;
  const chart = document.getElementById('selected-trajectory');
  chart?.setAttribute('target', targetId);
  chart?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

render(
  html`<h1>${t.title}</h1>
    <p class="lede">
      ${t.intro}
      <a href=${link({ lang: lang === 'zh' ? 'en' : 'zh' })} lang=${lang === 'zh' ? 'en' : 'zh'}>${lang === 'zh' ? 'English' : '中文'}</a> ·
      <a href=${link({ theme: theme === 'dark' ? 'light' : 'dark' })}>${t.theme(theme === 'dark')}</a> ·
      <a href=${link({ variant: variant === 'bar' ? 'arc' : 'bar' })}>${t.gauges(variant === 'bar')}</a>
    </p>
    <section>
      <h2>${t.selectHeading}</h2>
      <p>${t.selectNote()}</p>
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
          <h3>${t.trajectories}</h3>
          <div class="grid wide">
            ${d.doc.targets
              .filter((x) => d.doc.observations?.some((o) => o.indicator === x.indicator))
              .map((x) => html`<peakline-trajectory .data=${d.doc} target=${x.id} theme=${theme}></peakline-trajectory>`)}
          </div>
          <h3>${t.sectors}</h3>
          <peakline-sectors .data=${d.doc} theme=${theme}></peakline-sectors>
          <h3>${t.gaugesHeading}</h3>
          <div class="grid">
            ${d.doc.targets.map((x) => html`<peakline-gauge .data=${d.doc} target=${x.id} theme=${theme} variant=${variant}></peakline-gauge>`)}
          </div>
        </section>`,
      )}`,
  document.getElementById('gallery')!,
);
