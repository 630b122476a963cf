import { describe, expect, it } from 'vitest';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../format/types.js';
import { findTarget } from '../progress/assess.js';
import { gaugeSvg, wrapLines } from './svg.js';
import { lateDoc } from '../../test/helpers/late-target.js';

describe('wrapLines (SVG text does not wrap)', () => {
  it('ends with no room at all (a negative width left a word-breaking loop that never did)', () => {
    expect(wrapLines('word', -1, 16)).toEqual(['w', 'o', 'r', 'd']);
  });
  it('breaks between words, greedily, at 0.6 em per Latin character', () => {
    // 16 px × 0.6 = 9.6 px a character: 100 px holds 10 characters.
    expect(wrapLines('alpha beta gamma delta', 100, 16)).toEqual(['alpha beta', 'gamma', 'delta']);
  });
  it('keeps a line that fits whole', () => {
    expect(wrapLines('short', 100, 16)).toEqual(['short']);
  });
  it('breaks a word longer than the line (it overflowed, and an image clips it), after URL punctuation where it can', () => {
    // 10 characters a line: "supercalifragilistic" (20) has no punctuation, so it breaks after 10.
    expect(wrapLines('a supercalifragilistic word', 100, 16)).toEqual(['a', 'supercalif', 'ragilistic', 'word']);
    // "https://ab" fills the line; its last slash (the 8th character, in the line's second half) is the break.
    expect(wrapLines('see https://ab.cd/efgh/ij', 100, 16)).toEqual(['see', 'https://', 'ab.cd/', 'efgh/ij']);
    // A slash in the line's first half would leave a short line: "a/bcdefghijkl" breaks after 10 characters.
    expect(wrapLines('a/bcdefghijkl', 100, 16)).toEqual(['a/bcdefghi', 'jkl']);
  });
  it('breaks between CJK characters (1 em each), keeping closing punctuation with the one before', () => {
    // 5 characters of 16 px fit in 80 px.
    expect(wrapLines('工业领域碳达峰实施方案', 80, 16)).toEqual(['工业领域碳', '达峰实施方', '案']);
    expect(wrapLines('目标四，五六七', 64, 16)).toEqual(['目标四，', '五六七']);
  });
  it('never ends a line on an opening bracket: it goes with what it opens', () => {
    // "方案（" is 3 em: at 112 px (7 em) the bracket moves down with the Latin run it opens, 1 + 6 em (it ended the line:
    // "方案（").
    expect(wrapLines('方案（climate.cn 报道）', 112, 16)).toEqual(['方案', '（climate.cn', '报道）']);
    expect(wrapLines('一二《三四》', 48, 16)).toEqual(['一二', '《三', '四》']);
  });
  it('mixes scripts: a Latin run stays whole', () => {
    expect(wrapLines('到2025年下降', 64, 16)).toEqual(['到2025', '年下降']);
  });
  it('never breaks at the no-break space between a figure and its unit', () => {
    // "latest 1,793" (12 characters) fits in 120 px; the unit goes with its figure.
    expect(wrapLines('latest 1,793\u00a0Mt today', 120, 16)).toEqual(['latest', '1,793\u00a0Mt', 'today']);
  });
  it('never breaks at the word joiners that hold a Chinese figure to its unit, and gives them no width', () => {
    // 5 em fit in 80 px; "3000万吨" is 2.4 + 2 em, so it moves to the next line whole (was "目标3000万", "吨").
    expect(wrapLines('目标3000\u2060万\u2060吨', 80, 16)).toEqual(['目标', '3000\u2060万\u2060吨']);
    expect(wrapLines('3000\u2060万', 80, 16)).toEqual(['3000\u2060万']);
  });
  it('returns no line for empty text', () => {
    expect(wrapLines('   ', 100, 16)).toEqual([]);
  });
});

