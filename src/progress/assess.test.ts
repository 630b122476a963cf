import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type {
  Baseline, Direction, Goal, Method, Milestone, ObservationStatus, PolicyDocument, Thresholds,
} from '../format/types.js';
import { validate } from '../format/validate.js';
import { assess, type AssessOptions, type Assessment, beforeBaseline, findTarget } from './assess.js';
import { STATUSES } from './status.js';
import { shownPeakYear, type PeakFacts } from './peak.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

// ---------------------------------------------------------------------------------------------
// Fixture factories: one document, one indicator "ind", one target "t".
// ---------------------------------------------------------------------------------------------

type Point = readonly [year: number, value: number];

interface Spec {
  readonly goal: Goal;
  /** Default: 100 in 2020. */
  readonly baseline?: Baseline;
  /** Default: lower is better. */
  readonly better?: Direction;
  readonly points?: readonly Point[];
  readonly milestones?: readonly Milestone[];
  readonly thresholds?: Thresholds;
  readonly method?: Method;
  readonly status?: ObservationStatus;
}

function policy(spec: Spec): PolicyDocument {
  return {
    formatVersion: 1,
    policy: { id: 'test-policy', title: 'Test policy', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Statistical bulletin', url: 'https://example.org/bulletin' }],
    indicators: [{ id: 'ind', label: 'Indicator', unit: 'index', better: spec.better ?? 'lower' }],
    targets: [
      {
        id: 't',
        indicator: 'ind',
        baseline: spec.baseline ?? { year: 2020, value: 100 },
        goal: spec.goal,
        ...(spec.milestones ? { milestones: spec.milestones } : {}),
        ...(spec.thresholds ? { thresholds: spec.thresholds } : {}),
        ...(spec.method ? { method: spec.method } : {}),
      },
    ],
    observations: (spec.points ?? []).map(([year, value]) => ({
      indicator: 'ind', year, value, provenance: { status: spec.status ?? 'official', source: 'src' },
    })),
  };
}

function run(spec: Spec, options: AssessOptions = {}): Assessment {
  const a = assess(policy(spec), 't', options);
  if (!a) throw new Error('assess returned null for an existing target');
  return a;
}

/** Relative −13.5% by 2025 from 100 in 2020: the target value is 86.5. */
const REL: Goal = { kind: 'relative', change: -13.5, year: 2025 };
/** The worked example: 100 (2020) → 93 (2023), target 86.5 by 2025, lower is better. */
const WORKED: Spec = { goal: REL, points: [[2023, 93]] };

/** A series from `start` growing by the given percentages, one year at a time. */
function grow(year: number, value: number, growth: readonly number[]): Point[] {
  const out: Point[] = [[year, value]];
  for (const g of growth) {
    const [y, v] = out[out.length - 1]!;
    out.push([y + 1, v * (1 + g / 100)]);
  }
  return out;
}

const PEAK: Goal = { kind: 'peak', year: 2030 };

// ---------------------------------------------------------------------------------------------

describe('fixtures', () => {
  it('the fixture documents are valid', () => {
    const specs: Spec[] = [
      WORKED,
      { goal: { kind: 'absolute', value: 100, comparison: 'at-most', year: 2030 }, points: [[2023, 105]] },
      { goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher', milestones: [{ year: 2025, value: 20 }], points: [[2022, 10]] },
      { goal: { kind: 'absolute', value: -20, comparison: 'at-most', year: 2030 }, baseline: { year: 2020, value: -10 }, points: [[2024, -14]] },
      { goal: { kind: 'cap', allowances: [{ year: 2025, value: 800 }] }, baseline: { year: 2020, value: 1000 }, points: [[2023, 880]] },
      { goal: PEAK, baseline: { year: 2010 }, points: grow(2017, 50, [100, 5, 4.5, 4, 3.5, 3]) },
    ];
    for (const spec of specs) {
      const r = validate(policy(spec));
      expect(r.problems).toEqual([]);
    }
  });
});

describe('assess: worked example (100 in 2020 → 93 in 2023; target −13.5% = 86.5 by 2025)', () => {
  it('resolves the inputs the same way for every method', () => {
    for (const method of ['path', 'rate', 'extrapolation'] as const) {
      const a = run(WORKED, { method });
      expect(a.method).toBe(method);
      expect(a.kind).toBe('relative');
      expect(a.baseline).toEqual({ year: 2020, value: 100 });
      expect(a.baselineFromObservation).toBe(false);
      expect(a.latest).toEqual({ year: 2023, value: 93 });
      expect(a.target!.year).toBe(2025);
      expect(a.target!.value).toBeCloseTo(86.5, 10);
      expect(a.finalTarget).toEqual(a.target);
      expect(a.comparison).toBe('at-most');
      expect(a.met).toBe(false);
      expect(a.missed).toBe(false);
      expect(a.asOf).toBe(2023);
      expect(a.used.map(({ year, value }) => ({ year, value }))).toEqual([{ year: 2020, value: 100 }, { year: 2023, value: 93 }]);
      expect(a.thresholds).toEqual({ onTrack: 0.95, needsAcceleration: 0.6 });
    }
  });

  it('rate: R = d·CAGR_achieved ÷ |CAGR_required| ≈ 0.836', () => {
    // achieved = 0.93^(1/3) − 1 = −0.023900; required = 0.865^(1/5) − 1 = −0.028589
    // d = sign(86.5 − 100) = −1, sign(y₀) = +1 → R = −1 · −0.023900 / 0.028589 = 0.83600
    const a = run(WORKED, { method: 'rate' });
    expect(a.rateKind).toBe('compound');
    expect(a.achievedAnnualRate).toBeCloseTo(-0.0239, 5);
    expect(a.requiredAnnualRate).toBeCloseTo(-0.028589, 5);
    expect(a.ratio).toBeCloseTo(0.836, 4);
    expect(a.status).toBe('needs-acceleration');
  });

  it('the required path for rate and extrapolation is the constant rate: 100 · 0.865^(3/5) = 91.666 in 2023, 61.7% of the way', () => {
    // (100 − 91.6663)/13.5 = 0.61731; the straight line of method path gives 91.9 and 60%.
    for (const method of ['rate', 'extrapolation'] as const) {
      const a = run(WORKED, { method });
      expect(a.pathShape).toBe('compound');
      expect(a.path).toHaveLength(6);
      expect(a.pathValue).toBeCloseTo(91.6663, 4);
      expect(a.expected).toBeCloseTo(0.61731, 5);
    }
    expect(run(WORKED, { method: 'path' }).pathShape).toBe('straight');
  });

  it('extrapolation (the default): projected 88.61 in 2025, Q ≈ 0.844', () => {
    // projected = 93 · (1 − 0.023900)² = 93 · 0.93^(2/3) = 88.6077
    // Q = (88.6077 − 100) / (86.5 − 100) = 0.84387
    const a = run(WORKED);
    expect(a.method).toBe('extrapolation');
    expect(a.projected!.year).toBe(2025);
    expect(a.projected!.value).toBeCloseTo(88.608, 3);
    expect(a.ratio).toBeCloseTo(0.8439, 4);
    expect(a.status).toBe('needs-acceleration');
    expect(run(WORKED, { method: 'extrapolation' }).ratio).toBe(a.ratio);
  });

  it('path: path value 91.9, 1.2% above it, progress 7/13.5 ÷ expected 0.6 ≈ 0.864', () => {
    // pathValue = 100 − 13.5 · 3/5 = 91.9; gap = (93 − 91.9)/91.9 = 0.011970
    // progress = 7/13.5 = 0.518519; expected = 8.1/13.5 = 0.6; ratio = 0.864198
    const a = run(WORKED, { method: 'path' });
    expect(a.pathValue).toBeCloseTo(91.9, 10);
    expect(a.pathGap).toBeCloseTo(0.01197, 5);
    expect(a.progress).toBeCloseTo(7 / 13.5, 10);
    expect(a.expected).toBeCloseTo(0.6, 10);
    expect(a.ratio).toBeCloseTo(0.864198, 5);
    expect(a.path).toEqual([{ year: 2020, value: 100 }, { year: 2025, value: expect.closeTo(86.5, 10) as unknown as number }]);
    expect(a.status).toBe('needs-acceleration');
  });

  it('the target may choose its own method', () => {
    expect(run({ ...WORKED, method: 'path' }).method).toBe('path');
    expect(run({ ...WORKED, method: 'path' }).ratio).toBeCloseTo(0.864198, 5);
    // …and options override the target's choice.
    expect(run({ ...WORKED, method: 'path' }, { method: 'rate' }).ratio).toBeCloseTo(0.836, 4);
  });

  it('explains itself in English with the formatted numbers', () => {
    const a = run(WORKED);
    expect(a.explanation).toContain('Baseline 100 (2020); latest 93 (2023); target 86.5 by 2025.');
    expect(a.explanation).toContain('the value would be 88.6 in 2025');
    expect(a.explanation).toContain('= 0.84');
    expect(a.explanation).toContain('Needs acceleration');
    const path = run(WORKED, { method: 'path' }).explanation;
    // Shares to a tenth, so the division checks: 7 ÷ 13.5 = 51.9%, and 51.9 ÷ 60 = 0.86 (52 ÷ 60 would give 0.87).
    expect(path).toContain('passes 91.9 in 2023, so 60% of the way was due by then; 51.9% has been covered. Ratio = 51.9% ÷ 60% = 0.86.');
    const rate = run(WORKED, { method: 'rate' }).explanation;
    expect(rate).toContain('\u22122.4% a year');
    expect(rate).toContain('\u22122.9% a year');
    expect(rate).toContain('R = 0.84');
  });

  it('explains itself in Chinese with the same numbers', () => {
    const zh = run(WORKED, { lang: 'zh' }).explanation;
    const en = run(WORKED, { lang: 'en' }).explanation;
    expect(zh.length).toBeGreaterThan(0);
    expect(zh).not.toBe(en);
    expect(zh).toContain('88.6');
    expect(zh).toContain('86.5');
    expect(zh).toContain('2025\u2060年');
    expect(zh).toContain('需要加速');
    expect(zh).toContain('0.84');
  });
});

describe('assess: edge cases', () => {
  describe('baseline equal to the target (absolute at-most 100, baseline 100)', () => {
    const flat = (value: number): Spec => ({ goal: { kind: 'absolute', value: 100, comparison: 'at-most', year: 2030 }, points: [[2023, value]] });

    it('a value at or below it before 2030 is within the limit it is (on track), not achieved years early', () => {
      // The baseline already meets "at most 100" (it equals it): a limit to stay within, as one a hair above is, met only
      // from its year on (it was "achieved" in 2023 while one at 100.000001 was "on track").
      for (const v of [95, 100]) {
        const a = run(flat(v), { method: 'path' });
        expect([a.limit, a.status, a.met]).toEqual([true, 'on-track', false]);
        // Distance 0: progress and expected have nothing to divide by.
        expect(a.progress).toBeNull();
        expect(a.expected).toBeNull();
        expect(strip(a.explanation)).toContain(`so 100 by 2030 is a limit to stay within. The latest value, ${v} (2023), is within it: on track.`);
      }
      // A hair above the baseline: the same status and sentence.
      const hair = run({ ...flat(95), goal: { kind: 'absolute', value: 100.000001, comparison: 'at-most', year: 2030 } });
      expect([hair.limit, hair.status, hair.met]).toEqual([true, 'on-track', false]);
    });

    it('in its year, within it: achieved; after its year, past it: missed', () => {
      expect(run({ ...flat(0), points: [[2023, 100], [2030, 99]] }).status).toBe('achieved');
      // Kept in its year, past it since: achieved on time (the "kept" sentence).
      const kept = run({ ...flat(0), points: [[2023, 100], [2030, 99], [2031, 101]] });
      expect([kept.status, kept.met]).toEqual(['achieved', false]);
      expect(kept.explanation).toContain('The target was met in 2030');
      const missed = run({ ...flat(0), points: [[2023, 100], [2030, 101]] });
      expect([missed.status, missed.missed]).toEqual(['off-track', true]);
      expect(strip(missed.explanation)).toContain('The latest value, 101 (2030), is past it.');
    });

    it('the ratio is null, not ±Infinity or NaN, when the distance is 0 (every method)', () => {
      // Assessment.ratio is documented as "null where there is nothing to divide".
      // Q = (projected − 100) / (100 − 100) divides by zero.
      for (const method of ['path', 'rate', 'extrapolation'] as const) {
        expect(run(flat(95), { method }).ratio, method).toBeNull();
        expect(run(flat(100), { method }).ratio, method).toBeNull();
      }
    });

    it('past it before its year: off track, by where the method lands', () => {
      const a = run(flat(105), { method: 'path' });
      expect([a.met, a.status, a.ratio]).toEqual([false, 'off-track', null]);
      expect(strip(a.explanation)).toContain('The latest value, 105 (2023), is past it: off track.');
      // Back within it by 2023 from 105 in 2022: the path method lands on the latest value, the projection on the trend.
      const back: Spec = { ...flat(0), points: [[2022, 105], [2023, 99]] };
      expect(run(back, { method: 'path' }).status).toBe('on-track');
      expect(run(back, { method: 'extrapolation' }).status).toBe('on-track');
      const up: Spec = { ...flat(0), points: [[2022, 95], [2023, 99]] };
      expect(run(up, { method: 'path' }).status).toBe('on-track');
      // 100 (2020) → 99 (2023), 95 → 99 has no say: the trend is from the baseline, −1/3 a year, so inside.
      expect(run(up, { method: 'extrapolation' }).status).toBe('on-track');
    });
  });

  describe('zero baseline: count 0 → 60 by 2030, milestone 20 by 2025', () => {
    const count = (points: Point[]): Spec => ({
      goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher',
      milestones: [{ year: 2025, value: 20 }], points,
    });

    it('before the milestone is met, the milestone is the target; rates are linear', () => {
      // latest 10 (2022) < 20 → target 20 by 2025. Compound undefined from 0 → linear:
      // achieved = 10/2 = 5 a year; required = 20/5 = 4 a year; R = 5/4 = 1.25.
      // projected 2025 = 10 + 5·3 = 25 → Q = 25/20 = 1.25. path: 8 due by 2022, progress 0.5 ÷ 0.4 = 1.25.
      for (const method of ['path', 'rate', 'extrapolation'] as const) {
        const a = run(count([[2022, 10]]), { method });
        expect(a.target).toEqual({ year: 2025, value: 20 });
        expect(a.finalTarget).toEqual({ year: 2030, value: 60 });
        expect(a.rateKind).toBe('linear');
        expect(a.achievedAnnualRate).toBeCloseTo(5, 10);
        expect(a.requiredAnnualRate).toBeCloseTo(4, 10);
        expect(a.ratio).toBeCloseTo(1.25, 10);
        expect(a.status).toBe('on-track');
      }
      const a = run(count([[2022, 10]]));
      expect(a.projected).toEqual({ year: 2025, value: 25 });
      expect(a.pathValue).toBeCloseTo(8, 10);
      expect(a.explanation).toContain('Judged against the next milestone: 20 by 2025.');
      expect(a.explanation).toContain('(a fixed amount: a percentage rate does not work when the baseline, the latest value or the target is zero or below)');
    });

    it('a net-zero target: the reason for a fixed amount names the target, not every value (the audit\'s EU case)', () => {
      // 100 (2020) → 0 by 2050, latest 80 (2024): only the target is 0. Linear: achieved = −20/4 = −5 a year.
      // Projected 2050 = 80 − 5·26 = −50 → Q = (−50 − 100) ÷ (0 − 100) = 1.5.
      const spec: Spec = { goal: { kind: 'absolute', value: 0, comparison: 'at-most', year: 2050 }, points: [[2024, 80]] };
      const zh = run(spec, { method: 'extrapolation', lang: 'zh' }).explanation;
      expect(zh).toContain('（基准值、最新值或目标值为零或负数，无法按复合增长率外推，改用线性外推）');
      expect(zh).not.toContain('因数值为零');
      expect(run(spec, { method: 'rate', lang: 'zh' }).explanation).toContain('（基准值、最新值或目标值为零或负数，无法计算复合增长率，改用线性变化率）');
      expect(run(spec, { method: 'extrapolation' }).explanation).toContain('Q = (projected − baseline) ÷ (target − baseline) = 1.5');
    });

    it('after the milestone is met, the final count is the target', () => {
      // latest 22 (2024) ≥ 20 → target 60 by 2030. achieved = 22/4 = 5.5; required = 60/10 = 6; R = 0.9167.
      // projected 2030 = 22 + 5.5·6 = 55 → Q = 55/60 = 0.9167.
      for (const method of ['rate', 'extrapolation'] as const) {
        const a = run(count([[2022, 10], [2024, 22]]), { method });
        expect(a.target).toEqual({ year: 2030, value: 60 });
        expect(a.ratio).toBeCloseTo(0.916667, 5);
        expect(a.status).toBe('needs-acceleration');
        expect(a.explanation).not.toContain('milestone');
      }
    });

    it('the required path runs through the milestone, for every method (straight here: compound is undefined from 0)', () => {
      // 0 (2020) → 20 (2025) → 60 (2030): 16 due by 2024, not the 24 of a straight line to 60.
      // path: progress 22/60 = 0.36667 ÷ expected 16/60 = 0.26667 → 1.375, on track (ahead of the plan's own schedule).
      for (const method of ['path', 'rate', 'extrapolation'] as const) {
        const a = run(count([[2022, 10], [2024, 22]]), { method });
        expect(a.path).toEqual([{ year: 2020, value: 0 }, { year: 2025, value: 20 }, { year: 2030, value: 60 }]);
        expect(a.pathShape).toBe('straight');
        expect(a.pathValue).toBeCloseTo(16, 10);
        expect(a.expected).toBeCloseTo(16 / 60, 10);
      }
      const a = run(count([[2022, 10], [2024, 22]]), { method: 'path' });
      expect(a.ratio).toBeCloseTo(1.375, 10);
      expect(a.status).toBe('on-track');
    });

    it('the final count reached is achieved', () => {
      const a = run(count([[2022, 10], [2024, 61]]));
      expect(a.target).toEqual({ year: 2030, value: 60 });
      expect(a.status).toBe('achieved');
    });
  });

  describe('negative values: net −10 in 2020 → at most −20 by 2030, lower is better', () => {
    const net = (v: number): Spec => ({
      goal: { kind: 'absolute', value: -20, comparison: 'at-most', year: 2030 }, baseline: { year: 2020, value: -10 }, points: [[2024, v]],
    });

    it('moving toward the target gives a positive R (sign(y₀) corrects the compound rate)', () => {
      // achieved = (−14/−10)^(1/4) − 1 = +0.087757; required = 2^(1/10) − 1 = +0.071773
      // d = sign(−20 − (−10)) = −1; sign(y₀) = −1 → R = (−1)(−1)(0.087757)/0.071773 = +1.2227
      const a = run(net(-14), { method: 'rate' });
      expect(a.rateKind).toBe('compound');
      expect(a.achievedAnnualRate).toBeCloseTo(0.087757, 5);
      expect(a.requiredAnnualRate).toBeCloseTo(0.071773, 5);
      expect(a.ratio).toBeCloseTo(1.2227, 3);
      expect(a.status).toBe('on-track');
    });

    it('the other methods agree on the direction', () => {
      // path: progress (−14 + 10)/(−10) = 0.4; expected 4/10 = 0.4 → 1.0
      // extrapolation: −14 · 1.4^(6/4) = −23.191 → Q = (−23.191 + 10)/(−10) = 1.3191
      expect(run(net(-14), { method: 'path' }).ratio).toBeCloseTo(1, 10);
      const x = run(net(-14), { method: 'extrapolation' });
      expect(x.projected!.value).toBeCloseTo(-23.191, 3);
      expect(x.ratio).toBeCloseTo(1.3191, 4);
    });

    it('moving away from the target gives a negative R', () => {
      // −10 → −8: achieved = 0.8^(1/4) − 1 = −0.054258 → R = (−1)(−1)(−0.054258)/0.071773 = −0.75597
      const a = run(net(-8), { method: 'rate' });
      expect(a.ratio).toBeCloseTo(-0.75597, 4);
      expect(a.status).toBe('wrong-direction');
      expect(run(net(-8), { method: 'path' }).status).toBe('wrong-direction');
      expect(run(net(-8), { method: 'extrapolation' }).status).toBe('wrong-direction');
    });
  });

  describe('too little data', () => {
    it('a single observation (standing in for the baseline) is insufficient-data', () => {
      const spec: Spec = { goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2030 }, baseline: { year: 2020 }, points: [[2021, 95]] };
      let a: Assessment | undefined;
      expect(() => (a = run(spec))).not.toThrow();
      expect(a!.status).toBe('insufficient-data');
      expect(a!.baselineFromObservation).toBe(true);
      expect(a!.baseline).toEqual({ year: 2021, value: 95 });
      // It is also the latest value there is: widgets show it (with no progress), not "No data yet".
      expect(a!.latest).toEqual({ year: 2021, value: 95 });
      expect([a!.ratio, a!.progress, a!.projected]).toEqual([null, null, null]);
      expect(a!.target).toEqual({ year: 2030, value: 80 });
      expect(a!.explanation).toContain('there is only one');
      expect(run(spec, { lang: 'zh' }).explanation).toContain('目前只有一个');
    });

    it('a single observation standing in for the baseline says so before "only one", naming both years', () => {
      // Baseline 2020 without a value, one observation (2024, 0.3): as the demo's electrolysers (at least 2 by 2030). The
      // trajectory draws the required path from the 2024 value, so the explanation must say it stands in; the early
      // return for too little data used to leave the note out ("At least two observations…" alone).
      const spec: Spec = { goal: { kind: 'absolute', value: 2, comparison: 'at-least', year: 2030 }, better: 'higher', baseline: { year: 2020 }, points: [[2024, 0.3]] };
      const a = run(spec);
      expect(a.baselineFromObservation).toBe(true);
      expect(a.path[0]).toEqual({ year: 2024, value: 0.3 });
      expect(a.explanation).toBe(
        'The target gives no value for its 2020 baseline, so the first observation (2024) stands in for it. At least two observations are needed to judge progress; there is only one.',
      );
      expect(run(spec, { lang: 'zh' }).explanation).toBe('目标未给出2020\u2060年的基准值，因此以第一个观测值（2024\u2060年）代替。判断进展至少需要两个观测值；目前只有一个。');
    });

    it('a stand-in with later observations names the baseline year it stands in for, first', () => {
      // Baseline 2020 without a value; 2021 = 95 stands in, 2023 = 90 is the latest.
      const a = run({ goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2030 }, baseline: { year: 2020 }, points: [[2021, 95], [2023, 90]] });
      expect(a.explanation.startsWith('The target gives no value for its 2020 baseline, so the first observation (2021) stands in for it. Baseline 95 (2021);')).toBe(true);
      // A target with its own baseline value says nothing of a stand-in.
      expect(run({ goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2030 }, points: [[2021, 95]] }).explanation).not.toContain('stands in');
    });

    it('no observations at all is insufficient-data, for every method and kind', () => {
      const goals: Spec[] = [
        { goal: REL },
        { goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2030 }, baseline: { year: 2020 } },
        { goal: PEAK, baseline: { year: 2020 } },
      ];
      for (const spec of goals) {
        for (const method of ['path', 'rate', 'extrapolation'] as const) {
          let a: Assessment | undefined;
          expect(() => (a = run(spec, { method }))).not.toThrow();
          expect(a!.status).toBe('insufficient-data');
          expect(a!.ratio).toBeNull();
          expect(a!.latest).toBeNull();
          expect(a!.explanation.length).toBeGreaterThan(0);
        }
      }
      expect(run(goals[1]!).explanation).toContain('there are none');
      // With a baseline value the target is still resolved, for drawing.
      expect(run(goals[0]!).target!.value).toBeCloseTo(86.5, 10);
    });

    it('an observation only in the baseline year is not progress', () => {
      const a = run({ goal: REL, points: [[2020, 100]] });
      expect(a.status).toBe('insufficient-data');
    });
  });

  it('unsorted observation years give the same result as sorted ones', () => {
    const sorted = run({ goal: REL, points: [[2021, 97], [2022, 95], [2023, 93]] });
    const shuffled = run({ goal: REL, points: [[2023, 93], [2021, 97], [2022, 95]] });
    expect(shuffled).toEqual(sorted);
    expect(shuffled.latest).toEqual({ year: 2023, value: 93 });
  });

  it('a target already met is achieved, with progress above 100%', () => {
    // progress = (80 − 100)/(86.5 − 100) = 1.4815
    const a = run({ goal: REL, points: [[2023, 80]] });
    expect(a.status).toBe('achieved');
    expect(a.met).toBe(true);
    expect(a.progress).toBeCloseTo(1.4815, 4);
    expect(a.explanation).toContain('already meets the target of 86.5');
  });

  it('progress below 0% when moving the wrong way', () => {
    // progress = (105 − 100)/(−13.5) = −0.37037
    const a = run({ goal: REL, points: [[2023, 105]] });
    expect(a.progress).toBeCloseTo(-0.37037, 5);
    expect(a.status).toBe('wrong-direction');
    // Said as the gauge says it, "37% of the way backwards", not "−37% has been covered"; the division keeps the
    // sign: −37% ÷ 60% = −0.617.
    const en = run({ goal: REL, points: [[2023, 105]] }, { method: 'path' }).explanation;
    expect(en).toContain('so 60% of the way was due by then; the value has gone 37% of the way backwards. Ratio = \u221237% ÷ 60% = \u22120.62.');
    const zh = run({ goal: REL, points: [[2023, 105]] }, { method: 'path', lang: 'zh' }).explanation;
    expect(zh).toContain('即届时应完成60%；实际倒退37%。比值 = \u221237% ÷ 60% = \u22120.62。');
  });

  it('higher is better: absolute at-least 180 by 2025 from 100', () => {
    // 100 (2020) → 160 (2023): achieved 1.6^(1/3) − 1 = 0.169607; required 1.8^(1/5) − 1 = 0.124746
    // R = 0.169607/0.124746 = 1.35962; projected 160 · 1.6^(2/3) = 218.877 → Q = 118.877/80 = 1.48596
    const spec: Spec = { goal: { kind: 'absolute', value: 180, comparison: 'at-least', year: 2025 }, better: 'higher', points: [[2023, 160]] };
    const r = run(spec, { method: 'rate' });
    expect(r.comparison).toBe('at-least');
    expect(r.ratio).toBeCloseTo(1.35962, 4);
    expect(r.status).toBe('on-track');
    const x = run(spec);
    expect(x.projected!.value).toBeCloseTo(218.877, 2);
    expect(x.ratio).toBeCloseTo(1.48596, 4);
    expect(run({ ...spec, points: [[2023, 185]] }).status).toBe('achieved');
  });

  describe('"about" comparison: about 50 by 2030 from 40, ±5% = ±2.5 by default', () => {
    const about = (v: number, tolerance?: number, year = 2030, baseline = 40): Spec => ({
      goal: { kind: 'absolute', value: 50, comparison: 'about', year: 2030, ...(tolerance ? { tolerance } : {}) },
      baseline: { year: 2020, value: baseline }, better: 'higher', points: [[year, v]],
    });

    it('within the range (either side, and on its edge) in the target year or later is achieved', () => {
      for (const v of [48, 52, 47.5, 52.5]) expect(run(about(v)).status, String(v)).toBe('achieved');
      expect(run(about(49, undefined, 2031)).status).toBe('achieved');
      expect(run(about(48)).range).toEqual([47.5, 52.5]);
    });

    it('the explanation names the rule that gave the assumed range: 5% of the target, or half the way', () => {
      // From 40: 5% of 50 = 2.5, less than half the way (5), so ±2.5.
      expect(run(about(48)).explanation).toContain('Peakline takes ±2.5, 5% of the target.');
      // From 48: half the way is 1, less than 2.5, which would hold the baseline: ±1.
      expect(run(about(49, undefined, 2030, 48)).explanation).toContain('Peakline takes ±1, half the way from the baseline, as 5% of the target (±2.5) would hold the baseline already.');
      expect(run(about(49, undefined, 2030, 48), { lang: 'zh' }).explanation).toContain('Peakline 取±1，即基准值与目标值差距的一半；若取目标值的5%（±2.5），基准值已处于区间内。');
      // A tolerance in the data is the plan's range, not Peakline's: no such sentence.
      expect(run(about(48, 4)).explanation).not.toContain('Peakline takes');
    });

    it('within the range before the target year is not achieved: a value to hold near counts only in its year', () => {
      // 48 in 2024. extrapolation: 48 · (48/40)^(6/4) = 63.098 in 2030, past the range → off track (Q = 2.3098).
      const a = run(about(48, undefined, 2024));
      expect(a.met).toBe(false);
      expect(a.ratio).toBeCloseTo(2.3098, 4);
      expect(a.status).toBe('off-track');
      expect(a.explanation).toContain('The target is a range, 47.5–\u206052.5, met only if the value is in it in 2030. At this pace the value would be 63.1 in 2030, outside it: off track.');
      expect(run(about(48, undefined, 2024), { method: 'rate' }).status).toBe('off-track');
      expect(run(about(48, undefined, 2024), { lang: 'zh' }).explanation).toContain('目标为区间47.5\u2060～\u206052.5，2030\u2060年时数值处于区间内方为实现。按当前速度，2030\u2060年将为63.1，处于区间外：进度落后。');
      // path: where it stands now, 48, lies in the range → on track.
      const p = run(about(48, undefined, 2024), { method: 'path' });
      expect(p.status).toBe('on-track');
      expect(p.explanation).toContain('The latest value, 48 (2024), is within it: on track.');
    });

    it('a projection that lands in the range is on track, whatever Q', () => {
      // 43 in 2024 → 43 · 1.075^1.5 = 47.927 in 2030, inside 47.5–52.5; Q = 0.7927 alone would need acceleration.
      const a = run(about(43, undefined, 2024));
      expect(a.ratio).toBeCloseTo(0.7927, 4);
      expect(a.status).toBe('on-track');
    });

    it('short of the range, or moving away, the ratio decides as for any target', () => {
      // 42 → 45.189 in 2030: Q = 0.5189 → off track; 38 → Q = −0.4814 → wrong direction.
      expect(run(about(42, undefined, 2024)).ratio).toBeCloseTo(0.5189, 4);
      expect(run(about(42, undefined, 2024)).status).toBe('off-track');
      expect(run(about(42, undefined, 2024)).explanation).toContain('a ratio of 0.95 or more is on track');
      expect(run(about(38, undefined, 2024)).status).toBe('wrong-direction');
    });

    it('a baseline already in the range: held there is on track, not achieved', () => {
      // 49 (2020) → 49.5 (2024) → 49.5 · (49.5/49)^1.5 = 50.26 in 2030, inside → on track.
      const a = run(about(49.5, undefined, 2024, 49));
      expect(a.projected!.value).toBeCloseTo(50.2596, 4);
      expect(a.status).toBe('on-track');
    });

    it('holding the baseline value (target = baseline, no distance): the range alone judges, in every method', () => {
      // Baseline 50 (2020), about 50 by 2030, ±2.5. 48.5 in 2024 → 48.5 · 0.97^(6/4) = 46.334 in 2030, out → off
      // track; 49.8 in 2024 → 49.7 in 2030, in → on track. Before, a zero distance always said "wrong direction".
      const hold = (v: number) => about(v, undefined, 2024, 50);
      const out = run(hold(48.5));
      expect(out.projected!.value).toBeCloseTo(46.334, 3);
      expect(out.status).toBe('off-track');
      expect(out.explanation).not.toContain('wrong direction');
      expect(out.explanation).toContain('The target is a range, 47.5–\u206052.5, met only if the value is in it in 2030. At this pace the value would be 46.3 in 2030, outside it: off track.');
      for (const method of ['extrapolation', 'rate', 'path'] as const) expect(run(hold(49.8), { method }).status, method).toBe('on-track');
      expect(run(hold(52), { method: 'path' }).status).toBe('on-track');
      expect(run(hold(53), { method: 'path' }).status).toBe('off-track');
      expect(run(hold(50)).ratio).toBe(null);
    });

    it('outside the range in the target year is missed', () => {
      // 47: |47 − 50| = 3 > 2.5.
      const a = run(about(47));
      expect(a.met).toBe(false);
      expect(a.missed).toBe(true);
      expect(a.status).toBe('off-track');
      expect(run(about(53)).met).toBe(false);
    });

    it('a wider tolerance (10% = ±5) takes 47 in', () => {
      expect(run(about(47, 10)).status).toBe('achieved');
      expect(run(about(44.9, 10)).met).toBe(false);
    });
  });

  describe('cap with allowances', () => {
    const allowances = [
      { year: 2021, value: 950 }, { year: 2022, value: 900 }, { year: 2025, value: 800 }, { year: 2030, value: 600 },
    ];
    const cap = (v: number): Spec => ({
      goal: { kind: 'cap', allowances }, baseline: { year: 2020, value: 1000 }, method: 'path',
      points: [[2021, 960], [2022, 905], [2023, v]],
    });

    it('judges the latest value against the interpolated allowance', () => {
      // 2023 lies 1/3 of the way from 900 (2022) to 800 (2025): 866.667; gap (880 − 866.667)/866.667 = 0.015385
      // progress (880 − 1000)/(600 − 1000) = 0.3; expected (866.667 − 1000)/(−400) = 0.33333 → ratio 0.9
      const a = run(cap(880));
      expect(a.path).toEqual([{ year: 2020, value: 1000 }, ...allowances]);
      expect(a.target).toEqual({ year: 2030, value: 600 });
      expect(a.comparison).toBe('at-most');
      expect(a.pathValue).toBeCloseTo(866.667, 3);
      expect(a.pathGap).toBeCloseTo(0.015385, 5);
      expect(a.progress).toBeCloseTo(0.3, 10);
      expect(a.expected).toBeCloseTo(1 / 3, 10);
      expect(a.ratio).toBeCloseTo(0.9, 10);
      // Above its allowance before the last year: off track whatever the ratio (0.9 read "needs acceleration").
      expect(a.status).toBe('off-track');
      expect(a.explanation).toContain('The allowance for 2023 is 867; the latest value is above it.');
      expect(a.explanation).toContain('By the allowance, 33.3% of the way was due by then; 30% has been covered. Ratio = 30% ÷ 33.3% = 0.90. Above its allowance, it is off track, whatever the ratio.');
      expect(a.explanation).not.toContain('straight line');
      // Within it (860 < 866.667): the ratio's status, 0.3/0.3333 → 1.05, on track.
      expect(run(cap(860)).status).toBe('on-track');
    });

    it('says so when the latest value is within the allowance', () => {
      expect(run(cap(850)).explanation).toContain('the latest value is within it');
      expect(run(cap(850)).pathGap).toBeLessThan(0);
    });

    // Found by the fuzz suite (strict mode). While the allowances stay at or above the baseline nothing of the way is due
    // yet: `expected` is 0 (or below 0), so progress ÷ expected was left undefined ("Insufficient data", "Ratio = … ÷ −0%
    // = —") or flipped in sign (a fall within its allowance called "Wrong direction"). Within the allowance is on track;
    // above it the value has gone back beyond what the cap allows: the wrong direction.
    describe('nothing due yet (allowances at or above the baseline)', () => {
      const held = (v: number): Spec => ({
        goal: { kind: 'cap', allowances: [{ year: 2021, value: 100 }, { year: 2022, value: 100 }, { year: 2025, value: 80 }] }, method: 'path', points: [[2021, v]],
      });
      const rising = (v: number): Spec => ({
        goal: { kind: 'cap', allowances: [{ year: 2021, value: 110 }, { year: 2025, value: 80 }] }, method: 'path', points: [[2021, v]],
      });

      it('held at 100 in 2021 from 100 in 2020: 102 (progress (102 − 100) ÷ (80 − 100) = −10%) is the wrong direction', () => {
        const a = run(held(102));
        expect(a.expected).toBe(0);
        expect(a.progress).toBeCloseTo(-0.1, 10);
        expect(a.status).toBe('wrong-direction');
        expect(a.explanation).toContain('By the allowance, 0% of the way was due by then; the value has gone 10% of the way backwards.');
        expect(a.explanation).not.toContain('—');
        expect(run(held(102), { lang: 'zh' }).explanation).toContain('按限额，届时应完成0%；实际倒退10%。方向相反');
      });

      it('held at 100: 98 (10% of the way) and 100 (none) are within the allowance, on track', () => {
        expect(run(held(98)).status).toBe('on-track');
        expect(run(held(100)).status).toBe('on-track');
        expect(run(held(98)).explanation).not.toContain('—');
      });

      it('raised to 110 in 2021 (expected (110 − 100) ÷ (80 − 100) = −50%): 96 and 105 are within it, on track; 112 is the wrong direction', () => {
        // 96: progress 20% ÷ −50% read as a ratio of −0.4, "Wrong direction", for a value that fell.
        expect(run(rising(96)).expected).toBeCloseTo(-0.5, 10);
        expect(run(rising(96)).status).toBe('on-track');
        expect(run(rising(105)).status).toBe('on-track');
        expect(run(rising(112)).status).toBe('wrong-direction');
      });
    });
  });

  it('asOf ignores later observations', () => {
    // As of 2022: 100 → 95 over 2 years; projected 95 · 0.95^(3/2) = 87.965 → Q = 12.035/13.5 = 0.89149
    const spec: Spec = { goal: REL, points: [[2021, 97], [2022, 95], [2023, 93], [2024, 91]] };
    const a = run(spec, { asOf: 2022 });
    expect(a.latest).toEqual({ year: 2022, value: 95 });
    expect(a.asOf).toBe(2022);
    expect(a.used.map((p) => p.year)).toEqual([2020, 2021, 2022]);
    expect(a.ratio).toBeCloseTo(0.89149, 4);
    expect(run(spec).latest!.year).toBe(2024);
    expect(run(spec, { asOf: 2020 }).status).toBe('insufficient-data');
  });

  it('per-target thresholds change the status', () => {
    // Q = 0.8439 in the worked example: needs-acceleration by default,
    expect(run(WORKED).status).toBe('needs-acceleration');
    // on track when 0.8 is enough,
    const lenient = run({ ...WORKED, thresholds: { onTrack: 0.8 } });
    expect(lenient.thresholds).toEqual({ onTrack: 0.8, needsAcceleration: 0.6 });
    expect(lenient.status).toBe('on-track');
    // off track when 0.9 is needed even to need acceleration.
    expect(run({ ...WORKED, thresholds: { onTrack: 0.99, needsAcceleration: 0.9 } }).status).toBe('off-track');
  });

  describe('target year passed', () => {
    const late = (v: number): Spec => ({ goal: { kind: 'relative', change: -13.5, year: 2023 }, points: [[2022, 95], [2024, v]] });

    it('missed, with some progress → off-track', () => {
      const a = run(late(90));
      expect(a.missed).toBe(true);
      expect(a.met).toBe(false);
      expect(a.status).toBe('off-track');
      expect(a.explanation).toContain('The target year 2023 has passed');
    });

    it('missed, having gone the wrong way → wrong-direction', () => {
      const a = run(late(104));
      expect(a.missed).toBe(true);
      expect(a.status).toBe('wrong-direction');
    });

    it('met after the target year is achieved, not missed', () => {
      const a = run(late(85));
      expect(a.missed).toBe(false);
      expect(a.status).toBe('achieved');
    });
  });

  it('reaches each of the six statuses', () => {
    // Q from 93 → 0.844 (needs acceleration); 90 → 83.895 in 2025, Q = 1.193; 97 → 95.050, Q = 0.367;
    // 105 → 108.47, Q = −0.628; 85 meets 86.5; no observations → insufficient.
    const cases: [Point[], string][] = [
      [[[2023, 85]], 'achieved'],
      [[[2023, 90]], 'on-track'],
      [[[2023, 93]], 'needs-acceleration'],
      [[[2023, 97]], 'off-track'],
      [[[2023, 105]], 'wrong-direction'],
      [[], 'insufficient-data'],
    ];
    const seen = cases.map(([points, want]) => {
      const status = run({ goal: REL, points }).status;
      expect(status, JSON.stringify(points)).toBe(want);
      return status;
    });
    expect(new Set(seen)).toEqual(new Set(STATUSES));
    expect(run({ goal: REL, points: [[2023, 90]] }).ratio).toBeCloseTo(1.19294, 4);
    expect(run({ goal: REL, points: [[2023, 97]] }).ratio).toBeCloseTo(0.36665, 4);
  });

  it('an unknown target id gives null', () => {
    expect(assess(policy(WORKED), 'no-such-target')).toBeNull();
    expect(assess(policy(WORKED), '')).toBeNull();
  });

  it('flags illustrative and estimated observations', () => {
    expect(run({ ...WORKED, status: 'illustrative' }).illustrative).toBe(true);
    expect(run({ ...WORKED, status: 'estimate' }).estimated).toBe(true);
    const official = run(WORKED);
    expect(official.illustrative).toBe(false);
    expect(official.estimated).toBe(false);
  });
});

