import { describe, expect, it } from 'vitest';
import { heldFigures, joinUnitWord, joined, joinFigures, joinTable } from './join.js';
import { IN_RANGE, messages, TARGET_MESSAGES, WAY } from './messages.js';
import { gaugeMessages } from '../gauge/messages.js';
import { trajectoryMessages } from '../trajectory/messages.js';
import { sectorsMessages } from '../sectors/messages.js';

const J = '\u2060';

describe('joinFigures', () => {
  it('holds a year to its 年 and a figure to 万 or 亿 and the character after', () => {
    expect(joinFigures('到2030年200项')).toBe(`到2030${J}年200项`);
    expect(joinFigures('3000万吨，1.8亿')).toBe(`3000${J}万${J}吨，1.8${J}亿`);
  });

  it('leaves a 年 after anything but a digit, and English, as they are', () => {
    expect(joinFigures('年均下降2.6%，每年')).toBe('年均下降2.6%，每年');
    expect(joinFigures('by 2030, 5 years')).toBe('by 2030, 5 years');
  });

  it('holds a month and a day to their 月 and 日 (a source title broke "2024年5 ⏎ 月")', () => {
    expect(joinFigures('（国家发展改革委等，2024年5月29日）')).toBe(`（国家发展改革委等，2024${J}年5${J}月29${J}日）`);
  });

  it('is idempotent: a joined figure follows a joiner, not a digit', () => {
    const once = joinFigures('截至2024年为3000万吨');
    expect(joinFigures(once)).toBe(once);
  });
});

describe('heldFigures', () => {
  it('splits out each figure held by word joiners: a range\'s first figure with its wave dash, its second with its unit', () => {
    expect(heldFigures(`处于假定区间内（17.73${J}～${J}18.27${J}亿${J}吨），按当前速度2028${J}年将低于该区间`)).toEqual([
      '处于假定区间内（', `17.73${J}～`, J, `18.27${J}亿${J}吨`, '），按当前速度', `2028${J}年`, '将低于该区间',
    ]);
  });

  it('leaves English (no joiners) in one piece', () => {
    expect(heldFigures('within the target range (1,773–\u20601,827\u00a0Mt)')).toEqual(['within the target range (1,773–\u20601,827\u00a0Mt)']);
  });
});

describe('joinUnitWord', () => {
  it('holds a short unit after the held figure whole, and leaves a long one, and a bare figure, as they were', () => {
    expect(joinUnitWord(`48.76${J}亿${J}吨二氧化碳当量`)).toBe(`48.76${J}亿${J}吨二${J}氧${J}化${J}碳${J}当${J}量`);
    expect(joinUnitWord(`1.8${J}亿${J}吨`)).toBe(`1.8${J}亿${J}吨`);
    expect(joinUnitWord(`5${J}万${J}吨标准煤每万元工业增加值`)).toBe(`5${J}万${J}吨标准煤每万元工业增加值`);
    expect(joinUnitWord('93.2')).toBe('93.2');
    expect(joinUnitWord('10,906\u00a0Mt\u00a0CO₂')).toBe('10,906\u00a0Mt\u00a0CO₂');
  });
});

describe('joinTable and joined', () => {
  it('wrap every function of a table, nested ones too, and leave constants and what is not text alone', () => {
    const marker = { a: 1 };
    const t = joinTable({ by: (y: number) => `到${y}年`, inner: { peak: (y: number) => `${y}年前达峰` }, fixed: '数据不足', other: () => marker, n: 3 });
    expect(t.by(2030)).toBe(`到2030${J}年`);
    expect(t.inner.peak(2030)).toBe(`2030${J}年前达峰`);
    expect(t.fixed).toBe('数据不足');
    expect(t.other()).toBe(marker);
    expect(t.n).toBe(3);
    expect(joined((y: number) => `${y}年`)(2025)).toBe(`2025${J}年`);
  });
});

/**
 * Calls every function in a table with years for all its arguments, and again with lists of years (for those that take
 * a list, or a [side, year] pair), collecting the text. (A wrapped function's `length` is 0: eight arguments each time.)
 */
function texts(table: unknown, out: string[] = []): string[] {
  if (typeof table === 'string') out.push(table);
  else if (typeof table === 'function')
    for (const arg of [2030, [2030, 2031]]) {
      try {
        const r: unknown = (table as (...a: unknown[]) => unknown)(...Array.from({ length: 8 }, () => arg));
        if (typeof r === 'string') out.push(r);
      } catch {
        // It needs another kind of argument: the other set.
      }
    }
  else if (table && typeof table === 'object') for (const v of Object.values(table)) texts(v, out);
  return out;
}

describe('every Chinese message table', () => {
  // "截至2022 ⏎ 年应完成42%", "最新值93.2（2022 ⏎ 年）": Chromium breaks between a digit and a Han character, and the tables
  // put a year before 年 in some forty sentences. The browser test (test/browser/zh-years.test.ts) checks the widgets.
  const tables = {
    messages: messages('zh'),
    TARGET_MESSAGES: TARGET_MESSAGES.zh,
    IN_RANGE: { f: IN_RANGE.zh },
    WAY: WAY.zh,
    gauge: gaugeMessages('zh'),
    trajectory: trajectoryMessages('zh'),
    sectors: sectorsMessages('zh'),
  };
  for (const [name, table] of Object.entries(tables))
    it(`${name} holds each year to its 年`, () => {
      const years = texts(table).flatMap((t) => t.match(/\d\u2060?年/g) ?? []);
      expect(years.length, 'years written').toBeGreaterThan(0);
      expect(years.filter((y) => !y.includes(J))).toEqual([]);
    });
});
