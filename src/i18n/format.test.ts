import { describe, expect, it } from 'vitest';
import { columnDigits, formatChange, formatColumn as formatColumnTo, formatNumber, formatRatio, formatShare, numberFormat, publishedDigits, rangeEnds, valueFormat, type ValueFormat } from './format.js';
import { intlLocale, toLang, type Lang } from './lang.js';
import { localize, otherLang } from './text.js';

/** `valueFormat` over `values` with no pivots or derived values (no target's values to keep apart). */
const formatOf = (lang: Lang, unit: string, values: readonly number[] = []) => valueFormat(lang, unit, values, [], []);

/**
 * One value with its unit, folded on its own (`valueFormat` over that value alone): "12,667 Mt CO₂"; 11,900 百万吨
 * reads "119亿吨" rather than "1.19万百万吨", and 500 千台 "50万台"; index units are left off (the label carries them).
 */
const formatQuantity = (lang: Lang, value: number, unit: string) => formatOf(lang, unit, [value]).quantity(value);

/** A column to `d` decimals, columnDigits' by default, as the trajectory's table asks for it. */
const formatColumn = (lang: Lang, q: ValueFormat, values: readonly number[], d = columnDigits(q, values)) => formatColumnTo(lang, q, values, d);


const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands in English and uses 万/亿 in Chinese', () => {
    expect(formatNumber('en', 12667)).toBe('12,667');
    expect(formatNumber('zh', 12667)).toBe('1.267\u2060万');
    expect(formatNumber('zh', 180000000)).toBe('1.8\u2060亿');
    expect(formatNumber('en', 180000000)).toBe('180,000,000');
    expect(formatNumber('zh', 10000)).toBe('1\u2060万');
  });

  it('writes numbers beyond the data\'s ±1e15 (runaway projections) in scientific notation, not hundreds of digits', () => {
    expect(formatNumber('en', 1e15)).toBe('1,000,000,000,000,000');
    expect(formatNumber('en', 1.5e16)).toBe('1.5E16');
    expect(formatNumber('en', -2.0004e301)).toBe(`${MINUS}2E301`);
    expect(formatNumber('zh', 6.4556e44)).toBe('6.46E44');
    expect(formatNumber('en', 1.2345e100, 2)).toBe('1.23E100');
  });

  it('writes shares and changes of 10¹⁶ and more (a change from a near-zero baseline) in scientific notation too', () => {
    // A count target whose baseline is 1e-300: the latest value 1 is a change of +1e302 %; it printed 303 digits.
    expect(formatChange('en', 1e302)).toBe('+1E302%');
    expect(formatChange('zh', -2.5e20)).toBe(`${MINUS}2.5E20%`);
    // Below the threshold, digits as before: 1e15 % is a share of 1e13.
    expect(formatChange('en', 1e15)).toBe('+1,000,000,000,000,000%');
    expect(formatShare('en', 1.234e16)).toBe('1.23E18%');
    expect(formatRatio('en', 3e16)).toBe('3E16');
  });

  it('below 10,000 Chinese groups like English', () => {
    expect(formatNumber('zh', 2194)).toBe('2,194');
    expect(formatNumber('en', 2194)).toBe('2,194');
  });

  it('keeps about three significant figures', () => {
    expect(formatNumber('en', 88.6077)).toBe('88.6');
    expect(formatNumber('en', 123.4)).toBe('123');
    expect(formatNumber('en', 1.23456)).toBe('1.23');
    expect(formatNumber('en', 0.123456)).toBe('0.123');
    expect(formatNumber('en', 91.9)).toBe('91.9');
    expect(formatNumber('en', 5)).toBe('5');
  });

  it('takes explicit decimals as the maximum', () => {
    expect(formatNumber('en', 1.23456, 1)).toBe('1.2');
    expect(formatNumber('en', 1234.5678, 2)).toBe('1,234.57');
  });

  it('writes negatives with a true minus sign (U+2212), never a hyphen', () => {
    expect(formatNumber('en', -12667)).toBe(`${MINUS}12,667`);
    expect(formatNumber('zh', -12667)).toBe(`${MINUS}1.267\u2060万`);
    expect(formatNumber('en', -0.5)).toBe(`${MINUS}0.5`);
    expect(formatNumber('zh', -3.25)).not.toContain('-');
  });

  it('non-finite values are a dash', () => {
    expect(formatNumber('en', Number.NaN)).toBe('—');
    expect(formatNumber('zh', Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatShare', () => {
  it('formats a share as a percentage', () => {
    expect(formatShare('en', 0.844)).toBe('84%');
    expect(formatShare('zh', 0.844)).toBe('84%');
    expect(formatShare('en', 0.8438, 1)).toBe('84.4%');
    expect(formatShare('en', 1.4815)).toBe('148%');
    expect(formatShare('en', -0.37)).toBe(`${MINUS}37%`);
    expect(formatShare('en', Number.NaN)).toBe('—');
  });

  it('writes no minus on what rounds to zero: −0 and −0.00001 are "0%"; −0.004 to a tenth is "−0.4%"', () => {
    expect(formatShare('en', -0)).toBe('0%');
    expect(formatShare('en', -0.00001)).toBe('0%');
    expect(formatShare('zh', -0.00001, 1)).toBe('0%');
    expect(formatShare('en', -0.004, 1)).toBe(`${MINUS}0.4%`);
    expect(formatNumber('en', -0.0001, 3)).toBe('0');
    expect(formatRatio('en', -0.001)).toBe('0.00');
  });

  it('writes a value below 0.1 to three significant figures, not "0" (an audit\'s leak rate of 0.0004 read "0")', () => {
    expect(['0.0005', '0.00045', '0.0004', '0.0002'].map((v) => formatNumber('en', Number(v)))).toEqual(['0.0005', '0.00045', '0.0004', '0.0002']);
    // 0.000286 (a projection): three figures, 0.000286; 0.0123456 → 0.0123; 0.1234 still three decimals, 0.123.
    expect(formatNumber('en', 0.00028612)).toBe('0.000286');
    expect(formatNumber('en', 0.0123456)).toBe('0.0123');
    expect(formatNumber('en', 0.1234)).toBe('0.123');
    expect(formatNumber('en', -0.00045)).toBe(`${MINUS}0.00045`);
    expect(formatNumber('en', 0)).toBe('0');
    // At most 15 decimals: 1e-20 is 0 (only a runaway model gets there).
    expect(formatNumber('en', 1.5e-12)).toBe('0.0000000000015');
    expect(formatNumber('en', 1e-20)).toBe('0');
  });
});

describe('formatChange', () => {
  it('signs changes and uses a true minus', () => {
    expect(formatChange('en', -6.8)).toBe(`${MINUS}6.8%`);
    expect(formatChange('zh', -6.8)).toBe(`${MINUS}6.8%`);
    expect(formatChange('en', 4)).toBe('+4%');
    expect(formatChange('en', 0)).toBe('0%');
    expect(formatChange('en', -2.39)).toBe(`${MINUS}2.4%`);
    expect(formatChange('en', Number.NEGATIVE_INFINITY)).toBe('—');
  });
});

describe('formatRatio', () => {
  it('always has two decimals', () => {
    expect(formatRatio('en', 0.8438)).toBe('0.84');
    expect(formatRatio('en', 1)).toBe('1.00');
    expect(formatRatio('en', 0.836)).toBe('0.84');
    expect(formatRatio('en', -0.756)).toBe(`${MINUS}0.76`);
    expect(formatRatio('zh', 0.95)).toBe('0.95');
    expect(formatRatio('en', 1234.5)).toBe('1,234.50');
    expect(formatRatio('en', Number.NaN)).toBe('—');
  });
});

describe('numberFormat memoisation', () => {
  it('returns the same instance for the same language and options', () => {
    const a = numberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    const b = numberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    expect(b).toBe(a);
    expect(numberFormat('zh', {})).toBe(numberFormat('zh', {}));
  });

  it('returns different instances for a different language or different options', () => {
    const a = numberFormat('en', { maximumFractionDigits: 1 });
    expect(numberFormat('zh', { maximumFractionDigits: 1 })).not.toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(a);
  });

  it('uses en-GB and zh-CN locales', () => {
    expect(numberFormat('en', {}).resolvedOptions().locale).toBe('en-GB');
    expect(numberFormat('zh', {}).resolvedOptions().locale).toBe('zh-CN');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('zh')).toBe('zh-CN');
  });
});

describe('localize', () => {
  it('a plain string is returned as is, for any language', () => {
    expect(localize('Steel', 'zh')).toBe('Steel');
    expect(localize('Steel', 'en')).toBe('Steel');
  });

  it('undefined is the empty string', () => {
    expect(localize(undefined, 'en')).toBe('');
  });

  it('holds a figure in the data\'s Chinese text to its 万 or 亿 and the character after, as the widgets\' own figures', () => {
    // The demo's title broke "…不超过3000万 ⏎ 吨" at 900 px; a year is held to its 年 ("到2030 ⏎ 年" in a narrow panel).
    expect(localize({ zh: '到2030年交通二氧化碳排放不超过3000万吨' }, 'zh')).toBe('到2030\u2060年交通二氧化碳排放不超过3000\u2060万\u2060吨');
    expect(localize('（2027年20万台）', 'zh')).toBe('（2027\u2060年20\u2060万\u2060台）');
    expect(localize('约1.8亿', 'zh')).toBe('约1.8\u2060亿'); // at the end
    expect(localize('万吨级项目', 'zh')).toBe('万吨级项目'); // not after a figure
    expect(localize('2030年', 'zh')).toBe('2030\u2060年');
    expect(localize('2030 年', 'zh')).toBe('2030 年'); // a space is the writer's own break
  });

  it('takes the exact language first', () => {
    const t = { en: 'Steel', zh: '钢铁', 'zh-Hant': '鋼鐵' };
    expect(localize(t, 'zh')).toBe('钢铁');
    expect(localize(t, 'en')).toBe('Steel');
  });

  it('then a regional variant of it', () => {
    expect(localize({ en: 'Steel', 'zh-CN': '钢铁' }, 'zh')).toBe('钢铁');
    expect(localize({ 'en-GB': 'Steel', fr: 'Acier' }, 'en')).toBe('Steel');
  });

  it('does not take a different language that merely starts with the same letters', () => {
    // "zha" (Zhuang) is not a variant of "zh"; English comes first.
    expect(localize({ zha: 'Gang', en: 'Steel' }, 'zh')).toBe('Steel');
  });

  it('then English, then the first language given', () => {
    expect(localize({ fr: 'Acier', en: 'Steel' }, 'zh')).toBe('Steel');
    expect(localize({ fr: 'Acier', de: 'Stahl' }, 'zh')).toBe('Acier');
  });

  it('an empty object is the empty string', () => {
    expect(localize({}, 'en')).toBe('');
  });
});

describe('toLang', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['ZH_cn', 'zh'],
    ['  zh  ', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['zha', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, lang) => {
    expect(toLang(tag)).toBe(lang);
  });
});

