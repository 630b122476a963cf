/** From a mutation-testing pass over format.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import { formatRange, valueFormat } from './format.js';
import type { Lang } from './lang.js';

/** `valueFormat` over `values` with no pivots or derived values (no target's values to keep apart). */
const formatOf = (lang: Lang, unit: string, values: readonly number[] = []) => valueFormat(lang, unit, values, [], []);

describe('valueFormat: default decimals at the edges of the three-figure rule', () => {
  it('0 from 100, 1 from 10, 2 from 1 (each edge inclusive)', () => {
    // Kills `abs > 100`, `abs > 10` and `abs > 1` (each edge would take one more decimal).
    const q = formatOf('en', 'Mt');
    expect([q.digits(100), q.digits(10), q.digits(1)]).toEqual([0, 1, 2]);
    expect([q.digits(99.99), q.digits(9.99), q.digits(0.99)]).toEqual([1, 2, 3]);
  });
});

describe('valueFormat: which units are index units (left off the figure)', () => {
  it('"Index…" with a capital, and no unit at all', () => {
    // Kills the test without the `i` flag ("93.2 Index (2020 = 100)") and without `!unit ||` ("5" + a trailing no-break space).
    expect(formatOf('en', 'Index (2020 = 100)').quantity(93.2)).toBe('93.2');
    expect(formatOf('en', '').quantity(5)).toBe('5');
  });

  it('a Chinese index unit is never folded into 万 (its values are not amounts)', () => {
    // 指数 values up to 12,000: the unit stays, factor 1. Kills `foldable` without `!index` (unit "万指数…", factor 1e-4).
    const q = formatOf('zh', '指数（2020=100）', [12000]);
    expect([q.unit, q.factor]).toEqual(['指数（2020=100）', 1]);
  });
});

describe('valueFormat: the shared magnitude of Chinese bare numbers', () => {
  it('is chosen by the largest magnitude: a negative value counts by its size', () => {
    // −2 亿吨 (net removals) beside 1,000 吨: folded to 亿吨. Kills dropping `.map(Math.abs)` (max(0, −2e8, 1e3) = 1,000: no fold).
    expect(formatOf('zh', '吨', [-2e8, 1e3]).unit).toBe('亿吨');
  });

  it('ignores values that are not finite', () => {
    // [2e8, NaN]: 亿吨. Kills dropping `.filter(Number.isFinite)` (Math.max with NaN is NaN: no fold).
    expect(formatOf('zh', '吨', [2e8, NaN]).unit).toBe('亿吨');
  });

  it('keeps whole digits, no fraction, where English is coarser than the shared unit', () => {
    // 9e11 吨 = 9000 亿吨, "900 billion t" in English: its precision, 10亿, would be −1 decimals; digitsIn's
    // Math.max(0, …) makes it 0 (kills dropping it: the figure would be rounded to 10亿).
    const q = formatOf('zh', '吨', [9e11]);
    expect([q.number(9e11), q.digits(9e11)]).toEqual(['9000', 0]);
  });
});

describe('formatRange', () => {
  it('one unit, after the second figure: "1,710–1,890 Mt"', () => {
    // Kills writing the unit after both figures ("1,710 Mt–1,890 Mt").
    expect(formatRange(formatOf('en', 'Mt'), [1710, 1890], 'en')).toBe('1,710–\u20601,890\u00a0Mt');
  });

  it('Chinese: the wave dash, each figure with its own 万 or 亿 and a percentage with its %, as GB/T 15835-2011 writes a range', () => {
    const J = '\u2060';
    const zh = (unit: string, r: [number, number], values: number[] = []) => formatRange(formatOf('zh', unit, values), r, 'zh');
    expect(zh('百万吨', [1773, 1827], [1854])).toBe(`17.73${J}亿${J}～${J}18.27${J}亿${J}吨`);
    // 89.24–94.76 Mt beside a 120 Mt baseline: each in 万 ("0.8924～9476万吨" mixed the shared 亿 with a folded 万).
    expect(zh('百万吨', [89.24, 94.76], [120])).toBe(`8924${J}万${J}～${J}9476${J}万${J}吨`);
    expect(zh('百万吨', [95, 105])).toBe(`9500${J}万${J}～${J}1.05${J}亿${J}吨`);
    expect(zh('%', [28.5, 31.5])).toBe(`28.5%${J}～${J}31.5%`);
    expect(zh('', [47.5, 52.5])).toBe(`47.5${J}～${J}52.5`);
  });
});
