import { describe, expect, it } from 'vitest';
import { indicatorOf, observationsOf, sectorOf } from './lookup.js';
import { makeDoc, manyTargets, sortedView } from '../sectors/test-doc.js';

describe('lookups in a document', () => {
  const doc = makeDoc([
    { id: 'a', sector: 'power', better: 'lower', baseline: { year: 2015, value: 100 }, goal: { kind: 'relative', change: -30, year: 2030 }, observations: [{ year: 2024, value: 90 }, { year: 2020, value: 95 }] },
    { id: 'b', sector: 'industry', sectorOnIndicator: true, better: 'higher', baseline: { year: 2015, value: 10 }, goal: { kind: 'absolute', comparison: 'at-least', value: 20, year: 2030 } },
  ]);
  it("finds a target's indicator and sector (its own, else its indicator's)", () => {
    expect(indicatorOf(doc, doc.targets[0]!)?.id).toBe('a-ind');
    expect(indicatorOf(doc, doc.targets[1]!)?.better).toBe('higher');
    expect(sectorOf(doc, doc.targets[0]!)).toBe('power');
    expect(sectorOf(doc, doc.targets[1]!)).toBe('industry');
  });
  it("gives an indicator's observations in document order, [] for none", () => {
    expect(observationsOf(doc, 'a-ind').map((o) => o.year)).toEqual([2024, 2020]);
    expect(observationsOf(doc, 'b-ind')).toEqual([]);
  });
  it('indexes each document object once, not once per look-up: a panel of 10,000 targets is linear', () => {
    // Each target scanned every indicator and observation: the rows' view of 10,000 targets took 26 times as long as
    // that of 1,000 (3.1 s, 0.12 s), where a linear cost is 10 times; indexed, 5 times (0.55 s, 0.11 s: 1,000 is
    // still warming up). Of a browser's 8 to 12 s to render the panel, 6 to 10 s were these scans.
    const time = (n: number) => {
      const d = manyTargets(n);
      const t0 = performance.now();
      expect(sortedView(d, {}, { lang: 'en', sort: 'status' }).rows).toHaveLength(n);
      return performance.now() - t0;
    };
    time(1000); // warm up
    // The best of three runs each: another process's burst of work lands in one run, not in all three.
    const best = (n: number) => Math.min(time(n), time(n), time(n));
    const [small, large] = [best(1000), best(10000)];
    expect(large / small, `${Math.round(small)} ms for 1,000, ${Math.round(large)} ms for 10,000`).toBeLessThan(15);
    // The ratio is the test, not the time: a loaded machine took 5.6 s (the default timeout is 5 s).
  }, 60_000);
});
