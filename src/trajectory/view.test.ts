import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import euJson from '../../data/eu-climate-law-2021.json';
import type { Observation, PolicyDocument, Target } from '../format/types.js';
import { validate } from '../format/validate.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { trajectoryView, type TrajectoryViewOptions } from './view.js';
import { lateDoc } from '../../test/helpers/late-target.js';

const cn = china as unknown as PolicyDocument;
const dm = demo as unknown as PolicyDocument;
const euDoc = euJson as unknown as PolicyDocument;
const view = (doc: PolicyDocument, id: string, opts: Partial<TrajectoryViewOptions> = {}) =>
  trajectoryView(doc, doc.targets.find((t) => t.id === id)!, { lang: 'en', width: 600, ...opts });

/** A small valid document with one indicator and one target. */
function docWith(target: Omit<Target, 'id' | 'indicator'>, values: [number, number][], better: 'lower' | 'higher' = 'lower', unit: string | Record<string, string> = 'Mt'): PolicyDocument {
  const observations: Observation[] = values.map(([year, value]) => ({ indicator: 'x', year, value, provenance: { status: 'official', source: 's' } }));
  const doc = {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'Statistical office', url: 'https://example.org/stats' }],
    indicators: [{ id: 'x', label: 'Emissions', unit, better }],
    targets: [{ id: 't', indicator: 'x', ...target }],
    observations,
  };
  const r = validate(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.data;
}

describe('the pace annotation', () => {
  it('energy intensity: beats the target', () => {
    expect(view(cn, 'industrial-energy-intensity-2025').pace).toBe('At this pace: 83.9 in 2025, beating the target by 2.6 points');
    expect(view(cn, 'industrial-energy-intensity-2025', { lang: 'zh' }).pace).toBe('按当前速度：2025\u2060年为83.9，优于目标2.6\u2060个\u2060点');
  });

  it('a tiny value keeps its figures: 0.000286 in 2030 is above a 0.0002 ceiling, not "0, meeting the target" (an audit\'s leak rate)', () => {
    // 0.0005 (2020) → 0.0004 (2024): (0.8)^(1/4) − 1 = −5.43% a year; 0.0004 × 0.94574⁶ = 0.000286 in 2030.
    const doc = docWith({ baseline: { year: 2020, value: 0.0005 }, goal: { kind: 'absolute', value: 0.0002, comparison: 'at-most', year: 2030 }, method: 'extrapolation' }, [[2020, 0.0005], [2022, 0.00045], [2024, 0.0004]]);
    expect(view(doc, 't').pace).toBe('At this pace: 0.000286\u00a0Mt in 2030, 0.000086\u00a0Mt above the target');
  });

  it('a gap between figures of different magnitudes keeps its own figures (a review: "180.9997 million Mt above")', () => {
    // 80 million Mt (2018) → 105 million (2022): 90e6, 105e6; projected 2030 ≈ 181 million, against at most 300 Mt.
    const doc = docWith({ baseline: { year: 2018, value: 80e6 }, goal: { kind: 'absolute', value: 300, comparison: 'at-most', year: 2030 }, method: 'extrapolation' }, [[2018, 80e6], [2020, 90e6], [2022, 105e6]]);
    expect(view(doc, 't').pace).toMatch(/^At this pace: \d+\u00a0million\u00a0Mt in 2030, \d+\u00a0million\u00a0Mt above the target$/);
  });

  it('a gap of exactly one point is "1 point", not "1 points" (a review)', () => {
    // Index 100 (2020) → 88 (2024) against −11% by 2024 (89): one point better than the target.
    const doc = docWith({ baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -11, year: 2024 } }, [[2020, 100], [2024, 88]]);
    const v = trajectoryView({ ...doc, indicators: [{ ...doc.indicators[0]!, unit: 'index, 2020 = 100' }] }, doc.targets[0]!, { lang: 'en', width: 600 });
    expect(v.pace).toBe('In 2024: 88, beating the target by 1 point');
  });

  it('a gap is the difference of the figures as written (EU −55%: 2,820 and 2,194 are 626 apart, not the unrounded 627.2)', () => {
    // Projection 2,821.6 Mt in 2030, to the ten its band of ±410 is worth (roundToBand): 2,820; target 4,876.35 × 0.45 = 2,194.36.
    expect(view(euDoc, 'net-ghg-minus-55-by-2030').pace).toBe('At this pace: 2,820\u00a0Mt\u00a0CO₂e in 2030, 626\u00a0Mt\u00a0CO₂e above the target');
    expect(view(euDoc, 'net-ghg-minus-55-by-2030').geometry.labels.map((l) => l.text)).toContain('Target 2,194');
    expect(view(euDoc, 'net-ghg-minus-55-by-2030', { lang: 'zh' }).pace).toBe('按当前速度：2030\u2060年为28.2\u2060亿\u2060吨二氧化碳当量，高出目标6.26\u2060亿\u2060吨二氧化碳当量');
  });

  it('above an at-most target is "above" it, not "short of" it (read as under the cap), in both languages', () => {
    expect(view(dm, 'transport-co2-30-2030').pace).toBe('At this pace: 47.1\u00a0Mt\u00a0CO₂ in 2030, 17.1\u00a0Mt\u00a0CO₂ above the target');
    expect(view(dm, 'transport-co2-30-2030', { lang: 'zh' }).pace).toBe('按当前速度：2030\u2060年为4710\u2060万\u2060吨二氧化碳，高出目标1710\u2060万\u2060吨二氧化碳');
    // A headline names its unit; a gap between two percentages is in points (32% → 60% is 28 points, not "28%").
    expect(view(dm, 'renewable-electricity-60-2030').pace).toBe('At this pace: 32% in 2030, 28 points short of the target');
    expect(view(dm, 'renewable-electricity-60-2030', { lang: 'zh' }).pace).toBe('按当前速度：2030\u2060年为32%，距目标还差28\u2060个\u2060百分点');
  });

  it('measures "about" targets against their range and count targets against the next milestone', () => {
    // 100 ± 5%: 90.28 lies 4.72 below 95.
    expect(view(dm, 'clinker-capacity-about-100-2028').pace).toBe('At this pace: 90.3\u00a0Mt in 2028, 4.7\u00a0Mt below the assumed range');
    expect(view(cn, 'clinker-capacity-2025').pace).toBe('At this pace: 1,778\u00a0Mt in 2025, within the assumed range');
    expect(view(dm, 'heat-pumps-500-2032').pace).toBe('At this pace: 297\u00a0thousand units in 2027, beating the milestone by 97\u00a0thousand units');
  });

  it('a value above an "about" target\'s range is worded "above the assumed range" or "above the target range", in both languages', () => {
    // 100 → 108 over four years, about 1.9% a year: 121 in 2030, 16 above the assumed range's top (105), 19 above a ±2 tolerance's (102).
    const about = (tolerance?: number) =>
      docWith({ baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 100, comparison: 'about', year: 2030, ...(tolerance ? { tolerance } : {}) }, method: 'extrapolation' }, [[2020, 100], [2022, 104], [2024, 108]]);
    const pace = (doc: PolicyDocument, lang: Lang) => view(doc, 't', { lang }).pace;
    expect(pace(about(), 'en')).toBe('At this pace: 121\u00a0Mt in 2030, 16\u00a0Mt above the assumed range');
    expect(pace(about(), 'zh')).toBe('按当前速度：2030\u2060年为121Mt，高出假定区间16Mt');
    expect(pace(about(2), 'en')).toBe('At this pace: 121\u00a0Mt in 2030, 19\u00a0Mt above the target range');
    expect(pace(about(2), 'zh')).toBe('按当前速度：2030\u2060年为121Mt，高出目标区间19Mt');
  });

  it('says whether a peak target is still rising at the deadline', () => {
    // 14,532 Mt, with a likely range of 13,393–15,768 (±1,190): to the hundred that is worth (a chart editor's review: five
    // figures claimed a precision the band denies), and Chinese the same 145亿.
    expect(view(cn, 'industrial-co2-peak-2030').pace).toBe('At this pace: 14,500\u00a0Mt\u00a0CO₂ in 2030, still rising');
    expect(view(cn, 'industrial-co2-peak-2030', { lang: 'zh' }).pace).toBe('按当前速度：2030\u2060年为145\u2060亿\u2060吨二氧化碳，届时仍在上升');
    expect(view(dm, 'industry-co2-peak-2025').pace).toBe('At this pace: 47.6\u00a0Mt\u00a0CO₂ in 2025, already falling');
    // As of 2019 the demo's growth is slowing (+1% a year, the gauge's "Peak around 2021"): the projection levels off at
    // its peak and stays there, above the 2019 high of 53.6. It read "already falling".
    const early = view(dm, 'industry-co2-peak-2025', { asOf: 2019 });
    expect(early.model.projection.at(-1)!.value).toBeGreaterThan(53.6);
    expect(early.pace).toBe('At this pace: 53.9\u00a0Mt\u00a0CO₂ in 2025, levelling off');
    expect(view(dm, 'industry-co2-peak-2025', { asOf: 2019, lang: 'zh' }).pace).toBe('按当前速度：2025\u2060年为5390\u2060万\u2060吨二氧化碳，届时趋于平稳');
  });

  it('compares the latest value once the target year has passed', () => {
    const doc = docWith({ baseline: { year: 2015, value: 100 }, goal: { kind: 'relative', change: -20, year: 2020 } }, [[2015, 100], [2018, 92], [2020, 88.6], [2022, 86]]);
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 400 });
    expect(v.model.projection).toHaveLength(0);
    expect(v.pace).toBe('In 2022: 86\u00a0Mt, 6\u00a0Mt above the target');
  });

  it('is empty without data', () => {
    expect(view(cn, 'clinker-energy-minus-3-2025').pace).toBe('');
  });
});

