/// <reference types="vite/client" />
/**
 * Every problem the validator reports for the broken documents of test/corpus/, and every message of the loader,
 * has its Chinese in problems-zh.ts, with no English sentence left in it (quoted values, paths and the JSON
 * parser's own words aside). A new or reworded message without a translation fails here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAndValidate, validate } from '../../src/format/validate.js';
import { lint } from '../../src/format/lint.js';
import { clearLoadCache, failed, loadDocument, setLoadTimeout } from '../../src/base/loader.js';
import { loadMessage, messages } from '../../src/i18n/messages.js';
import { problemZh } from './problems-zh.js';

const files = import.meta.glob('../../test/corpus/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const corpus = Object.entries(files).filter(([path]) => /\/\d\d-[a-z0-9-]+\.(json|txt)$/.test(path));

/** English left over once quoted values, code-like tokens and the parser's text (after "JSON（…）：") are removed. */
const english = (zh: string) =>
  zh
    .replace(/"[^"]*"/g, '')
    .replace(/：.*$/s, (rest) => (/^：(Unexpected|Expected|Bad|Unterminated|No number)/.test(rest) ? '' : rest))
    .match(/\b(must|is|are|the|got|required|field|allowed|more|than|after|before|not|of|a|an|or|and|to)\b/gi) ?? [];

