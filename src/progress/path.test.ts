import { describe, expect, it } from 'vitest';
import type { Goal, Method, Target, YearValue } from '../format/types.js';
import { compoundSegment, pathValueAt, requiredPath } from './path.js';

const target = (goal: Goal, milestones?: YearValue[]): Target => ({ id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal, ...(milestones ? { milestones } : {}) });
const REL = target({ kind: 'relative', change: -13.5, year: 2025 });
const B = { year: 2020, value: 100 };
const END = { year: 2025, value: 86.5 };
const at = (method: Method, year: number, rateKind: 'compound' | 'linear' | null = 'compound') => pathValueAt(requiredPath(REL, B, END, method, rateKind).points, year)!;

describe('the required path: −13.5% by 2025 from 100 in 2020', () => {
  it('method path: a straight line, −5.4% (40% of the way) by 2022', () => {
    // 100 − 13.5 · 2/5 = 94.6
    const p = requiredPath(REL, B, END, 'path', 'compound');
    expect(p).toEqual({ shape: 'straight', points: [B, END] });
    expect(at('path', 2022)).toBeCloseTo(94.6, 10);
    expect((100 - at('path', 2022)) / 13.5).toBeCloseTo(0.4, 10);
  });

  it('methods rate and extrapolation: a constant rate, 1 − 0.865^(2/5) = −5.636% (41.75% of the way) by 2022', () => {
    // 0.865^(2/5) = 0.9436402; (1 − 0.9436402)/0.135 = 0.4174799
    for (const method of ['rate', 'extrapolation'] as const) {
      const p = requiredPath(REL, B, END, method, 'compound');
      expect(p.shape).toBe('compound');
      expect(p.points.map((q) => q.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
      expect(at(method, 2022)).toBeCloseTo(94.36402, 5);
      expect((100 - at(method, 2022)) / 13.5).toBeCloseTo(0.41748, 5);
      // No data yet (no rate kind): still the constant rate.
      expect(at(method, 2022, null)).toBeCloseTo(94.36402, 5);
    }
  });

  it('is held at its ends', () => {
    expect(at('rate', 2019)).toBe(100);
    expect(at('rate', 2030)).toBe(86.5);
  });

  it('is straight when the assessment compares straight-line rates, or a compound rate is undefined', () => {
    expect(requiredPath(REL, B, END, 'rate', 'linear').shape).toBe('straight');
    expect(at('rate', 2022, 'linear')).toBeCloseTo(94.6, 10);
    const zero = requiredPath(target({ kind: 'absolute', value: 10, comparison: 'at-least', year: 2025 }), { year: 2020, value: 0 }, { year: 2025, value: 10 }, 'extrapolation', null);
    expect(zero).toEqual({ shape: 'straight', points: [{ year: 2020, value: 0 }, { year: 2025, value: 10 }] });
  });

  it('compound segments have a point every year: 100 → 86.5 falls by a factor 0.865^(1/5) = 0.971411 a year', () => {
    const seg = compoundSegment(B, END);
    expect(seg.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(seg[1]!.value).toBeCloseTo(97.1411, 4);
    expect(seg[5]!.value).toBe(86.5);
  });
});

describe('count targets pass through their interim milestones', () => {
  // Heat pumps: 40 (2019) → 200 by 2027 → 500 by 2032.
  const count = target({ kind: 'count', value: 500, year: 2032 }, [{ year: 2027, value: 200 }]);
  const b = { year: 2019, value: 40 };
  const end = { year: 2032, value: 500 };

  it('at a constant rate per segment: 40·5^(5/8) = 109.375 in 2024', () => {
    // 200/40 = 5 over 8 years; 2024 is 5 years in: 40 · 5^(5/8) = 109.375
    const p = requiredPath(count, b, end, 'extrapolation', 'compound');
    expect(p.shape).toBe('compound');
    expect(p.points).toHaveLength(14); // 2019…2032, the shared 2027 once
    expect(pathValueAt(p.points, 2027)).toBe(200);
    expect(pathValueAt(p.points, 2024)).toBeCloseTo(109.375, 3);
    // 2030 on the second segment: 200 · 2.5^(3/5) = 346.572
    expect(pathValueAt(p.points, 2030)).toBeCloseTo(346.572, 3);
  });

  it('in straight lines for method path: 40 + 160·5/8 = 140 in 2024', () => {
    const p = requiredPath(count, b, end, 'path', 'compound');
    expect(p).toEqual({ shape: 'straight', points: [b, { year: 2027, value: 200 }, end] });
    expect(pathValueAt(p.points, 2024)).toBe(140);
  });
});

describe('caps follow their allowances', () => {
  it('from the baseline, straight between allowances, whatever the method', () => {
    const allowances = [{ year: 2019, value: 1100 }, { year: 2022, value: 900 }, { year: 2025, value: 800 }];
    const cap = target({ kind: 'cap', allowances });
    for (const method of ['path', 'rate', 'extrapolation'] as const) {
      const p = requiredPath(cap, { year: 2020, value: 1000 }, { year: 2025, value: 800 }, method, 'compound');
      expect(p).toEqual({ shape: 'cap', points: [{ year: 2020, value: 1000 }, allowances[1], allowances[2]] });
      // 2023: a third of the way from 900 to 800
      expect(pathValueAt(p.points, 2023)).toBeCloseTo(866.667, 3);
    }
  });
});

describe('edges: requiredPath', () => {
  const count = (milestones?: YearValue[]): Target => ({ id: 't', indicator: 'i', baseline: { year: 2020 }, goal: { kind: 'count', value: 60, year: 2030 }, ...(milestones ? { milestones } : {}) });

  it('a count target without milestones is a straight line to the goal', () => {
    expect(requiredPath(count(), { year: 2020, value: 0 }, { year: 2030, value: 60 }, 'path', null).points).toEqual([{ year: 2020, value: 0 }, { year: 2030, value: 60 }]);
  });

  it('milestones at or before a baseline taken from a later observation are left out: the path starts at the baseline', () => {
    // Baseline 30 in 2025 (an observation; the target gave none), milestone 20 in 2025.
    const p = requiredPath(count([{ year: 2025, value: 20 }]), { year: 2025, value: 30 }, { year: 2030, value: 60 }, 'path', null);
    expect(p.points).toEqual([{ year: 2025, value: 30 }, { year: 2030, value: 60 }]);
  });

  it('a milestone in the goal year does not replace the goal, nor add a point', () => {
    expect(requiredPath(count([{ year: 2030, value: 50 }]), { year: 2020, value: 0 }, { year: 2030, value: 60 }, 'path', null).points).toEqual([{ year: 2020, value: 0 }, { year: 2030, value: 60 }]);
  });

  it('a two-year constant-rate path (100 → 90 → 81) is compound', () => {
    const rel: Target = { id: 't', indicator: 'i', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -19, year: 2022 } };
    const p = requiredPath(rel, { year: 2020, value: 100 }, { year: 2022, value: 81 }, 'rate', 'compound');
    expect(p.shape).toBe('compound');
    expect(p.points.map((q) => q.year)).toEqual([2020, 2021, 2022]);
    expect(p.points[1]!.value).toBeCloseTo(90, 10);
  });

  it('a goal in the baseline year itself (a baseline taken from a later observation) leaves the baseline alone', () => {
    const abs: Target = { id: 't', indicator: 'i', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 80, comparison: 'at-most', year: 2025 } };
    expect(requiredPath(abs, { year: 2025, value: 100 }, { year: 2025, value: 80 }, 'path', null).points).toEqual([{ year: 2025, value: 100 }]);
  });

  it('a cap drops allowances in the baseline year (the baseline is the first point)', () => {
    const cap: Target = { id: 't', indicator: 'i', baseline: { year: 2021, value: 100 }, goal: { kind: 'cap', allowances: [{ year: 2021, value: 95 }, { year: 2025, value: 80 }] } };
    expect(requiredPath(cap, { year: 2021, value: 100 }, { year: 2025, value: 80 }, 'path', null).points).toEqual([{ year: 2021, value: 100 }, { year: 2025, value: 80 }]);
  });
});

describe('a count\'s milestones that its baseline already meets', () => {
  it('are not on the path: 100 by 2027 from 120 (2020), 200 by 2030, is a straight line to 200 (it dipped below 120)', () => {
    const count = target({ kind: 'count', value: 200, year: 2030 }, [{ year: 2027, value: 100 }]);
    const b = { year: 2020, value: 120 };
    const p = requiredPath(count, b, { year: 2030, value: 200 }, 'path', 'linear');
    expect(p.points).toEqual([b, { year: 2030, value: 200 }]);
    // 120 + 3 × 80 ÷ 10 = 144 in 2023 (through the milestone it was 120 − 3 × 20 ÷ 7 = 111.4, "−11% due").
    expect(pathValueAt(p.points, 2023)).toBeCloseTo(144, 10);
    // A milestone on the way stays: 150 by 2025.
    const on = target({ kind: 'count', value: 200, year: 2030 }, [{ year: 2025, value: 150 }]);
    expect(requiredPath(on, b, { year: 2030, value: 200 }, 'path', 'linear').points.map((q) => q.value)).toEqual([120, 150, 200]);
  });
});