describe('assess: peak targets', () => {
  it('a series peaking in 2015 with two lower later points, deadline 2030, is achieved', () => {
    const points: Point[] = [[2010, 90], [2011, 94], [2012, 97], [2013, 99], [2014, 99.5], [2015, 100], [2016, 98], [2017, 97]];
    const a = run({ goal: PEAK, baseline: { year: 2010 }, points });
    expect(a.kind).toBe('peak');
    expect(a.status).toBe('achieved');
    expect(a.met).toBe(true);
    expect(a.ratio).toBe(1);
    expect(a.peak).toMatchObject({ peak: { year: 2015, value: 100 }, laterLower: 2, confirmed: true, deadline: 2030 });
    expect(a.explanation).toContain('peaked at 100 in 2015');
    expect(run({ goal: PEAK, baseline: { year: 2010 }, points }, { lang: 'zh' }).explanation).toContain('2015\u2060年达到峰值100');
  });

  it('names the peak with its unit, as the inputs line names every figure: "peaked at 100 Mt CO₂ in 2015" (zh 1亿吨)', () => {
    const points: Point[] = [[2010, 90], [2011, 94], [2012, 97], [2013, 99], [2014, 99.5], [2015, 100], [2016, 98], [2017, 97]];
    const doc = policy({ goal: PEAK, baseline: { year: 2010 }, points });
    (doc.indicators[0] as { unit: unknown }).unit = { en: 'Mt CO₂', zh: '百万吨二氧化碳' };
    expect(assess(doc, 't')!.explanation).toContain('peaked at 100\u00a0Mt\u00a0CO₂ in 2015');
    expect(assess(doc, 't', { lang: 'zh' })!.explanation).toContain('2015\u2060年达到峰值1\u2060亿\u2060吨二氧化碳');
  });

  it('a peak held for two years (a plateau) and then two lower points is achieved', () => {
    // Documented rule (peak.ts): achieved once the highest value lies at or before the deadline and at
    // least two later observations are lower. 100 is the highest (2015 and 2016); 98 and 97 come after.
    const points: Point[] = [[2013, 97], [2014, 99], [2015, 100], [2016, 100], [2017, 98], [2018, 97]];
    const a = run({ goal: PEAK, baseline: { year: 2010 }, points });
    expect(a.peak!.confirmed).toBe(true);
    expect(a.status).toBe('achieved');
  });

  it('observations too far apart for any growth rate are insufficient, without claiming there is only one', () => {
    // Five-year steps: yearOnYear() never bridges gaps, so no trend can be fitted.
    const a = run({ goal: PEAK, baseline: { year: 2010 }, points: [[2010, 90], [2015, 100], [2020, 95]] });
    expect(a.status).toBe('insufficient-data');
    expect(a.explanation.length).toBeGreaterThan(0);
    expect(a.explanation).not.toContain('there is only one');
  });

  it('one lower point after the top is not yet a confirmed peak', () => {
    const a = run({ goal: PEAK, baseline: { year: 2010 }, points: [[2013, 97], [2014, 99], [2015, 100], [2016, 98]] });
    expect(a.peak!.confirmed).toBe(false);
    expect(a.peak!.laterLower).toBe(1);
    expect(a.status).not.toBe('achieved');
  });

  describe('a series still rising, growth slowing 5 → 4.5 → 4 → 3.5 → 3 % (2019–2023)', () => {
    // Least squares through the last five growth rates (x = 2019…2023, y = 5, 4.5, 4, 3.5, 3):
    // x̄ = 2021, ȳ = 4; Sxx = 4 + 1 + 0 + 1 + 4 = 10; Sxy = −2·1 − 1·0.5 + 0 + 1·(−0.5) + 2·(−1) = −5
    // slope = −0.5 points a year; fitted growth at 2023 = 4 − 0.5·2 = 3; zero after 3/0.5 = 6 years → 2029.
    // The 100% jump in 2018 is outside the five-point window and must not count.
    const points = grow(2017, 50, [100, 5, 4.5, 4, 3.5, 3]);

    it('deadline 2027: ratio (2027 − 2023)/(2029 − 2023) = 0.667 → needs acceleration', () => {
      const a = run({ goal: { kind: 'peak', year: 2027 }, baseline: { year: 2017 }, points });
      expect(a.peak!.confirmed).toBe(false);
      expect(a.peak!.growth).toBeCloseTo(3, 10);
      expect(a.peak!.growthSlope).toBeCloseTo(-0.5, 10);
      expect(a.peak!.projectedPeakYear).toBe(2029);
      expect(a.ratio).toBeCloseTo(4 / 6, 10);
      expect(a.status).toBe('needs-acceleration');
      // Projection: growth 2.5, 2, 1.5, 1 % in 2024–2027 from 121.651 → 130.385
      expect(a.projected!.year).toBe(2027);
      expect(a.projected!.value).toBeCloseTo(130.385, 2);
      expect(a.explanation).toContain('around 2029');
      // The ratio is named, with its terms, so the verdict's "a ratio of 0.95" refers to something the reader has seen.
      expect(a.explanation).toContain('Ratio = years to the deadline ÷ years to zero growth = 0.67.');
    });

    it('deadline 2030: ratio 7/6 → on track', () => {
      const a = run({ goal: PEAK, baseline: { year: 2017 }, points });
      expect(a.ratio).toBeCloseTo(7 / 6, 10);
      expect(a.status).toBe('on-track');
    });

    it('deadline already passed while still rising → missed, off-track', () => {
      const a = run({ goal: { kind: 'peak', year: 2021 }, baseline: { year: 2017 }, points });
      expect(a.missed).toBe(true);
      expect(a.status).toBe('off-track');
    });
  });

  it('a rising series with accelerating growth scores 0 and is off track', () => {
    // Growth 1, 2, 3, 4, 5 %: slope +1, fitted growth 5 at 2023 → never reaches zero.
    const a = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [1, 2, 3, 4, 5]) });
    expect(a.peak!.growthSlope).toBeCloseTo(1, 10);
    expect(a.peak!.growth).toBeCloseTo(5, 10);
    expect(a.peak!.projectedPeakYear).toBeNull();
    expect(a.ratio).toBe(0);
    expect(a.status).toBe('off-track');
    // Growth never reaches zero: the year named is the one the gauge's legend names ("Peak after 2040"), not a made-up one.
    expect(a.explanation).toContain('does not reach zero by 2040; the deadline is 2030. Ratio = years to the deadline ÷ years to zero growth = 0.00.');
  });

  it('a peak projected more than ten years past the deadline is named as the gauge names it, not to the year', () => {
    // Growth 3.2, 3.1, 3.0, 2.9, 2.8 % (2019–2023): slope −0.1, fitted growth 2.8 at 2023 → zero after 28 years, in 2051,
    // beyond 2030 + 10: "does not reach zero by 2040". Ratio (2030 − 2023)/(2051 − 2023) = 7/28 = 0.25 → off track.
    const a = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [3.2, 3.1, 3, 2.9, 2.8]) });
    expect(a.peak!.projectedPeakYear).toBe(2051);
    expect(a.ratio).toBeCloseTo(0.25, 10);
    expect(a.status).toBe('off-track');
    expect(a.explanation).toContain('At that trend growth does not reach zero by 2040; the deadline is 2030. Ratio = years to the deadline ÷ years to zero growth = 0.25.');
    expect(a.explanation).not.toContain('2051');
    const zh = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [3.2, 3.1, 3, 2.9, 2.8]) }, { lang: 'zh' });
    expect(zh.explanation).toContain('增速到2040\u2060年仍不会降至零；期限为2030\u2060年。比值 = 距期限年数 ÷ 增速降至零所需年数 = 0.25。');
  });

  it('falling growth not yet confirmed as a peak scores 1', () => {
    // 100 → 104 → 107 → 109 → 110 → 110: growth +4, +2.88, +1.87, +0.92, 0%: a clear decline (slope −1.00 points a
    // year, its standard error 0.04), fitted at −0.06% in 2025: at or below zero, so peaking now. The top (110, last reached in 2025) has no lower
    // observation after it: not confirmed.
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 104], [2022, 107], [2023, 109], [2024, 110], [2025, 110]] });
    expect(a.peak!.confirmed).toBe(false);
    expect(a.peak!.trend).toBe(true);
    expect(a.peak!.growthSlope).toBeCloseTo(-0.9967, 4);
    expect(a.peak!.growth).toBeCloseTo(-0.0592, 4);
    expect(a.peak!.projectedPeakYear).toBe(2025);
    expect(a.ratio).toBe(1);
    expect(a.status).toBe('on-track');
  });

  it('fewer than three growth rates are insufficient data: two points always fit a line', () => {
    // 100 → 101 → 100.5: growth +1%, −0.5%. A line through two rates "falls" to below zero, and called this peaking.
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 101], [2022, 100.5]] });
    expect(a.status).toBe('insufficient-data');
    expect(a.peak!.growth).toBeNull();
    expect(a.explanation).toBe('Judging a peak needs the trend of growth: at least three yearly growth rates, from four observations in consecutive years; there are 2.');
    // Years, not "个年增速" (a counter Chinese does not put before 年增速).
    expect(run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 101], [2022, 100.5]] }, { lang: 'zh' }).explanation).toBe('判断达峰需要增速趋势：至少三年的年增速，即连续四年的观测值；目前只有2\u2060年。');
  });

  it('growth without a clear trend is taken as steady at its mean: China\'s CO₂ 2019–2023 cannot put a peak year on it', () => {
    // China's CO₂ in Mt (OWID co2-data), 2018–2023: growth +3.69, +1.79, +4.97, −0.85, +4.86%. A line through them: −0.029 ± 0.895 points a year
    // (t = −0.03): its sign is unknown. Taken as steady at the mean, +2.89% a year: no peak by 2030, ratio 0.
    const points: [number, number][] = [[2018, 10332.992], [2019, 10713.984], [2020, 10905.693], [2021, 11447.913], [2022, 11350.538], [2023, 11902.503]];
    const a = run({ goal: { kind: 'peak', year: 2030 }, baseline: { year: 2020 }, points });
    expect(a.peak!.trend).toBe(false);
    expect(a.peak!.growthSlope).toBe(0);
    expect(a.peak!.growth).toBeCloseTo(2.89, 1);
    expect(a.peak!.projectedPeakYear).toBeNull();
    expect([a.ratio, a.status]).toEqual([0, 'off-track']);
    expect(a.explanation).toMatch(/^The last 5 yearly growth rates average \+2\.9% and show no clear trend \(a line through them changes by −0\.03 ± 0\.9 points a year, less than twice its standard error\), so growth is taken as steady: it would not reach zero by 2030\. Ratio = 0\.00\./);
    expect(run({ goal: { kind: 'peak', year: 2030 }, baseline: { year: 2020 }, points }, { lang: 'zh' }).explanation).toMatch(/^近5\u2060年的年增速平均为\+2\.9%，没有明显趋势/);
  });

  it('Chinese counts the growth rates in years: 近5年的年增速, not 最近5个年增速', () => {
    // 100, 110, 119, 126, 131, 134 (2018–2023): five rates falling by about 1.9 points a year, a clear trend.
    const points: [number, number][] = [[2018, 100], [2019, 110], [2020, 119], [2021, 126], [2022, 131], [2023, 134]];
    expect(run({ goal: { kind: 'peak', year: 2030 }, baseline: { year: 2018 }, points }, { lang: 'zh' }).explanation).toMatch(/^对近5\u2060年的年增速拟合直线，最新一年增速为/);
  });

  it('a single observation is insufficient-data', () => {
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: [[2021, 100]] });
    expect(a.status).toBe('insufficient-data');
    expect(a.peak).toBeNull();
    expect(a.explanation).toContain('only one');
  });
});