describe('formatQuantity', () => {
  it('folds Chinese multiplier prefixes into 万/亿', () => {
    expect(formatQuantity('zh', 11900, '百万吨二氧化碳')).toBe('119\u2060亿\u2060吨二氧化碳');
    expect(formatQuantity('zh', 180, '百万吨/年')).toBe('1.8\u2060亿\u2060吨/年');
    expect(formatQuantity('zh', 500, '千台')).toBe('50\u2060万\u2060台');
    expect(formatQuantity('zh', 5, '百万吨标准煤')).toBe('500\u2060万\u2060吨标准煤');
    expect(formatQuantity('zh', 7, '千台')).toBe('7\u2060千\u2060台'); // 7,000 is below 万: keep the unit as written
    // Zero is zero of the base unit, folded or not: "0吨", not "0百万吨" (as "不超过0吨二氧化碳当量" in a net-zero target).
    expect(formatQuantity('zh', 0, '百万吨')).toBe('0\u2060吨');
    expect(formatQuantity('zh', 0, '千台')).toBe('0\u2060台');
    expect(formatOf('zh', '百万吨', [5]).quantity(0)).toBe('0\u2060吨');
  });
  it('holds a Chinese figure to its unit\'s first two characters with word joiners (Chinese breaks between any two)', () => {
    // Before: "3000万 ⏎ 吨", "1.05 ⏎ 亿吨". Now the first break comes after the unit's second character.
    const q = formatQuantity('zh', 30, '百万吨二氧化碳');
    expect(q).toBe('3000\u2060万\u2060吨二氧化碳');
    expect(q.replace(/\u2060/g, '')).toBe('3000万吨二氧化碳'); // invisible: the text reads as before
    expect(formatQuantity('zh', 3, '吨')).toBe('3\u2060吨'); // a one-character unit
    expect(formatQuantity('zh', 26.5, '%')).toBe('26.5%'); // not a Chinese unit: no break to prevent
    expect(formatNumber('zh', 12667)).toBe('1.267\u2060万'); // Intl's compact 万 and 亿 too
  });
  it('writes English with a no-break space (a line never ends "1,890" and starts "Mt") and leaves index units off', () => {
    // A short unit (8 characters at most) whole: not "9.8 Mt ⏎ CO₂".
    expect(formatQuantity('en', 12667.3, 'Mt CO₂')).toBe('12,667\u00a0Mt\u00a0CO₂');
    // A longer one by its first word only: "500 thousand units" as one run was split mid-word in a 260 px column.
    expect(formatQuantity('en', 500, 'thousand units')).toBe('500\u00a0thousand units');
    expect(formatQuantity('en', 3.2, 'MJ per Demoland dollar')).toBe('3.2\u00a0MJ per Demoland dollar');
    expect(formatQuantity('en', 93.2, 'index, 2020 = 100')).toBe('93.2');
    expect(formatQuantity('zh', 93.2, '指数（2020年=100）')).toBe('93.2');
  });
});

