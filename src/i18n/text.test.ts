import { describe, expect, it } from 'vitest';
import { codeParts } from './text.js';

describe('codeParts: a message as text, code and the punctuation after it, by turns', () => {
  it('an element tag is code, its attributes with it', () => {
    expect(codeParts('add a <script type="application/json"> inside, or wrap in <peakline-data src="…">.')).toEqual([
      'add a ',
      '<script type="application/json">',
      '',
      ' inside, or wrap in ',
      '<peakline-data src="…">',
      '.',
      '',
    ]);
  });

  it('a message without code is one text', () => {
    expect(codeParts('is required')).toEqual(['is required']);
  });

  it('an attribute as written and a quoted value are code, with their quotes; the punctuation after each is apart', () => {
    expect(codeParts('target="industrial-co2-peek": this dataset has no target with that id; did you mean "industrial-co2-peak-2030"?')).toEqual([
      '',
      'target="industrial-co2-peek"',
      ':',
      ' this dataset has no target with that id; did you mean ',
      '"industrial-co2-peak-2030"',
      '?',
      '',
    ]);
    // Each of several values; the words between them are not code.
    expect(codeParts('must be one of "relative", "absolute", got "percentage"')).toEqual(['must be one of ', '"relative"', ',', ' ', '"absolute"', ',', ' got ', '"percentage"', '', '']);
  });

  it('in Chinese, a value between “ and ”, with them, and the character after it', () => {
    expect(codeParts('此数据集中没有 ID 为“industrial-co2-peak-2031”的目标；是否指“industrial-co2-peak-2030”？')).toEqual([
      '此数据集中没有 ID 为',
      '“industrial-co2-peak-2031”',
      '的',
      '目标；是否指',
      '“industrial-co2-peak-2030”',
      '？',
      '',
    ]);
    expect(codeParts('请使用 targets="a,b"。')).toEqual(['请使用 ', 'targets="a,b"', '。', '']);
  });
});
