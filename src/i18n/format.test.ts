import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatQuantity, formatRatio, formatShare, numberFormat } from './format.js';
import { intlLocale, toLang } from './lang.js';
import { localize } from './text.js';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands in English and uses 万/亿 in Chinese', () => {
    expect(formatNumber('en', 12667)).toBe('12,667');
    expect(formatNumber('zh', 12667)).toBe('1.267万');
    expect(formatNumber('zh', 180000000)).toBe('1.8亿');
    expect(formatNumber('en', 180000000)).toBe('180,000,000');
    expect(formatNumber('zh', 10000)).toBe('1万');
  });

  it('writes numbers beyond the data\'s ±1e15 (runaway projections) in scientific notation, not hundreds of digits', () => {
    expect(formatNumber('en', 1e15)).toBe('1,000,000,000,000,000');
    expect(formatNumber('en', 1.5e16)).toBe('1.5E16');
    expect(formatNumber('en', -2.0004e301)).toBe(`${MINUS}2E301`);
    expect(formatNumber('zh', 6.4556e44)).toBe('6.46E44');
    expect(formatNumber('en', 1.2345e100, 2)).toBe('1.23E100');
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
    expect(formatNumber('zh', -12667)).toBe(`${MINUS}1.267万`);
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
});

describe('formatChange', () => {
  it('signs changes and uses a true minus', () => {
    expect(formatChange('en', -6.8)).toBe(`${MINUS}6.8%`);
    expect(formatChange('zh', -6.8)).toBe(`${MINUS}6.8%`);
    expect(formatChange('en', 4)).toBe('+4%');
    expect(formatChange('en', 0)).toBe('0%');
    expect(formatChange('en', -2.39)).toBe(`${MINUS}2.4%`);
    expect(formatChange('en', -2.39, 2)).toBe(`${MINUS}2.39%`);
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
    expect(numberFormat('zh')).toBe(numberFormat('zh', {}));
  });

  it('returns different instances for a different language or different options', () => {
    const a = numberFormat('en', { maximumFractionDigits: 1 });
    expect(numberFormat('zh', { maximumFractionDigits: 1 })).not.toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.toBe(a);
  });

  it('uses en-GB and zh-CN locales', () => {
    expect(numberFormat('en').resolvedOptions().locale).toBe('en-GB');
    expect(numberFormat('zh').resolvedOptions().locale).toBe('zh-CN');
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
    expect(formatQuantity('zh', 11900, '百万吨二氧化碳')).toBe('119亿吨二氧化碳');
    expect(formatQuantity('zh', 180, '百万吨/年')).toBe('1.8亿吨/年');
    expect(formatQuantity('zh', 500, '千台')).toBe('50万台');
    expect(formatQuantity('zh', 5, '百万吨标准煤')).toBe('500万吨标准煤');
    expect(formatQuantity('zh', 7, '千台')).toBe('7千台'); // 7,000 is below 万: keep the unit as written
  });
  it('writes English with a space and leaves index units off', () => {
    expect(formatQuantity('en', 12667.3, 'Mt CO₂')).toBe('12,667 Mt CO₂');
    expect(formatQuantity('en', 93.2, 'index, 2020 = 100')).toBe('93.2');
    expect(formatQuantity('zh', 93.2, '指数（2020年=100）')).toBe('93.2');
  });
});