describe('the band is defined where it is drawn', () => {
  it('the disclosure says what the likely range is, with the number of changes behind it, only with a band', () => {
    // China's CO₂: a long yearly series, so σ comes from the last BAND_WINDOW (10) changes.
    const co2 = view(cn, 'industrial-co2-peak-2030');
    expect(co2.dataNotes).toContain('The likely range is the projection plus or minus one standard deviation of the last 10 yearly changes (about two chances in three), widening with each year ahead.');
    expect(view(cn, 'industrial-co2-peak-2030', { lang: 'zh' }).dataNotes.at(-1)).toBe('可能区间为预测值上下各一个标准差（按近10\u2060年的年度变化计算，约有三分之二的可能落在其中），越往后越宽。');
    // Energy intensity: two yearly changes, no band, nothing to define.
    expect(view(cn, 'industrial-energy-intensity-2025').dataNotes.join(' ')).not.toContain('likely range');
  });
});

describe('the description', () => {
  it('summarises trend, path and projection (English)', () => {
    const d = view(cn, 'industrial-energy-intensity-2025').description;
    expect(d).toContain('3 observations run from 100 in 2020 to 93.2 in 2022 (−6.8%).');
    expect(d).toContain('The required path runs from 100 in 2020 to the target of 86.5 in 2025 at a constant −2.9% a year.');
    expect(d).toContain('Continuing at −3.5% a year (the pace since 2020), it would be 83.9 in 2025, beating the target by 2.6 points.');
    // No band from two yearly changes, so no range to describe.
    expect(d).not.toContain('would likely be between');
    expect(d).toContain('Status: On track.');
  });

  it('summarises trend, path and projection (Chinese)', () => {
    const d = view(cn, 'industrial-energy-intensity-2025', { lang: 'zh' }).description;
    expect(d).toContain('共3个观测值，从2020\u2060年的100变为2022\u2060年的93.2（−6.8%）。');
    // Rates in words, as the explanation says them (年均下降3.5%): not "每年−3.5%", and no sign after 下降.
    expect(d).toContain('所需路径从2020\u2060年的100以年均下降2.9%的恒定速度达到2025\u2060年的目标86.5。');
    expect(d).toContain('按2020\u2060年以来年均下降3.5%的速度，2025\u2060年将为83.9，优于目标2.6\u2060个\u2060点。');
    expect(d).not.toMatch(/每年|[增长降]−/);
    expect(d).toContain('状态：进度正常。');
  });

  it('describes a peak target with its deadline and highest value', () => {
    const d = view(cn, 'industrial-co2-peak-2030').description;
    expect(d).toContain('34 observations run from 2,485\u00a0Mt\u00a0CO₂ in 1990 to 11,903\u00a0Mt\u00a0CO₂ in 2023');
    expect(d).toContain('The series must peak by 2030.');
    expect(d).toContain('The highest value so far is 11,903\u00a0Mt\u00a0CO₂ in 2023.');
    expect(view(cn, 'industrial-co2-peak-2030', { lang: 'zh' }).description).toContain('该序列须于2030\u2060年前达峰。');
  });

  it('names the gaps in a series', () => {
    const doc = docWith({ baseline: { year: 2010, value: 100 }, goal: { kind: 'relative', change: -30, year: 2030 } }, [[2010, 100], [2011, 99], [2015, 95], [2016, 94], [2018, 90]]);
    expect(trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 400 }).description).toContain('No data for 2012–2014, 2017.');
  });

  it('says there are no observations yet', () => {
    expect(view(cn, 'pcf-standards-2030').description).toContain('No observations yet.');
    expect(view(cn, 'pcf-standards-2030').description).toContain('Milestones: 100\u00a0standards by 2027.');
  });
});

