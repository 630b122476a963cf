import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineGauge } from '../../src/gauge/gauge.js';
import { placeholders } from '../helpers/placeholders.js';
import { holdFetch } from '../helpers/hold-fetch.js';

const TARGET = 'industrial-energy-intensity-2025';
const ready = async (el: PeaklineGauge) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
  await el.updateComplete;
};
const frameBg = (el: PeaklineGauge) => getComputedStyle(el.shadowRoot!.querySelector('[part~="frame"]')!).backgroundColor;

// Forced colours need Playwright's emulation: see test/e2e/forced-colors.e2e.test.mjs.
describe('media features: theme auto, print, reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<PeaklineGauge>(html`<peakline-gauge .data=${china} target=${TARGET} theme="auto"></peakline-gauge>`);
    await ready(el);
    expect(frameBg(el)).to.equal('rgb(22, 24, 29)'); // dark.background #16181d
    await emulateMedia({ colorScheme: 'light' });
    await ready(el);
    expect(frameBg(el)).to.equal('rgb(255, 255, 255)');
    const fixed = await fixture<PeaklineGauge>(html`<peakline-gauge .data=${china} target=${TARGET} theme="light"></peakline-gauge>`);
    await emulateMedia({ colorScheme: 'dark' });
    await ready(fixed);
    expect(frameBg(fixed)).to.equal('rgb(255, 255, 255)'); // an explicit theme ignores the OS setting
  });

  it('theme="auto" follows the reader\'s system, not the page\'s color-scheme (README, "Dark sites"): CSS cannot tell them apart', async () => {
    // light-dark() and the inherited color-scheme would let a widget follow a page that declares its scheme, but a page
    // that declares none (most, and many that darken themselves with a prefers-color-scheme query) renders light
    // whatever the system says, exactly as one that declares `light`: followed, every auto widget on such a page would
    // stay light on a dark system. A probe in the widget's place shows the two alike, so auto keeps to the system.
    const root = document.documentElement;
    const probe = document.createElement('div');
    probe.style.color = 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))';
    document.body.append(probe);
    const used = () => getComputedStyle(probe).color;
    try {
      for (const system of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: system });
        const none = used();
        root.style.colorScheme = 'light';
        expect(used(), `a page that declares light, on a ${system} system, reads as one that declares nothing`).to.equal(none);
        expect(none, `on a ${system} system`).to.equal('rgb(1, 1, 1)');
        root.style.colorScheme = '';
      }
      // What the widgets do: auto is the system's scheme on pages of either scheme; light and dark are themselves.
      const el = await fixture<HTMLElement>(
        html`<div>${['auto', 'light', 'dark'].map((theme) => html`<peakline-gauge .data=${china} target=${TARGET} theme=${theme}></peakline-gauge>`)}</div>`,
      );
      const [auto, light, dark] = [...el.querySelectorAll('peakline-gauge')];
      const DARK = 'rgb(22, 24, 29)';
      const LIGHT = 'rgb(255, 255, 255)';
      for (const page of ['dark', 'light'])
        for (const system of ['light', 'dark'] as const) {
          root.style.colorScheme = page;
          await emulateMedia({ colorScheme: system });
          for (const g of [auto!, light!, dark!]) await ready(g);
          const label = `page ${page}, system ${system}`;
          expect(frameBg(auto!), label).to.equal(system === 'dark' ? DARK : LIGHT);
          expect(frameBg(light!), label).to.equal(LIGHT);
          expect(frameBg(dark!), label).to.equal(DARK);
          // The frame's own scheme (its scrollbars, the sort menu) is the theme's, not the page's.
          const scheme = (g: Element) => getComputedStyle(g.shadowRoot!.querySelector('[part~="frame"]')!).colorScheme;
          expect([scheme(auto!), scheme(light!), scheme(dark!)], label).to.deep.equal([system, 'light', 'dark']);
        }
    } finally {
      root.style.colorScheme = '';
      probe.remove();
    }
  });

  it('print: a dark or auto widget prints in the light palette, its backgrounds kept and the card not split', async () => {
    // Browsers print without backgrounds by default: the dark theme's light text (#eceef2) came out on white paper.
    await emulateMedia({ colorScheme: 'dark' });
    const wrap = await fixture<HTMLElement>(
      html`<div>${['dark', 'auto'].map((theme) => html`<peakline-gauge .data=${china} target=${TARGET} theme=${theme}></peakline-gauge>`)}</div>`,
    );
    const els = [...wrap.querySelectorAll('peakline-gauge')];
    await Promise.all(els.map(ready));
    const title = (el: PeaklineGauge) => getComputedStyle(el.shadowRoot!.querySelector('.title')!).color;
    for (const el of els) expect(frameBg(el), 'on screen: dark').to.equal('rgb(22, 24, 29)');
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      await ready(el);
      expect([frameBg(el), title(el)], el.getAttribute('theme')!).to.deep.equal(['rgb(255, 255, 255)', 'rgb(29, 31, 35)']); // light.background, light.text
      expect([getComputedStyle(el).breakInside, getComputedStyle(el).printColorAdjust]).to.deep.equal(['avoid', 'exact']);
    }
    await emulateMedia({ media: 'screen' });
    await ready(els[0]!);
    expect(frameBg(els[0]!), 'back on screen: dark again').to.equal('rgb(22, 24, 29)');
  });

  it('CSS columns on screen: a widget is not split between two columns (its card broken in two)', async () => {
    // A magazine layout (`columns: 2`) balanced a gauge and a trajectory by splitting the trajectory's card, top half
    // at the foot of one column, the rest at the head of the next: break-inside was avoided on paper only.
    const wrap = await fixture<HTMLElement>(
      html`<div style="columns: 2; column-gap: 16px; width: 720px">
        <peakline-gauge .data=${china} target=${TARGET}></peakline-gauge>
        <peakline-trajectory .data=${china} target=${TARGET}></peakline-trajectory>
      </div>`,
    );
    const els = [...wrap.querySelectorAll<PeaklineGauge>('peakline-gauge, peakline-trajectory')];
    await Promise.all(els.map(ready));
    for (const el of els) expect(el.getClientRects().length, el.localName).to.equal(1);
  });

  it('print: controls that do nothing on paper are left out (the sort menu, the table button); a closed disclosure prints open', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><peakline-trajectory .data=${china} target=${TARGET}></peakline-trajectory><peakline-sectors .data=${china}></peakline-sectors></div>`,
    );
    const [traj, sectors] = [...wrap.children] as HTMLElement[];
    await Promise.all([traj, sectors].map((el) => ready(el as PeaklineGauge)));
    const shown = (el: HTMLElement, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
    // The sector panel's further sources ("4 more sources") and the method under "How is this calculated?", closed.
    const inside = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('details:not([open]) > :not(summary)')];
    // (checkVisibility: a closed disclosure's content is skipped, content-visibility: hidden, though it still measures.)
    const visible = (el: HTMLElement) => inside(el).every((c) => c.checkVisibility());
    expect(inside(sectors!).length).to.be.above(1);
    expect([shown(traj!, '.toggle'), shown(sectors!, '.control'), visible(traj!), visible(sectors!)]).to.deep.equal([true, true, false, false]);
    await emulateMedia({ media: 'print' });
    // On paper the sources and the method were left off without a trace (accessibility audit): 3 of China's 7 sources printed.
    expect([shown(traj!, '.toggle'), shown(sectors!, '.control'), visible(traj!), visible(sectors!)]).to.deep.equal([false, false, true, true]);
    expect(getComputedStyle(sectors!.shadowRoot!.querySelector('summary')!).listStyleType, 'no ▶ on paper').to.equal('none');
    await emulateMedia({ media: 'screen' });
  });

  it('prefers-reduced-motion: the loading skeleton does not pulse', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    // A request that is never answered (a 404 would end the wait before the placeholders come).
    const realFetch = window.fetch;
    holdFetch();
    try {
      const el = await fixture<PeaklineGauge>(html`<peakline-gauge src="/never-answers.json" target=${TARGET}></peakline-gauge>`);
      await placeholders(el);
      const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      await el.updateComplete;
      expect(getComputedStyle(skeleton).animationName).to.not.equal('none');
    } finally {
      window.fetch = realFetch;
    }
  });
});
