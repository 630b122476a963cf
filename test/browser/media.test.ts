import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineGauge } from '../../src/gauge/gauge.js';

const TARGET = 'industrial-energy-intensity-2025';
const ready = async (el: PeaklineGauge) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
  await el.updateComplete;
};
const frameBg = (el: PeaklineGauge) => getComputedStyle(el.shadowRoot!.querySelector('[part~="frame"]')!).backgroundColor;

// Forced colours need Playwright's emulation: see test/e2e/forced-colors.e2e.test.mjs.
describe('media features: theme auto, reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
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

  it('prefers-reduced-motion: the loading skeleton does not pulse', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<PeaklineGauge>(html`<peakline-gauge src="/never-answers" target=${TARGET}></peakline-gauge>`);
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await el.updateComplete;
    expect(getComputedStyle(skeleton).animationName).to.not.equal('none');
  });
});