describe('valueFormat: one rule for an indicator’s values', () => {
  // Clinker capacity (Mt): baseline 1,854 (2020), latest 1,793 (2024), target 1,800 (2025).
  const clinker = [1854, 1793, 1800];

  it('English keeps the data’s unit and formatNumber’s figures', () => {
    const q = formatOf('en', 'Mt', clinker);
    expect(q.unit).toBe('Mt');
    expect(q.factor).toBe(1);
    expect([q.number(1854), q.quantity(1854), q.text(1800)]).toEqual(['1,854', '1,854\u00a0Mt', '1,800']);
    expect(q.number(1778.4, 0)).toBe('1,778');
    expect(formatOf('en', 'Mt CO₂', [14360]).quantity(14360)).toBe('14,360\u00a0Mt\u00a0CO₂');
    // A percentage is attached in both languages; bare numbers stay bare (a gap of 28 is 28 points, not 28%).
    expect(['en', 'zh'].map((l) => formatOf(l as 'en' | 'zh', '%', [26.5]).quantity(26.5))).toEqual(['26.5%', '26.5%']);
    expect(formatOf('en', '%', [26.5]).text(28)).toBe('28');
  });

  it('Chinese folds 百万吨 into 亿吨 for every value of the set, bare numbers and text alike', () => {
    const q = formatOf('zh', '百万吨', clinker);
    expect(q.unit).toBe('亿吨');
    expect(q.factor).toBe(0.01);
    expect([q.quantity(1854), q.quantity(1793), q.text(1800)]).toEqual(['18.54\u2060亿\u2060吨', '17.93\u2060亿\u2060吨', '18\u2060亿\u2060吨']);
    expect([q.number(1854), q.number(1778.4), q.number(1750, 1)]).toEqual(['18.54', '17.78', '17.5']);
    // Text carries the unit once numbers are folded: a bare "1,800" beside "17.93\u2060亿\u2060吨" was the bug.
    expect(q.text(1800)).not.toBe(q.number(1800));
  });

  it('CO₂: 14,360 Mt is 143.6\u2060亿\u2060吨二氧化碳, and the axis unit is 亿吨二氧化碳', () => {
    const q = formatOf('zh', '百万吨二氧化碳', [2484.855, 11902.503, 14360]);
    expect(q.unit).toBe('亿吨二氧化碳');
    expect(q.quantity(14360)).toBe('143.6\u2060亿\u2060吨二氧化碳');
    // To the 0.01亿 English's "11,903 Mt" gives, as 24.85 beside it: "119" (four figures) dropped a figure English had.
    expect(q.quantity(11902.503)).toBe('119.03\u2060亿\u2060吨二氧化碳');
    expect(q.quantity(2484.855)).toBe('24.85\u2060亿\u2060吨二氧化碳');
    expect([0, 5000, 10000, 15000, 20000].map((v) => q.number(v, 0))).toEqual(['0', '50', '100', '150', '200']);
  });

  it('a value that folds on its own keeps its own magnitude; zero takes the base unit', () => {
    // A set reaching 2\u2060亿\u2060吨: bare numbers in 亿, but 90.16 Mt reads as Chinese prose writes it.
    const q = formatOf('zh', '百万吨二氧化碳', [200, 124, 100]);
    expect(q.unit).toBe('亿吨二氧化碳');
    expect(q.number(90.16)).toBe('0.9016');
    expect(q.quantity(90.16)).toBe('9016\u2060万\u2060吨二氧化碳');
    expect(q.quantity(124)).toBe('1.24\u2060亿\u2060吨二氧化碳');
    // "0\u2060亿\u2060吨" (a magnitude of nothing) read oddly: zero is written in the base unit.
    expect(q.quantity(0)).toBe('0\u2060吨\u2060二氧化碳');
    expect(formatOf('zh', '百万吨二氧化碳当量', [4876, 0]).quantity(0)).toBe('0\u2060吨\u2060二氧化碳当量');
    expect(formatOf('zh', '千台', [500, 0]).quantity(0)).toBe('0\u2060台');
  });

  it('explicit decimals are the shared unit’s: a gap is as precise as the figures', () => {
    const q = formatOf('zh', '百万吨', [130, 101, 100]);
    // Figures such as 0.9028\u2060亿 have four decimals in 亿, so the 4.718 Mt gap rounds to 0.0472\u2060亿 = 472\u2060万\u2060吨.
    expect(q.text(4.718, q.digits(90.28))).toBe('472\u2060万\u2060吨');
    expect(q.text(0.000001, q.digits(90.28))).toBe('0\u2060吨');
  });

  it('万 for sets below 10⁸ of the base unit, without a separator in four-digit counts', () => {
    expect(formatOf('zh', '百万吨二氧化碳', [13]).unit).toBe('万吨二氧化碳');
    expect(formatOf('zh', '百万吨二氧化碳', [13]).quantity(13)).toBe('1300\u2060万\u2060吨二氧化碳');
    expect(formatOf('zh', '百万吨标准煤', [5, 6.5]).number(6.5)).toBe('650');
    expect(formatOf('zh', '千台', [40, 500]).quantity(297)).toBe('29.7\u2060万\u2060台');
    // Four figures that would round up to 10,000\u2060万 are 1\u2060亿.
    expect(formatQuantity('zh', 99.9996, '百万吨')).toBe('1\u2060亿\u2060吨');
  });

  it('plain Chinese units fold too; SI 千 stays part of its unit', () => {
    expect(formatOf('zh', '吨', [12000, 15000]).unit).toBe('万吨');
    expect(formatOf('zh', '吨', [12000, 15000]).number(12000)).toBe('1.2');
    expect(formatQuantity('zh', 50000, '千瓦')).toBe('5\u2060万\u2060千瓦');
    // Clinker energy intensity in kgce/t: was "10.5\u2060万\u2060克标准煤/吨".
    expect(formatQuantity('zh', 105, '千克标准煤/吨')).toBe('105\u2060千\u2060克标准煤/吨');
    expect(formatQuantity('zh', 1200, '百万千瓦')).toBe('12\u2060亿\u2060千瓦');
    expect(formatQuantity('zh', 12000, '万吨')).toBe('1.2\u2060亿\u2060吨');
  });

  it('leaves small sets, index units, percentages and non-Chinese units as they are', () => {
    const small = formatOf('zh', '项', [100, 200]);
    expect([small.unit, small.factor, small.quantity(100), small.text(100)]).toEqual(['项', 1, '100\u2060项', '100']);
    const index = formatOf('zh', '指数（2020年=100）', [100, 93.2]);
    expect([index.unit, index.quantity(93.2), index.text(93.2)]).toEqual(['指数（2020年=100）', '93.2', '93.2']);
    expect(formatOf('zh', '%', [12000]).number(12000)).toBe('1.2\u2060万');
    expect(formatOf('zh', 'Mt CO₂', [14360]).unit).toBe('Mt CO₂');
  });
});