describe('problem messages in Chinese', () => {
  const messages = new Set<string>();
  for (const [, text] of corpus) {
    const r = text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? validate(safeParse(text)) : parseAndValidate(text);
    for (const p of r.problems) messages.add(p.message);
  }

  it(`the corpus gives many different messages (${messages.size})`, () => {
    expect(messages.size).toBeGreaterThan(40);
  });

  for (const message of messages) {
    it(`translates: ${message.slice(0, 90)}`, () => {
      const zh = problemZh(message);
      expect(zh, message).not.toBeNull();
      expect(english(zh!), `${message} → ${zh}`).toEqual([]);
    });
  }

  it('worked examples', () => {
    expect(problemZh('must be a number, got "100" (remove the quotes)')).toBe('必须是数字，实际为 "100"（请去掉引号）');
    expect(problemZh("must be a number, got \"20%\" (write 20, without quotes: the unit is the indicator's)")).toBe('必须是数字，实际为 "20%"（请写作 20，不加引号：单位由指标给出）');
    expect(problemZh('must be one of "lower", "higher", got "lowr"; did you mean "lower"?')).toBe('必须为以下之一："lower", "higher"，实际为 "lowr"；是否应为 "lower"？');
    expect(problemZh('unknown field "baselin"; did you mean "baseline"?')).toBe('未知字段 "baselin"；是否应为 "baseline"？');
    expect(problemZh('must be a list ([...]), got an object')).toBe('必须是列表（[...]），实际为对象');
    // null is written as in the document, set apart from the Chinese as a number is (实际为 5), not run into it.
    expect(problemZh('The document must be a JSON object ({…}), got null')).toBe('文档必须是 JSON 对象（{…}），实际为 null');
    expect(problemZh('refers to indicator "x", which is not defined')).toBe('引用的指标 "x" 未定义');
    expect(problemZh('something new')).toBeNull();
    // The parser's own words too, where Chromium's are known; with others the whole message is left in English (so the
    // builder marks it lang="en" and says part of the list is English), not half translated.
    expect(problemZh("is not valid JSON (line 1, column 3): Expected property name or '}'")).toBe("不是有效的 JSON（第1行，第3列）：此处应为属性名或 '}'");
    expect(problemZh('is not valid JSON: Unexpected token \'b\', "{ broken" is not valid JSON')).toBe('不是有效的 JSON：意外的字符 \'b\'（"{ broken" 不是有效的 JSON）');
    expect(problemZh('is not valid JSON (line 2, column 1): Something new')).toBeNull();
    expect(problemZh('is not valid JSON: Something new')).toBeNull();
    // Two common hand-editing mistakes, whose words Chromium gives (a missing colon, a "\u" escape cut short).
    expect(problemZh("is not valid JSON (line 2, column 19): Expected ':' after property name")).toBe("不是有效的 JSON（第2行，第19列）：属性名后应为 ':'");
    expect(problemZh('is not valid JSON (line 1, column 12): Bad Unicode escape')).toBe('不是有效的 JSON（第1行，第12列）：无效的 Unicode 转义（\\u 后应为四位十六进制数字）');
    // What Python's json.dumps and JavaScript write for a number that is not one, with its sign.
    expect(problemZh('is not valid JSON (line 3, column 14): -Infinity is not JSON: write a number, or leave the field out')).toBe('不是有效的 JSON（第3行，第14列）：-Infinity 不是 JSON 值：请写一个数字，或删去该字段');
    // Messages whose position has been taken off, and a quote that is cut only at its end.
    expect(problemZh('is not valid JSON (line 3, column 9): a text without its closing quote (")')).toBe('不是有效的 JSON（第3行，第9列）：文本缺少结束引号（"）');
    expect(problemZh('is not valid JSON (line 2, column 14): the text ends too soon: a closing } or ], or a closing quote, is missing')).toBe('不是有效的 JSON（第2行，第14列）：文本提前结束：缺少右括号 } 或 ]，或缺少结束引号');
    expect(problemZh('is not valid JSON (line 1, column 9): a line break, tab or other control character inside a text (\\u000A): write a line break as \\n, or remove it')).toBe('不是有效的 JSON（第1行，第9列）：文本中有换行符、制表符或其他控制字符（\\u000A）：换行请写作 \\n，否则请删除');
    expect(problemZh('is not valid JSON (line 1, column 9): Unexpected number')).toBe('不是有效的 JSON（第1行，第9列）：此处不应出现数字');
    expect(problemZh('is not valid JSON: Unexpected token \'x\', "{"a":  x  "... is not valid JSON')).toBe('不是有效的 JSON：意外的字符 \'x\'（"{"a":  x  "... 不是有效的 JSON）');
    // Located "Unexpected token" messages have no quote left; UTF-16 files have their own message.
    expect(problemZh("is not valid JSON (line 5, column 14): Unexpected token '}'")).toBe("不是有效的 JSON（第5行，第14列）：意外的字符 '}'");
    expect(problemZh('is not UTF-8 text (UTF-16?): save the file as UTF-8')).toBe('不是 UTF-8 文本（可能是 UTF-16）：请将文件另存为 UTF-8');
    // The validator's names for hand-editing mistakes, each as parseAndValidate gives it.
    const zh = (text: string) => problemZh(parseAndValidate(text).problems[0]!.message);
    expect(zh('{\n  "a": 1,\n}')).toBe('不是有效的 JSON（第2行，第9列）：最后一项之后、"}" 之前多了一个逗号：请删除');
    expect(zh('{\n  \u201ca\u201d: 1\n}')).toBe('不是有效的 JSON（第2行，第3列）：弯引号（\u201c）：请改用直双引号（"）');
    expect(zh("{\n  'a': 1\n}")).toBe('不是有效的 JSON（第2行，第3列）：单引号（\'）：请改用双引号（"）');
    expect(zh('{\n  "value": 95,5\n}')).toBe('不是有效的 JSON（第2行，第14列）：数字 95,5 用了逗号作小数点：请写作 95.5');
    expect(zh('{\n  "value": 1,300\n}')).toBe('不是有效的 JSON（第2行，第13列）：数字 1,300 中有逗号：若为千位分隔符请写作 1300，若为小数点请写作 1.300');
    expect(zh('{\n  "value": 12,345,678\n}')).toBe('不是有效的 JSON（第2行，第14列）：数字 12,345,678 用了千位分隔符：请写作 12345678');
    expect(zh('hello')).toBe('不是有效的 JSON（第1行，第1列）：JSON 文档应以 "{" 开头');
    expect(zh('%PDF-1.7')).toBe('不是文本文件（是图片、PDF 或压缩包吗？）：请选择 JSON 数据文件');
  });
});

