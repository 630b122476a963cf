/**
 * Chinese folding at its thresholds, by hand (from a mutation-testing review: each block fails for a mutant of
 * src/i18n/format.ts that no other test caught).
 */
import { describe, expect, it } from 'vitest';
import { valueFormat } from './format.js';
import type { Lang } from './lang.js';

/** `valueFormat` over `values` with no pivots or derived values (no target's values to keep apart). */
const formatOf = (lang: Lang, unit: string, values: readonly number[] = []) => valueFormat(lang, unit, values, [], []);

describe('edges: where Chinese units fold into 万 and 亿', () => {
  it('a set up to 9,999.5 吨 reads in 万吨, as formatNumber turns 9,999.5 into "1万" (four figures would round up to 10,000)', () => {
    expect(formatOf('zh', '吨', [9999.5]).unit).toBe('万吨');
    expect(formatOf('zh', '吨', [9999.4]).unit).toBe('吨');
  });
  it('a set up to 99,995,000 吨 (9999.5万, four figures round it to 1亿) reads in 亿吨', () => {
    expect(formatOf('zh', '吨', [99_995_000]).unit).toBe('亿吨');
    expect(formatOf('zh', '吨', [99_994_000]).unit).toBe('万吨');
  });
  it('a tiny value on a 亿 axis keeps what English shows: 150 吨 ("150 t") is 0.0000015亿 (six decimals at most wrote "0.000002")', () => {
    expect(formatOf('zh', '吨', [2e8]).number(150)).toBe('0.0000015');
  });
});

describe('edges: folding other Chinese units, and negative values', () => {
  it('万吨 folds by exactly 10⁴: 50,000 万吨 is 5亿吨 (not 5.001亿吨)', () => {
    expect(formatOf('zh', '万吨', [50000]).quantity(50000)).toBe('5\u2060亿\u2060吨');
  });
  it('a negative value folds on its own as its size says: −12,345,678 吨 on a 亿吨 axis is −1235万吨 (not −0.1235亿吨)', () => {
    expect(formatOf('zh', '吨', [2e8]).quantity(-12345678)).toBe('\u22121235\u2060万\u2060吨');
  });
  it('a value too small to fold on its own takes the shared unit: 150 吨 on a 亿吨 axis is 0.0000015亿吨', () => {
    expect(formatOf('zh', '吨', [2e8]).quantity(150)).toBe('0.0000015\u2060亿\u2060吨');
  });
  it('a unit longer than 8 characters is held by its first word only: "5 Mt CO2-eq" may wrap inside the unit', () => {
    // 9 characters: the space inside the unit stays an ordinary one (a long unit would be split mid-word otherwise).
    expect(formatOf('en', 'Mt CO2-eq').quantity(5)).toBe('5\u00a0Mt CO2-eq');
  });
});
