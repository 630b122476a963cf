/**
 * Targets that hold their baseline's value, so there is no way to go: "keep the non-fossil share at least 30%" from 30%
 * (2020), observed 31.5 (2022) and 32 (2023), within it before 2025 (on track); and "coal intensity at most 50 t" from
 * 50 t, observed 51–53 (2021–2023), past it (off track). Limits with no room (see Assessment.limit).
 */
import type { PolicyDocument } from '../../src/format/types.js';
import { valid } from './valid.js';

const obs = (indicator: string, points: [number, number][]) =>
  points.map(([year, value]) => ({ indicator, year, value, provenance: { status: 'official', source: 'src' } }));

export function holdDoc(): PolicyDocument {
  return valid({
    formatVersion: 1,
    policy: { id: 'hold', title: 'Hold policy', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Statistical bulletin', url: 'https://example.org/bulletin' }],
    indicators: [
      { id: 'share', label: { en: 'Non-fossil share', zh: '非化石能源占比' }, unit: '%', better: 'higher' },
      { id: 'ci', label: { en: 'Coal intensity', zh: '煤炭强度' }, unit: { en: 't', zh: '吨' }, better: 'lower' },
    ],
    targets: [
      { id: 'hold', indicator: 'share', baseline: { year: 2020, value: 30 }, goal: { kind: 'absolute', comparison: 'at-least', value: 30, year: 2025 }, source: 'src' },
      { id: 'hold-miss', indicator: 'ci', baseline: { year: 2020, value: 50 }, goal: { kind: 'absolute', comparison: 'at-most', value: 50, year: 2025 }, source: 'src' },
    ],
    observations: [...obs('share', [[2020, 30], [2022, 31.5], [2023, 32]]), ...obs('ci', [[2020, 50], [2021, 51], [2022, 52], [2023, 53]])],
  });
}
