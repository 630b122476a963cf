/**
 * A peak's time scale when the data end before its baseline year: a peak reads the whole series (peak.ts), so it is
 * judged, and the scale starts where the data do, as it does without a baseline value. Found by the metamorphic
 * properties (metamorphic.test.ts: a peak's share of time is never negative).
 *
 * "Peak by 2030", baseline 2020 (110 Mt), data 2015–2019: 100, 104, 107, 109, 110 (growth 4, 2.9, 1.9, 0.9% a year,
 * slowing: on track). The scale ran from the baseline's year, after the latest: (2019 − 2020) ÷ (2030 − 2020) = −10%
 * of the time, "Years so far: 2020–2019", a fill running backwards. It now runs from the first observation, as without
 * the baseline's value: (2019 − 2015) ÷ (2030 − 2015) = 26.7%, "Years so far: 2015–2019".
 */
import { describe, expect, it } from 'vitest';
import { valid } from '../../test/helpers/valid.js';
import { assess } from './assess.js';
import { wayShares } from './shares.js';
import { gaugeView } from '../gauge/view.js';

const peak = (baseline: { year: number; value?: number }) =>
  valid({
    formatVersion: 1,
    policy: { id: 'p', title: 'Peaking plan', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Inventory', url: 'https://example.org/i' }],
    indicators: [{ id: 'co2', label: 'CO₂', unit: 'Mt', better: 'lower' }],
    targets: [{ id: 't', indicator: 'co2', baseline, goal: { kind: 'peak', year: 2030 }, source: 'src' }],
    observations: [[2015, 100], [2016, 104], [2017, 107], [2018, 109], [2019, 110]].map(([year, value]) => ({ indicator: 'co2', year, value, provenance: { status: 'official', source: 'src' } })),
  });

describe('a peak whose data end before its baseline year', () => {
  it('2015–2019 against a 2020 baseline: 26.7% of the time from 2015, not −10% from 2020, as without a baseline value', () => {
    const doc = peak({ year: 2020, value: 110 });
    const a = assess(doc, 't')!;
    expect(a.status).toBe('on-track');
    const shares = wayShares(doc.targets[0]!, a);
    expect(shares.from).toBe(2015);
    expect(shares.progress).toBeCloseTo(4 / 15, 12);
    const bare = peak({ year: 2020 });
    expect(shares).toEqual(wayShares(bare.targets[0]!, assess(bare, 't')!));
    expect(gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'bar' }).progressText).toBe('Years so far: 2015–2019');
  });

  it('data reaching the baseline year keep the scale from the baseline: 2015–2021 against 2020 runs from 2020', () => {
    const json = structuredClone(peak({ year: 2020, value: 110 })) as any;
    json.observations.push({ indicator: 'co2', year: 2020, value: 110.5, provenance: { status: 'official', source: 'src' } }, { indicator: 'co2', year: 2021, value: 110.8, provenance: { status: 'official', source: 'src' } });
    const doc = valid(json);
    const shares = wayShares(doc.targets[0]!, assess(doc, 't')!);
    expect([shares.from, shares.progress]).toEqual([2020, 0.1]);
  });

  it('data ending in the baseline year itself keep the scale from the baseline: 2015–2020 against 2020 is 0% of the time, from 2020', () => {
    // Latest 2020 = the baseline's year, so the baseline starts the scale (`<=`, not `<`): (2020 − 2020) ÷ (2030 − 2020)
    // = 0. From the first observation it would be (2020 − 2015) ÷ (2030 − 2015) = 1/3 of the time.
    const json = structuredClone(peak({ year: 2020, value: 110 })) as any;
    json.observations.push({ indicator: 'co2', year: 2020, value: 110.5, provenance: { status: 'official', source: 'src' } });
    const doc = valid(json);
    const shares = wayShares(doc.targets[0]!, assess(doc, 't')!);
    expect([shares.from, shares.progress]).toEqual([2020, 0]);
  });
});
