/**
 * The audit's worked example of a target met late: at most 30 Mt by 2022, from 40 Mt (2018); observed 36 (2020), 33
 * (2022, above the target: missed) and 29 (2023, within it). `points` replaces the observations; `goal` the goal (lower is
 * better, but for a count, which only rises).
 */
import type { Goal, PolicyDocument } from '../../src/format/types.js';
import { valid } from './valid.js';

export const LATE_POINTS: readonly (readonly [number, number])[] = [[2020, 36], [2022, 33], [2023, 29]];

export function lateDoc(points = LATE_POINTS, goal: Goal = { kind: 'absolute', comparison: 'at-most', value: 30, year: 2022 }, extra: object = {}): PolicyDocument {
  return valid({
    formatVersion: 1,
    policy: { id: 'late', title: 'Late policy', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Statistical bulletin', url: 'https://example.org/bulletin' }],
    sectors: [{ id: 'power', label: { en: 'Power', zh: '电力' } }],
    indicators: [{ id: 'co2', label: { en: 'Power CO₂', zh: '电力二氧化碳' }, unit: { en: 'Mt', zh: '百万吨' }, better: goal.kind === 'count' ? 'higher' : 'lower', sector: 'power' }],
    targets: [{ id: 't', indicator: 'co2', baseline: { year: 2018, value: 40 }, goal, source: 'src', ...extra }],
    observations: points.map(([year, value]) => ({ indicator: 'co2', year, value, provenance: { status: 'official', source: 'src' } })),
  });
}
