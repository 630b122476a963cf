/**
 * Tests that kill mutants of this session's limits, caps, milestones and "kept" (each survived the suite before):
 * every case with its worked numbers. At most 30 Mt and caps in Mt, from 40 (2018) unless said otherwise.
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { valid } from '../../test/helpers/valid.js';
import type { Goal } from '../format/types.js';
import { assess, type AssessOptions } from './assess.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const run = (points: [number, number][], goal: Goal, options: AssessOptions = {}) => assess(lateDoc(points, goal), 't', options)!;

describe('a milestone in the year of the latest value, unmet', () => {
  // 100 by 2024, 200 by 2030 from 0 (2020): 80 in 2024 is short of the 2024 milestone, which is passed (not the
  // target: the next one ahead is the final count). Path through 100 in 2024: 50% due, 40% covered, ratio 0.8.
  const json = structuredClone(lateDoc([[2022, 40], [2024, 80]], { kind: 'count', value: 200, year: 2030 }, { baseline: { year: 2020, value: 0 }, milestones: [{ year: 2024, value: 100 }] })) as any;
  json.indicators[0].better = 'higher';
  it('is passed, named, and the 2030 count judges: needs acceleration (ratio 0.4 ÷ 0.5 = 0.8), not missed', () => {
    const a = assess(valid(json), 't', { method: 'path' })!;
    expect([a.status, a.missed]).toEqual(['needs-acceleration', false]);
    expect(a.target).toEqual({ year: 2030, value: 200 });
    expect(a.ratio).toBeCloseTo(0.8, 12);
    expect(strip(a.explanation)).toContain('Short of the 2024 milestone (100 Mt).');
  });
});

describe('a range is never a limit', () => {
  it('about 50 ± 25% (37.5–62.5) by 2025 holds the baseline, 40: judged as a range, not as room used', () => {
    const a = run([[2020, 44], [2022, 48]], { kind: 'absolute', comparison: 'about', value: 50, year: 2025, tolerance: 25 });
    expect(a.range).toEqual([37.5, 62.5]);
    expect(a.limit).toBe(false);
    expect(a.explanation).toContain('The target is a range');
  });
});

describe('caps dipping below their last allowance', () => {
  // 30 (2020), 35 (2025), from 40: 2022's allowance is 30 + 2 × (35 − 30) ÷ 5 = 32; 33 is above it, though within 35.
  const dip: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 30 }, { year: 2025, value: 35 }] };
  it('33 Mt in 2022, above its allowance of 32: not met (it is within the last, 35), off track', () => {
    const a = run([[2020, 31], [2022, 33]], dip);
    expect([a.limit, a.met, a.status]).toEqual([false, false, 'off-track']);
    expect(strip(a.explanation)).toContain('The allowance for 2022 is 32 Mt; the latest value is above it.');
  });
});

describe('above its allowance', () => {
  it('a limit says so once, as a limit: no "whatever the ratio" (it has none): 48 Mt in 2022 against caps rising 45 → 50', () => {
    const a = run([[2020, 44], [2022, 48]], { kind: 'cap', allowances: [{ year: 2020, value: 45 }, { year: 2025, value: 50 }] });
    expect(a.status).toBe('off-track');
    expect(a.explanation).not.toContain('whatever the ratio');
  });
  it('in the last allowance\'s year it is missed: 31 Mt in 2025 against 30 (caps 38 → 30), "has passed without the target being met"', () => {
    const a = run([[2022, 34], [2025, 31]], { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] });
    expect([a.status, a.missed]).toEqual(['off-track', true]);
    expect(a.explanation).toContain('The target year 2025 has passed without the target being met.');
    expect(a.explanation).not.toContain('whatever the ratio');
  });
});

describe('kept: met in its target year, not by the latest value', () => {
  it('29 (2022), 33 (2023) against at most 30 by 2022: achieved, and no ratio sentence after it (Q = 0.7 read as a verdict)', () => {
    const a = run([[2020, 36], [2022, 29], [2023, 33]], { kind: 'absolute', comparison: 'at-most', value: 30, year: 2022 });
    expect(a.status).toBe('achieved');
    expect(strip(a.explanation)).toMatch(/The target was met in 2022 \(29 Mt\); the latest value no longer meets it\.$/);
    expect(a.explanation).not.toMatch(/Q =|Ratio/);
  });
});
