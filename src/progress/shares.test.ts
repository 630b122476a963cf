/**
 * What the gauge draws for each kind of target, as shares of the way (0 = baseline, 1 = target),
 * with the arithmetic written out.
 */
import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument, Target } from '../format/types.js';
import { assess, findTarget } from './assess.js';
import { wayShares } from './shares.js';
import type { Assessment } from './assess.js';
import { valid } from '../../test/helpers/valid.js';
import { holdDoc } from '../../test/helpers/hold-target.js';
import { countDoc } from '../../test/helpers/count-target.js';


const cn = valid(china);
const ill = valid(demo);

function sharesOf(doc: PolicyDocument, id: string) {
  const target = findTarget(doc, id)!;
  return wayShares(target, assess(doc, id)!);
}

describe('relative, absolute and cap targets use the assessment', () => {
  it('China industrial energy intensity: 100 → 93.2 of the way to 86.5; 2 of 5 years gone', () => {
    // progress = (93.2 − 100) ÷ (86.5 − 100) = 6.8 ÷ 13.5 = 0.5037; expected on the constant-rate path (the default
    // method's, as the trajectory draws it): 100 · 0.865^(2/5) = 94.364 → 5.636 ÷ 13.5 = 0.41748 (a straight line: 0.4).
    const s = sharesOf(cn, 'industrial-energy-intensity-2025');
    expect(s.progress).toBeCloseTo(6.8 / 13.5, 10);
    expect(s.expected).toBeCloseTo(0.41748, 5);
    const path = wayShares(findTarget(cn, 'industrial-energy-intensity-2025')!, assess(cn, 'industrial-energy-intensity-2025', { method: 'path' })!);
    expect(path.expected).toBeCloseTo(0.4, 10);
    expect(s.milestones).toEqual([]);
  });

  it('China clinker capacity (about 1,800 Mt): beyond the target, 1854 → 1793', () => {
    // progress = (1793 − 1854) ÷ (1800 − 1854) = 61 ÷ 54 = 1.1296; expected: 1854 · (1800/1854)^(4/5) = 1810.673 → 43.327 ÷ 54 = 0.80236.
    const s = sharesOf(cn, 'clinker-capacity-2025');
    expect(s.progress).toBeCloseTo(61 / 54, 10);
    expect(s.expected).toBeCloseTo(0.80236, 5);
  });

  it('illustrative wrong-direction target has negative progress', () => {
    // transport CO₂ 40 → 44.1, target at most 30: (44.1 − 40) ÷ (30 − 40) = −0.41; expected 40 · 0.75^(9/15) = 33.659 → 0.63413.
    const s = sharesOf(ill, 'transport-co2-30-2030');
    expect(s.progress).toBeCloseTo(-0.41, 10);
    expect(s.expected).toBeCloseTo(0.63413, 5);
  });

  it('cap: the last allowance is the goal', () => {
    // 33 → 24.2 of the way to 21: 8.8 ÷ 12 = 0.7333; the allowance path gives 0.5 in 2024.
    const s = sharesOf(ill, 'buildings-ghg-allowances-2030');
    expect(s.progress).toBeCloseTo(8.8 / 12, 10);
    expect(s.expected).toBeCloseTo(0.5, 10);
  });

  it('no observations → no progress, no expected', () => {
    const s = sharesOf(cn, 'clinker-energy-minus-3-2025');
    expect(s).toEqual({ progress: null, expected: null, milestones: [] });
  });

  it('milestones of a relative target become shares of the way', () => {
    const doc = valid({
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'XX' },
      indicators: [{ id: 'i', label: 'I', unit: 'Mt', better: 'lower' }],
      targets: [{ id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, milestones: [{ year: 2025, value: 90 }] }],
      observations: [
        { indicator: 'i', year: 2021, value: 98, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } },
        { indicator: 'i', year: 2022, value: 95, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } },
      ],
    });
    // 100 → 80; the milestone 90 is (90 − 100) ÷ (80 − 100) = 0.5 of the way.
    const s = sharesOf(doc, 't');
    expect(s.milestones).toEqual([0.5]);
    expect(s.progress).toBeCloseTo(0.25, 10);
  });

  it('a count\'s milestone its baseline already meets is no tick (100 by 2027 from 120, 200 by 2030: it sat at −25%), and nothing is due below 0', () => {
    const doc = valid({
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'XX' },
      indicators: [{ id: 'i', label: 'I', unit: 'units', better: 'higher' }],
      targets: [{ id: 't', indicator: 'i', baseline: { year: 2020, value: 120 }, goal: { kind: 'count', value: 200, year: 2030 }, milestones: [{ year: 2027, value: 100 }, { year: 2028, value: 160 }], method: 'path' }],
      observations: [{ indicator: 'i', year: 2023, value: 130, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } }],
    });
    // 160 is (160 − 120) ÷ 80 = 0.5 of the way; the path 120 → 160 (2028) passes 120 + 3 × 40 ÷ 8 = 135 in 2023: 0.1875.
    const s = sharesOf(doc, 't');
    expect(s.milestones).toEqual([0.5]);
    expect(s.expected).toBeCloseTo(0.1875, 10);
    expect(s.progress).toBeCloseTo(0.125, 10);
  });
});

