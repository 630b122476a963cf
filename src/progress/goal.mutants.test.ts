/** From a mutation-testing pass over goal.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import type { Target } from '../format/types.js';
import { meets, resolveGoal } from './goal.js';

describe('resolveGoal', () => {
  it('is null for a peak target: there is no value to reach (peaks are judged in peak.ts)', () => {
    // Kills dropping `if (g.kind === 'peak') return null`, which resolved it to { year: 2030, value: undefined, … }.
    const peak: Target = { id: 't', indicator: 'i', baseline: { year: 2020 }, goal: { kind: 'peak', year: 2030 } };
    expect(resolveGoal(peak, { year: 2020, value: 100 }, 'lower')).toBeNull();
  });
});

describe('meets: the rounding allowance eps = 1e-9 · max(1, |goal|)', () => {
  it('a value exactly eps short of an at-least goal, or exactly eps over an at-most one, still meets it', () => {
    // Goal 60: eps = 6e-8. The edges are inclusive: kills `>` for `>=` and `<` for `<=`.
    expect(meets({ value: 60, comparison: 'at-least', tolerance: 0 }, 60 - 1e-9 * 60)).toBe(true);
    expect(meets({ value: 60, comparison: 'at-most', tolerance: 0 }, 60 + 1e-9 * 60)).toBe(true);
  });

  it('a goal of zero keeps an allowance of 1e-9, not 1e-9 · 0 = 0', () => {
    // "At most 0" met by a rounding residue of 5e-10. Kills eps = 1e-9 · |goal| (without the max(1, …) floor).
    expect(meets({ value: 0, comparison: 'at-most', tolerance: 0 }, 5e-10)).toBe(true);
  });

  it('"about": the range\'s ends are in it, exactly and after floating-point rounding', () => {
    // About 0 ± 1: |1.000000001 − 0| = 1 + eps exactly, in range. Kills `<` for `<=`.
    expect(meets({ value: 0, comparison: 'about', tolerance: 1 }, 1 + 1e-9)).toBe(true);
    // About 0.3 ± 0.1: 0.4 − 0.3 is 0.10000000000000003 in floating point, yet 0.4 is the range's end. Kills dropping eps.
    expect(meets({ value: 0.3, comparison: 'about', tolerance: 0.1 }, 0.4)).toBe(true);
  });
});