describe('marks by goal kind', () => {
  const keys = (doc: PolicyDocument, id: string) => view(doc, id).legend.map((l) => l.key);
  it('at-most and relative-lower targets get a ceiling, at-least a floor, about a range', () => {
    expect(keys(cn, 'industrial-energy-intensity-2025')).toContain('ceiling');
    expect(keys(dm, 'renewable-electricity-60-2030')).toContain('floor');
    expect(keys(dm, 'clinker-capacity-about-100-2028')).toContain('range');
  });
  it('caps follow their allowances; peaks get a deadline and their peak; counts their milestones', () => {
    expect(keys(dm, 'buildings-ghg-allowances-2030')).toEqual(expect.arrayContaining(['cap', 'projection', 'band']));
    // The caps line is the allowances, from the first (2021): it used to run from the 2015 baseline, drawing caps over
    // six years that had none, and the tooltip called it "Required path" beside a legend saying "Annual caps".
    const caps = view(dm, 'buildings-ghg-allowances-2030');
    expect(caps.model.required.slice(0, 2)).toEqual([{ year: 2021, value: 30 }, { year: 2022, value: 29 }]);
    const at = (year: string) => caps.points.find((p) => p.year === year)!;
    expect(at('2015').path).toBe('');
    expect(at('2020').path).toBe('');
    expect(at('2022').path).toBe('Annual caps: 29\u00a0Mt\u00a0CO₂e');
    expect(view(dm, 'buildings-ghg-allowances-2030', { lang: 'zh' }).points.find((p) => p.year === '2022')!.path).toBe('年度限额：2900\u2060万\u2060吨二\u2060氧\u2060化\u2060碳\u2060当\u2060量');
    expect(keys(dm, 'industry-co2-peak-2025')).toEqual(expect.arrayContaining(['deadline', 'peak']));
    expect(view(dm, 'industry-co2-peak-2025').model.peak).toEqual({ year: 2019, value: 53.6, confirmed: true });
    expect(keys(dm, 'heat-pumps-500-2032')).toEqual(expect.arrayContaining(['milestone', 'target', 'floor']));
  });
  it('a first observation standing in for a baseline without a value is named so, on the chart and in the legend', () => {
    // Electrolysers: baseline 2020 without a value, one observation (0.3 GW, 2024). The square at 2024, where the required
    // path (+37.2% a year) starts, was labelled "Baseline" as if it were the plan's 2020 baseline.
    for (const [lang, name] of [['en', 'Stand-in baseline'], ['zh', '替代基准']] as const) {
      const v = view(dm, 'electrolysers-2gw-2030', { lang, width: 390 });
      expect(v.model.baseline).toEqual({ year: 2024, value: 0.3 });
      expect(v.legend.find((l) => l.key === 'baseline')!.label).toBe(name);
      expect(v.geometry.labels.map((l) => l.text)).toContain(name);
      expect(v.geometry.labels.map((l) => l.text)).not.toContain(lang === 'en' ? 'Baseline' : '基准');
    }
    // A baseline with its own value keeps its name.
    expect(view(dm, 'transport-co2-30-2030').legend.find((l) => l.key === 'baseline')!.label).toBe('Baseline');
    expect(view(dm, 'transport-co2-30-2030').geometry.labels.map((l) => l.text)).toContain('Baseline');
  });
  it('a pace line without a likely range (fewer than four changes) says why in the legend; one with a range does not', () => {
    // China's energy intensity: two changes (2021, 2022), no band; its −3.5% a year to 83.9 in 2025 read as certain.
    const pace = (id: string, lang: 'en' | 'zh' = 'en') => view(cn, id, { lang }).legend.find((l) => l.key === 'projection')!.label;
    expect(view(cn, 'industrial-energy-intensity-2025').geometry.band).toBe('');
    expect(pace('industrial-energy-intensity-2025')).toBe('At this pace (too few years for a likely range)');
    expect(pace('industrial-energy-intensity-2025', 'zh')).toBe('按当前速度（年份太少，无可能区间）');
    // Clinker capacity: four changes (2021–2024), a band: the plain key beside "Likely range (past swings)".
    expect(pace('clinker-capacity-2025')).toBe('At this pace');
    expect(pace('industrial-co2-peak-2030', 'zh')).toBe('按当前速度');
  });
  it('draws a straight required path for method "path"', () => {
    expect(view(cn, 'industrial-energy-intensity-2025', { method: 'path' }).model.required).toEqual([{ year: 2020, value: 100 }, { year: 2025, value: 86.5 }]);
    expect(view(cn, 'industrial-energy-intensity-2025', { method: 'path' }).legend.find((l) => l.key === 'required')!.label).toBe('Required path');
    // A range Peakline took for "about" is named so in the legend, as in the text; a tolerance in the data is the plan's.
    expect(view(cn, 'clinker-capacity-2025').legend.find((l) => l.key === 'range')!.label).toBe('Assumed range');
    expect(view(cn, 'clinker-capacity-2025', { lang: 'zh' }).legend.find((l) => l.key === 'range')!.label).toBe('假定区间');
    const given = structuredClone(cn);
    (given.targets.find((t) => t.id === 'clinker-capacity-2025')!.goal as { tolerance?: number }).tolerance = 1.5;
    expect(view(given, 'clinker-capacity-2025').legend.find((l) => l.key === 'range')!.label).toBe('Target range');
  });
  it('marks estimated and illustrative points hollow, official ones filled', () => {
    expect(view(cn, 'industrial-co2-peak-2030').geometry.points.every((p) => p.hollow)).toBe(true);
    // The energy index is derived from reported percentages (an estimate); as published figures, its points are filled.
    expect(view(cn, 'industrial-energy-intensity-2025').geometry.points.every((p) => p.hollow)).toBe(true);
    const published = structuredClone(cn);
    for (const o of published.observations!) (o.provenance as { status: string }).status = 'official';
    expect(view(published, 'industrial-energy-intensity-2025').geometry.points.every((p) => !p.hollow)).toBe(true);
  });
  it('respects as-of', () => {
    const v = view(cn, 'industrial-energy-intensity-2025', { asOf: 2021 });
    expect(v.model.observed.map((o) => o.year)).toEqual([2020, 2021]);
    expect(v.points).toHaveLength(2);
  });
});