describe('otherLang: text in the other language, so a screen reader can switch voice', () => {
  it('an English source title in a Chinese widget is English, and the reverse', () => {
    expect(otherLang('Our World in Data: CO₂ and Greenhouse Gas Emissions dataset', 'zh')).toBe('en');
    expect(otherLang('中国发布工业领域碳达峰实施方案', 'en')).toBe('zh');
  });
  it("text in the widget's language, or mixed with Han characters making up more than a fifth, is not marked", () => {
    expect(otherLang('Our World in Data: CO₂ and Greenhouse Gas Emissions dataset', 'en')).toBeUndefined();
    // 17 Han characters against 20 Latin letters: a Chinese title with a domain name in it.
    expect(otherLang('中国发布工业领域碳达峰实施方案 (climatecooperation.cn 报道)', 'zh')).toBeUndefined();
    expect(otherLang('为 Peakline 演示虚构的示例数值', 'zh')).toBeUndefined();
    expect(otherLang('2022 — 2024', 'zh')).toBeUndefined();
  });
});

describe('edges: number formatting boundaries', () => {
  it('default decimals follow the size, not the sign: 100.4 → "100", 10.25 → "10.3", −12.345 → "−12.3"', () => {
    expect(formatNumber('en', 100.4)).toBe('100');
    expect(formatNumber('en', 10.25)).toBe('10.3');
    expect(formatNumber('en', -12.345)).toBe('\u221212.3');
  });

  it('switches notation exactly at the thresholds: 9,999.5 in Chinese is 1万; 1e16 is scientific', () => {
    expect(formatNumber('zh', 9999.5)).toBe('1\u2060万');
    expect(formatNumber('en', 1e16)).toBe('1E16');
  });

  it('Chinese folding keeps four figures, no decimals past them: 12,345,678 吨 → 1235万吨', () => {
    expect(formatQuantity('zh', 12345678, '吨')).toBe('1235\u2060万\u2060吨');
  });

  it('with no values, 百万吨 stays the shared unit (nothing to fold)', () => {
    expect(formatOf('zh', '百万吨').unit).toBe('百万吨');
  });

  it('a unit of exactly 8 characters is held together with no-break spaces: 5 Mt CO2eq', () => {
    expect(formatQuantity('en', 5, 'Mt CO2eq')).toBe('5\u00a0Mt\u00a0CO2eq');
  });
});

