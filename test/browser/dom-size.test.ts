/**
 * What a widget costs in DOM nodes and Lit parts beyond what it shows. Lit marks each expression's place with a comment,
 * and each item of a list with two more and a part of its own: a list of one, or two texts side by side, cost nodes and
 * memory on every widget of a page (60 on a long read) and show nothing more. Counted on the illustrative demo's
 * widgets, in English (the newsroom bench's page); each case would draw the same without the saving.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import demo from '../../data/illustrative-demo.json';
import { useHarness } from '../helpers/harness.js';

useHarness();

async function mount(tag: string, target?: string): Promise<ShadowRoot> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 600px"></div>`);
  const el = document.createElement(tag) as HTMLElement & { data: unknown; target: string; updateComplete: Promise<boolean> };
  el.data = demo;
  if (target) el.target = target;
  const ready = oneEvent(el, 'peakline-ready');
  wrap.append(el);
  await ready;
  await el.updateComplete;
  return el.shadowRoot!;
}

const comments = (el: Node) => [...el.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;

describe('DOM nodes a widget needs', () => {
  it('a trajectory draws a legend key of one mark without list markers around it', async () => {
    const root = await mount('peakline-trajectory', demo.targets[0]!.id);
    const keys = [...root.querySelectorAll('.legend svg')].filter((s) => s.querySelectorAll('path').length === 1);
    expect(keys.length).to.be.greaterThan(1);
    // One marker: the expression's place. A list of one had two more around its item.
    for (const k of keys) expect(comments(k), k.innerHTML).to.equal(1);
  });

  it("a sector panel's English readout holds its value as text, not a list of one", async () => {
    const root = await mount('peakline-sectors');
    const values = [...root.querySelectorAll('.readout .value')];
    expect(values.length).to.be.greaterThan(2);
    for (const v of values) expect(comments(v), v.textContent!).to.equal(1);
  });

  it("a source's label and colon are one text: 'Target: ' before its link", async () => {
    for (const [tag, target] of [['peakline-gauge', demo.targets[0]!.id], ['peakline-sectors', undefined]] as const) {
      const root = await mount(tag, target);
      const link = root.querySelector('.footer a[part="source"]')!;
      const label = [...link.parentElement!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      expect(label.map((n) => n.textContent), tag).to.deep.equal(['Target: ']);
    }
  });
});
