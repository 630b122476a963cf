import { describe, expect, it } from 'vitest';
import { aboutTolerance, goalYear, lastAllowance, meets, resolveGoal } from './goal.js';
import type { Goal, Target } from '../format/types.js';

describe('aboutTolerance: the band of an "about" target', () => {
  it('is the data\'s tolerance when given, as a percentage of the value', () => {
    // ±2% of 1,800 = 36, even though the baseline (1,854) lies 54 away.
    expect(aboutTolerance(1800, 1854, 2)).toBeCloseTo(36, 9);
    // A tolerance the data gives wider than the distance is the author's choice: kept (±10% = 180).
    expect(aboutTolerance(1800, 1854, 10)).toBeCloseTo(180, 9);
  });
  it('else ±5%, but at most half the way from the baseline, so the band never holds the baseline', () => {
    // China clinker: "about 1.8 bn t" from 1,854 Mt. 5% would be ±90 (1,710–1,890, the baseline inside); half of 54 is 27.
    expect(aboutTolerance(1800, 1854, undefined)).toBe(27);
    // Demo clinker: about 100 from 130: half of 30 is 15, 5% is 5: ±5.
    expect(aboutTolerance(100, 130, undefined)).toBe(5);
  });
  it('keeps ±5% when the baseline is the value itself (nothing to halve)', () => {
    expect(aboutTolerance(100, 100, undefined)).toBe(5);
  });
});

describe('edges: goal', () => {
  it('an "about" band is a positive width for a negative value: about −20 from −10 → ±min(5% of 20, 10/2) = ±1', () => {
    expect(aboutTolerance(-20, -10, undefined)).toBe(1);
  });

  it('relative targets are at-least when higher is better, count targets always at-least', () => {
    const t = (goal: Goal): Target => ({ id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal });
    // +20% of 100 = 120, to reach or exceed.
    expect(resolveGoal(t({ kind: 'relative', change: 20, year: 2030 }), { year: 2020, value: 100 }, 'higher')).toEqual({ year: 2030, value: 120, comparison: 'at-least', tolerance: 0 });
    expect(resolveGoal(t({ kind: 'count', value: 60, year: 2030 }), { year: 2020, value: 0 }, 'lower')!.comparison).toBe('at-least');
  });

  it('meets: a value exactly at the goal meets it; the tolerance is a billionth of the value (at least 1e-9)', () => {
    expect(meets({ value: 60, comparison: 'at-least', tolerance: 0 }, 60)).toBe(true);
    // 3,000,000 ± 3e-3: 1e-3 over still meets an at-most goal, also when the goal is negative.
    expect(meets({ value: 3e6, comparison: 'at-most', tolerance: 0 }, 3e6 + 1e-3)).toBe(true);
    expect(meets({ value: -3e6, comparison: 'at-most', tolerance: 0 }, -3e6 + 1e-3)).toBe(true);
    // Below 1 the floor is 1e-9, not 2e-9: 0.3 + 1.5e-9 is over.
    expect(meets({ value: 0.3, comparison: 'at-most', tolerance: 0 }, 0.3 + 1.5e-9)).toBe(false);
  });
});

describe('goalYear: where a goal ends', () => {
  it('is the goal\'s own year, or a cap\'s last allowance (a cap of 120 in 2026 and 100 in 2030 ends in 2030)', () => {
    const cap: Goal = { kind: 'cap', allowances: [{ year: 2026, value: 120 }, { year: 2030, value: 100 }] };
    expect(goalYear(cap)).toBe(2030);
    expect(lastAllowance(cap as Extract<Goal, { kind: 'cap' }>)).toEqual({ year: 2030, value: 100 });
    expect(goalYear({ kind: 'relative', change: -13.5, year: 2025 })).toBe(2025);
    expect(goalYear({ kind: 'peak', year: 2030 })).toBe(2030);
  });
});