describe('formatColumn: a table column\'s figures, as published', () => {
  it('an audit\'s peak series: 107.5 … 118, 118.3 read 108, 111, 117, 118, 118, 118 (flat); now each as published, aligned', () => {
    const obs = [107.5, 110.5, 116.5, 117.5, 118, 118.3];
    expect(formatColumn('en', formatOf('en', 'Mt', obs), obs)).toEqual(['107.5', '110.5', '116.5', '117.5', '118.0', '118.3']);
    // In 亿吨 the same figures move two places: 1.075 … 1.180, 1.183 (four figures alike wrote "1.18" for 118).
    expect(formatColumn('zh', formatOf('zh', '百万吨', obs), obs)).toEqual(['1.075', '1.105', '1.165', '1.175', '1.180', '1.183']);
  });

  it('at most five significant figures of the largest: OWID\'s Mt to the kilotonne are whole Mt, 0.01亿', () => {
    const owid = [2484.855, 9990.257, 11902.503];
    expect(formatColumn('en', formatOf('en', 'Mt', owid), owid)).toEqual(['2,485', '9,990', '11,903']);
    expect(formatColumn('zh', formatOf('zh', '百万吨', owid), owid)).toEqual(['24.85', '99.90', '119.03']);
    // The EU's 4,876.35 and 4,806.943: 4,876.4 and 4,806.9; 48.764 and 48.069 (亿).
    expect(formatColumn('en', formatOf('en', 'Mt'), [4876.35, 4806.943])).toEqual(['4,876.4', '4,806.9']);
    expect(formatColumn('zh', formatOf('zh', '百万吨', [4876]), [4876.35, 4806.943])).toEqual(['48.764', '48.069']);
    // Never coarser than the three-figure rule: 2.5 beside 11,903 keeps its decimal (the column takes it: 11,902.5).
    expect(formatColumn('en', formatOf('en', 'Mt'), [2.5, 11902.503])).toEqual(['2.5', '11,902.5']);
    // Small values keep theirs: 0.0005 and 0.00045.
    expect(formatColumn('en', formatOf('en', 'Mt'), [0.0005, 0.00045])).toEqual(['0.00050', '0.00045']);
  });

  it('folded: the data\'s decimals moved by the fold (千台 → 万台: 500 and 1,234.5 are 50.00 and 123.45)', () => {
    expect(formatColumn('zh', formatOf('zh', '千台', [20000]), [500, 1234.5])).toEqual(['50.00', '123.45']);
    expect(formatColumn('zh', formatOf('zh', '百万吨', [11903]), [2.5, 11903])).toEqual(['0.025', '119.030']);
    expect(formatColumn('zh', formatOf('zh', '%', [50]), [5.25, 50])).toEqual(['5.25', '50.00']);
  });

  it('computed values (the required path) take the observations\' decimals, however many their own', () => {
    // Index 100 → 86.5 at a constant rate: 97.1428… in 2021 is 97.1 beside 94.4; 100 is 100.0.
    const q = formatOf('en', 'index');
    const d = columnDigits(q, [100, 94.4, 93.2]);
    expect(formatColumn('en', q, [100, 94.4, 93.2, 100, 97.1428, 94.36], d)).toEqual(['100.0', '94.4', '93.2', '100.0', '97.1', '94.4']);
  });

  it('values in words: trillions of USD under "trillion USD", 2.0 and 3.1', () => {
    const q = formatOf('en', 'USD', [2e12, 3.1e12, 5e12]);
    expect(formatColumn('en', q, [2e12, 3.1e12])).toEqual(['2.0', '3.1']);
    expect(formatColumn('zh', formatOf('zh', '美元', [5e12]), [2e12, 3.1e12])).toEqual(['2.0', '3.1']);
  });

  it('publishedDigits: the shortest round-trip string\'s decimals, without floating-point noise', () => {
    expect([118.3, 118, 2484.855, 3.1e-7, 2e12, 1e21].map(publishedDigits)).toEqual([1, 0, 3, 8, 0, 0]);
    // 93.19999999999999 (a script's 93.2) and 0.1 + 0.2 are one decimal, not fourteen or seventeen.
    expect([93.19999999999999, 0.1 + 0.2, 11902.503 * 0.01].map(publishedDigits)).toEqual([1, 1, 5]);
  });
});

