/**
 * A count's milestone in the target year itself is no interim step: it falls due with the final count, which asks more
 * (the validator holds milestones to the final count or less). It is not on the required path either (requiredPath
 * runs through the milestones before the target year), so it is not what the target is judged against. Found by the
 * metamorphic properties (metamorphic.test.ts: a count's shares agree with its assessment).
 *
 * "200 standards by 2030" from 0 (2020), with a milestone of 100 by 2030; 60 standards in 2024. Rates are straight-line
 * (compound is undefined from 0): +15 a year achieved.
 * - Against 200: +20 a year needed, R = 15 ÷ 20 = 0.75; projected 60 + 15 · 6 = 150 in 2030, Q = 150 ÷ 200 = 0.75;
 *   needs acceleration by every method (path: 30% covered ÷ 40% due = 0.75), as without the milestone.
 * - It was judged against the milestone's 100: +10 a year needed, R = Q = 1.5, "On track" by rate and extrapolation,
 *   "target 100 standards by 2030. Judged against the next milestone: 100 standards by 2030", beside the gauge's "30%
 *   of the way" and "40% due by 2024".
 */
import { describe, expect, it } from 'vitest';
import { valid } from '../../test/helpers/valid.js';
import { METHODS, assess } from './assess.js';

const standards = (milestones: { year: number; value: number }[]) =>
  valid({
    formatVersion: 1,
    policy: { id: 'p', title: 'Standards plan', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Bulletin', url: 'https://example.org/b' }],
    indicators: [{ id: 'std', label: 'Standards', unit: 'standards', better: 'higher' }],
    targets: [{ id: 't', indicator: 'std', baseline: { year: 2020, value: 0 }, goal: { kind: 'count', value: 200, year: 2030 }, milestones, source: 'src' }],
    observations: [{ indicator: 'std', year: 2024, value: 60, provenance: { status: 'official', source: 'src' } }],
  });

describe("a count's milestone in its target year is not judged before the final count", () => {
  it('100 by 2030 beside 200 by 2030, 60 in 2024: needs acceleration (0.75) by every method, judged against 200', () => {
    for (const method of METHODS) {
      const a = assess(standards([{ year: 2030, value: 100 }]), 't', { method })!;
      const none = assess(standards([]), 't', { method })!;
      expect(a.target).toEqual({ year: 2030, value: 200 });
      expect(a.ratio).toBeCloseTo(0.75, 12);
      expect(a.status).toBe('needs-acceleration');
      expect(a.explanation).toBe(none.explanation);
      // (Figures and units are held together by no-break spaces.)
      expect(a.explanation.replace(/\u00a0/g, ' ')).toContain('target 200 standards by 2030.');
      expect(a.explanation).not.toContain('milestone');
    }
  });

  it('a milestone before the target year is still judged first: 100 by 2029, R = 15 ÷ (100 ÷ 9) = 1.35, on track', () => {
    const a = assess(standards([{ year: 2029, value: 100 }]), 't', { method: 'rate' })!;
    expect(a.target).toEqual({ year: 2029, value: 100 });
    expect(a.ratio).toBeCloseTo(1.35, 12);
    expect(a.status).toBe('on-track');
  });
});
