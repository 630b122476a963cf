import { describe, expect, it } from 'vitest';
import { codeParts } from './text.js';
import { loadMessage, messages, TARGET_MESSAGES } from './messages.js';
import { someIds } from '../format/closest.js';
import { sectorsMessages } from '../sectors/messages.js';

describe('codeParts: a message as text, the bracket before a code, the code and the punctuation after it, by turns', () => {
  it('an element tag is code, its attributes with it', () => {
    expect(codeParts('add a <script type="application/json"> inside, or wrap in <peakline-data src="…">.')).toEqual(['add a ', '', '<script type="application/json">', '', ' inside, or wrap in ', '', '<peakline-data src="…">', '.', '']);
  });

  it('a message without code is one text', () => {
    expect(codeParts('is required')).toEqual(['is required']);
  });

  it('an attribute as written and a quoted value are code, with their quotes; the punctuation after each is apart', () => {
    expect(codeParts('target="industrial-co2-peek": this dataset has no target with that id; did you mean "industrial-co2-peak-2030"?')).toEqual(['', '', 'target="industrial-co2-peek"', ':', ' this dataset has no target with that id; did you mean ', '', '"industrial-co2-peak-2030"', '?', '']);
    // Each of several values; the words between them are not code.
    expect(codeParts('must be one of "relative", "absolute", got "percentage"')).toEqual(['must be one of ', '', '"relative"', ',', ' ', '', '"absolute"', ',', ' got ', '', '"percentage"', '', '']);
  });

  it('in Chinese, a value between “ and ”, with them, and the character after it', () => {
    expect(codeParts('此数据集中没有 ID 为“industrial-co2-peak-2031”的目标；是否指“industrial-co2-peak-2030”？')).toEqual(['此数据集中没有 ID 为', '', '“industrial-co2-peak-2031”', '的', '目标；是否指', '', '“industrial-co2-peak-2030”', '？', '']);
    expect(codeParts('请使用 targets="a,b"。')).toEqual(['请使用 ', '', 'targets="a,b"', '。', '']);
  });

  it('an opening bracket before a code goes with it: "No data ( ⏎ data="[object" ended a line with it', () => {
    const [en, zh] = [messages('en'), messages('zh')].map((m) => codeParts(loadMessage(m, ['none', '[object Object]'])!).slice(0, 5));
    expect(en).toEqual(['No data ', '(', 'data="[object Object]"', '', ' is an attribute, never read): set the data property, add a ']);
    expect(zh).toEqual(['没有数据', '（', 'data="[object Object]"', '', ' 是特性，不会被读取）：请设置 data 属性，在元素内添加 ']);
    // Not a bracket after a space, nor one closing.
    expect(codeParts('a ( "b") "c"')).toEqual(['a ( ', '', '"b"', ')', ' ', '', '"c"', '', '']);
  });
});

describe('the ids an unknown id\'s message lists are code, each with the comma after it', () => {
  // A phone broke "(its ids: industrial-co2-peak-2030, industrial-⏎energy-intensity-2025" at its hyphens: the ids were prose.
  const ids = ['clinker-capacity-2025', 'industrial-co2-peak-2030'];
  const nine = [...'abcdefghi'];

  it('en: quoted, as a guess is, and "…" after the first eight, not code', () => {
    expect(someIds(ids, 'en')).toBe('"clinker-capacity-2025", "industrial-co2-peak-2030"');
    expect(someIds(nine, 'en')).toBe('"a", "b", "c", "d", "e", "f", "g", "h", …');
    expect(someIds([], 'en')).toBe('');
    const message = TARGET_MESSAGES.en.unknownTarget('nope', undefined, someIds(ids, 'en'));
    expect(message).toBe('target="nope": this dataset has no target with that id (its ids: "clinker-capacity-2025", "industrial-co2-peak-2030")');
    expect(codeParts(message)).toEqual(['', '', 'target="nope"', ':', ' this dataset has no target with that id (its ids: ', '', '"clinker-capacity-2025"', ',', ' ', '', '"industrial-co2-peak-2030"', ')', '']);
    expect(sectorsMessages('en').unknown('sectors', 'x', undefined, someIds(['steel', 'building-materials'], 'en'))).toBe('No sector with id "x" in this dataset (sectors: "steel", "building-materials")');
  });

  it('zh: between “ and ”, as a guess is, each with its 、', () => {
    expect(someIds(nine, 'zh')).toBe('“a”、“b”、“c”、“d”、“e”、“f”、“g”、“h”、…');
    const message = TARGET_MESSAGES.zh.unknownTarget('nope', undefined, someIds(ids, 'zh'));
    expect(message).toBe('target="nope"：此数据集中没有该 ID 的目标（现有 ID：“clinker-capacity-2025”、“industrial-co2-peak-2030”）。');
    expect(codeParts(message)).toEqual(['', '', 'target="nope"', '：', '此数据集中没有该 ID 的目标（现有 ID：', '', '“clinker-capacity-2025”', '、', '', '', '“industrial-co2-peak-2030”', '）', '。']);
    expect(sectorsMessages('zh').unknown('sectors', 'x', undefined, someIds(['steel'], 'zh'))).toBe('此数据集中没有 ID 为“x”的行业（现有行业：“steel”）。');
  });
});

describe('a web address in a load failure is code, with the punctuation after it', () => {
  const url = 'https://example.org/data/cn-industry-carbon-peaking-2022.json';
  const en = messages('en');
  const zh = messages('zh');

  it('en: ended by the colon or full stop after it, not taking them', () => {
    expect(codeParts(loadMessage(en, ['http', url, '404 Not Found'])!)).toEqual(['Could not load ', '', url, ':', ' the server answered 404 Not Found.']);
    expect(codeParts(loadMessage(en, ['read', url])!)).toEqual(['Could not read the response from ', '', url, '.', '']);
    expect(codeParts(loadMessage(en, ['timeout', url, 10000])!)).toEqual(['Loading ', '', url, '', ' took longer than 10 s, so it was stopped.']);
    // With a port, a query, and cut short by echo (…).
    expect(codeParts('Could not load http://localhost:8000/d.json?v=2: x')).toEqual(['Could not load ', '', 'http://localhost:8000/d.json?v=2', ':', ' x']);
    expect(codeParts('Could not load http://a.org/ab…: x')).toEqual(['Could not load ', '', 'http://a.org/ab…', ':', ' x']);
  });

  it('zh: ended by the Chinese after it', () => {
    expect(codeParts(loadMessage(zh, ['network', url])!)).toEqual(['无法加载 ', '', url, '：', '网络故障，或服务器不允许此页面读取（CORS）。']);
    expect(codeParts(loadMessage(zh, ['read', url])!)).toEqual(['无法读取 ', '', url, '', ' 的响应。']);
  });
});