describe('large values in words, and Chinese figures as precise as English ones', () => {
  const N = '\u00a0';
  const J = '\u2060';
  it('English from a million: "3.1 trillion USD", three figures; bare numbers under "trillion USD"', () => {
    // An audit's document: 2e12, 3.1e12, target 5e12 USD read "3,100,000,000,000 USD" and ticks "7,000,000,000,000".
    const q = formatOf('en', 'USD', [2e12, 3.1e12, 5e12]);
    expect([q.unit, q.factor]).toEqual([`trillion${N}USD`, 1e-12]);
    expect([q.quantity(3.1e12), q.quantity(5982176756834), q.text(2e12)]).toEqual([`3.1${N}trillion${N}USD`, `5.98${N}trillion${N}USD`, `2${N}trillion${N}USD`]);
    expect([q.number(7e12, 0), q.number(2.5e12, 1), q.number(5e11)]).toEqual(['7', '2.5', '0.5']);
    // A value folds on its own: 982 billion (not 0.982 trillion); below a million, the data's unit.
    expect([q.quantity(982176756834), q.quantity(500)]).toEqual([`982${N}billion${N}USD`, `500${N}USD`]);
    // A gap to the figures' 0.01 trillion: 5.98 − 5 trillion is 980 billion.
    expect(q.quantity(982176756834, q.digits(5e12))).toBe(`980${N}billion${N}USD`);
    expect(formatOf('en', 'people').quantity(1412345)).toBe(`1.41${N}million${N}people`);
    // From where three figures round up: 999,400 stays in digits; 999.6 billion is 1 trillion, not "1,000 billion".
    expect([formatOf('en', 'people').quantity(999400), formatOf('en', 'USD').quantity(999.6e9)]).toEqual([`999,400${N}people`, `1${N}trillion${N}USD`]);
    // Index units and percentages stay figures.
    expect([formatOf('en', 'index').quantity(2e6), formatOf('en', '%').quantity(2e6)]).toEqual(['2,000,000', '2,000,000%']);
  });

  it('Chinese folds into 万亿 too: 5e12 美元 is 5万亿美元, not 50,000亿美元', () => {
    const q = formatOf('zh', '美元', [2e12, 3.1e12, 5e12]);
    expect([q.unit, q.factor]).toEqual(['万亿美元', 1e-12]);
    // 万亿 held together as one magnitude (it could break as "5万亿 ⏎ 美元"... and "5万 ⏎ 亿").
    expect([q.quantity(5e12), q.quantity(5982176756834)]).toEqual([`5${J}万亿${J}美元`, `5.98${J}万亿${J}美元`]);
    expect(rangeEnds(formatOf('zh', '百万吨二氧化碳', [1.5e6]), 1.1e6, 1.5e6)).toEqual([`1.1${J}万亿`, `1.5${J}万亿${J}吨二氧化碳`]);
    // The gap folds on its own into 亿, to the figures' 0.01万亿: 9800亿美元.
    expect(q.quantity(982176756834, q.digits(5e12))).toBe(`9800${J}亿${J}美元`);
    expect(formatOf('zh', '百万吨', [2e6]).unit).toBe('万亿吨');
  });

  it('a Chinese figure keeps the precision English shows: 11,903 and 2,485 Mt are 119.03亿 and 24.85亿', () => {
    const q = formatOf('zh', '百万吨二氧化碳', [2484.855, 11902.503]);
    // English: "2,485 Mt", "11,903 Mt", "14,532 Mt", "9,990 Mt": whole Mt, 0.01亿.
    expect([2484.855, 11902.503, 14532.2, 9990.257].map((v) => q.quantity(v).replace(/\u2060/g, ''))).toEqual(['24.85亿吨二氧化碳', '119.03亿吨二氧化碳', '145.32亿吨二氧化碳', '99.9亿吨二氧化碳']);
    // Never fewer whole digits than it has: 90.16 Mt ("90.2 Mt") is 9016万吨; 180 Mt is 1.8亿吨.
    expect([q.quantity(90.16), q.quantity(180)].map((s) => s.replace(/\u2060/g, ''))).toEqual(['9016万吨二氧化碳', '1.8亿吨二氧化碳']);
    expect([q.digits(90.16), q.number(90.16), q.digits(11903)]).toEqual([4, '0.9016', 2]);
  });
});