describe('no data', () => {
  it('still draws axes and the target', () => {
    const v = view(cn, 'clinker-energy-minus-3-2025');
    expect(v.points).toHaveLength(0);
    expect(v.geometry.xTicks.length).toBeGreaterThan(1);
    expect(v.geometry.yTicks.length).toBeGreaterThan(1);
    expect(v.geometry.markers.map(([cls]) => cls)).toContain('marker target');
    expect(v.geometry.lines.map(([cls]) => cls)).not.toContain('series');
  });
  it('a peak target without data keeps its deadline and hides the meaningless y axis', () => {
    const doc = docWith({ baseline: { year: 2020 }, goal: { kind: 'peak', year: 2030 } }, []);
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 320 });
    expect(v.points).toHaveLength(0);
    expect(v.geometry.yTicks).toEqual([]);
    expect(v.geometry.lines.map(([cls]) => cls)).toContain('deadline');
    expect(v.geometry.xTicks.map((t) => t.label)).toContain('2030');
  });
});

describe('table and interaction text', () => {
  it('says one source for every row once, under the caption, not in each of them (China CO₂: 34 rows, one OWID link)', () => {
    const v = view(cn, 'industrial-co2-peak-2030');
    expect(v.points.length).toBeGreaterThan(30);
    expect(v.table.columns).toEqual(['Year', 'Value (Mt CO₂)', 'Data type']);
    expect(v.table.source!.title).toMatch(/^Our World in Data: CO₂ and Greenhouse Gas Emissions dataset/);
    expect(v.table.source!.url).toMatch(/^https:\/\/github\.com\/owid\/co2-data\//);
    // Two sources (the energy index): each row names its own.
    expect(view(cn, 'industrial-energy-intensity-2025').table.source).toBeNull();
  });
  it('lists every observation with its provenance and an http(s) source', () => {
    const v = view(cn, 'industrial-energy-intensity-2025');
    expect(v.table.columns).toEqual(['Year', 'Value (index, 2020 = 100)', 'Required path', 'Data type', 'Source']);
    expect(v.points[2]).toMatchObject({ year: '2022', number: '93.2', status: 'estimate' });
    for (const r of v.points) expect(r.url).toMatch(/^https?:\/\//);
  });
  it('puts the required path beside each value, in the value column\'s magnitude, and "—" outside the path', () => {
    // 100 (2020) to 86.5 (2025) at a constant rate: 100, 97.14, 94.36 in 2020–2022. Published 100, 94.4, 93.2: one
    // decimal, the whole column and the path's too (100.0 was "100" beside "94.4").
    const v = view(cn, 'industrial-energy-intensity-2025');
    expect(v.table.path).toBe(true);
    expect(v.points.map((p) => [p.number, p.pathNumber])).toEqual([['100.0', '100.0'], ['94.4', '97.1'], ['93.2', '94.4']]);
    // Chinese clinker capacity: both columns under one "亿吨" with two decimals, the path 1,854 Mt (2020) to 1,800 (2025)
    // at a constant rate (× 0.99411 a year): 1,843.07 Mt in 2021 is 18.43, 1,810.67 in 2024 is 18.11.
    const zh = view(cn, 'clinker-capacity-2025', { lang: 'zh' });
    expect(zh.table.columns).toEqual(['年份', '数值（亿吨）', '所需路径', '数据类型']);
    expect(zh.points.map((p) => p.pathNumber)).toEqual(['18.54', '18.43', '18.32', '18.21', '18.11']);
    expect(zh.points.at(-1)!.number).toBe('17.93');
    // Annual caps from 2021: the years before have none ("—"), and the column is named as the legend names the line;
    // to the values' one decimal (33, 32.4 … 24.2: "33.0"), so 30.0 reads beside 27.8.
    const caps = view(dm, 'buildings-ghg-allowances-2030');
    expect(caps.table.columns[2]).toBe('Annual caps');
    expect(caps.points.map((p) => p.pathNumber).join(' ')).toBe('— — — — — — 30.0 29.0 28.0 27.0');
    expect(caps.points.map((p) => p.number).slice(5).join(' ')).toBe('28.9 27.8 26.6 25.4 24.2');
    // A peak has no required path: no column, as before.
    const peak = view(cn, 'industrial-co2-peak-2030');
    expect(peak.table.path).toBe(false);
    expect(peak.table.columns).toHaveLength(3);
  });
  it('announces each point as "year: value (status). Required path: …. Source: …", as the tooltip shows it', () => {
    const v = view(cn, 'industrial-energy-intensity-2025');
    // The required path from 100 (2020) to 86.5 (2025) at a constant rate: 100 × 0.865^(1/5) = 97.14 in 2021.
    expect(v.points[1]!.path).toBe('Required path: 97.1');
    expect(v.points[1]!.announce).toBe('2021: 94.4 (estimate). Required path: 97.1. Source: Xinhua: China\'s large industrial enterprises cut energy use per unit of added value (People\'s Daily Online, 29 June 2022)');
    expect(v.points[2]!.announce).toMatch(/^2022: 93\.2 \(estimate\)\. Required path: 94\.4\. Source: .+/);
    const zh = view(cn, 'industrial-energy-intensity-2025', { lang: 'zh' }).points[1]!;
    expect(zh.path).toBe('所需路径：97.1');
    expect(zh.announce).toMatch(/^2021\u2060年：94\.4（估算）。所需路径：97\.1。来源：.+/);
    // Where the tooltip has no required path (a peak target), neither does the announcement.
    const peak = view(cn, 'industrial-co2-peak-2030').points.at(-1)!;
    expect(peak.path).toBe('');
    // One source for every point (OWID's CO₂): said once, by the table's caption and the footer, not with each year.
    expect(peak.announce).toMatch(/^2023: [\d,.]+\u00a0Mt\u00a0CO₂ \(estimate\)\.$/);
    // The value as the table row has it: OWID's 11,902.503 Mt to five significant figures.
    expect(peak.value).toBe('11,903\u00a0Mt\u00a0CO₂');
  });

  it('names a point\'s source where, and only where, the points have more than one (as the table has a source column)', () => {
    let many = 0;
    for (const doc of [cn, euDoc, dm])
      for (const t of doc.targets)
        for (const lang of ['en', 'zh'] as const) {
          const v = trajectoryView(doc, t, { lang, width: 600 });
          if (!v.table.source) many++;
          for (const p of v.points) expect(p.announce.endsWith(p.title), `${t.id} ${lang} ${p.year}`).toBe(!v.table.source);
        }
    expect(many).toBeGreaterThan(0); // China's energy intensity: Xinhua, and MIIT's minister
  });
});

describe('every target of every dataset', () => {
  const all: [PolicyDocument, Target][] = [...cn.targets.map((t): [PolicyDocument, Target] => [cn, t]), ...dm.targets.map((t): [PolicyDocument, Target] => [dm, t])];
  for (const lang of LANGS as readonly Lang[]) {
    it(`${lang}: builds a view with finite coordinates at 240, 320, 900 and 1200 px`, () => {
      for (const [doc, t] of all) {
        for (const width of [240, 320, 900, 1200]) {
          const v = trajectoryView(doc, t, { lang, width });
          const g = v.geometry;
          for (const [, d] of g.lines) expect(d).not.toMatch(/NaN|Infinity/);
          for (const p of g.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(v.title).not.toBe('');
          expect(v.description.length).toBeGreaterThan(20);
        }
      }
    });
  }
});

describe('values in Chinese: one magnitude for axis, labels and table, a unit on every value in text', () => {
  it('clinker capacity (Mt): 亿吨 throughout; English unchanged', () => {
    const zh = view(cn, 'clinker-capacity-2025', { lang: 'zh', width: 320 });
    expect(zh.unit).toBe('亿吨');
    expect(zh.table.columns[1]).toBe('数值（亿吨）');
    // The axis spans the data and the ±27 Mt range (17.73–18.27), one magnitude for every tick.
    expect(zh.geometry.yTicks.map((t) => t.label)).toEqual(['17.6', '17.8', '18.0', '18.2', '18.4', '18.6']);
    // At 320 px the range's target label finds no place beside its marker clear of the lines: it sits over the band at
    // the marker's side (not slid to the 2023 point, where it read as that point's). At 600 px it sits by its marker.
    for (const g of [zh.geometry, view(cn, 'clinker-capacity-2025', { lang: 'zh', width: 600 }).geometry]) {
      const label = g.labels.find((l) => l.text === '目标：18')!;
      const ring = g.markers.find(([cls]) => cls === 'marker target')![1];
      const markerX = Number(/^M([\d.]+),/.exec(ring)![1]) + 6.5;
      expect(markerX - label.rect.x1).toBeLessThan(20);
    }
    // …over the band's top edge, not on the lines that cross it.
    const band = zh.geometry.lines.find(([cls]) => cls === 'reference-range')![1];
    expect(zh.geometry.labels.find((l) => l.text === '目标：18')!.rect.y1).toBeLessThanOrEqual(Number(/^M[\d.]+,([\d.]+)/.exec(band)![1]));
    expect(zh.pace).toBe('按当前速度：2025\u2060年为17.78\u2060亿\u2060吨，处于假定区间内');
    expect(zh.description).toContain('2025\u2060年将为17.78\u2060亿\u2060吨，处于假定区间内。考虑以往波动，2025\u2060年可能在17.72\u2060亿至17.84\u2060亿\u2060吨之间。');
    const last = zh.points[zh.points.length - 1]!;
    expect([last.number, last.value, last.path]).toEqual(['17.93', '17.93\u2060亿\u2060吨', '所需路径：18.11\u2060亿\u2060吨']);
    expect(last.announce).toContain('17.93\u2060亿\u2060吨');

    const en = view(cn, 'clinker-capacity-2025', { width: 320 });
    expect(en.unit).toBe('Mt');
    expect(en.geometry.yTicks.map((t) => t.label)).toEqual(['1,760', '1,780', '1,800', '1,820', '1,840', '1,860']);
    expect(en.pace).toBe('At this pace: 1,778\u00a0Mt in 2025, within the assumed range');
    const enLast = en.points[en.points.length - 1]!;
    expect([enLast.number, enLast.value, enLast.path]).toEqual(['1,793', '1,793\u00a0Mt', 'Required path: 1,811\u00a0Mt']);
  });

  it('national CO₂: the axis reads 0–200 under 亿吨二氧化碳, not 5,000 and 1\u2060万 under 百万吨', () => {
    const v = view(cn, 'industrial-co2-peak-2030', { lang: 'zh', width: 320 });
    expect(v.unit).toBe('亿吨二氧化碳');
    expect(v.geometry.yTicks.map((t) => t.label)).toEqual(['0', '50', '100', '150', '200']);
    // Growth held at its recent average (no clear trend), and said so.
    expect(v.description).toContain('若年增速保持近年平均水平（+2.9%），2030\u2060年将为145\u2060亿\u2060吨二氧化碳，届时仍在上升。考虑以往波动，2030\u2060年可能在134\u2060亿至158\u2060亿\u2060吨二氧化碳之间。');
    // Every figure of a sentence to the 0.01亿 English's whole Mt give: "从1990年的24.85亿…变为2023年的119.03亿" (it
    // wrote 119亿, four figures, beside 24.85亿).
    expect(v.description).toContain('从1990\u2060年的24.85\u2060亿\u2060吨二氧化碳变为2023\u2060年的119.03\u2060亿\u2060吨二氧化碳（+379%）');
    // The range's unit once, in English too (it read "between 13,393 Mt CO₂ and 15,768 Mt CO₂"), to the hundred as the pace.
    expect(view(cn, 'industrial-co2-peak-2030', { lang: 'en', width: 320 }).description).toContain('2030 would likely be between 13,400 and 15,800\u00a0Mt\u00a0CO₂.');
    // The data table: every figure as published up to five significant figures (OWID's Mt to the kilotonne are whole Mt,
    // 0.01亿), all to the same decimals so the decimal points align: 1990's 2,484.855 is 24.85, 2001's 3,728.51 37.29,
    // 2014's 9,990.257 99.90, 2023's 11,902.503 119.03; the tooltip the same figure with its unit.
    const table = Object.fromEntries(v.points.map((p) => [p.year, p.number]));
    expect([table['1990'], table['2001'], table['2014'], table['2023']]).toEqual(['24.85', '37.29', '99.90', '119.03']);
    expect(v.points.every((p) => /^\d+\.\d\d$/.test(p.number))).toBe(true);
    expect(v.points.find((p) => p.year === '2023')!.value.replace(/\u2060/g, '')).toBe('119.03亿吨二氧化碳');
    // English the same figures: 11,903, 3,729.
    const en = view(cn, 'industrial-co2-peak-2030', { lang: 'en', width: 320 }).points;
    expect([en.at(-1)!.number, en.find((p) => p.year === '2001')!.number]).toEqual(['11,903', '3,729']);
  });

  it('a gap keeps the precision of its figures; values under 1\u2060亿 read in 万 beside 亿', () => {
    // 90.28 Mt with a band of ±1.4: to the 0.1 Mt (10万) that is worth, as in English.
    expect(view(dm, 'clinker-capacity-about-100-2028', { lang: 'zh' }).pace).toBe('按当前速度：2028\u2060年为9030\u2060万\u2060吨，低于假定区间470\u2060万\u2060吨');
    expect(view(dm, 'clinker-capacity-about-100-2028').pace).toBe('At this pace: 90.3\u00a0Mt in 2028, 4.7\u00a0Mt below the assumed range');
  });

  it('a gap to a zero target takes the decimals of the other figure', () => {
    const eu = docWith({ baseline: { year: 2000, value: 1000 }, goal: { kind: 'absolute', value: 0, comparison: 'at-most', year: 2030 } }, [[2000, 1000], [2010, 833], [2020, 611.3]]);
    // Straight-line pace −19.435 a year: 416.95 in 2030. Was "416.95 short": the zero target asked for three decimals.
    expect(trajectoryView(eu, eu.targets[0]!, { lang: 'en', width: 600 }).pace).toBe('At this pace: 417\u00a0Mt in 2030, 417\u00a0Mt above the target');
  });
});

describe('a runaway projection does not squash the chart', () => {
  it('doubling a year from 100 (2020) to 200 (2021), projected to 2040: 1e8, yet the axis stops near the target', () => {
    // Everything but the projection spans 100–300 (baseline to target); the projection may widen that by twice the
    // span (to 700), its band by half of the result (to 1,000); 4% air (1,036) and a nice tick: 1,200. Before, the
    // axis ran to 120,000,000 and the data was a flat line along its foot.
    const doc = docWith({ baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 300, comparison: 'at-least', year: 2040 } }, [[2021, 200]], 'higher');
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 });
    expect(v.model.projection.at(-1)!.value).toBeCloseTo(200 * 2 ** 19, -3);
    expect(Math.max(...v.geometry.yTicks.map((t) => t.value))).toBe(1200);
    expect(v.geometry.lines.find(([cls]) => cls === 'gap'), 'the end is off the plot: no gap from it').toBeUndefined();
    // The sentence still gives the figure the chart cannot show.
    // In words from a million, to three figures, the gap as coarse as the figure it is read from (105 million and 300
    // are 105 million apart, not 104.9997 million; before, "104,857,600 Mt … by 104,857,300 Mt").
    expect(v.pace).toBe('At this pace: 105\u00a0million\u00a0Mt in 2040, beating the target by 105\u00a0million\u00a0Mt');
  });
});

