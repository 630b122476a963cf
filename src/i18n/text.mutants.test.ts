/** From a mutation-testing pass over text.ts: each assertion fails for a mutant that the other tests let through. */
import { describe, expect, it } from 'vitest';
import { localize, otherLang } from './text.js';

describe('localize', () => {
  it('an empty text in the language counts as missing: the English is shown, not nothing', () => {
    // Kills `text[lang] ?? …` for `text[lang] || …` ('' is not nullish).
    expect(localize({ en: 'Steel', zh: '' }, 'zh')).toBe('Steel');
  });

  it('a regional variant is found whatever the case of its tag (language tags are case-insensitive)', () => {
    // Kills matching the key without `toLowerCase()` ("ZH-CN" does not start with "zh-").
    expect(localize({ en: 'Steel', 'ZH-CN': '钢铁' }, 'zh')).toBe('钢铁');
  });
});

describe('otherLang: Chinese once Han characters outnumber a quarter of the Latin letters', () => {
  it('capital letters are Latin letters too', () => {
    // "IEA" in a Chinese widget: 3 Latin letters, no Han. Kills counting [a-z] only (nothing counted: undefined).
    expect(otherLang('IEA', 'zh')).toBe('en');
  });

  it('Han characters of CJK Extension A (U+3400–U+4DBF) count', () => {
    // "䶮" (U+4DAE), a character of personal names. Kills a range from U+4E00.
    expect(otherLang('䶮', 'en')).toBe('zh');
  });

  it('the quarter is strict: 1 Han to 4 Latin is English; 4 to 12 is Chinese; 2 to 9 is English', () => {
    // 1 > 4/4 is false → English. Kills `>=`.
    expect(otherLang('中 abcd', 'zh')).toBe('en');
    // 4 > 12/4 = 3 → Chinese. Kills `latin / 3` (4 > 4 is false).
    expect(otherLang('中文标题 abcdefghijkl', 'en')).toBe('zh');
    // 2 > 9/4 = 2.25 is false → English. Kills `latin / 5` (2 > 1.8).
    expect(otherLang('中文 abcdefghi', 'zh')).toBe('en');
  });
});