describe('rangeEnds: a range\'s unit written once', () => {
  const J = '\u2060';
  it('English: the shared unit after the second figure only', () => {
    const q = formatOf('en', 'Mt CO₂');
    expect(rangeEnds(q, 13390, 15770)).toEqual(['13,390', '15,770\u00a0Mt\u00a0CO₂']);
  });
  it('Chinese: each figure keeps its 亿 (the audit\'s "133.9亿吨二氧化碳至157.7亿吨二氧化碳")', () => {
    const q = formatOf('zh', '百万吨二氧化碳', [14530]);
    expect(rangeEnds(q, 13390, 15770)).toEqual([`133.9${J}亿`, `157.7${J}亿${J}吨二氧化碳`]);
  });
  it('Chinese: ends of different magnitudes keep them (9000万 to 1.2亿), the base unit once', () => {
    const q = formatOf('zh', '吨', [1.2e8]);
    expect(rangeEnds(q, 9e7, 1.2e8)).toEqual([`9000${J}万`, `1.2${J}亿${J}吨`]);
  });
  it('nothing shared, nothing dropped: a percentage attached, a zero in the base unit, an index', () => {
    expect(rangeEnds(formatOf('en', '%'), 24.5, 35.8)).toEqual(['24.5%', '35.8%']);
    const zh = formatOf('zh', '百万吨二氧化碳', [14530]);
    expect(rangeEnds(zh, 0, 120)).toEqual([`0${J}吨${J}二氧化碳`, `1.2${J}亿${J}吨二氧化碳`]);
    expect(rangeEnds(formatOf('en', 'index, 2020 = 100'), 83.1, 84.7)).toEqual(['83.1', '84.7']);
  });
});

