/** From a mutation-testing pass over path.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import type { Target } from '../format/types.js';
import { compoundSegment, requiredPath } from './path.js';

describe('compoundSegment: the last point is the goal value itself', () => {
  it('0.1 (2020) → 1.7 (2024) ends on 1.7 exactly, not on 0.1 · (1.7 ÷ 0.1)^(4/4)', () => {
    // 0.1 · 17^1 is 1.7000000000000002 in floating point: a path that missed its own end point by that much would
    // make a value exactly on target read as off the path. Kills dropping `i === years ? b.value`.
    expect(0.1 * Math.pow(1.7 / 0.1, 4 / 4)).not.toBe(1.7);
    const seg = compoundSegment({ year: 2020, value: 0.1 }, { year: 2024, value: 1.7 });
    expect(seg.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(seg[4]!.value).toBe(1.7);
    // In between: 0.1 · 17^(2/4) = 0.41231.
    expect(seg[2]!.value).toBeCloseTo(0.41231, 5);
  });
});

describe('requiredPath: only count targets pass through their milestones', () => {
  it('a relative target\'s milestone is a tick on the gauge, not a node of the path: 100 → 80 stays one straight line', () => {
    // −20% by 2030 from 100 (2020) with a milestone of 85 in 2025; method path: 100 − 20 · 5/10 = 90 due in 2025,
    // not the milestone's 85. Kills `g.kind !== 'peak'` for `g.kind === 'count'`, which bent the line through 85.
    const rel: Target = {
      id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 },
      milestones: [{ year: 2025, value: 85 }],
    };
    const p = requiredPath(rel, { year: 2020, value: 100 }, { year: 2030, value: 80 }, 'path', null);
    expect(p).toEqual({ shape: 'straight', points: [{ year: 2020, value: 100 }, { year: 2030, value: 80 }] });
  });
});

describe('requiredPath: a count milestone only bends the path when it lies on the way from the baseline', () => {
  it('a milestone equal to the baseline value (100 by 2025 from 100 in 2020, 200 by 2030) is no node: one straight line', () => {
    // (100 − 100) · (200 − 100) = 0, not > 0: left out. The straight path gives 100 + 100 · 4/10 = 140 due in 2024; through
    // the milestone it would stay flat at 100 until 2025 (nothing due by 2024), then rise 20 a year to 200.
    const count: Target = {
      id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal: { kind: 'count', value: 200, year: 2030 },
      milestones: [{ year: 2025, value: 100 }],
    } as Target;
    const p = requiredPath(count, { year: 2020, value: 100 }, { year: 2030, value: 200 }, 'path', null);
    expect(p.points).toEqual([{ year: 2020, value: 100 }, { year: 2030, value: 200 }]);
  });
});
