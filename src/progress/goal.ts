import type { CapGoal, Comparison, Goal, Target, YearValue } from '../format/types.js';

/**
 * A goal reduced to what the methods need: a target value, its year and how "met" is judged.
 * (The required path towards it is `requiredPath()` in path.ts.)
 */
export interface ResolvedGoal {
  readonly year: number;
  readonly value: number;
  readonly comparison: Comparison;
  /** Half-width of the accepted band, for `about`. */
  readonly tolerance: number;
}

/** Default band for "about" targets: ±5% of the target value (but see `aboutTolerance`). */
const ABOUT_TOLERANCE = 5;

/** `percent` (by default the 5% an "about" target without a tolerance starts from) of `value`, as a half-width. */
export const aboutShare = (value: number, percent = ABOUT_TOLERANCE) => (Math.abs(value) * percent) / 100;

/**
 * The half-width of an "about" target's band: the data's `tolerance` (a percentage of the value) if it gives one; else
 * ±5% of the value, but at most half the way from the baseline, so the band never holds the baseline. "About 1.8 bn t"
 * from 1.854 bn t asks for a cut of 54 Mt: ±5% (1.71–1.89 bn t) would be met on day one, whatever happened after.
 * A baseline already at the value keeps ±5%.
 */
export function aboutTolerance(value: number, baseline: number, percent: number | undefined): number {
  const share = aboutShare(value, percent);
  const half = Math.abs(value - baseline) / 2;
  return percent !== undefined || !half ? share : Math.min(share, half);
}

/**
 * Resolves a non-peak goal against a baseline value. `direction` is the indicator's `better`.
 * For count targets, pass the milestone to judge against as `override`.
 */
export function resolveGoal(target: Target, baseline: YearValue, better: 'lower' | 'higher', override?: YearValue): ResolvedGoal | null {
  const g = target.goal;
  if (g.kind === 'peak') return null;
  if (g.kind === 'cap') {
    const last = lastAllowance(g);
    return { year: last.year, value: last.value, comparison: 'at-most', tolerance: 0 };
  }
  const end = override ?? { year: g.year, value: g.kind === 'relative' ? baseline.value * (1 + g.change / 100) : g.value };
  const comparison = g.kind === 'absolute' ? g.comparison : g.kind === 'count' || better === 'higher' ? 'at-least' : 'at-most';
  const tolerance = g.kind === 'absolute' && g.comparison === 'about' ? aboutTolerance(g.value, baseline.value, g.tolerance) : 0;
  return { year: end.year, value: end.value, comparison, tolerance };
}

/** A cap's last allowance (the validator requires at least one): it ends the cap. */
export const lastAllowance = (g: CapGoal): YearValue => g.allowances[g.allowances.length - 1]!;

/** The year a goal ends: its own year, or a cap's last allowance year. */
export const goalYear = (g: Goal): number => (g.kind === 'cap' ? lastAllowance(g).year : g.year);

/** Whether `value` meets the goal. */
export function meets(goal: Pick<ResolvedGoal, 'value' | 'comparison' | 'tolerance'>, value: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(goal.value));
  return goal.comparison === 'at-least'
    ? value >= goal.value - eps
    : goal.comparison === 'at-most'
      ? value <= goal.value + eps
      : Math.abs(value - goal.value) <= goal.tolerance + eps;
}