describe('annual rates in the explanation, with their units', () => {
  const withUnit = (unit: string, spec: Spec) => {
    const doc = policy(spec);
    (doc.indicators[0] as { unit: unknown }).unit = unit;
    return doc;
  };
  it('Chinese says a signed yearly change in words: 100 → 90 (2020–2024) is 年均下降2.6%, the goal of 70 by 2030 needs 年均下降3.5%', () => {
    // 0.9^(1/4) − 1 = −2.6% a year achieved; 0.7^(1/10) − 1 = −3.5% a year required (R = 0.74).
    const doc = withUnit('Mt', { better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 70, comparison: 'at-most', year: 2030 }, points: [[2024, 90]] });
    expect(assess(doc, 't', { method: 'rate', lang: 'zh' })!.explanation).toContain('自基准年以来年均下降2.6%；实现目标需要年均下降3.5%。');
    expect(assess(doc, 't', { method: 'extrapolation', lang: 'zh' })!.explanation).toContain('若保持年均下降2.6%，2030\u2060年将达到');
    // No change at all keeps the noun: 年均变化0%.
    const flat = withUnit('Mt', { better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 70, comparison: 'at-most', year: 2030 }, points: [[2024, 100]] });
    expect(assess(flat, 't', { method: 'extrapolation', lang: 'zh' })!.explanation).toContain('若保持年均变化0%，');
  });
  it('a compound rate of a value that is itself a percentage is said to be relative (it is not in points)', () => {
    // A 20% share (2020) → 24.2% (2024): (24.2 ÷ 20)^(1/4) − 1 = +4.9% a year, relative: about +1 point a year.
    const doc = withUnit('%', { better: 'higher', baseline: { year: 2020, value: 20 }, goal: { kind: 'absolute', value: 40, comparison: 'at-least', year: 2030 }, points: [[2024, 24.2]] });
    expect(assess(doc, 't', { method: 'extrapolation' })!.explanation).toContain('Continuing at +4.9% (relative) a year, the value would be 32.2% in 2030.');
    expect(assess(doc, 't', { method: 'extrapolation', lang: 'zh' })!.explanation).toContain('若保持年均增长4.9%（相对变化率），');
    // Of any other unit, the percentage is the plain relative rate.
    expect(assess(withUnit('Mt', { better: 'higher', baseline: { year: 2020, value: 20 }, goal: { kind: 'absolute', value: 40, comparison: 'at-least', year: 2030 }, points: [[2024, 24.2]] }), 't', { method: 'extrapolation' })!.explanation).toContain('Continuing at +4.9% a year');
  });
  it('a straight-line rate carries the unit (a bare "−2.5 a year" named none)', () => {
    // To zero by 2050: a compound rate cannot reach 0, so straight-line: (90 − 100) ÷ 4 = −2.5 a year.
    const doc = withUnit('Mt CO₂e', { baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 0, comparison: 'at-most', year: 2050 }, points: [[2024, 90]] });
    expect(assess(doc, 't', { method: 'extrapolation' })!.explanation).toMatch(/Continuing at −2\.5\sMt\sCO₂e a year \(a fixed amount:/);
    expect(assess(doc, 't', { method: 'rate' })!.explanation).toMatch(/changed by −2\.5\sMt\sCO₂e a year since the baseline/);
  });
});

