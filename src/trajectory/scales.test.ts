import { precisionFixed } from 'd3-format';
import { scaleLinear } from '../scale/linear.js';
import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../format/types.js';
import { valueFormat } from '../i18n/format.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { intersects } from './labels.js';
import { textWidth } from '../i18n/text-width.js';
import { chartHeight, FONT_PX, tickDigits, valueAxis, X_LABEL_GAP, xTicksFit, Y_LABEL_SPACING, yearTicks, yTicksFit, type Tick } from './scales.js';
import { trajectoryView } from './view.js';

const cn = china as unknown as PolicyDocument;
const dm = demo as unknown as PolicyDocument;
/** Unit-less numbers in a language (what the y labels show for a target without a unit). */
const bare = (lang: Lang) => valueFormat(lang, '', [], [], []);
/** No limits, no bounds. */
const FREE: [number, number] = [-Infinity, Infinity];
const WIDTHS = Array.from({ length: 25 }, (_, i) => 240 + i * 40); // 240, 280, … 1200

/** Estimated label boxes never overlap: x labels keep X_LABEL_GAP apart, y labels a line and a half. */
function assertXFit(ticks: readonly Tick[], width: number) {
  expect(ticks.length).toBeGreaterThan(0);
  for (let i = 0; i < ticks.length; i++) {
    const t = ticks[i]!;
    expect(t.pos - t.width / 2).toBeGreaterThanOrEqual(0);
    expect(t.pos + t.width / 2).toBeLessThanOrEqual(width);
    const next = ticks[i + 1];
    if (next) expect(next.pos - next.width / 2 - (t.pos + t.width / 2)).toBeGreaterThanOrEqual(X_LABEL_GAP);
  }
}

function assertYFit(ticks: readonly Tick[]) {
  for (let i = 1; i < ticks.length; i++) expect(Math.abs(ticks[i]!.pos - ticks[i - 1]!.pos)).toBeGreaterThanOrEqual(FONT_PX * Y_LABEL_SPACING);
  expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
}

describe('textWidth', () => {
  it('counts 0.6 em per Latin character and 1 em per CJK character', () => {
    expect(textWidth('2030', FONT_PX)).toBeCloseTo(4 * 0.6 * 12, 9); // 28.8
    expect(textWidth('1.2万', FONT_PX)).toBeCloseTo((3 * 0.6 + 1) * 12, 9); // 33.6
    expect(textWidth('目标 86.5', 10)).toBeCloseTo((2 + 0.3 + 4 * 0.6) * 10, 9); // 47
  });
  it('gives the word joiner that holds a Chinese figure to its unit no width', () => {
    expect(textWidth('1.2\u2060万', FONT_PX)).toBeCloseTo(33.6, 9);
  });
});

describe('chartHeight', () => {
  it('is 16:10 at wide widths, at least 220 px and at most 560 px', () => {
    expect(chartHeight(290, 16)).toBe(220);
    expect(chartHeight(400, 16)).toBe(250);
    expect(chartHeight(870, 16)).toBe(544);
    expect(chartHeight(1200, 16)).toBe(560);
    // Larger text raises the floor: 220 × 32/16 = 440 at a reader's 200%, 275 at 125%; wide charts keep 16∶10 up to 560.
    expect(chartHeight(290, 32)).toBe(440);
    expect(chartHeight(290, 20)).toBe(275);
    expect(chartHeight(870, 32)).toBe(544);
    expect(chartHeight(290, 12)).toBe(220); // smaller text: no lower than 220
  });
});

describe('tickDigits', () => {
  it('gives the decimals that tell ticks apart', () => {
    expect(tickDigits(2000)).toBe(0);
    expect(tickDigits(0.5)).toBe(1);
    expect(tickDigits(0.05)).toBe(2);
    expect(tickDigits(0.002)).toBe(3);
    expect(tickDigits(0.025)).toBe(2);
    expect(tickDigits(1e-3)).toBe(3); // log10 is -2.9999999999999996 here
    expect(tickDigits(1e-9)).toBe(6); // capped
    expect(tickDigits(0)).toBe(0);
    expect(tickDigits(Number.NaN)).toBe(0);
  });
  it('agrees with d3-format\'s precisionFixed on every step d3 ticks produce', () => {
    for (let e = -6; e <= 6; e++)
      for (const m of [1, 2, 2.5, 5]) {
        const step = Number((m * 10 ** e).toPrecision(12));
        expect(tickDigits(step), String(step)).toBe(Math.min(6, precisionFixed(step)));
      }
  });
});

