/** Chinese problem messages the corpus does not produce (from a mutation run of problems-zh.ts). */
import { describe, expect, it } from 'vitest';
import { parseAndValidate } from '../../src/format/validate.js';
import { problemZh } from './problems-zh.js';

describe('problemZh', () => {
  it('a wrong direction is said either way: down (下降) and up (上升)', () => {
    expect(problemZh('moves the value down by 10%, but the indicator says higher is better')).toBe('使数值下降10%，但指标规定越高越好');
    expect(problemZh('moves the value up by 13.5%, but the indicator says lower is better')).toBe('使数值上升13.5%，但指标规定越低越好');
  });

  it('an id kind with no Chinese name yet keeps its English word, not "undefined"', () => {
    expect(problemZh('duplicate widget id "x" (first used at widgets[0].id)')).toBe('widget ID "x" 重复（首次出现在 widgets[0].id）');
    expect(problemZh('refers to widget "x", which is not defined')).toBe('引用的widget "x" 未定义');
    expect(problemZh("must come after the previous step's year (2025)")).toBe('必须晚于上一个step的年份（2025）');
  });

  it('counts with thousands separators, as the validator writes them', () => {
    expect(problemZh('is 10,000 characters long; at most 4,000 are allowed')).toBe('长10,000个字符，最多允许4,000个');
    expect(problemZh('has 10,001 entries; at most 10,000 are allowed')).toBe('有10,001项，最多允许10,000项');
  });

  it('a quoted value holding ", got " is read whole, not split there', () => {
    expect(problemZh('unknown field "a, got b"')).toBe('未知字段 "a, got b"');
    expect(problemZh('"a, got b" is not a language code like "en", "zh" or "zh-Hant"')).toBe('"a, got b" 不是语言代码（应如 "en"、"zh" 或 "zh-Hant"）');
    // A real "<what>, got <value>" still splits at the first one.
    expect(problemZh('must be text (a string), got 5')).toBe('必须是文本（字符串），实际为 5');
  });

  it('a missing colon and a cut "\\u" escape, as the validator reports them from Node\'s and Chromium\'s parser', () => {
    const zh = (text: string) => problemZh(parseAndValidate(text).problems[0]!.message);
    expect(zh('{"a" 1}')).toBe("不是有效的 JSON（第1行，第6列）：属性名后应为 ':'");
    expect(zh('{"a": "\\u12"}')).toMatch(/^不是有效的 JSON（第1行，第\d+列）：无效的 Unicode 转义/);
  });
});