describe('data warnings in Chinese', () => {
  // One document with every kind of warning (src/format/lint.ts), and one without policy documents for the other
  // wording of a missing source.
  const doc = (documents: boolean) => ({
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'XX', ...(documents ? { documents: ['s'] } : {}) },
    sources: [{ id: 's', title: 'S', url: 'https://example.org/s' }],
    indicators: [...['a', 'b'].map((id) => ({ id, label: id, unit: 't', better: 'lower' })), { id: 'c', label: 'c', unit: '%', better: 'higher' }],
    targets: [
      { id: 'a', indicator: 'a', label: 'x'.repeat(200), baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2025 }, milestones: [{ year: 2023, value: -5 }] },
      { id: 'b', indicator: 'b', baseline: { year: 2020, value: 3 }, goal: { kind: 'absolute', value: 1, comparison: 'at-most', year: 2025 }, source: 's' },
      { id: 'c', indicator: 'c', baseline: { year: 2020, value: 30 }, goal: { kind: 'absolute', value: 0.3, comparison: 'at-least', year: 2025 }, source: 's', thresholds: { onTrack: 95 } },
    ],
    observations: [
      { indicator: 'a', year: 2020, value: 94.4, provenance: { status: 'official', source: 's' } },
      { indicator: 'a', year: 2021, value: 93, provenance: { status: 'illustrative', source: 's' } },
      { indicator: 'b', year: 2020, value: 0, provenance: { status: 'estimate', source: 's' } },
    ],
  });
  const warnings = [...lint(validate(doc(true)).data!), ...lint(validate(doc(false)).data!)];
  const messages = new Set(warnings.map((w) => w.message));

  it('a goal a tenth of its baseline or less: 不到…的十分之一', () => {
    const goal = warnings.find((w) => w.path === 'targets[2].goal.value')!;
    expect(goal.message).toMatch(/^is 0\.3, a tenth of the baseline \(30 in 2020\) or less/);
    expect(problemZh(goal.message)).toBe('为 0.3，不到基准值（2020年为 30）的十分之一，组件会从一开始就显示目标已实现：请检查该数值和指标的单位（是否把 35% 写成了 0.35？）');
  });

  it('a milestone outside the way: the baseline said as a sentence (2020年为 100), not "2020年 100"', () => {
    const milestone = warnings.find((w) => w.path === 'targets[0].milestones[0].value')!;
    expect(problemZh(milestone.message)).toMatch(/^为 -5，不在从基准值（2020年为 100）到目标值（90）之间：/);
  });

  it('thresholds written as percentages: 95% 请写作 0.95, not the other way round', () => {
    const threshold = warnings.find((w) => w.path === 'targets[2].thresholds.onTrack')!;
    expect(threshold.message).toBe('is 95: a threshold is a ratio of the pace the target needs (the default for onTrack is 0.95), not a percentage; write 0.95 for 95%');
    expect(problemZh(threshold.message)).toBe('为 95：阈值是相对于目标所需速度的比值（onTrack 的默认值为 0.95），不是百分比；95% 请写作 0.95');
  });

  it('the examples give every kind: baseline (with and without a percentage), source (two wordings), milestone, mixed series, long title, a goal a tenth of its baseline, thresholds as percentages', () => {
    expect(messages.size).toBe(9);
  });
  for (const message of messages) {
    it(`translates: ${message.slice(0, 90)}`, () => {
      const zh = problemZh(message);
      expect(zh, message).not.toBeNull();
      expect(english(zh!), `${message} → ${zh}`).toEqual([]);
    });
  }
  it('mixed series: the badge\'s words in Chinese quotation marks, the data\'s values in straight ones', () => {
    expect(problemZh(warnings.find((w) => w.message.startsWith('is "illustrative"'))!.message)).toBe(
      '为 "illustrative"："a" 有1个示意（虚构）观测值和1个报告观测值（official 或 estimate），图表会把它们连成一条线并标注“示意数据”：请把虚构数值放在单独的文档中',
    );
  });
  it("worked example: both values and the observation's path stay as they are", () => {
    expect(problemZh(warnings.find((w) => w.path === 'targets[0].baseline.value')!.message)).toBe(
      '为 100，但文档中 "a" 2020年的观测值（observations[0].value）为 94.4，相差5.9%：两个数字中有一个有误，或二者衡量的不是同一事物（组件从 100 起衡量进展）',
    );
  });
});