describe('count targets', () => {
  it('heat pumps: 40 → 140 of 500; the path runs through the milestone 200 by 2027', () => {
    // progress = (140 − 40) ÷ (500 − 40) = 100 ÷ 460 = 0.2174.
    // The required path passes through the milestone (200 by 2027), at a constant rate for the default method, as the
    // trajectory draws it: 40 · 5^(5/8) = 109.375 in 2024 → expected (109.375 − 40) ÷ 460 = 0.15081 (ahead of it: on track).
    // (A straight line to the final count would say 5 ÷ 13 = 0.3846 and contradict the "on track" label.)
    // milestone 200 → (200 − 40) ÷ 460 = 0.3478.
    const s = sharesOf(ill, 'heat-pumps-500-2032');
    expect(s.progress).toBeCloseTo(100 / 460, 10);
    expect(s.expected).toBeCloseTo(0.150814, 6);
    expect(assess(ill, 'heat-pumps-500-2032')!.status).toBe('on-track');
    expect(s.milestones).toHaveLength(1);
    expect(s.milestones[0]).toBeCloseTo(160 / 460, 10);
  });

  it('caps expected at 1 after the target year', () => {
    const doc = valid({
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'XX' },
      indicators: [{ id: 'n', label: 'Standards', unit: 'standards', better: 'higher' }],
      targets: [{ id: 'c', indicator: 'n', baseline: { year: 2015, value: 0 }, goal: { kind: 'count', value: 10, year: 2018 } }],
      observations: [
        { indicator: 'n', year: 2017, value: 4, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } },
        { indicator: 'n', year: 2020, value: 8, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } },
      ],
    });
    const s = sharesOf(doc, 'c');
    expect(s.progress).toBeCloseTo(0.8, 10);
    expect(s.expected).toBe(1);
  });

  it('a count already at its goal at baseline has no distance: a hold, full while within it (it drew nothing beside "Achieved")', () => {
    const doc = valid({
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'XX' },
      indicators: [{ id: 'n', label: 'Standards', unit: 'standards', better: 'higher' }],
      targets: [{ id: 'c', indicator: 'n', baseline: { year: 2015, value: 10 }, goal: { kind: 'count', value: 10, year: 2025 } }],
      observations: [
        { indicator: 'n', year: 2017, value: 10, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } },
      ],
    });
    expect(sharesOf(doc, 'c')).toEqual({ progress: 1, expected: null, milestones: [], hold: true });
    // Before 2025, a limit with no room, kept so far: on track, not achieved eight years early.
    expect(assess(doc, 'c')!.status).toBe('on-track');
  });

  it('China PCF standards (no observations) → nothing to draw', () => {
    expect(sharesOf(cn, 'pcf-standards-2030')).toEqual({ progress: null, expected: null, milestones: [] });
  });
});

describe('peak targets measure time, not level', () => {
  it('confirmed peak: the fill reaches the latest year and the marker the peak year', () => {
    // Baseline 2015, deadline 2025, latest 2024, peak 2019: progress (2024 − 2015) ÷ 10 = 0.9, expected 4 ÷ 10 = 0.4.
    const s = sharesOf(ill, 'industry-co2-peak-2025');
    expect(s.progress).toBeCloseTo(0.9, 10);
    expect(s.expected).toBeCloseTo(0.4, 10);
    expect(s.milestones).toEqual([]);
  });

  it('still growing with no projected peak: the marker sits past the end (1.5)', () => {
    // Baseline 2015, deadline 2030, latest 2024 → 9 ÷ 15 = 0.6.
    const s = sharesOf(ill, 'transport-energy-peak-2030');
    expect(s.progress).toBeCloseTo(0.6, 10);
    expect(s.expected).toBe(1.5);
  });

  it('China industrial CO₂: growth not slowing, no peak in sight: the marker sits past the end (1.5)', () => {
    const t: Target = findTarget(cn, 'industrial-co2-peak-2030')!;
    const a = assess(cn, t.id)!;
    const s = wayShares(t, a);
    // Baseline 2020, deadline 2030, latest 2023 → 0.3; growth held at its recent average (+2.9%): no projected peak.
    expect(s.progress).toBeCloseTo(0.3, 10);
    expect(a.peak?.confirmed).toBe(false);
    expect(a.peak!.projectedPeakYear).toBeNull();
    expect(s.expected).toBe(1.5);
  });
});

