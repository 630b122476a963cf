/** pruneFor on a document without observations (the field is optional; from a mutation run of prune.ts). */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';
import { pruneFor } from './prune.js';

describe('pruneFor', () => {
  it('a document with no observations at all: the target, its indicator and the policy\'s document are kept; no observations appear', () => {
    const doc = {
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'X', documents: ['plan'] },
      sources: [{ id: 'plan', title: 'Plan', url: 'https://example.org/plan' }, { id: 'other', title: 'Other', url: 'https://example.org/other' }],
      indicators: [{ id: 'e', label: 'E', unit: 'Mt', better: 'lower' }, { id: 'f', label: 'F', unit: 'Mt', better: 'lower' }],
      targets: [
        { id: 't', indicator: 'e', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 } },
        { id: 'u', indicator: 'f', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 }, source: 'other' },
      ],
    };
    expect(validate(doc).ok).toBe(true);
    const p = pruneFor(doc as PolicyDocument, { widget: 'gauge', target: 't' });
    expect(validate(p).ok).toBe(true);
    expect(p.targets.map((t) => t.id)).toEqual(['t']);
    expect(p.indicators.map((i) => i.id)).toEqual(['e']);
    expect(p.sources!.map((s) => s.id)).toEqual(['plan']);
    expect('observations' in p).toBe(false);
  });
});
