import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from './linear.js';

// d3-scale is a dev dependency only: it is the reference our small scale must agree with.
describe('scaleLinear', () => {
  const cases: [[number, number], [number, number]][] = [
    [[0, 1], [0, 100]],
    [[2020, 2030], [40, 880]],
    [[86.5, 100], [300, 20]],
    [[-0.5, 1.5], [-Math.PI / 2, Math.PI / 2]],
    [[0, 12667.3], [260, 0]],
  ];
  it.each(cases)('maps like d3 for domain %j → range %j', (domain, range) => {
    const ours = scaleLinear(domain, range);
    const ref = d3ScaleLinear().domain(domain).range(range);
    for (const v of [domain[0]!, domain[1]!, (domain[0]! + domain[1]!) / 2, domain[0]! - 3, domain[1]! + 7.5]) {
      expect(ours(v)).toBeCloseTo(ref(v), 9);
    }
    for (const n of [2, 5, 10]) expect(ours.ticks(n)).toEqual(ref.ticks(n));
    expect(scaleLinear(domain, range).nice(5).domain()).toEqual(ref.copy().nice(5).domain());
  });

  it('worked example: 2023 on a 2020–2030 axis 40–880 px lies at 292 px', () => {
    expect(scaleLinear([2020, 2030], [40, 880])(2023)).toBe(292);
  });

  it('clamps when asked, like d3', () => {
    const s = scaleLinear([0, 1], [0, 100], true);
    expect(s(1.5)).toBe(100);
    expect(s(-1)).toBe(0);
    expect(scaleLinear([0, 1], [0, 100])(1.5)).toBe(150);
  });

  it('a zero-width domain maps to the middle of the range instead of NaN', () => {
    expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50);
  });
});