describe('edges: distances below 1, baselines from observations, milestones, negative paths', () => {
  it('a distance smaller than 1 is still a distance: at most 0.3 by 2030 from 0.5 (2020), 0.4 in 2025 → path ratio 0.5 ÷ 0.5 = 1', () => {
    // Straight path: 0.5 − 0.2 · 5/10 = 0.4 due in 2025; progress (0.4 − 0.5)/(0.3 − 0.5) = 0.5; expected 0.5; ratio 1.
    const a = run({ goal: { kind: 'absolute', value: 0.3, comparison: 'at-most', year: 2030 }, baseline: { year: 2020, value: 0.5 }, points: [[2025, 0.4]], method: 'path' });
    expect(a.progress).toBeCloseTo(0.5, 10);
    expect(a.expected).toBeCloseTo(0.5, 10);
    expect(a.ratio).toBeCloseTo(1, 10);
    expect(a.status).toBe('on-track');
  });

  it('an observation in the baseline year stands in for a missing baseline value, and its provenance counts', () => {
    // Baseline 2020 without a value; observations 2020 = 100 (an estimate) and 2023 = 93.
    const doc = policy({ goal: { kind: 'absolute', value: 86.5, comparison: 'at-most', year: 2025 }, baseline: { year: 2020 }, points: [[2020, 100], [2023, 93]] });
    (doc.observations![0]!.provenance as { status: string }).status = 'estimate';
    const a = assess(doc, 't')!;
    expect(a.baseline).toEqual({ year: 2020, value: 100 });
    expect(a.baselineFromObservation).toBe(true);
    expect(a.estimated).toBe(true);
  });

  it('an observation from the target year on cannot stand in for a missing baseline: no starting point, said so', () => {
    // Baseline 2020 without a value; the first observation is 2025, the target year. It used to become the baseline, and
    // the explanation read "a straight-line rate, because a compound rate is undefined for zero or negative values" (path:
    // "−0% of the way was due"; extrapolation: "the value would be 85 Mt in 2026").
    const doc = policy({ goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2025 }, baseline: { year: 2020 }, points: [[2025, 90], [2026, 85]] });
    for (const method of ['path', 'rate', 'extrapolation'] as const) {
      const a = assess(doc, 't', { method })!;
      expect(a.status).toBe('insufficient-data');
      expect(a.baseline).toBeNull();
      expect(a.baselineFromObservation).toBe(false);
      expect(a.explanation).toBe('The target gives no baseline value, and the first observation (2025) is not before the target year (2025): progress has no starting point to be measured from.');
      // The latest value is still there to show (widgets said "No data yet" beside a chart that plotted it).
      expect(a.latest).toEqual({ year: 2026, value: 85 });
    }
    expect(assess(doc, 't', { lang: 'zh' })!.explanation).toBe('目标未给出基准值，而第一个观测值（2025\u2060年）不早于目标年（2025\u2060年）：无从衡量进展。');
    // One year earlier, it stands in as before.
    const earlier = policy({ goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2025 }, baseline: { year: 2020 }, points: [[2024, 90], [2026, 85]] });
    expect(assess(earlier, 't')!.baseline).toEqual({ year: 2024, value: 90 });
  });

  it('a count milestone reached exactly is met: latest 20 (2024) = milestone 20 → judged against the final 60 by 2030', () => {
    // achieved 20/4 = 5 a year; projected 2030 = 20 + 5 · 6 = 50; Q = 50/60 = 0.8333 → needs acceleration.
    const a = run({ goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher', milestones: [{ year: 2025, value: 20 }], points: [[2024, 20]] });
    expect(a.target).toEqual({ year: 2030, value: 60 });
    expect(a.ratio).toBeCloseTo(50 / 60, 10);
    expect(a.explanation).not.toContain('milestone');
  });

  it('a milestone that repeats the final count is not named as the next milestone', () => {
    const a = run({ goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher', milestones: [{ year: 2025, value: 20 }, { year: 2030, value: 60 }], points: [[2024, 22]] });
    expect(a.target).toEqual({ year: 2030, value: 60 });
    expect(a.explanation).not.toContain('milestone');
  });

  it('the gap to a negative path is measured against its size: −14 against −10 · 2^(4/10) = −13.195 is 6.1% below it', () => {
    // pathGap = (−14 − (−13.19508)) / |−13.19508| = −0.0610
    const a = run({ goal: { kind: 'absolute', value: -20, comparison: 'at-most', year: 2030 }, baseline: { year: 2020, value: -10 }, points: [[2024, -14]], method: 'rate' });
    expect(a.pathValue).toBeCloseTo(-13.19508, 5);
    expect(a.pathGap).toBeCloseTo(-0.0610, 4);
  });

  it('a straight-line rate below 1 a year still shows its sign (+0.5), a zero rate none', () => {
    // Count 0 → 60 by 2030 without milestones; compound undefined from 0: 2 in 2024 is (2 − 0)/4 = +0.5 a year.
    const spec = (v: number): Spec => ({ goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher', points: [[2024, v]] });
    expect(run(spec(2)).explanation).toMatch(/Continuing at \+0\.5\b/);
    expect(run(spec(0)).explanation).toMatch(/Continuing at 0\b/);
  });

  it('without a baseline value or observations, baseline and asOf are null (not undefined)', () => {
    const a = run({ goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2030 }, baseline: { year: 2020 }, points: [] });
    expect(a.baseline).toBeNull();
    expect(a.asOf).toBeNull();
  });

  it('a milestone that reaches the final count early is judged first: 60 by 2025 (final 60 by 2030), latest 30 (2024)', () => {
    const a = run({ goal: { kind: 'count', value: 60, year: 2030 }, baseline: { year: 2020, value: 0 }, better: 'higher', milestones: [{ year: 2025, value: 60 }], points: [[2024, 30]] });
    expect(a.target).toEqual({ year: 2025, value: 60 });
    expect(a.explanation).toContain('Judged against the next milestone: 60 by 2025.');
  });

  it('a cap met exactly is within its allowance: 95 in 2022 against an allowance of 95', () => {
    const a = run({ goal: { kind: 'cap', allowances: [{ year: 2022, value: 95 }, { year: 2025, value: 90 }] }, points: [[2022, 95]] });
    expect(a.explanation).toContain('the latest value is within it');
  });

  it('"about" with small values: about 0.5 (±0.025) by 2030 from 0.4, already 0.55 in 2025 → past the range, off track', () => {
    // Range 0.475–0.525 (5% of 0.5 = 0.025 < half the way, 0.05). 0.55 lies beyond it, away from the baseline: (0.55 − 0.5) · 0.1 > 0.
    // The path ratio alone would say on track: progress 1.5 ÷ expected 0.5 = 3.
    const a = run({ goal: { kind: 'absolute', value: 0.5, comparison: 'about', year: 2030 }, baseline: { year: 2020, value: 0.4 }, better: 'higher', points: [[2025, 0.55]], method: 'path' });
    expect(a.range![0]).toBeCloseTo(0.475, 10);
    expect(a.range![1]).toBeCloseTo(0.525, 10);
    expect(a.status).toBe('off-track');
  });

  it('a target year passed with no progress at all (100 → 100) is off track, not the wrong direction', () => {
    const a = run({ goal: REL, points: [[2026, 100]] });
    expect(a.missed).toBe(true);
    expect(a.progress).toBeCloseTo(0, 10); // (100 − 100) ÷ (86.5 − 100) = −0
    expect(a.status).toBe('off-track');
  });

  it('a compound rate is written in percent: 100 → 144 in two years is +20% a year', () => {
    const a = run({ goal: { kind: 'absolute', value: 300, comparison: 'at-least', year: 2030 }, better: 'higher', points: [[2022, 144]] });
    expect(a.explanation).toContain('Continuing at +20% a year');
  });
});

describe('peak rules at their limits: three rates, the 2 se threshold, zero and steady growth, plateaus', () => {
  it('shownPeakYear rounds to the nearest year: 2031.4 → 2031 (deadline 2030, within ten years)', () => {
    expect(shownPeakYear({ projectedPeakYear: 2031.4, deadline: 2030 } as PeakFacts)).toEqual([2031, false]);
    expect(shownPeakYear({ projectedPeakYear: 2031.6, deadline: 2030 } as PeakFacts)).toEqual([2032, false]);
    // Exactly ten years past the deadline is still named; beyond it, "after 2040".
    expect(shownPeakYear({ projectedPeakYear: 2040, deadline: 2030 } as PeakFacts)).toEqual([2040, false]);
    expect(shownPeakYear({ projectedPeakYear: 2040.1, deadline: 2030 } as PeakFacts)).toEqual([2040, true]);
  });

  it('exactly three growth rates (four consecutive years) are enough: 3, 2, 1 % → slope −1, zero in 2024, ratio 7', () => {
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: grow(2020, 100, [3, 2, 1]) });
    expect(a.peak!.trend).toBe(true);
    expect(a.peak!.growthSlope).toBeCloseTo(-1, 8);
    expect(a.peak!.projectedPeakYear).toBe(2024);
    expect(a.ratio).toBeCloseTo(7, 6);
    expect(a.status).toBe('on-track');
  });

  it('a slope 2.3 times its standard error is a trend: rates 4, 3, 3.5, 2, 2.5 %', () => {
    // x̄ = 2021, ȳ = 3; Sxy = −4, Sxx = 10 → slope −0.4; residuals 0.2, −0.4, 0.5, −0.6, 0.3 → 0.9;
    // se = √(0.9/3/10) = 0.173; 0.4 ≥ 2 · 0.173. Growth at 2023: 2.2 → zero 5.5 years on, 2028.5; ratio 7/5.5 = 1.27.
    const a = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [4, 3, 3.5, 2, 2.5]) });
    expect(a.peak!.trend).toBe(true);
    expect(a.peak!.growthSlope).toBeCloseTo(-0.4, 8);
    expect(a.peak!.projectedPeakYear).toBe(2028.5);
    expect(a.ratio).toBeCloseTo(7 / 5.5, 8);
  });

  it('flat growth (0, 0, 0 %) is peaking now: ratio 1, "not growing"', () => {
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 100], [2022, 100], [2023, 100]] });
    expect(a.peak!.growth).toBe(0);
    expect(a.peak!.projectedPeakYear).toBe(2023);
    expect(a.ratio).toBe(1);
    expect(a.explanation).toContain('the series is not growing');
  });

  it('steady small growth (mean +0.5%, no trend) is not peaking: ratio 0', () => {
    // Rates 0.4, 0.6, 0.5: slope 0.05 ± 0.087, no trend; growth held at +0.5% never reaches zero.
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: grow(2020, 100, [0.4, 0.6, 0.5]) });
    expect(a.peak!.trend).toBe(false);
    expect(a.peak!.projectedPeakYear).toBeNull();
    expect(a.ratio).toBe(0);
    expect(a.explanation).toContain('it would not reach zero by 2030');
  });

  it('a plateau peaks in its last year: 100 in 2015 and 2016 → peak 2016, two lower after', () => {
    const a = run({ goal: PEAK, baseline: { year: 2010 }, points: [[2013, 97], [2014, 99], [2015, 100], [2016, 100], [2017, 98], [2018, 97]] });
    expect(a.peak!.peak).toEqual({ year: 2016, value: 100 });
    expect(a.peak!.laterLower).toBe(2);
  });

  it('a peak in the deadline year itself counts ("at or before")', () => {
    const a = run({ goal: { kind: 'peak', year: 2015 }, baseline: { year: 2010 }, points: [[2013, 97], [2014, 99], [2015, 100], [2016, 98], [2017, 97]] });
    expect(a.status).toBe('achieved');
  });

  it('judged in the deadline year (latest 2023 = deadline): not yet missed, ratio max(0, 0)/6 = 0', () => {
    const a = run({ goal: { kind: 'peak', year: 2023 }, baseline: { year: 2017 }, points: grow(2017, 50, [100, 5, 4.5, 4, 3.5, 3]) });
    expect(a.missed).toBe(false);
    expect(a.ratio).toBe(0);
    expect(a.status).toBe('off-track');
  });

  it('two observations: the latest and the top are reported, and the explanation asks for growth rates', () => {
    const a = run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 101]] });
    expect(a.latest).toEqual({ year: 2021, value: 101 });
    expect(a.peak!.peak).toEqual({ year: 2021, value: 101 });
    expect(a.explanation).toContain('there is one.');
  });

  it('a peak target\'s baseline is its value when given, else null; no fit leaves growthSlope null', () => {
    expect(run({ goal: PEAK, baseline: { year: 2020 }, points: [[2020, 100], [2021, 101], [2022, 100.5]] }).baseline).toBeNull();
    const a = run({ goal: PEAK, baseline: { year: 2020, value: 100 }, points: [[2020, 100], [2021, 101], [2022, 100.5]] });
    expect(a.baseline).toEqual({ year: 2020, value: 100 });
    expect(a.peak!.growthSlope).toBeNull();
  });

  it('the projected peak year is rounded to a tenth: rates 5.2 … 2.8 (slope −0.6) → 2023 + 2.8/0.6 = 2027.67 → 2027.7', () => {
    const a = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [5.2, 4.6, 4, 3.4, 2.8]) });
    expect(a.peak!.projectedPeakYear).toBe(2027.7);
  });

  it('the fitted slope is said to two decimals: rates 5 … 3.176 (slope −0.456) → "−0.46 points a year"', () => {
    const a = run({ goal: PEAK, baseline: { year: 2018 }, points: grow(2018, 100, [5, 4.544, 4.088, 3.632, 3.176]) });
    expect(a.explanation).toContain('changing by −0.46 points a year');
  });
});

