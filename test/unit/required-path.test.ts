/**
 * One required path for every widget: the gauge's "Required path" marker, the sector panel's
 * "due by 2022" tick and the trajectory's drawn path and tooltip give the same value for the
 * same target, method and year (they all come from `requiredPath()` in src/progress/path.ts).
 */
import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { Method, PolicyDocument } from '../../src/format/types.js';
import { formatNumber, valueFormat } from '../../src/i18n/format.js';
import { localize } from '../../src/i18n/text.js';
import { gaugeView } from '../../src/gauge/view.js';
import { buildRow } from '../../src/sectors/rows.js';
import { trajectoryView } from '../../src/trajectory/view.js';
import { pathValueAt } from '../../src/progress/path.js';
import { METHODS } from '../../src/progress/assess.js';


const cn = china as unknown as PolicyDocument;
const ill = demo as unknown as PolicyDocument;

const CASES: [PolicyDocument, string][] = [
  [cn, 'industrial-energy-intensity-2025'],
  [cn, 'clinker-capacity-2025'],
  [ill, 'renewable-electricity-60-2030'],
  [ill, 'clinker-capacity-about-100-2028'],
  [ill, 'power-co2-minus-50-2030'],
  [ill, 'transport-co2-30-2030'],
  [ill, 'buildings-ghg-allowances-2030'],
  [ill, 'heat-pumps-500-2032'],
];

function views(doc: PolicyDocument, id: string, method: Method | null, asOf: number | null) {
  const target = doc.targets.find((t) => t.id === id)!;
  const opts = { lang: 'en' as const, method, asOf };
  return {
    gauge: gaugeView(doc, target, { ...opts, width: 400, variant: 'arc' }),
    row: buildRow(doc, target, 0, 'en', opts),
    trajectory: trajectoryView(doc, target, { ...opts, width: 600 }),
  };
}

describe('gauge, sectors and trajectory agree on the required path', () => {
  for (const [doc, id] of CASES) {
    for (const method of [null, ...METHODS]) {
      for (const asOf of [null, 2021, 2022]) {
        it(`${id}, method ${method ?? 'default'}, as of ${asOf ?? 'latest'}`, () => {
          const { gauge, row, trajectory } = views(doc, id, method, asOf);
          const a = trajectory.a;
          if (!a.latest || !a.baseline || !a.finalTarget) return;
          const drawn = pathValueAt(trajectory.model.required, a.latest.year)!;
          // The engine's path value is the drawn path's value in the latest year.
          expect(a.pathValue).toBeCloseTo(drawn, 9);
          // The gauge marker and the sector tick: that value as a share of the way to the final target.
          const share = Math.min(1, (drawn - a.baseline.value) / (a.finalTarget.value - a.baseline.value));
          expect(row.expected).toBeCloseTo(share, 9);
          expect(gauge.geometry.markers.some((m) => m.kind === 'expected')).toBe(true);
          expect(gauge.legend.find((l) => l.kind === 'expected')!.label).toBe(`${Math.round(share * 100)}% due by ${a.latest.year}`);
          // The tooltip of the latest observation (named as the legend names the line: a cap target's are its caps).
          const name = trajectory.model.requiredShape === 'cap' ? 'Annual caps' : 'Required path';
          // With the target's unit, as the value above it in the tooltip (none for an index).
          const indicator = doc.targets.find((t) => t.id === id)!.indicator;
          const unit = valueFormat('en', localize(doc.indicators.find((i) => i.id === indicator)!.unit, 'en'), [1], [], []).quantity(1).slice(1);
          expect(trajectory.points.at(-1)!.path).toBe(`${name}: ${formatNumber('en', drawn)}${unit}`);
        });
      }
    }
  }

  it('the demo renewables target in 2024: 20 · 3^(9/15) = 38.66, 47% of the way, everywhere', () => {
    // 20 (2015) → 60 (2030) at a constant rate: 20 · 3^(9/15) = 38.663 → 18.663 ÷ 40 = 0.46658.
    const { gauge, row, trajectory } = views(ill, 'renewable-electricity-60-2030', null, null);
    expect(trajectory.model.requiredShape).toBe('compound');
    // The gauge and the sector row say it in the same words.
    expect(gauge.legend.find((l) => l.kind === 'expected')!.label).toBe('47% due by 2024');
    expect(row.dueText).toBe('47% due by 2024');
    expect(trajectory.points.at(-1)!.path).toBe('Required path: 38.7%');
    // method path: the straight line, 20 + 40 · 9/15 = 44 → 60%, in every widget.
    const p = views(ill, 'renewable-electricity-60-2030', 'path', null);
    expect(p.trajectory.model.requiredShape).toBe('straight');
    expect(p.gauge.legend.find((l) => l.kind === 'expected')!.label).toBe('60% due by 2024');
    expect(p.row.dueText).toBe('60% due by 2024');
    expect(p.trajectory.points.at(-1)!.path).toBe('Required path: 44%');
  });
});