describe('extreme values within the format’s ±1e15 never put NaN or Infinity into the SVG', () => {
  /** Every number and path string in the geometry is finite. */
  const finiteGeometry = (doc: PolicyDocument) => {
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 500 });
    const text = JSON.stringify(v.geometry, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? `!${x}` : x));
    expect(text).not.toMatch(/NaN|Infinity/);
    return v;
  };

  it('a compound rate from 1e-15 to 1e15 in one year projected to 2200 (overflows to Infinity)', () => {
    // Rate (1e30)^1 − 1 ≈ 1e30 a year: the projection is Infinity from the second year on.
    const doc = docWith({ baseline: { year: 2020, value: 1e-15 }, goal: { kind: 'absolute', value: 1, comparison: 'at-most', year: 2200 } }, [[2021, 1e15]], 'lower');
    const v = finiteGeometry(doc);
    expect(v.model.projection.some((p) => !Number.isFinite(p.value))).toBe(true);
    // The line leaves the plot (clipped); its end, far outside, gets no gap.
    expect(v.geometry.projection).toMatch(/^M/);
    expect(v.geometry.lines.find(([cls]) => cls === 'gap')).toBeUndefined();
  });

  it('values of ±1e15 in one series', () => {
    const doc = docWith({ baseline: { year: 2020, value: 1e15 }, goal: { kind: 'relative', change: -100, year: 2030 } }, [[2021, -1e15], [2022, 1e15]]);
    finiteGeometry(doc);
  });

  it('denormal values (5e-324) next to zero', () => {
    const doc = docWith({ baseline: { year: 2020, value: 5e-324 }, goal: { kind: 'absolute', value: 1e-15, comparison: 'at-most', year: 2030 } }, [[2021, 5e-324], [2022, 5e-324]]);
    finiteGeometry(doc);
  });

  it('tiny values either side of zero', () => {
    const doc = docWith({ baseline: { year: 2020, value: 1e-300 }, goal: { kind: 'relative', change: 50, year: 2030 } }, [[2021, 1e-300], [2022, -1e-15]], 'higher');
    finiteGeometry(doc);
  });
});