describe('edges: beforeBaseline', () => {
  it('asOf in the baseline year is not before it', () => {
    const t = policy({ goal: REL }).targets[0]!;
    expect(beforeBaseline(t, 2020)).toBe(false);
    expect(beforeBaseline(t, 2019)).toBe(true);
  });
});

describe('a denormal baseline (found by the fuzz suite, test/unit/fuzz.test.ts)', () => {
  // 5e-324 (2020) → 50 (2022), target at least 100 by 2030, method rate. Both ratios, 50/5e-324 and 100/5e-324,
  // overflow to Infinity: the "compound" path was Infinity every year between its ends, so the path's value in 2022
  // was Infinity − Infinity = NaN, and `expected` and R NaN with it: "Wrong direction", with "—" for every figure. A
  // rate that overflows is no compound rate: the straight-line fallback, as for a zero or a change of sign.
  const tiny: Spec = { goal: { kind: 'absolute', value: 100, comparison: 'at-least', year: 2030 }, baseline: { year: 2020, value: 5e-324 }, better: 'higher', points: [[2022, 50]] };

  it('is valid data (the format bounds sizes, not smallness)', () => {
    expect(validate(policy(tiny)).problems).toEqual([]);
  });

  it('gets straight-line rates and a straight path, with finite figures', () => {
    const a = run(tiny, { method: 'rate' });
    // +25 a year achieved against +10 required: R = 2.5.
    expect(a.status).toBe('on-track');
    expect(a.ratio).toBeCloseTo(2.5, 10);
    expect(a.rateKind).toBe('linear');
    expect(a.pathShape).toBe('straight');
    expect(a.pathValue).toBeCloseTo(20, 10);
    expect(a.expected).toBeCloseTo(0.2, 10);
    expect(a.achievedAnnualRate).toBe(25);
    expect(a.requiredAnnualRate).toBeCloseTo(10, 10);
    for (const p of a.path) expect(Number.isFinite(p.value)).toBe(true);
  });
});

