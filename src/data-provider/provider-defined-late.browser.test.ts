/**
 * A widget inside a <peakline-data> that is defined after the widget (a page that defines the elements itself, from the
 * side-effect-free modules, or lazily): it waits for the provider, and the wait must not outlive what it was for.
 * This file defines <peakline-gauge> alone and <peakline-data> in its tests, so it cannot share a page with the others.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PeaklineGauge } from '../gauge/gauge.js';
import { PeaklineData } from './peakline-data.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';

customElements.define('peakline-gauge', PeaklineGauge);
const DOC_A = '/test/fixtures/gauge-doc-a.json.txt';
const defineProvider = () => customElements.get('peakline-data') ?? customElements.define('peakline-data', PeaklineData);

function setUp() {
  const provider = document.createElement('peakline-data');
  provider.setAttribute('src', DOC_A);
  const gauge = Object.assign(document.createElement('peakline-gauge'), { target: 'energy-intensity-2025' });
  return { provider, gauge };
}

/** A PeaklineData under `tag` (the same class cannot take two tags: a page that re-tags defines only its own name), with a gauge inside it, once the gauge has drawn its data. */
async function retagged(tag: string) {
  customElements.define(tag, class extends PeaklineData {});
  const provider = document.createElement(tag);
  provider.setAttribute('src', DOC_A);
  const gauge = Object.assign(document.createElement('peakline-gauge'), { target: 'energy-intensity-2025' });
  provider.append(gauge);
  document.body.append(provider);
  await waitUntil(() => gauge.shadowRoot!.querySelector('[role=figure]'), 'the gauge drew the provider\'s data');
  return { provider, gauge };
}

// First: no <peakline-data> is defined yet, as on a page that re-tags it.
describe('a PeaklineData under another tag, with <peakline-data> never defined', () => {
  it('serves the widgets inside it at once (they did not wait for <peakline-data>)', async () => {
    const { provider } = await retagged('first-data');
    expect(customElements.get('peakline-data')).to.equal(undefined);
    provider.remove();
  });
});

describe('a <peakline-data> defined after its widgets', () => {
  // Order matters: the first two run before the provider is defined.
  it('data given to the widget while it waits wins over the provider once that is defined', async () => {
    const { provider, gauge } = setUp();
    gauge.target = 'industrial-energy-intensity-2025';
    provider.append(gauge);
    document.body.append(provider);
    await gauge.updateComplete;
    gauge.data = china;
    await gauge.updateComplete;
    const heard: string[] = [];
    for (const type of ['peakline-ready', 'peakline-error']) gauge.addEventListener(type, () => heard.push(type));
    // Another provider defined by the page's own script: the gauge's wait ends with the class defined.
    const other = setUp();
    other.provider.append(other.gauge);
    document.body.append(other.provider);
    await other.gauge.updateComplete;
    const moved = document.createElement('div');
    other.provider.append(moved);
    moved.append(other.gauge); // moved while waiting: a second wait for the same provider
    await other.gauge.updateComplete;
    defineProvider();
    await waitUntil(() => other.gauge.shadowRoot!.querySelector('[role=figure]'), 'the other gauge drew the provider\'s data');
    await new Promise((r) => setTimeout(r, 200));
    // The first gauge still shows China's data (its title), not the provider's fixture.
    expect(gauge.shadowRoot!.textContent).to.contain('Energy use per unit of value added');
    expect(heard, 'no new state announced').to.deep.equal([]);
    // The moved gauge subscribed once: removing it leaves the provider with no listener.
    other.gauge.remove();
    expect((other.provider as unknown as { listeners: Set<unknown> }).listeners.size).to.equal(0);
    provider.remove();
    other.provider.remove();
  });
});

describe('a PeaklineData defined under another tag (a page using the package classes)', () => {
  it('serves the widgets inside it, as <peakline-data> does', async () => {
    defineProvider();
    const { provider, gauge } = await retagged('acme-data');
    expect(gauge.shadowRoot!.querySelector('.error')).to.equal(null);
    provider.remove();
  });
});

describe('a widget inside another widget, inside a provider', () => {
  it('takes the provider\'s data, not the outer widget for a provider (which has a dataState, and no subscribe)', async () => {
    defineProvider();
    const { provider, gauge: outer } = setUp();
    const inner = Object.assign(document.createElement('peakline-gauge'), { target: 'energy-intensity-2025' });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    outer.append(inner);
    provider.append(outer);
    try {
      document.body.append(provider);
    } catch (e) {
      errors.push(e);
    }
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    await waitUntil(() => (inner as unknown as { dataState: { status: string } }).dataState.status === 'ready', 'the inner gauge had the provider\'s data');
    provider.remove();
  });
});