describe('xTicksFit', () => {
  const t = (pos: number, label: string): Tick => ({ value: Number(label), pos, label, width: textWidth(label, FONT_PX) });
  it('rejects labels closer than the gap and labels outside the bounds', () => {
    // "2020" and "2021" are 28.8 px wide: centres 36.8 px apart leave exactly 8 px.
    expect(xTicksFit([t(20, '2020'), t(56.8, '2021')], X_LABEL_GAP, FREE, 0)).toBe(true);
    expect(xTicksFit([t(20, '2020'), t(56, '2021')], X_LABEL_GAP, FREE, 0)).toBe(false);
    expect(xTicksFit([t(10, '2020')], 0, [0, 100], 0)).toBe(false);
  });
});

describe('yearTicks', () => {
  const domains: [number, number][] = [[1990, 2030], [2020, 2025], [2015, 2032], [2023, 2025], [1960, 2024], [2019, 2020], [1990, 2050], [2015, 2025], [2015, 2028], [2019, 2032]];
  for (const [d0, d1] of domains) {
    it(`${d0}–${d1}: whole years that fit at every width from 240 to 1200 px`, () => {
      for (const w of WIDTHS) {
        const x = scaleLinear([d0, d1], [40, w - 18]);
        const ticks = yearTicks(x, [0, w], FONT_PX);
        assertXFit(ticks, w);
        for (const tk of ticks) {
          expect(Number.isInteger(tk.value)).toBe(true);
          expect(tk.value).toBeGreaterThanOrEqual(d0);
          expect(tk.value).toBeLessThanOrEqual(d1);
          expect(tk.label).toMatch(/^\d{4}$/); // no thousands separator
        }
        // Both ends labelled (the first year and the target year); between them evenly spaced, the gaps to the ends
        // from half a step to two and a half (a nice tick next to an end may give way to it).
        if (ticks.length < 2) continue;
        expect([ticks[0]!.value, ticks.at(-1)!.value], `${w} px: ${ticks.map((tk) => tk.label)}`).toEqual([d0, d1]);
        const gaps = ticks.slice(1).map((tk, i) => tk.value - ticks[i]!.value);
        const inner = gaps.slice(1, -1);
        const step = inner[0] ?? Math.min(...gaps);
        inner.forEach((g) => expect(g, `${w} px: ${ticks.map((tk) => tk.label)}`).toBe(step));
        for (const edge of [gaps[0]!, gaps.at(-1)!]) {
          expect(edge * 2, `${w} px: ${ticks.map((tk) => tk.label)}`).toBeGreaterThanOrEqual(step);
          expect(edge, `${w} px: ${ticks.map((tk) => tk.label)}`).toBeLessThan(step * 2.5);
        }
      }
    });
  }

  const labels = (d: [number, number], r: [number, number], w: number, font?: number) => yearTicks(scaleLinear(d, r), [0, w], font ?? FONT_PX).map((t) => t.label);

  it('labels the first year (the baseline\'s, where the chart starts) and the last (the target year), round years between', () => {
    // 1990–2050 at 320 px (4.1 px a year): decades are 41 px apart, under the 44 px pitch, so every 20 years: 2000, 2020,
    // 2040. The same 20-year step from 1990 lands on 2050: both ends, evenly.
    expect(labels([1990, 2050], [56, 302], 320)).toEqual(['1990', '2010', '2030', '2050']);
    // 2015–2025 at 320 px: every other year from 2016 to 2024; the same step from 2015 lands on 2025.
    expect(labels([2015, 2025], [35, 302], 320)).toEqual(['2015', '2017', '2019', '2021', '2023', '2025']);
    // 2019–2032 at 320 px: 2020, 2025, 2030; 2020 and 2030 are under half a step (2.5 years) from the ends: 2019, 2025,
    // 2032 (the shift to 2022, 2027, 2032 it had left the baseline year, 2019, unlabelled).
    expect(labels([2019, 2032], [40, 302], 320)).toEqual(['2019', '2025', '2032']);
    // 2015–2028 at 320 px: 2028 comes 3 years after 2025, over half a step of 5, and fits: a shorter last gap.
    expect(labels([2015, 2028], [40, 302], 320)).toEqual(['2015', '2020', '2025', '2028']);
    // China's clinker capacity, 2020–2025, at 320 px (a 204 px plot): every other year from 2020; 2024 crowds 2025 and
    // gives way to it. (Shifted to end on 2025, 2021, 2023, 2025, it left the baseline year, where the chart starts and
    // its square stands, unlabelled.)
    expect(labels([2020, 2025], [73, 277], 320)).toEqual(['2020', '2022', '2025']);
    // 1960–2024 at 240 px: 1960, 1980, 2000; 2020 is under half a step (10 years) from 2024.
    expect(labels([1960, 2024], [40, 222], 240)).toEqual(['1960', '1980', '2000', '2024']);
    // The EU's climate neutrality, 1990–2050, at 360 px and 200% text (24 px labels in a 220 px plot): no nice ticks
    // leave room beside both ends, but one round year in the middle does: 1990, 2020, 2050 (it read 1990, 2050).
    expect(labels([1990, 2050], [108, 328], 360, 24)).toEqual(['1990', '2020', '2050']);
    // 2015–2028 at 600 px: every other year from 2016; 2016 crowds 2015 and gives way to it.
    expect(labels([2015, 2028], [40, 582], 600)).toEqual(['2015', '2018', '2020', '2022', '2024', '2026', '2028']);
  });

  it('fits labels at the chart\'s text size: fewer at 18 px', () => {
    // 1990–2030 over 200 px: decades 50 px apart. "2030" is 28.8 px wide at 12 px (with the 8 px gap, 36.8 px fit);
    // at 18 px it is 43.2 px and the gap 12 px: 55.2 px do not, so every 20 years.
    expect(labels([1990, 2030], [50, 250], 320)).toEqual(['1990', '2000', '2010', '2020', '2030']);
    expect(labels([1990, 2030], [50, 250], 320, 18)).toEqual(['1990', '2010', '2030']);
  });

  it('thins to decades for 1990–2030 at 320 px and keeps every year for 2020–2025 at 900 px', () => {
    const narrow = yearTicks(scaleLinear([1990, 2030], [50, 302]), [0, 320], FONT_PX);
    expect(narrow.map((t) => t.label)).toEqual(['1990', '2000', '2010', '2020', '2030']);
    const wide = yearTicks(scaleLinear([2020, 2025], [40, 872]), [0, 900], FONT_PX);
    expect(wide.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });
});

describe('valueAxis', () => {
  it('cuts the nice domain back to its limits: data ≥ 0 stop just below zero, not a tick below it', () => {
    // EU net GHG to 0 by 2050 at 320 px: 0…4,876 padded by 4% is −195…5,071; four ticks nice it to −2,000…6,000,
    // which put 0 a quarter of the way up. Limited at −195, 0 sits 6 px above the bottom.
    const free = valueAxis([-195.05, 5071.4], 196, 10, bare('en'), FONT_PX, FREE);
    expect(free.ticks.map((t) => t.label)).toEqual(['−2,000', '0', '2,000', '4,000', '6,000']);
    const cut = valueAxis([-195.05, 5071.4], 196, 10, bare('en'), FONT_PX, [-195.05, Infinity]);
    expect(cut.y.domain()).toEqual([-195.05, 6000]);
    expect(cut.ticks.map((t) => `${t.label}@${t.pos}`)).toEqual(['0@190.14', '2,000@130.1', '4,000@70.05', '6,000@10']);
  });

  it('keeps labels a line and a half apart at the chart\'s text size', () => {
    // 2,485…15,583 over 186 px: ticks 5,000 apart are 46.5 px apart, over 1.6 lines at 12 px (19.2) but not at
    // 30 px (48, a 40 px font): 10,000 apart there. Widths follow the size: "10,000" is 3.6 em, 43.2 px → 108 px.
    const axis = (font: number) => valueAxis([2485, 15583], 196, 10, bare('en'), font, FREE).ticks.map((t) => `${t.label}@${t.pos}:${Math.round(t.width)}`);
    expect(axis(12)).toEqual(['0@196:7', '5,000@149.5:36', '10,000@103:43', '15,000@56.5:43', '20,000@10:43']);
    expect(axis(30)).toEqual(['0@196:18', '10,000@103:108', '20,000@10:108']);
  });

  const extents: [number, number][] = [[2485, 15583], [76.9, 100], [0, 500], [0.23, 2.07], [1.2e8, 1.9e8], [-5, 3], [96.3, 96.3], [12000, 12600]];
  for (const lang of LANGS) {
    for (const extent of extents) {
      it(`${lang} ${extent.join('…')}: labels a line and a half apart, distinct, covering the data`, () => {
        for (const w of WIDTHS) {
          const h = chartHeight(w, 16);
          const axis = valueAxis(extent, h - 24, 10, bare(lang), FONT_PX, FREE);
          assertYFit(axis.ticks);
          expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
          const [d0, d1] = axis.y.domain() as [number, number];
          expect(d0).toBeLessThanOrEqual(extent[0]);
          expect(d1).toBeGreaterThanOrEqual(extent[1]);
        }
      });
    }
  }

  it('writes 万 and 亿 in Chinese, grouping in English', () => {
    const zh = valueAxis([1.2e8, 1.9e8], 200, 10, bare('zh'), FONT_PX, FREE).ticks.map((t) => t.label);
    expect(zh.every((l) => l.endsWith('亿'))).toBe(true);
    const en = valueAxis([2485, 15583], 200, 10, bare('en'), FONT_PX, FREE).ticks.map((t) => t.label);
    expect(en).toContain('10,000');
    const zhCo2 = valueAxis([2485, 15583], 200, 10, bare('zh'), FONT_PX, FREE).ticks.map((t) => t.label);
    expect(zhCo2).toContain('1\u2060万');
  });
});

describe('whole charts at 240–1200 px in both languages', () => {
  const cases: [PolicyDocument, string][] = [
    ...cn.targets.map((t): [PolicyDocument, string] => [cn, t.id]),
    ...dm.targets.map((t): [PolicyDocument, string] => [dm, t.id]),
  ];
  for (const lang of LANGS) {
    it(`${lang}: no tick label collides with another, and direct labels stay in the plot without overlapping`, () => {
      for (const [doc, id] of cases) {
        const target = doc.targets.find((t) => t.id === id)!;
        for (const w of WIDTHS) {
          const g = trajectoryView(doc, target, { lang, width: w }).geometry;
          assertXFit(g.xTicks, g.width);
          assertYFit(g.yTicks);
          // y labels sit left of the plot, right-aligned 6 px from it, never past the left edge.
          for (const t of g.yTicks) expect(g.plot.x0 - 6 - t.width).toBeGreaterThanOrEqual(0);
          for (let i = 0; i < g.labels.length; i++) {
            const r = g.labels[i]!.rect;
            expect(r.x0 >= g.plot.x0 && r.x1 <= g.plot.x1 && r.y0 >= g.plot.y0 && r.y1 <= g.plot.y1).toBe(true);
            for (let j = i + 1; j < g.labels.length; j++) expect(intersects(r, g.labels[j]!.rect, 0)).toBe(false);
          }
        }
      }
    }, 30_000); // 400 whole views a language: 3–6 s on a loaded two-core machine, past the 5 s default.
  }

  it('labels the target of a chart over its range at every width: over the band at the marker\'s side where the lines crowd it', () => {
    // China's clinker capacity, about 1,800 Mt (1,773–1,827): the required path and the projection reach the marker over
    // the band, and its label was left out at every width up to 480 px.
    const target = cn.targets.find((t) => t.id === 'clinker-capacity-2025')!;
    for (const lang of LANGS) for (const w of WIDTHS) {
      const g = trajectoryView(cn, target, { lang, width: w }).geometry;
      const label = g.labels.find((l) => l.text === (lang === 'zh' ? '目标：18' : 'Target 1,800'));
      expect(label, `${lang} ${w}`).toBeDefined();
      // Beside the marker: its right edge at most a font's width from it, as the label of the marker, not of a point.
      const marker = g.markers.find(([cls]) => cls === 'marker target')![1];
      const x = Number(/^M([\d.]+),/.exec(marker)![1]) + 6.5;
      expect(Math.abs(label!.rect.x1 - x), `${lang} ${w}`).toBeLessThan(20);
    }
  });

  it('always labels the target of the energy-intensity chart, even at 240 px', () => {
    const target = cn.targets.find((t) => t.id === 'industrial-energy-intensity-2025')!;
    for (const lang of LANGS) for (const w of WIDTHS) {
      expect(trajectoryView(cn, target, { lang, width: w }).geometry.labels.map((l) => l.text)).toContain(lang === 'zh' ? '目标：86.5' : 'Target 86.5');
    }
  });
});

describe('valueAxis on extreme extents (values within the format’s ±1e15)', () => {
  const finiteAxis = (extent: [number, number]) => {
    const axis = valueAxis(extent, 289, 10, bare('en'), FONT_PX, FREE);
    const [d0, d1] = axis.y.domain();
    expect(Number.isFinite(d0) && Number.isFinite(d1) && d1 > d0, `domain ${d0}, ${d1}`).toBe(true);
    for (const t of axis.ticks) {
      expect(Number.isFinite(t.value), `tick ${t.value}`).toBe(true);
      expect(Number.isFinite(t.pos), `tick at ${t.pos}`).toBe(true);
    }
    return axis;
  };

  it('a tiny extent crossing zero: d3 nice(count 1) would run away to ±1e308', () => {
    // Counts 4…2 give ticks whose labels all read "0" (not told apart), so count 1 is tried.
    const axis = finiteAxis([-4e-17, 1.04e-15]);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(axis.y.domain()[1])).toBeLessThan(1);
  });

  it('values closer than d3 can tick (5e-324 apart, or 1e-300 wide) are shown as one value', () => {
    expect(finiteAxis([0, 5e-324]).y.domain()).toEqual([-1, 1]);
    expect(finiteAxis([1e-300, 1e-300]).y.domain()).toEqual([-1, 1]);
    expect(finiteAxis([0, 1e-300]).y.domain()).toEqual([-1, 1]);
  });

  it('the largest values: ±1e15 and a billionth of a difference between them', () => {
    expect(finiteAxis([-1e15, 1e15]).ticks.map((t) => t.label)).toContain('0');
    // 1e15 and 1e15 + 0.125: a difference of one part in 8·10¹⁵, treated as one value, ±25%.
    expect(finiteAxis([1e15, 1e15 + 0.125]).y.domain()).toEqual([0.6e15, 1.4e15]);
  });
});