describe('options from a caller in plain JavaScript (no types to hold them)', () => {
  const china = validate(JSON.parse(readFileSync('data/cn-industry-carbon-peaking-2022.json', 'utf8'))).data!;
  const id = 'industrial-energy-intensity-2025';
  it('any language tag is read as the widgets read it: "zh-CN" and "ZH" are Chinese, "en-US" and "fr" English (zh-CN threw)', () => {
    const zh = assess(china, id, { lang: 'zh' })!.explanation;
    const en = assess(china, id, { lang: 'en' })!.explanation;
    for (const tag of ['zh-CN', 'ZH', 'zh_Hans']) expect(assess(china, id, { lang: tag as never })!.explanation).toBe(zh);
    for (const tag of ['en-US', 'EN', 'fr', '']) expect(assess(china, id, { lang: tag as never })!.explanation).toBe(en);
  });
  it('an unknown method is not echoed back as used: the target\'s own, else extrapolation ("Path" was returned as the method)', () => {
    for (const method of ['Path', 'bogus', 42]) {
      const a = assess(china, id, { method: method as never })!;
      expect(a.method).toBe('extrapolation');
      expect(a).toEqual(assess(china, id));
    }
    expect(assess(china, id, { method: 'rate' })!.method).toBe('rate');
  });
});