describe('gaugeSvg ids', () => {
  const doc = demo as unknown as PolicyDocument;
  const svgOf = (id: string, theme: 'light' | 'dark') => gaugeSvg(doc, findTarget(doc, id)!, { lang: 'en', theme, width: 400, variant: 'arc' });
  const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
  const refs = (s: string) => [...s.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')).concat([...s.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!));

  it('are not shared by two different images, so both can be pasted inline into one page', () => {
    // Both were "pl-title" and "pl-desc": the second image was named by the first one's title. The hatch of a gauge
    // gone backwards was one id per status, whichever palette filled it.
    const a = svgOf('transport-co2-30-2030', 'light');
    const b = svgOf('power-co2-minus-50-2030', 'light');
    const c = svgOf('transport-co2-30-2030', 'dark');
    expect(refs(a).length).toBeGreaterThan(2);
    for (const s of [a, b, c]) for (const r of refs(s)) expect(ids(s)).toContain(r);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(ids(a).filter((id) => ids(c).includes(id))).toEqual([]);
  });
  it('are the same for the same image (snapshots stay stable)', () => {
    expect(ids(svgOf('transport-co2-30-2030', 'light'))).toEqual(ids(svgOf('transport-co2-30-2030', 'light')));
  });
});

describe('gaugeSvg legend', () => {
  const doc = demo as unknown as PolicyDocument;
  const texts = (s: string) => [...s.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  it('keys its marks and gives the share of the way, as the live gauge does (the image showed unexplained ticks)', () => {
    const s = gaugeSvg(doc, findTarget(doc, 'heat-pumps-500-2032')!, { lang: 'en', theme: 'light', width: 400, variant: 'arc', asOf: 2024 });
    expect(texts(s)).toEqual(expect.arrayContaining(['15% due by 2024', 'Target by 2032', 'Milestone', '22% of the way']));
    // Each key is drawn as its mark: the target's solid 3.5 px line in the target colour becomes a 3 px key.
    expect(s).toMatch(/<line x1="[\d.]+" y1="[\d.]+" x2="[\d.]+" y2="[\d.]+" stroke="#[0-9a-f]+" stroke-width="3" stroke-linecap="round"\/><text [^>]*>Target by 2032<\/text>/i);
  });
  it('keys an "about" target inside its range by the range', () => {
    const s = gaugeSvg(doc, findTarget(doc, 'clinker-capacity-about-100-2028')!, { lang: 'en', theme: 'dark', width: 400, variant: 'bar' });
    expect(s).toMatch(/stroke-dasharray="3 2"\/><text [^>]*>[^<]*range[^<]*<\/text>/);
  });
});

describe('gaugeSvg text', () => {
  it('keeps a source titled by its address inside a 320 px image (its end was clipped at the edge)', () => {
    const base = demo as unknown as PolicyDocument;
    const url = 'https://www.example.gov/xxgk/zcfb/tz/202205/t20220526_1326022.html';
    const doc: PolicyDocument = { ...base, sources: base.sources!.map((s) => (s.id === 'illustrative' ? { ...s, title: { en: url, zh: url } } : s)) };
    const target = findTarget(doc, 'heat-pumps-500-2032')!;
    const svg = gaugeSvg(doc, target, { lang: 'en', theme: 'light', width: 320, variant: 'arc' });
    const lines = [...svg.matchAll(/<tspan x="16" y="\d+">([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    // 288 px of 12 px text at 0.6 em a character: 40 characters a line.
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(40);
    expect(lines.join('')).toContain(url);
  });
});

describe('gaugeSvg status', () => {
  it('names a target met after its year as the live gauge does: at most 30 Mt by 2022, 33 in 2022, 29 in 2023', () => {
    const doc = lateDoc();
    for (const [lang, late, off] of [['en', 'Achieved late', 'Off track'], ['zh', '逾期实现', '进度落后']] as const) {
      const svg = (asOf?: number) => gaugeSvg(doc, doc.targets[0]!, { lang, theme: 'light', width: 400, variant: 'arc', asOf });
      // The status line's text (the achieved colour kept), before its "as of" span.
      expect(svg(), lang).toContain(`data-status="achieved">${late}<`);
      expect(svg(2022), lang).toContain(`data-status="off-track">${off}<`);
    }
  });
});