describe('data table sources in another language', () => {
  it('an English source title in a Chinese chart is marked en (for its lang); Chinese titles, or English in English, are not', () => {
    const zh = view(euDoc, 'net-ghg-minus-55-by-2030', { lang: 'zh' });
    expect(zh.points[0]!.title).toMatch(/^Our World in Data/);
    expect(new Set(zh.points.map((p) => p.titleLang))).toEqual(new Set(['en']));
    expect(view(euDoc, 'net-ghg-minus-55-by-2030').points[0]!.titleLang).toBeUndefined();
    expect(view(cn, 'industrial-energy-intensity-2025', { lang: 'zh' }).points.map((p) => p.titleLang)).toEqual([undefined, undefined, undefined]);
  });
});

describe('trajectoryView: the observations\' notes', () => {
  it('China\'s clinker capacity says once that its five values come from an unnamed trade-blog table', () => {
    expect(view(cn, 'clinker-capacity-2025').dataNotes).toEqual([
      '2020–2024 values: Trade-blog table; original source not named. Header unit "100 million tons" [sic], read as Mt.',
      // Five values, four yearly changes: the fewest a band is drawn from, so it is defined too.
      'The likely range is the projection plus or minus one standard deviation of the last 4 yearly changes (about two chances in three), widening with each year ahead.',
    ]);
    expect(view(cn, 'clinker-capacity-2025', { asOf: 2021 }).dataNotes[0]).toMatch(/^2020, 2021 values: /);
  });
});