describe('edges: peak shares without a baseline value', () => {
  // A peak target whose baseline gives only a year: the time scale starts at the first observation (2013).
  const target = (deadline: number): Target => ({ id: 't', indicator: 'i', baseline: { year: 2010 }, goal: { kind: 'peak', year: deadline } });
  const a = (latest: number) => ({
    baseline: null,
    used: [2013, 2014, 2015, 2016, 2017].map((year) => ({ year, value: 100 })),
    latest: { year: latest, value: 100 },
    peak: { confirmed: false, peak: { year: 2015, value: 100 }, projectedPeakYear: 2021.5 },
  }) as unknown as Assessment;

  it('starts the scale at the first observation: deadline 2030, latest 2017 → (2017 − 2013)/17 = 0.235; peak 2021.5 → 8.5/17 = 0.5', () => {
    const s = wayShares(target(2030), a(2017));
    expect(s.from).toBe(2013);
    expect(s.progress).toBeCloseTo(4 / 17, 10);
    expect(s.expected).toBeCloseTo(0.5, 10);
  });

  it('a one-year scale still has shares (2013 → 2014: latest 2014 is 1); a zero-year one has none', () => {
    expect(wayShares(target(2014), a(2014)).progress).toBe(1);
    expect(wayShares(target(2013), a(2014))).toEqual({ progress: null, expected: null, milestones: [] });
  });
});

describe('a target equal to its baseline ("hold"): no way to go', () => {
  it('within it (at least 30% from 30%, 32% in 2023): the scale full, no due-by tick; past it (at most 50 t from 50 t, 53 t): empty', () => {
    // (target − baseline) = 0: no share of the way exists. The dial was empty beside "Achieved".
    const doc = holdDoc();
    expect(sharesOf(doc, 'hold')).toEqual({ progress: 1, expected: null, milestones: [], hold: true });
    expect(sharesOf(doc, 'hold-miss')).toEqual({ progress: 0, expected: null, milestones: [], hold: true });
    expect([assess(doc, 'hold')!.status, assess(doc, 'hold-miss')!.status]).toEqual(['on-track', 'off-track']);
  });

  it('"about 30" from 30: full while in its range (on track before its year), empty once out of it', () => {
    const about = (value: number) => valid({
      ...holdDoc(),
      targets: [{ id: 'a', indicator: 'share', baseline: { year: 2020, value: 30 }, goal: { kind: 'absolute', comparison: 'about', value: 30, tolerance: 1, year: 2030 }, source: 'src' }],
      observations: [[2020, 30], [2023, value]].map(([year, v]) => ({ indicator: 'share', year, value: v, provenance: { status: 'official', source: 'src' } })),
    });
    // Held at 30, in the range 29–31 and projected to stay there: on track. 30.5 in 2023 projects 31.7 by 2030, out of
    // it (off track), and 33 is out of it already.
    expect([assess(about(30), 'a')!.status, sharesOf(about(30), 'a')]).toEqual(['on-track', { progress: 1, expected: null, milestones: [], hold: true }]);
    expect([assess(about(30.5), 'a')!.status, sharesOf(about(30.5), 'a').progress]).toEqual(['off-track', 0]);
    expect(sharesOf(about(33), 'a').progress).toBe(0);
  });

  it('one observation (a baseline without a value) is nothing to judge, not an empty hold: the gauge keeps its reason', () => {
    const doc = valid({
      ...holdDoc(),
      targets: [{ id: 'h', indicator: 'share', baseline: { year: 2020 }, goal: { kind: 'absolute', comparison: 'at-least', value: 30, year: 2025 }, source: 'src' }],
      observations: [{ indicator: 'share', year: 2021, value: 30, provenance: { status: 'official', source: 'src' } }],
    });
    expect(assess(doc, 'h')!.status).toBe('insufficient-data');
    expect(sharesOf(doc, 'h').hold).toBe(undefined);
  });

  it('as of the baseline year alone, nothing to judge: no fill', () => {
    const doc = holdDoc();
    expect(wayShares(findTarget(doc, 'hold')!, assess(doc, 'hold', { asOf: 2020 })!).progress).toBe(null);
  });
});

describe('count milestones: ticks on the way only', () => {
  const count = countDoc;

  it('a milestone at the baseline value (120 by 2027 from 120) is no tick: its share (120 − 120) ÷ (200 − 120) = 0 is not > 0', () => {
    // Beside it, 160 by 2028 is a tick at (160 − 120) ÷ 80 = 0.5.
    expect(sharesOf(count([{ year: 2027, value: 120 }]), 't').milestones).toEqual([]);
    expect(sharesOf(count([{ year: 2027, value: 120 }, { year: 2028, value: 160 }]), 't').milestones).toEqual([0.5]);
  });
});
