/**
 * In Chinese a year is never broken from its 年, in any widget's text at any width: Chromium breaks between a digit and a
 * Han character, so "到2030 ⏎ 年" and "截至2024 ⏎ 年应完成" happened wherever a message or the data put a year before 年.
 * Every text node of each widget's shadow root is walked, the explanations and sources opened, for every target of the
 * built-in datasets, as gauge (arc and bar), trajectory and sector panel, from 260 to 700 px.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import demo from '../../data/illustrative-demo.json';
import { useHarness } from '../helpers/harness.js';

useHarness();

const lineOf = (node: Text, i: number) => {
  const r = document.createRange();
  r.setStart(node, i);
  r.setEnd(node, i + 1);
  return r.getBoundingClientRect().top;
};

/** Every digit before a 年 (over a word joiner) whose line differs from its 年's: "…2030 ⏎ 年…", with the width. */
function brokenYears(root: ShadowRoot, where: string, found: { years: number; broken: string[] }) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    if (!node.parentElement?.getClientRects().length) continue;
    for (let i = text.indexOf('年'); i > 0; i = text.indexOf('年', i + 1)) {
      const digit = text[i - 1] === '\u2060' ? i - 2 : i - 1;
      if (!/\d/.test(text[digit] ?? '')) continue;
      found.years++;
      if (lineOf(node, i) !== lineOf(node, digit)) found.broken.push(`"${text.slice(Math.max(0, i - 8), i + 4)}" ${where}`);
    }
  }
}

const datasets = { china, eu, demo } as Record<string, { targets: { id: string }[] }>;

describe('Chinese years', () => {
  for (const tag of ['peakline-gauge', 'peakline-gauge bar', 'peakline-trajectory'] as const)
    it(`stay with their 年 in every ${tag}, explanation and sources open, at 260–700 px`, async function () {
      this.timeout(120000);
      const found = { years: 0, broken: [] as string[] };
      for (const [name, doc] of Object.entries(datasets))
        for (const { id } of doc.targets) {
          const wrap = await fixture<HTMLDivElement>(html`<div lang="zh" style="width: 700px; font-family: system-ui, sans-serif"></div>`);
          const el = document.createElement(tag === 'peakline-trajectory' ? tag : 'peakline-gauge') as HTMLElement & { data: unknown; target: string; updateComplete: Promise<boolean> };
          el.data = doc;
          el.target = id;
          if (tag.endsWith('bar')) el.setAttribute('variant', 'bar');
          const settled = Promise.race([oneEvent(el, 'peakline-ready'), oneEvent(el, 'peakline-error')]);
          wrap.append(el);
          await settled;
          await el.updateComplete;
          for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
          for (let width = 260; width <= 700; width += 11) {
            wrap.style.width = `${width}px`;
            await new Promise(requestAnimationFrame);
            await el.updateComplete;
            brokenYears(el.shadowRoot!, `${name}/${id} at ${width} px`, found);
          }
        }
      expect(found.broken.slice(0, 12), `${found.broken.length} of ${found.years}`).to.deep.equal([]);
      expect(found.years).to.be.greaterThan(1000);
    });
});
