/**
 * A count target with the milestones given: "200 standards by 2030" from 120 (2020), 130 (or `latest`) observed in 2023
 * (illustrative).
 * A milestone at or below 120 is one its baseline already meets.
 */
import type { PolicyDocument } from '../../src/format/types.js';
import { valid } from './valid.js';

export const countDoc = (milestones: { year: number; value: number }[], latest = 130): PolicyDocument => valid({
  formatVersion: 1,
  policy: { id: 'p', title: 'P', jurisdiction: 'XX' },
  indicators: [{ id: 'i', label: 'Standards', unit: 'standards', better: 'higher' }],
  targets: [{ id: 't', indicator: 'i', baseline: { year: 2020, value: 120 }, goal: { kind: 'count', value: 200, year: 2030 }, milestones }],
  observations: [{ indicator: 'i', year: 2023, value: latest, provenance: { status: 'illustrative', source: { title: 'S', url: 'https://example.org/' } } }],
});