const tick = (pos: number, width: number, label = String(pos)): Tick => ({ value: pos, pos, label, width });

describe('edges: scales boundaries', () => {
  it('chartHeight rounds to the nearest px: 402 · 10/16 = 251.25 → 251', () => {
    expect(chartHeight(402, 16)).toBe(251);
  });

  it('xTicksFit: a label exactly filling the bounds fits; 2 px over on the right does not', () => {
    // Label 20 px wide centred at 50: 40…60.
    expect(xTicksFit([tick(50, 20)], 8, [40, 60], 44)).toBe(true);
    // Centred at 52: 42…62, past 60.
    expect(xTicksFit([tick(52, 20)], 8, [40, 60], 44)).toBe(false);
  });

  it('xTicksFit: labels exactly `gap` apart fit (110 → 118 with gap 8)', () => {
    expect(xTicksFit([tick(100, 20), tick(128, 20)], 8, [0, 1000], 0)).toBe(true);
  });

  it('yTicksFit: centres exactly `spacing` apart fit; the first pair is checked too', () => {
    expect(yTicksFit([tick(0, 10, 'a'), tick(19.2, 10, 'b')], 19.2)).toBe(true);
    expect(yTicksFit([tick(0, 10, 'a'), tick(5, 10, 'b'), tick(100, 10, 'c')], 19.2)).toBe(false);
  });

  it('valueAxis: one value is shown in the middle of ± a quarter of it, also when negative; a span below 1 is a span', () => {
    const axis = (lo: number, hi: number) => valueAxis([lo, hi], 300, 10, bare('en'), 12, [-Infinity, Infinity]).y.domain();
    // −10 every year: −10 ± 2.5, made nice: [−14, −6] (not an inverted axis).
    expect(axis(-10, -10)).toEqual([-14, -6]);
    // 0.5 every year: 0.5 ± 0.125 → [0.3, 0.7] (not ± 1, which would reach below zero).
    expect(axis(0.5, 0.5)).toEqual([0.3, 0.7]);
    // 0.2 … 0.5 is a real span, not "one value".
    expect(axis(0.2, 0.5)).toEqual([0.2, 0.5]);
  });
});
