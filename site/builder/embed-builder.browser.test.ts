import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import './embed-builder.js';
import type { EmbedBuilder } from './embed-builder.js';
import demo from '../../data/illustrative-demo.json';

const root = (el: EmbedBuilder) => el.shadowRoot!;
const settle = async (el: EmbedBuilder) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
};
function chooseOrigin(el: EmbedBuilder, index: number) {
  const radios = root(el).querySelectorAll<HTMLInputElement>('input[name="origin"]');
  radios[index]!.click();
}

describe('<peakline-embed-builder>: dataset → options → preview → copied snippet', () => {
  let copied: string[] = [];
  const original = navigator.clipboard?.writeText;
  beforeEach(() => {
    copied = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
  });
  after(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: original } });
  });

  it('starts on the built-in China dataset, previews at 360 and 900 px, and copies the src snippet', async () => {
    const el = await fixture<EmbedBuilder>(html`<peakline-embed-builder></peakline-embed-builder>`);
    await settle(el);
    expect(root(el).textContent).to.contain('Valid: 9 targets.');
    const previews = root(el).querySelectorAll('.preview peakline-gauge');
    expect(previews.length).to.equal(2);
    expect((root(el).querySelector('.frame-360') as HTMLElement).getBoundingClientRect().width).to.equal(360);
    expect((root(el).querySelector('.frame-900') as HTMLElement).getBoundingClientRect().width).to.equal(900);
    const copyButtons = root(el).querySelectorAll<HTMLButtonElement>('.snippet-head button');
    expect(copyButtons.length).to.equal(3);
    copyButtons[0]!.click();
    await settle(el);
    expect(copied[0]).to.match(/^<script type="module" src="http[^"]+\/peakline\.js"><\/script>\n<peakline-gauge src="http[^"]+\/data\/cn-industry-carbon-peaking-2022\.json" target="industrial-energy-intensity-2025"/);
    expect(root(el).querySelector('[aria-live]')!.textContent).to.contain('Copied');
    await expect(el).to.be.accessible();
  });

  it('shows every problem of a pasted document with its JSON path, then previews once fixed', async () => {
    const el = await fixture<EmbedBuilder>(html`<peakline-embed-builder></peakline-embed-builder>`);
    await settle(el);
    chooseOrigin(el, 4); // paste
    await settle(el);
    const area = root(el).querySelector('textarea')!;
    area.value = '{"formatVersion": 1, "policy": {"id": "x", "title": "X", "jurisdiction": "X"}, "indicators": [], "targets": [{"id": "t", "indicator": "nope", "baseline": {"year": "2020"}, "goal": {"kind": "peak", "year": 2030}}]}';
    area.dispatchEvent(new Event('input'));
    await settle(el);
    const problems = root(el).querySelector('.problems')!;
    expect(problems.textContent).to.contain('targets[0].indicator');
    expect(problems.textContent).to.contain('targets[0].baseline.year');
    expect(root(el).querySelector('.preview')).to.equal(null);
    area.value = '{ broken';
    area.dispatchEvent(new Event('input'));
    await settle(el);
    expect(root(el).querySelector('.problems')!.textContent).to.match(/not valid JSON \(line 1, column \d+\)/);
    await expect(el).to.be.accessible();
  });

  it('inlines the data and builds the iframe snippet for a pasted document (no URL to point at)', async () => {
    const el = await fixture<EmbedBuilder>(html`<peakline-embed-builder></peakline-embed-builder>`);
    await settle(el);
    chooseOrigin(el, 4);
    await settle(el);
    const area = root(el).querySelector('textarea')!;
    area.value = JSON.stringify(demo, null, 2);
    area.dispatchEvent(new Event('input'));
    await settle(el);
    expect(root(el).querySelector('.problems')?.textContent ?? '').to.equal('');
    expect(root(el).querySelector('.ok')!.textContent).to.match(/Valid: \d+ targets/);
    const buttons = root(el).querySelectorAll<HTMLButtonElement>('.snippet-head button');
    expect(buttons.length).to.equal(2); // no src form without a URL
    buttons[0]!.click();
    buttons[1]!.click();
    await settle(el);
    expect(copied[0]).to.contain('<script type="application/json">');
    expect(copied[1]).to.match(/^<iframe src="http[^"]+\/embed\.html\?widget=gauge&amp;target=[^"]+#doc=/);
  });

  it('switches its own interface to Chinese', async () => {
    const el = await fixture<EmbedBuilder>(html`<peakline-embed-builder></peakline-embed-builder>`);
    await settle(el);
    (root(el).querySelector('.topbar button') as HTMLButtonElement).click();
    await settle(el);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Peakline 嵌入代码生成器');
    expect(document.documentElement.lang).to.equal('zh');
    // The widget language follows the builder's, so a Chinese newsroom gets Chinese widgets by default.
    expect(root(el).querySelector('.preview peakline-gauge')!.getAttribute('lang')).to.equal('zh');
    document.documentElement.lang = 'en';
  });
});