describe('the projection band in the description carries the unit', () => {
  it('EU renewables (a share in %): "between 24.5% and 35.8%", as "it would be 29.6% in 2030" before it, not bare numbers', () => {
    const en = view(euDoc, 'renewables-42-5-by-2030', { lang: 'en', width: 640 });
    expect(en.description).toContain('2030 would likely be between 24.5% and 35.8%.');
    const zh = view(euDoc, 'renewables-42-5-by-2030', { lang: 'zh', width: 640 });
    expect(zh.description).toContain('2030\u2060年可能在24.5%至35.8%之间。');
  });
  it('rates name what they are: a share\'s compound rate is relative, a straight-line rate has the unit', () => {
    // EU renewables (a share): (22.3 ÷ 18.4)^(1/4) − 1 ≈ +4.8% of the share a year, not 4.8 points.
    const en = view(euDoc, 'renewables-42-5-by-2030', { lang: 'en', width: 640 }).description;
    expect(en).toContain('at a constant +8.7% (relative) a year.');
    expect(en).toContain('Continuing at +4.8% (relative) a year (the pace since 2020), it would be 29.6% in 2030');
    expect(view(euDoc, 'renewables-42-5-by-2030', { lang: 'zh', width: 640 }).description).toContain('按2020\u2060年以来年均增长4.8%（相对变化率）的速度，2030\u2060年将为29.6%');
    // EU net zero by 2050 (a straight line to zero): (3,105 − 4,876) ÷ 33 years ≈ −53.7 Mt CO₂e a year.
    expect(view(euDoc, 'climate-neutrality-by-2050', { lang: 'en', width: 640 }).description).toContain('Continuing at −53.7\u00a0Mt\u00a0CO₂e a year (the pace since 1990)');
    expect(view(euDoc, 'climate-neutrality-by-2050', { lang: 'zh', width: 640 }).description).toContain('按1990\u2060年以来年均下降5367\u2060万\u2060吨二氧化碳当量的速度');
  });
  it('a share\'s change since the first observation is in points: 6.5% (2000) to 22.3% (2024) is +15.8 points, not +242.9%', () => {
    expect(view(euDoc, 'renewables-42-5-by-2030', { lang: 'en', width: 640 }).description).toContain('25 observations run from 6.5% in 2000 to 22.3% in 2024 (+15.8 points).');
    expect(view(euDoc, 'renewables-42-5-by-2030', { lang: 'zh', width: 640 }).description).toContain('从2000\u2060年的6.5%变为2024\u2060年的22.3%（+15.8\u2060个\u2060百分点）。');
  });
});