describe('findTarget', () => {
  const doc = JSON.parse(readFileSync(new URL('../../data/cn-industry-carbon-peaking-2022.json', import.meta.url), 'utf8')) as PolicyDocument;
  it('finds each target by id, and none for an id the data lacks', () => {
    for (const t of doc.targets) expect(findTarget(doc, t.id)).toBe(t);
    expect(findTarget(doc, 'nope')).toBeUndefined();
  });

  it('finds targets in a list changed in place after it was indexed: reordered, added to, shortened', () => {
    const copy = { ...doc, targets: [...doc.targets] };
    const [a, b] = [copy.targets[0]!, copy.targets[1]!];
    expect(findTarget(copy, a.id)).toBe(a);
    copy.targets.reverse();
    expect(findTarget(copy, a.id)).toBe(a);
    expect(findTarget(copy, b.id)).toBe(b);
    const added = { ...a, id: 'added-later' };
    copy.targets.push(added);
    expect(findTarget(copy, 'added-later')).toBe(added);
    copy.targets.length = 1;
    expect(findTarget(copy, b.id)).toBeUndefined();
  });

  it('looks a target up without searching the list: after one pass to index them, a lookup reads one target', () => {
    // A search per lookup made the sector panel O(n²): 50 million id comparisons for a pasted 10,000-target document.
    let reads = 0;
    const list = Array.from({ length: 1000 }, (_, i) => ({ ...doc.targets[0]!, id: `t-${i}` }));
    const targets = new Proxy(list, { get: (t, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k, r)) });
    const many = { ...doc, targets };
    expect(findTarget(many, 't-0')!.id).toBe('t-0');
    reads = 0;
    for (let i = 0; i < 1000; i++) expect(findTarget(many, `t-${i}`)!.id).toBe(`t-${i}`);
    expect(reads).toBeLessThanOrEqual(2000);
  });
});