describe('loader messages in Chinese', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearLoadCache();
  });

  /** loadDocument with the loader's limit at `timeoutMs` for this one request (it is read as the request starts). */
  const loadWithin = (url: string, timeoutMs?: number) => {
    const was = setLoadTimeout(timeoutMs ?? 2000);
    try {
      return loadDocument(url);
    } finally {
      setLoadTimeout(was);
    }
  };

  const load = async (fetchImpl: () => Promise<Response>, timeoutMs?: number) => {
    vi.stubGlobal('fetch', fetchImpl);
    const r = await loadWithin(`https://example.org/${Math.random()}.json`, timeoutMs);
    return r.ok ? '' : r.problems[0]!.message;
  };

  it('404, network failure, timeout, unreadable body, and a non-http address', async () => {
    const messages = [
      await load(async () => new Response('nope', { status: 404, statusText: 'Not Found' })),
      await load(async () => Promise.reject(new TypeError('Failed to fetch'))),
      await load(() => new Promise<Response>(() => {}), 20),
      await load(async () => ({ ok: true, text: () => Promise.reject(new Error('bad body')) }) as unknown as Response),
      await loadDocument('javascript:alert(1)').then((r) => (r.ok ? '' : r.problems[0]!.message)),
    ];
    const zh = messages.map(problemZh);
    expect(zh[0]).toMatch(/^无法加载 https:\/\/example\.org\/.*：服务器返回 404。$/);
    // The browser's own English words ("Failed to fetch") are left out of the Chinese.
    expect(zh[1]).toMatch(/网络故障，或服务器不允许此页面读取（CORS）。$/);
    expect(zh[2]).toMatch(/超过20毫秒，已停止。$/);
    expect(zh[3]).toMatch(/^无法读取 .* 的响应。$/);
    expect(zh[4]).toBe('"javascript:alert(1)" 不是 http(s) 网址，因此未加载。');
  });

  it("are what a Chinese widget says of the same failure (the kit's own table, src/i18n/messages.ts)", async () => {
    const load = (fetchImpl: () => Promise<Response>, url: string, timeoutMs?: number) => (vi.stubGlobal('fetch', fetchImpl), loadWithin(url, timeoutMs));
    const results = await Promise.all([
      loadDocument('javascript:alert(1)'),
      loadDocument(`ftp://${'a'.repeat(200)}`),
      load(async () => new Response('nope', { status: 503, statusText: 'Service\u0085Unavailable' }), 'https://example.org/a.json'),
      load(async () => Promise.reject(new TypeError('Failed to fetch')), 'https://example.org/b.json'),
      load(() => new Promise<Response>(() => {}), 'https://example.org/c.json', 20),
      load(async () => ({ ok: true, text: () => Promise.reject(new Error('bad body')) }) as unknown as Response, 'https://example.org/d.json'),
    ]);
    // A timeout in seconds (a widget's is 10 s), as the loader words it.
    for (const r of [...results, failed(['timeout', 'https://example.org/e.json', 10_000])]) {
      if (r.ok || !r.failure) throw new Error('a failure to load');
      expect(loadMessage(messages('en'), r.failure)).toBe(r.problems[0]!.message);
      expect(problemZh(r.problems[0]!.message)).toBe(loadMessage(messages('zh'), r.failure));
    }
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