describe('a review\'s edge cases of the large-value words', () => {
  it('a figure at the edge of a word is rounded from its decimal value, not the float product: 999,500 people is "1 million"', () => {
    // 999,500 × 10⁻⁶ is 0.9994999999999999 in floating point: it read "0.999 million" beside "100万".
    const en = formatOf('en', 'people', [2e6]);
    expect([999500, 1205000, 99950000].map((v) => en.quantity(v))).toEqual(['1\u00a0million\u00a0people', '1.21\u00a0million\u00a0people', '100\u00a0million\u00a0people']);
    expect(formatOf('en', 'people').quantity(999.5e9)).toBe('1\u00a0trillion\u00a0people');
  });
  it('a unit that names a magnitude already is not folded again ("2.5 million million USD")', () => {
    expect(formatOf('en', 'million USD', [2.5e6]).quantity(2.5e6)).toBe('2,500,000\u00a0million USD');
    expect(formatOf('en', 'thousand units', [1.2e6]).unit).toBe('thousand units');
  });
  it('a tiny value beside trillions asks for at most 15 decimals (21 threw a RangeError)', () => {
    expect(() => formatOf('en', 'USD', [2e12]).number(1e-9)).not.toThrow();
  });
  it('the data table keeps different observations different: 1,234,567 and 1,234,568 people', () => {
    const q = formatOf('en', 'people', [1234567, 1234568, 1239000]);
    expect(formatColumn('en', q, [1234567, 1234568, 1239000])).toEqual(['1.234567', '1.234568', '1.239000']);
  });
});
