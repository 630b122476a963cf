/**
 * Small policy documents for the sectors panel's tests (unit and browser). Not part of the kit's
 * public API; nothing imports it outside tests and stories. Every value here is invented.
 */
import type { Goal, Indicator, Milestone, Observation, PolicyDocument, Sector, Target, YearValue } from '../format/types.js';
import type { SortOrder } from './messages.js';
import { sectorsView, sortRows, type SectorFilters, type SectorsView, type SectorsViewOptions } from './rows.js';

/** sectorsView (rows in the dataset's order) with its rows sorted by `sort`, as the element shows them. */
export function sortedView(doc: PolicyDocument, filters: SectorFilters, { sort, ...options }: SectorsViewOptions & { readonly sort: SortOrder }): SectorsView {
  const v = sectorsView(doc, filters, options);
  return { ...v, rows: sortRows(v.rows, sort, options.lang) };
}

export interface TestTarget {
  readonly id: string;
  readonly sector?: string;
  readonly better: 'lower' | 'higher';
  readonly baseline: { year: number; value?: number };
  readonly goal: Goal;
  readonly milestones?: readonly Milestone[];
  readonly observations?: readonly YearValue[];
  readonly label?: string;
  /** Put the sector on the indicator instead of the target. */
  readonly sectorOnIndicator?: boolean;
}

/** A valid document with one indicator per target (indicator id = `<target id>-ind`). */
export function makeDoc(targets: readonly TestTarget[], sectors: readonly Sector[] = DEFAULT_SECTORS): PolicyDocument {
  const indicators: Indicator[] = targets.map((t) => ({
    id: `${t.id}-ind`,
    label: t.label ? `${t.label} (indicator)` : `Indicator of ${t.id}`,
    unit: 'Mt',
    better: t.better,
    ...(t.sectorOnIndicator && t.sector ? { sector: t.sector } : {}),
  }));
  const list: Target[] = targets.map((t) => ({
    id: t.id,
    indicator: `${t.id}-ind`,
    ...(t.sector && !t.sectorOnIndicator ? { sector: t.sector } : {}),
    ...(t.label ? { label: t.label } : {}),
    baseline: t.baseline,
    goal: t.goal,
    ...(t.milestones ? { milestones: t.milestones } : {}),
  }));
  const observations: Observation[] = targets.flatMap((t) =>
    (t.observations ?? []).map((o) => ({
      indicator: `${t.id}-ind`,
      year: o.year,
      value: o.value,
      provenance: { status: 'illustrative' as const, source: 'invented' },
    })),
  );
  return {
    formatVersion: 1,
    policy: { id: 'test-policy', title: { en: 'Test policy', zh: '测试政策' }, jurisdiction: 'Testland', documents: ['invented'] },
    sources: [{ id: 'invented', title: 'Invented test values', url: 'https://example.org/peakline/test' }],
    sectors: [...sectors],
    indicators,
    targets: list,
    observations,
  };
}

export const DEFAULT_SECTORS: readonly Sector[] = [
  { id: 'power', label: { en: 'Power', zh: '电力' } },
  { id: 'industry', label: { en: 'Industry', zh: '工业' } },
  { id: 'transport', label: { en: 'Transport', zh: '交通' } },
  { id: 'buildings', label: { en: 'Buildings', zh: '建筑' } },
];

/** `n` relative targets across four sectors, with a spread of progress (some with no data). */
export function manyTargets(n: number): PolicyDocument {
  const sectors = DEFAULT_SECTORS.map((s) => s.id);
  const targets: TestTarget[] = Array.from({ length: n }, (_, i) => {
    const noData = i % 7 === 6;
    // Latest value from 104 (wrong way) down to 66 (beyond the −30% target).
    const latest = 104 - ((i * 3) % 39);
    return {
      id: `t-${String(i + 1).padStart(2, '0')}`,
      sector: sectors[i % sectors.length]!,
      better: 'lower',
      label: `Generated target number ${i + 1} with a longer name that has to wrap at narrow widths`,
      baseline: { year: 2015, value: 100 },
      goal: { kind: 'relative', change: -30, year: 2030 },
      observations: noData ? [] : [{ year: 2024, value: latest }],
    };
  });
  return makeDoc(targets);
}