describe('the data table shows the data as published; large values in words', () => {
  it('an audit\'s peak series: the table and the tooltip give 118.3 and 118, not 118 twice (the series read flat)', () => {
    const doc = docWith({ baseline: { year: 2017 }, goal: { kind: 'peak', year: 2030 } }, [[2017, 107.5], [2018, 110.5], [2019, 116.5], [2020, 117.5], [2022, 118], [2024, 118.3]], 'lower', { en: 'Mt', zh: '百万吨' });
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 });
    // Was 108, 111, 117, 118, 118, 118: "Highest so far: 2024" could not be checked from it.
    expect(v.points.map((p) => p.number)).toEqual(['107.5', '110.5', '116.5', '117.5', '118.0', '118.3']);
    expect(v.points.slice(-2).map((p) => p.value)).toEqual(['118\u00a0Mt', '118.3\u00a0Mt']);
    expect(v.geometry.labels.map((l) => l.text)).toContain('Highest 2024');
    // Chinese: 107.5 Mt is 1.075亿吨; the column to three decimals (1.180), the tooltip each figure as published.
    const zh = trajectoryView(doc, doc.targets[0]!, { lang: 'zh', width: 600 });
    expect(zh.points.map((p) => p.number)).toEqual(['1.075', '1.105', '1.165', '1.175', '1.180', '1.183']);
    expect(zh.points.slice(-2).map((p) => p.value.replace(/\u2060/g, ''))).toEqual(['1.18亿吨', '1.183亿吨']);
    // The prose keeps its three figures (a headline, not the data: the table is).
    expect(v.description).toContain('from 108\u00a0Mt in 2017 to 118\u00a0Mt in 2024');
  });

  it('an audit\'s trillions: "3.1 trillion USD", the projection to three figures, short ticks, and 5万亿美元 in Chinese', () => {
    // 2e12 (2020) to 3.1e12 (2024): (1.55)^(1/4) a year, 3.1e12 × 1.55^1.5 = 5,982,176,756,834 in 2030, which read in full,
    // with "beating the target by 982,176,756,834 USD" and tick labels "7,000,000,000,000".
    const doc = docWith(
      { baseline: { year: 2020, value: 2e12 }, goal: { kind: 'absolute', value: 5e12, comparison: 'at-least', year: 2030 } },
      [[2020, 2e12], [2022, 2.5e12], [2024, 3.1e12]],
      'higher',
      { en: 'USD', zh: '美元' },
    );
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 });
    expect(v.model.projection.at(-1)!.value).toBeCloseTo(5982176756834, -1);
    expect(v.unit).toBe('trillion\u00a0USD');
    expect(v.pace).toBe('At this pace: 5.98\u00a0trillion\u00a0USD in 2030, beating the target by 980\u00a0billion\u00a0USD');
    expect(v.subtitle).toBe('Target: at least 5\u00a0trillion\u00a0USD by 2030');
    expect(v.geometry.yTicks.every((t) => /^\d(\.\d)?$/.test(t.label))).toBe(true);
    expect(v.points.map((p) => [p.number, p.value])).toEqual([['2.0', '2\u00a0trillion\u00a0USD'], ['2.5', '2.5\u00a0trillion\u00a0USD'], ['3.1', '3.1\u00a0trillion\u00a0USD']]);
    expect(v.table.columns[1]).toBe('Value (trillion\u00a0USD)');
    const zh = trajectoryView(doc, doc.targets[0]!, { lang: 'zh', width: 600 });
    const plain = (s: string) => s.replace(/\u2060/g, '');
    expect([zh.unit, plain(zh.subtitle), plain(zh.pace)]).toEqual(['万亿美元', '目标：到2030年不低于5万亿美元', '按当前速度：2030年为5.98万亿美元，优于目标9800亿美元']);
    expect(zh.points.map((p) => p.number)).toEqual(['2.0', '2.5', '3.1']);
  });
});

describe('a target met after its year (the audit\'s worked numbers: at most 30 Mt by 2022; 33 in 2022, 29 in 2023)', () => {
  const late = (lang: Lang, asOf: number | null = null) => {
    const doc = lateDoc();
    return trajectoryView(doc, doc.targets[0]!, { lang, width: 600, asOf });
  };

  it('as of 2022: 33 Mt, above the target in its year; off track', () => {
    const v = late('en', 2022);
    expect(v.pace).toBe('In 2022: 33\u00a0Mt, 3\u00a0Mt above the target');
    expect(v.description).toMatch(/In 2022: 33\u00a0Mt, 3\u00a0Mt above the target\. Status: Off track\.$/);
  });

  it('with 2023\'s 29 Mt the pace does not say "beating the target" alone: met a year late; status "Achieved late"', () => {
    const v = late('en');
    expect(v.pace).toBe('In 2023: 29\u00a0Mt, beating the target by 1\u00a0Mt, met a year late');
    expect(v.description).toMatch(/In 2023: 29\u00a0Mt, beating the target by 1\u00a0Mt, met a year late\. Status: Achieved late\.$/);
  });

  it('in Chinese: 逾期1年实现, 逾期实现', () => {
    const v = late('zh');
    expect(v.pace).toBe('2023\u2060年：2900\u2060万\u2060吨，优于目标100\u2060万\u2060吨，逾期1\u2060年实现');
    expect(v.description).toMatch(/2023\u2060年：2900\u2060万\u2060吨，优于目标100\u2060万\u2060吨，逾期1\u2060年实现。状态：逾期实现。$/);
    expect(late('zh', 2022).description).toMatch(/状态：进度落后。$/);
  });

  it('met on time (30 Mt in 2022) says nothing of lateness: "In 2023: 29 Mt, beating the target by 1 Mt"', () => {
    const doc = lateDoc([[2020, 36], [2022, 30], [2023, 29]]);
    const v = trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 });
    expect(v.pace).toBe('In 2023: 29\u00a0Mt, beating the target by 1\u00a0Mt');
    expect(v.description).toMatch(/Status: Achieved\.$/);
  });
});

describe('the keys hint\'s room beside the unit (in em of the small text, 0.8125 of the widget\'s font)', () => {
  it('China\'s CO₂ at 320 px: 290 ÷ 13 = 22.3 em, less "Mt CO₂" (3.3 em) and a 1 em gap: 18 em', () => {
    expect(view(cn, 'industrial-co2-peak-2030', { width: 290 }).keysRoom).toBe(18);
  });
  it('none where under 4 em are left: energy intensity\'s "index, 2020 = 100" (9.3 em, and the gap) at 32 px text, 290 ÷ 26 = 11.2 em; 12 em at 16 px', () => {
    expect(view(cn, 'industrial-energy-intensity-2025', { width: 290, fontPx: 32 }).keysRoom).toBe(0);
    expect(view(cn, 'industrial-energy-intensity-2025', { width: 290 }).keysRoom).toBe(12);
  });
});
