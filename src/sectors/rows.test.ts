import { describe, expect, it, vi } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PolicyDocument } from '../format/types.js';
import { validate } from '../format/validate.js';
import { buildRow, parseList, selectionProblems, selectTargets, sectorsView, sharedDomain, sortRows, type SectorRow } from './rows.js';
import { makeDoc, manyTargets, sortedView, type TestTarget } from './test-doc.js';
import { gaugeView } from '../gauge/view.js';
import { messages, statusName } from '../i18n/messages.js';
import { lateDoc } from '../../test/helpers/late-target.js';
import { holdDoc } from '../../test/helpers/hold-target.js';
import { valid } from '../../test/helpers/valid.js';

const CN = china as unknown as PolicyDocument;
const DEMO = demo as unknown as PolicyDocument;
const EU = eu as unknown as PolicyDocument;

// Worked examples, one per kind and direction. Comments give the arithmetic.
const worked: TestTarget[] = [
  // Relative, lower is better: 100 → −20% = 80 by 2030. 2025: 88.
  // progress = (88 − 100) ÷ (80 − 100) = 0.6; path at 2025 = 90 → expected = (90 − 100) ÷ (80 − 100) = 0.5.
  { id: 'rel-lower', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] },
  // Relative, higher is better: 40 → +50% = 60 by 2030. 2024: 50.
  // progress = (50 − 40) ÷ (60 − 40) = 0.5; path at 2024 = 48 → expected = 8 ÷ 20 = 0.4.
  { id: 'rel-higher', sector: 'power', better: 'higher', baseline: { year: 2020, value: 40 }, goal: { kind: 'relative', change: 50, year: 2030 }, observations: [{ year: 2024, value: 50 }] },
  // Absolute, higher is better, at least 60 by 2030 from 20 (2020). 2024: 30.
  // progress = (30 − 20) ÷ (60 − 20) = 0.25; path at 2024 = 36 → expected = 16 ÷ 40 = 0.4.
  { id: 'abs-higher', sector: 'industry', better: 'higher', baseline: { year: 2020, value: 20 }, goal: { kind: 'absolute', value: 60, comparison: 'at-least', year: 2030 }, observations: [{ year: 2024, value: 30 }] },
  // Absolute, lower is better, beyond the target: at most 100 by 2030 from 200. 2024: 50.
  // progress = (50 − 200) ÷ (100 − 200) = 1.5 (150%: past the target).
  { id: 'abs-beyond', sector: 'industry', better: 'lower', baseline: { year: 2020, value: 200 }, goal: { kind: 'absolute', value: 100, comparison: 'at-most', year: 2030 }, observations: [{ year: 2024, value: 50 }] },
  // Relative, lower is better, the wrong way: 100 → −50% = 50 by 2030. 2024: 120.
  // progress = (120 − 100) ÷ (50 − 100) = −0.4 (−40%).
  { id: 'rel-wrong', sector: 'transport', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -50, year: 2030 }, observations: [{ year: 2024, value: 120 }] },
  // Cap: allowances 95, 90, 85, 80, 75 (2021–2025) from 100 (2020). 2023: 88.
  // progress = (88 − 100) ÷ (75 − 100) = 0.48; allowance path at 2023 = 85 → expected = (85 − 100) ÷ (75 − 100) = 0.6.
  {
    id: 'cap', sector: 'buildings', better: 'lower', baseline: { year: 2020, value: 100 },
    goal: { kind: 'cap', allowances: [{ year: 2021, value: 95 }, { year: 2022, value: 90 }, { year: 2023, value: 85 }, { year: 2024, value: 80 }, { year: 2025, value: 75 }] },
    observations: [{ year: 2023, value: 88 }],
  },
  // Count: 200 by 2030 (100 by 2025) from 0 (2020). 2024: 60.
  // Toward the final count: progress = 60 ÷ 200 = 0.3; straight path at 2024 = 80 → expected = 0.4; milestone = 100 ÷ 200 = 0.5.
  {
    id: 'count', sector: 'buildings', better: 'higher', baseline: { year: 2020, value: 0 }, goal: { kind: 'count', value: 200, year: 2030 },
    milestones: [{ year: 2025, value: 100 }], observations: [{ year: 2024, value: 60 }],
  },
  // Peak by 2025, series from 2015, highest in 2019 and lower in 2020–2022 (confirmed).
  // Time shares: progress = (2022 − 2015) ÷ (2025 − 2015) = 0.7; expected (the peak year) = (2019 − 2015) ÷ 10 = 0.4.
  {
    id: 'peak', sector: 'industry', better: 'lower', baseline: { year: 2015 }, goal: { kind: 'peak', year: 2025 },
    observations: [50, 52, 54, 55, 56, 55, 54, 53].map((value, i) => ({ year: 2015 + i, value })),
  },
  // No data: at least 180 by 2025, baseline unknown, no observations. The sector comes from the indicator.
  { id: 'no-data', sector: 'power', sectorOnIndicator: true, better: 'higher', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 180, comparison: 'at-least', year: 2025 }, label: 'Scrap capacity' },
  // No sector at all: only shown when named.
  { id: 'no-sector', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2030 }, observations: [{ year: 2024, value: 97 }] },
];
const DOC = makeDoc(worked);
const row = (id: string, lang: 'en' | 'zh' = 'en'): SectorRow => buildRow(DOC, DOC.targets.find((t) => t.id === id)!, DOC.targets.findIndex((t) => t.id === id), lang, {});

describe('test documents', () => {
  it('are valid policy documents', () => {
    expect(validate(DOC).problems).toEqual([]);
    expect(validate(manyTargets(40)).problems).toEqual([]);
  });
});

describe('normalisation onto the shared 0 → 1 scale', () => {
  it('relative, lower is better', () => {
    // Due by the latest year on the default method's constant-rate path: 100 · 0.8^(5/10) = 89.443 → 10.557 ÷ 20 = 0.52786.
    const r = row('rel-lower');
    expect(r.progress).toBeCloseTo(0.6, 10);
    expect(r.expected).toBeCloseTo(0.52786, 5);
    expect(r.status).toBe('on-track');
    expect(r.valueText).toBe('60% of the way');
    expect(r.dueText).toBe('53% due by 2025');
  });
  it('relative, higher is better', () => {
    // 40 · 1.5^(4/10) = 47.043 → 7.043 ÷ 20 = 0.35216 (a straight line: 0.4).
    const r = row('rel-higher');
    expect(r.progress).toBeCloseTo(0.5, 10);
    expect(r.expected).toBeCloseTo(0.35216, 5);
  });
  it('absolute, higher is better', () => {
    // 20 · 3^(4/10) = 31.037 → 11.037 ÷ 40 = 0.27592 (a straight line: 0.4).
    const r = row('abs-higher');
    expect(r.progress).toBeCloseTo(0.25, 10);
    expect(r.expected).toBeCloseTo(0.27592, 5);
    expect(r.status).toBe('needs-acceleration');
  });
  it('absolute, lower is better, beyond 100%', () => {
    const r = row('abs-beyond');
    expect(r.progress).toBeCloseTo(1.5, 10);
    expect(r.status).toBe('achieved');
    expect(r.valueText).toBe('150% of the way');
  });
  it('the wrong way, below 0%', () => {
    const r = row('rel-wrong');
    expect(r.progress).toBeCloseTo(-0.4, 10);
    expect(r.status).toBe('wrong-direction');
    expect(r.valueText).toBe('40% of the way backwards');
  });
  it('cap: progress to the last allowance, expected from the allowance path', () => {
    const r = row('cap');
    expect(r.progress).toBeCloseTo(0.48, 10);
    expect(r.expected).toBeCloseTo(0.6, 10);
  });
  it('count: toward the final count, with the milestone as a tick', () => {
    const r = row('count');
    expect(r.progress).toBeCloseTo(0.3, 10);
    expect(r.expected).toBeCloseTo(0.4, 10);
    expect(r.milestones).toHaveLength(1);
    expect(r.milestones[0]).toBeCloseTo(0.5, 10);
  });
  it('peak: time to the deadline, the peak year as the mark', () => {
    const r = row('peak');
    expect(r.progress).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.4, 10);
    expect(r.status).toBe('achieved');
    expect(r.valueText).toBe('Peaked 2019');
    // The description adds what the visible "Peaked 2019" leaves out: the peak's value and the time passed.
    expect(r.details).toMatch(/^Peaked at .+ in 2019; 70% of the time to the deadline has passed\.$/);
  });
  it('peak past its deadline: the time bar stops at the deadline and does not widen every row\'s scale', () => {
    // Peaked in 2019 before a 2022 deadline, data to 2024: (2024 − 2015) ÷ (2022 − 2015) = 129% of the time drew a grey
    // bar past the target tick, read as overshoot, and stretched the shared scale to 150% for a row at 50% of the way.
    const late: TestTarget = { id: 'late-peak', sector: 'industry', better: 'lower', baseline: { year: 2015, value: 100 }, goal: { kind: 'peak', year: 2022 }, observations: [{ year: 2015, value: 100 }, { year: 2016, value: 104 }, { year: 2017, value: 107 }, { year: 2018, value: 109 }, { year: 2019, value: 110 }, { year: 2020, value: 108 }, { year: 2021, value: 106 }, { year: 2022, value: 104 }, { year: 2023, value: 102 }, { year: 2024, value: 101 }] };
    const half: TestTarget = { id: 'half', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2024, value: 90 }] };
    const v = sectorsView(makeDoc([late, half]), {}, { lang: 'en' });
    const r = v.rows[0]!;
    expect(r.status).toBe('achieved');
    expect(r.progress).toBe(1);
    expect(r.details).toMatch(/; 100% of the time to the deadline has passed\.$/);
    expect(v.domain).toEqual([0, 1]);
  });
  it('no data: says so, with no shares', () => {
    const r = row('no-data');
    expect(r.noData).toBe(true);
    expect(r.status).toBe('insufficient-data');
    expect(r.progress).toBeNull();
    expect(r.expected).toBeNull();
    expect(r.valueText).toBe('no data yet');
    expect(r.sectorLabel).toBe('Power');
    // Nothing to add to what the row shows ("no data yet"): no description.
    expect(r.details).toBe('');
  });
  it('a single observation: its value and year are given, the bar stays empty (no share of the way)', () => {
    const v = sectorsView(DEMO, { targets: ['electrolysers-2gw-2030'] }, { lang: 'en' });
    const r = v.rows[0]!;
    // In sight, with its year (a bare "0.3 GW" said neither when nor why); so not again in the row's description.
    expect([r.noData, r.status, r.progress, r.valueText]).toEqual([true, 'insufficient-data', null, '0.3\u00a0GW in 2024']);
    expect(r.details).toBe('');
  });
  it('the description is what the row\'s visible text (its accessible name) leaves out: where the latest value stands', () => {
    // Not the sector, name, target, status and shares again: the name has them, and each option read some 60 words.
    expect(row('rel-lower').details).toBe('Down 12% from 2020 as of 2025.');
  });
  it('the latest value with unit and year is shown under the target, once: not again in the description', () => {
    // The panel showed shares only ("60% of the way"); the figure was in the screen-reader description alone.
    expect([row('rel-lower').latestText, row('rel-lower').details]).toEqual(['Latest: 88\u00a0Mt in 2025', 'Down 12% from 2020 as of 2025.']);
    expect([row('abs-higher').latestText, row('abs-higher').details]).toEqual(['Latest: 30\u00a0Mt in 2024', '']);
    expect([row('abs-higher', 'zh').latestText, row('abs-higher', 'zh').details]).toEqual(['最新：2024\u2060年为30Mt', '']);
    // A peak's description keeps what its bar alone shows, the time passed; peaked, where and when too.
    expect(row('peak').latestText).toBe('Latest: 53\u00a0Mt in 2022');
    const rising = buildRow(DEMO, DEMO.targets.find((t) => t.id === 'transport-energy-peak-2030')!, 0, 'en', {});
    expect([rising.valueText, rising.latestText, rising.details]).toEqual(['No peak at this pace', 'Latest: 357\u00a0PJ in 2024', '60% of the time to the deadline has passed.']);
    expect(buildRow(DEMO, DEMO.targets.find((t) => t.id === 'transport-energy-peak-2030')!, 0, 'zh', {}).details).toBe('时间进度60%。');
    // Nothing to add where the value text is the latest value, or there is none.
    expect(row('no-data').latestText).toBe('');
    expect(sectorsView(DEMO, { targets: ['electrolysers-2gw-2030'] }, { lang: 'en' }).rows[0]!.latestText).toBe('');
  });
  it('a latest value that is an estimate says so, beside it, wherever the row shows it ("(estimate)", "（估算）")', () => {
    // Marked as such only by the trajectory (a hollow point): the panel showed China's estimates as plain figures.
    const doc = makeDoc([
      { id: 'est', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2023, value: 95 }, { year: 2024, value: 92 }] },
      { id: 'off', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2023, value: 95 }, { year: 2024, value: 92 }] },
      { id: 'one', sector: 'power', better: 'higher', baseline: { year: 2024 }, goal: { kind: 'absolute', value: 2, comparison: 'at-least', year: 2030 }, observations: [{ year: 2024, value: 0.3 }] },
    ]);
    const status = (ind: string, year: number) => doc.observations!.find((o) => o.indicator === ind && o.year === year)!.provenance as { status: string };
    // The latest (2024) an estimate; the other target's 2023 one only, which is not its latest; the lone value too.
    status('est-ind', 2024).status = 'estimate';
    status('off-ind', 2023).status = 'estimate';
    status('one-ind', 2024).status = 'estimate';
    const at = (id: string, lang: 'en' | 'zh' = 'en') => buildRow(doc, doc.targets.find((t) => t.id === id)!, 0, lang, {});
    expect(at('est').latestText).toBe('Latest: 92\u00a0Mt in 2024 (estimate)');
    expect(at('est', 'zh').latestText).toBe('最新：2024\u2060年为92Mt（估算）');
    expect(at('off').latestText).toBe('Latest: 92\u00a0Mt in 2024');
    expect([at('one').valueText, at('one').latestText]).toEqual(['0.3\u00a0Mt in 2024 (estimate)', '']);
    // The description still says what the row does not show, not the value again.
    expect(at('est').details).toBe('Down 8% from 2020 as of 2024.');
    // China's figures are estimates: the clinker capacity row's too.
    expect(sectorsView(CN, { targets: ['clinker-capacity-2025'] }, { lang: 'en' }).rows[0]!.latestText).toBe('Latest: 1,793\u00a0Mt in 2024 (estimate)');
  });
  it('a status judged on a stand-in series says so by its target, with what the series is (the data\'s proxy)', () => {
    const co2 = CN.targets.find((t) => t.id === 'industrial-co2-peak-2030')!;
    expect(buildRow(CN, co2, 0, 'en', { now: 2026 }).targetText).toBe('Target: peak by 2030 · indicative: national CO₂, not industrial');
    expect(buildRow(CN, co2, 0, 'zh', { now: 2026 }).targetText).toBe('目标：2030\u2060年前达峰 · 仅供参考：全国排放，非工业排放');
  });
  it('a target year over without a figure for it: the status is the last the data allow, and the row says so', () => {
    // 2030 target, latest figure 2025: read in 2031, the outcome is not in the data yet.
    const t = DOC.targets.find((x) => x.id === 'rel-lower')!;
    const at = (lang: 'en' | 'zh', opts: { now: number; asOf?: number }) => buildRow(DOC, t, 0, lang, opts);
    expect(at('en', { now: 2031 }).targetText).toBe('Target: −20% vs 2020 by 2030 · no 2030 figure yet');
    expect(at('zh', { now: 2031 }).targetText).toBe('目标：到2030\u2060年比2020\u2060年下降20% · 尚无2030\u2060年数据');
    expect(at('en', { now: 2031 }).status).toBe('on-track');
    // Not while 2030 runs, nor when the page asks how things stood in 2025.
    expect(at('en', { now: 2030 }).targetText).toBe('Target: −20% vs 2020 by 2030');
    expect(at('en', { now: 2031, asOf: 2025 }).targetText).toBe('Target: −20% vs 2020 by 2030');
  });
  it('Chinese text', () => {
    const r = row('rel-lower', 'zh');
    expect(r.valueText).toBe('已完成60%');
    expect(r.details).toBe('截至2025\u2060年比2020\u2060年下降12%。');
    expect(row('no-data', 'zh').valueText).toBe('暂无数据');
  });
});

describe('shared domain', () => {
  const at = (...ps: (number | null)[]) => sharedDomain(ps.map((progress) => ({ progress }) as SectorRow));
  it('is [0, 1] when everything lies inside it, or there is no data', () => {
    expect(at(0.25, 0.6)).toEqual([0, 1]);
    expect(at(null, null)).toEqual([0, 1]);
    expect(at()).toEqual([0, 1]);
  });
  it('widens in quarter steps to the lowest and highest progress', () => {
    expect(at(-0.4, 0.6)).toEqual([-0.5, 1]);
    expect(at(0.5, 1.13)).toEqual([0, 1.25]);
    expect(at(-0.2, 1.5)).toEqual([-0.25, 1.5]);
  });
  it('is clamped to [−0.5, 1.5]', () => {
    expect(at(-3, 4)).toEqual([-0.5, 1.5]);
  });
  it('for the worked rows', () => {
    expect(sortedView(DOC, {}, { lang: 'en', sort: 'status' }).domain).toEqual([-0.5, 1.5]);
  });
});

describe('selecting rows', () => {
  it('by default: every target, one without a sector too (under "All sectors")', () => {
    const ids = selectTargets(DOC, {}).map((t) => t.id);
    expect(ids).toContain('no-sector');
    expect(ids).toContain('no-data');
    expect(ids).toHaveLength(worked.length);
    expect(sectorsView(DOC, {}, { lang: 'en' }).rows.find((r) => r.targetId === 'no-sector')!.sectorLabel).toBe('All sectors');
    // A sector filter leaves it out: it is in no sector.
    expect(selectTargets(DOC, { sectors: ['power'] }).map((t) => t.id)).not.toContain('no-sector');
  });
  it('China: all seven targets, the plan\'s headline ones (no sector) under "All sectors"; four honestly without data', () => {
    const v = sortedView(CN, {}, { lang: 'en', sort: 'status' });
    // Worst first: the headline CO₂ peak, off track, leads. It was left out of the panel (only a footnote said so).
    expect(v.rows.map((r) => [r.targetId, r.sectorLabel])).toEqual([
      ['industrial-co2-peak-2030', 'All sectors'], ['industrial-energy-intensity-2025', 'All sectors'], ['clinker-capacity-2025', 'Building materials'],
      ['steel-scrap-capacity-2025', 'Steel'], ['clinker-energy-minus-3-2025', 'Building materials'], ['clinker-energy-minus-3-7-2025', 'Building materials'],
      ['pcf-standards-2030', 'All sectors'],
    ]);
    expect(v.rows.filter((r) => r.noData)).toHaveLength(4);
    expect(v.summary).toBe('7 targets: 1 off track, 2 on track, 4 insufficient data');
    expect(sortedView(CN, {}, { lang: 'zh', sort: 'status' }).summary).toBe('共7项目标：进度落后1项，进度正常2项，数据不足4项');
    expect(sortedView(CN, { sectors: ['building-materials'] }, { lang: 'en', sort: 'status' }).summary).toBe('3 targets: 1 on track, 2 insufficient data');
    expect(v.illustrative).toBe(false);
    // Every target's source and every series' source, each address once: the plan (its four targets cite one page), the
    // cement plan (two targets, one page), the carbon-footprint guidelines; and the data behind each figure shown.
    expect(v.sources.targets.map((s) => s.id)).toEqual(['plan-peaking-iki', 'cement-plan-clinker-capacity', 'mee-pcf-working-guidelines']);
    expect(v.sources.data.map((s) => s.id)).toEqual(['owid-co2-data', 'xinhua-industrial-energy-2021', 'cnr-industrial-energy-2021-22', 'clinker-capacity-table']);
    // The clinker row's range reaches past 1.5: the shared scale shows its far side up to the limit.
    expect(v.domain).toEqual([0, 1.5]);
  });
  it('as-of cites only the observations it shows, as the gauges and trajectories do', () => {
    // As of 2021: the energy-intensity row shows 2021's figure (Xinhua), not 2022's (CNR's repost); every source cited
    // is one a gauge of those targets, as of the same year, cites. It cited all four before.
    const v = sortedView(CN, {}, { lang: 'en', sort: 'status', asOf: 2021 });
    expect(v.sources.data.map((s) => s.id)).toEqual(['owid-co2-data', 'xinhua-industrial-energy-2021', 'clinker-capacity-table']);
    for (const doc of [CN, EU, DEMO])
      for (let asOf = 1990; asOf <= 2025; asOf++) {
        const panel = sectorsView(doc, {}, { lang: 'en', asOf }).sources.data.map((s) => s.id);
        const gauges = new Set(doc.targets.flatMap((t) => gaugeView(doc, t, { lang: 'en', asOf, width: 400, variant: 'arc' }).sources.data.map((s) => s.id)));
        expect(panel.filter((id) => !gauges.has(id)), `${doc.policy.id} as of ${asOf}`).toEqual([]);
      }
  });
  it('sectors= narrows', () => {
    expect(selectTargets(CN, { sectors: ['steel'] }).map((t) => t.id)).toEqual(['steel-scrap-capacity-2025']);
    expect(selectTargets(CN, { sectors: ['building-materials'] })).toHaveLength(3);
    expect(selectTargets(CN, { sectors: ['petrochemicals'] })).toEqual([]);
  });
  it('indicator= narrows and admits targets without a sector', () => {
    expect(selectTargets(CN, { indicators: ['clinker-energy-intensity-index'] }).map((t) => t.id)).toEqual([
      'clinker-energy-minus-3-2025', 'clinker-energy-minus-3-7-2025',
    ]);
    expect(selectTargets(CN, { indicators: ['industrial-energy-intensity-index'] }).map((t) => t.id)).toEqual(['industrial-energy-intensity-2025']);
    const r = buildRow(CN, CN.targets[1]!, 1, 'en', {});
    expect(r.sectorLabel).toBe('All sectors');
  });
  it('targets= picks by id, in dataset order, and combines with the other filters', () => {
    expect(selectTargets(DOC, { targets: ['cap', 'rel-lower', 'no-sector'] }).map((t) => t.id)).toEqual(['rel-lower', 'cap', 'no-sector']);
    expect(selectTargets(DOC, { targets: ['cap', 'rel-lower'], sectors: ['power'] }).map((t) => t.id)).toEqual(['rel-lower']);
  });
  it('names unknown ids as problems', () => {
    const p = selectionProblems(CN, { sectors: ['steel', 'petrochem'], indicators: ['nope'], targets: ['missing'] }, 'en');
    expect(p.map((x) => x.message)).toEqual([
      'No sector with id "petrochem" in this dataset (sectors: "steel", "building-materials", "petrochemicals", "nonferrous-metals", "consumer-goods", "equipment-manufacturing", "electronics")',
      // The indicators' and targets' ids too (an editor's typo in `targets` read "No target with id … in this dataset"
      // and nothing more, so the editor had to open the JSON to find the ids).
      'No indicator with id "nope" in this dataset (indicators: "co2-national", "industrial-energy-intensity-index", "steel-scrap-processing-capacity", "clinker-energy-intensity-index", "clinker-capacity", "cement-co2-owid", "pcf-standards-issued")',
      'No target with id "missing" in this dataset (targets: "industrial-co2-peak-2030", "industrial-energy-intensity-2025", "steel-scrap-capacity-2025", "clinker-energy-minus-3-2025", "clinker-capacity-2025", "clinker-energy-minus-3-7-2025", "pcf-standards-2030")',
    ]);
    // A near miss is named as the gauge's `target` is, in both languages.
    expect(selectionProblems(CN, { targets: ['steel-scrap-capacity-2026'] }, 'en')[0]!.message).toBe('No target with id "steel-scrap-capacity-2026" in this dataset; did you mean "steel-scrap-capacity-2025"?');
    expect(selectionProblems(CN, { indicators: ['clinker-capacty'] }, 'zh')[0]!.message).toBe('此数据集中没有 ID 为“clinker-capacty”的指标；是否指“clinker-capacity”？');
    // More than eight: the first eight and "…".
    const many = { ...CN, targets: Array.from({ length: 9 }, (_, i) => ({ ...CN.targets[0]!, id: `t${i}` })) };
    expect(selectionProblems(many, { targets: ['zzzzzz'] }, 'en')[0]!.message).toBe('No target with id "zzzzzz" in this dataset (targets: "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", …)');
    expect(selectionProblems(CN, { sectors: ['steel'] }, 'en')).toEqual([]);
    expect(selectionProblems(CN, { sectors: ['x'] }, 'zh')[0]!.message).toContain('“x”');
    // Chinese lists the ids with 、 (an audit: ", " in a Chinese sentence); each problem is labelled by the attribute it
    // was written in, `indicator` (singular) for the data's `indicators`.
    expect(selectionProblems(CN, { sectors: ['x'] }, 'zh')[0]!.message).toContain('（现有行业：“steel”、“building-materials”、');
    expect(p.map((x) => x.path)).toEqual(['sectors', 'indicator', 'targets']);
  });
  it('parses attribute lists', () => {
    expect(parseList(' steel, building-materials ,,steel ')).toEqual(['steel', 'building-materials']);
    expect(parseList('')).toEqual([]);
    expect(parseList(null)).toEqual([]);
  });
  it('the filters in words, for the message when none match: by name, not id ("No targets listed for …")', () => {
    const v = sortedView(CN, { sectors: ['petrochemicals'] }, { lang: 'en', sort: 'status' });
    expect([v.rows.length, v.filterText]).toEqual([0, 'Petrochemicals and chemicals']);
    expect(sortedView(CN, { sectors: ['petrochemicals'] }, { lang: 'zh', sort: 'status' }).filterText).toBe('石化化工');
    // Without rows, the footer cites the plan's documents, where a reader can check what it sets; no data sources.
    expect([v.sources.targets.map((s) => s.id), v.sources.data]).toEqual([['plan-peaking-iki'], []]);
  });
});

describe('sorting', () => {
  const view = (sort: 'status' | 'progress' | 'name' | 'data') => sortedView(DOC, {}, { lang: 'en', sort }).rows.map((r) => r.targetId);
  it('status: wrong direction, off track, needs acceleration, on track, achieved, then no data', () => {
    const v = sortedView(DOC, {}, { lang: 'en', sort: 'status' });
    const ranks = v.rows.map((r) => r.status);
    expect(ranks[0]).toBe('wrong-direction');
    expect(ranks[ranks.length - 1]).toBe('insufficient-data');
    const order = ['wrong-direction', 'off-track', 'needs-acceleration', 'on-track', 'achieved', 'insufficient-data'];
    for (let i = 1; i < ranks.length; i++) expect(order.indexOf(ranks[i]!)).toBeGreaterThanOrEqual(order.indexOf(ranks[i - 1]!));
  });
  it('status: within one status the lowest ratio first, then dataset order', () => {
    const rows = [
      { targetId: 'a', index: 0, status: 'on-track', ratio: 1.2, noData: false },
      { targetId: 'b', index: 1, status: 'on-track', ratio: 0.97, noData: false },
      { targetId: 'c', index: 2, status: 'off-track', ratio: 0.3, noData: false },
      { targetId: 'd', index: 3, status: 'on-track', ratio: 0.97, noData: false },
    ] as SectorRow[];
    expect(sortRows(rows, 'status', 'en').map((r) => r.targetId)).toEqual(['c', 'b', 'd', 'a']);
  });
  it('status: a peak whose growth has turned is the furthest ahead of the on-track rows, not behind a rising one', () => {
    // Peak by 2030. Turned: 113 in 2024, 111 in 2025, growth fitted at −0.9%: scored 1 (peak-pending.test.ts). Rising:
    // growth +0.3% in 2025, zero around 2025.2, ratio 5 ÷ 0.17 ≈ 29.8. Both on track; sorted by ratio, the series that
    // has stopped growing was listed as more behind than the one still growing.
    const obs = (v: number[]) => v.map((value, i) => ({ year: 2019 + i, value }));
    const doc = makeDoc([
      { id: 'turned', better: 'lower', baseline: { year: 2019 }, goal: { kind: 'peak', year: 2030 }, observations: obs([100, 105, 108, 110, 112, 113, 111]) },
      { id: 'rising', better: 'lower', baseline: { year: 2019 }, goal: { kind: 'peak', year: 2030 }, observations: obs([100, 110, 118, 124, 128, 130, 131]) },
    ]);
    const v = sortedView(doc, {}, { lang: 'en', sort: 'status', now: 2026 });
    expect(v.rows.map((r) => [r.targetId, r.status])).toEqual([['rising', 'on-track'], ['turned', 'on-track']]);
  });
  it('progress: least of the way first, then peaks (time, not progress), no data last', () => {
    // Shares of the way: rel-wrong −0.4, abs-higher 0.25, count 0.3, no-sector 0.3, cap 0.48, rel-higher 0.5,
    // rel-lower 0.6, abs-beyond 1.5; then the peak, whose 0.7 is time elapsed (it sat between 0.6 and 1.5).
    expect(view('progress')).toEqual(['rel-wrong', 'abs-higher', 'count', 'no-sector', 'cap', 'rel-higher', 'rel-lower', 'abs-beyond', 'peak', 'no-data']);
  });
  it('progress: rows without a share of the way follow the shares, most behind first (as under status), then no data', () => {
    // A peak's progress is time elapsed: an off-track peak 90% of the time gone (p1) is not "further along" than an on-track
    // row at 20% (w1), nor an achieved peak at 10% (p2) behind on-track ones. A judged row without a share (n1, a baseline
    // already at its target) sorts with the peaks, by status. Kills sorting peaks by their time share among the shares.
    const rows = [
      { targetId: 'p1', index: 0, peak: true, status: 'off-track', progress: 0.9, ratio: 0.5, noData: false },
      { targetId: 'w1', index: 1, peak: false, status: 'on-track', progress: 0.2, ratio: 1.1, noData: false },
      { targetId: 'p2', index: 2, peak: true, status: 'achieved', progress: 0.1, ratio: 1, noData: false },
      { targetId: 'x', index: 3, peak: false, status: 'insufficient-data', progress: null, ratio: null, noData: true },
      { targetId: 'n1', index: 4, peak: false, status: 'wrong-direction', progress: null, ratio: null, noData: false },
      { targetId: 'w2', index: 5, peak: false, status: 'needs-acceleration', progress: 0.95, ratio: 0.8, noData: false },
      { targetId: 'p3', index: 6, peak: true, status: 'off-track', progress: 0.4, ratio: 0.2, noData: false },
    ] as SectorRow[];
    expect(sortRows(rows, 'progress', 'en').map((r) => r.targetId)).toEqual(['w1', 'w2', 'n1', 'p3', 'p1', 'p2', 'x']);
  });
  it('progress, illustrative demo (the reviewer\'s 320 px panel): the transport peak no longer sits among shares of the way', () => {
    // Shares: transport CO₂ −41%, renewables 16%, heat pumps 22%, energy intensity 51%, buildings 73%, power CO₂ 76%,
    // clinker 97%; then the peaks, off track (transport energy, 60% of its time gone) before achieved (industrial CO₂,
    // 90%); then electrolysers without data. Transport energy was between energy intensity (51%, needs acceleration) and
    // the on-track buildings row; the achieved peak above clinker.
    expect(sortedView(DEMO, {}, { lang: 'en', sort: 'progress' }).rows.map((r) => r.targetId)).toEqual([
      'transport-co2-30-2030', 'renewable-electricity-60-2030', 'heat-pumps-500-2032', 'industry-energy-intensity-minus-30-2030',
      'buildings-ghg-allowances-2030', 'power-co2-minus-50-2030', 'clinker-capacity-about-100-2028',
      'transport-energy-peak-2030', 'industry-co2-peak-2025', 'electrolysers-2gw-2030',
    ]);
  });
  it('name: by sector, then name, no data last', () => {
    const rows = sortedView(DOC, {}, { lang: 'en', sort: 'name' }).rows;
    expect(rows.map((r) => r.sectorLabel)).toEqual(['All sectors', 'Buildings', 'Buildings', 'Industry', 'Industry', 'Industry', 'Power', 'Power', 'Transport', 'Power']);
    expect(rows.at(-1)!.targetId).toBe('no-data');
    expect(rows[1]!.targetId).toBe('cap');
  });
  it('data: the dataset order exactly, even for rows without data', () => {
    expect(view('data')).toEqual(worked.map((t) => t.id));
  });
  it('makes a collator only to sort by name, and one per language for the page', async () => {
    // A fresh copy of the module, so its collators are not those earlier tests made.
    vi.resetModules();
    const fresh = await import('./rows.js');
    const made: string[] = [];
    const Real = Intl.Collator;
    const spy = vi.spyOn(Intl, 'Collator').mockImplementation(function (locale: string, options?: Intl.CollatorOptions) {
      made.push(locale);
      return new Real(locale, options);
    } as unknown as typeof Intl.Collator);
    try {
      const rows = fresh.sectorsView(DOC, {}, { lang: 'en' }).rows;
      for (const order of ['status', 'progress', 'data'] as const) fresh.sortRows(rows, order, 'en');
      expect(made).toEqual([]);
      for (let i = 0; i < 3; i++) expect(fresh.sortRows(rows, 'name', 'en')[1]!.targetId).toBe('cap');
      fresh.sortRows(rows, 'name', 'zh');
      fresh.sortRows(rows, 'name', 'zh');
      expect(made).toEqual(['en-GB', 'zh-CN']);
    } finally {
      spy.mockRestore();
    }
  });
  it('does not reorder the input', () => {
    const v = sectorsView(DOC, {}, { lang: 'en' });
    const before = v.rows.map((r) => r.targetId);
    sortRows(v.rows, 'progress', 'en');
    expect(v.rows.map((r) => r.targetId)).toEqual(before);
  });
});

describe('real and illustrative datasets', () => {
  it('illustrative demo: every status, and the illustrative flag', () => {
    const v = sortedView(DEMO, {}, { lang: 'en', sort: 'status' });
    expect(v.rows).toHaveLength(10);
    expect(new Set(v.rows.map((r) => r.status)).size).toBe(6);
    expect(v.illustrative).toBe(true);
    expect(v.anyPeak).toBe(true);
    expect(v.anyMilestones).toBe(true);
    // To 1.25 for the clinker row's range: 95–105 around 100 from 130 is the shares 25 ÷ 30 … 35 ÷ 30 = 0.83–1.17.
    expect(v.domain).toEqual([-0.5, 1.25]);
    expect(v.rows.find((r) => r.targetId === 'clinker-capacity-about-100-2028')!.band!.map((s) => +s.toFixed(4))).toEqual([0.8333, 1.1667]);
  });
  it('a panel mixing real and illustrative data says which rows are illustrative (the footer badge alone marked every row)', () => {
    const real: TestTarget = { id: 'real', sector: 'power', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2024, value: 90 }] };
    const invented: TestTarget = { ...real, id: 'invented' };
    const doc = makeDoc([real, invented]);
    // test-doc.ts marks every observation illustrative: the first target's becomes an official one.
    const mixed: PolicyDocument = { ...doc, observations: doc.observations!.map((o) => (o.indicator === 'real-ind' ? { ...o, provenance: { ...o.provenance, status: 'official' as const } } : o)) };
    for (const [lang, word] of [['en', 'illustrative data'], ['zh', '示意数据']] as const) {
      const v = sectorsView(mixed, {}, { lang });
      expect(v.illustrative).toBe(true);
      expect(v.rows[0]!.targetText).not.toContain(word);
      expect(v.rows[1]!.targetText.endsWith(` · ${word}`)).toBe(true);
    }
    // Every row illustrative (the demo): the badge says it for all, and no row repeats it.
    expect(sectorsView(DEMO, {}, { lang: 'en' }).rows.some((r) => /illustrative/i.test(r.targetText))).toBe(false);
  });
  it('EU: three rows in two sectors', () => {
    const v = sortedView(EU, {}, { lang: 'zh', sort: 'status' });
    expect(v.rows.map((r) => r.status)).toEqual(['off-track', 'needs-acceleration', 'needs-acceleration']);
    expect(v.summary).toBe('共3项目标：进度落后1项，需要加速2项');
    // English agrees the verb with the count: "2 need acceleration" (it read "2 needs acceleration"), "1 needs".
    expect(sortedView(EU, {}, { lang: 'en', sort: 'status' }).summary).toBe('3 targets: 1 off track, 2 need acceleration');
    expect(sortedView(EU, { targets: ['net-ghg-minus-55-by-2030'] }, { lang: 'en', sort: 'status' }).summary).toBe('1 target: 1 needs acceleration');
  });
  it('EU as of 2015: the summary names the pinned year, which only the rows\' own lines said', () => {
    const at = (lang: 'en' | 'zh') => sectorsView(EU, {}, { lang, asOf: 2015 }).summary;
    expect(at('en')).toBe('3 targets as of 2015: 1 off track, 1 needs acceleration, 1 insufficient data');
    expect(at('zh')).toBe('截至2015\u2060年共3项目标：进度落后1项，需要加速1项，数据不足1项');
  });
  it('forty rows', () => {
    const v = sortedView(manyTargets(40), {}, { lang: 'en', sort: 'status' });
    expect(v.rows).toHaveLength(40);
    expect(v.rows.slice(-5).every((r) => r.noData)).toBe(true);
  });
});

describe('method and as-of apply to every row', () => {
  const doc = demo as unknown as PolicyDocument;
  const row = (opts: { method?: 'path' | 'rate' | 'extrapolation'; asOf?: number }) =>
    sectorsView(doc, { targets: ['power-co2-minus-50-2030'] }, { lang: 'en', ...opts }).rows[0]!;

  it('as-of before the first observation after the baseline leaves a row without data', () => {
    expect(row({}).status).toBe('on-track');
    expect(row({ asOf: 2015 }).status).toBe('insufficient-data');
  });

  it('as-of before a row\'s baseline year says so in that row, which has nothing to judge; the other rows are judged', () => {
    // Heat pumps' baseline is 2019; power CO₂'s is 2015, with observations from then on.
    const v = (lang: 'en' | 'zh') =>
      sectorsView(doc, { targets: ['heat-pumps-500-2032', 'power-co2-minus-50-2030'] }, { lang, asOf: 2018 }).rows;
    const [power, heat] = v('en'); // in the dataset's order
    expect(heat).toMatchObject({ status: 'insufficient-data', noData: true, progress: null, expected: null, valueText: 'before its 2019 baseline year', dueText: '' });
    expect(heat!.details).toBe('');
    expect(power!.noData).toBe(false);
    expect(power!.valueText).toMatch(/of the way$/);
    expect(v('zh')[1]!.valueText).toBe('早于其基准年（2019\u2060年）');
    // From the baseline year on, the row is judged as before (its one observation, the baseline, is no progress yet).
    expect(sectorsView(doc, { targets: ['heat-pumps-500-2032'] }, { lang: 'en', asOf: 2019 }).rows[0]!.valueText).not.toMatch(/baseline/);
  });

  it('as-of moves "latest" back in time, and the method changes the ratio and the required path, not progress', () => {
    const now = row({});
    const earlier = row({ asOf: 2020 });
    expect(earlier.progress).not.toBe(now.progress);
    const path = row({ method: 'path' });
    expect(path.progress).toBe(now.progress);
    // 200 (2015) → 100 (2030), 2024: straight 9 ÷ 15 = 0.6; constant rate 200 · 0.5^(9/15) = 131.951 → 0.68049.
    expect(path.expected).toBeCloseTo(0.6, 10);
    expect(now.expected).toBeCloseTo(0.68049, 5);
  });
});

describe('an "about" target within its range but projected out of it', () => {
  it('says so in the row, beside its "off track" (demo clinker: 101 in 2024, 90.3 at this pace in 2028; range 95–105)', () => {
    const row = (lang: 'en' | 'zh') => sectorsView(DEMO, { targets: ['clinker-capacity-about-100-2028'] }, { lang }).rows[0]!;
    expect(row('en').status).toBe('off-track');
    expect(row('en').valueText).toBe('within the assumed range (95–\u2060105\u00a0Mt), at this pace below it by 2028');
    expect(row('zh').valueText).toBe('处于假定区间内（9500\u2060万\u2060～\u20601.05\u2060亿\u2060吨），按当前速度2028\u2060年将低于该区间');
    // China's clinker capacity is within its range and projected to stay there: nothing to add.
    expect(sectorsView(CN, { targets: ['clinker-capacity-2025'] }, { lang: 'en' }).rows[0]!.valueText).toBe('within the assumed range (1,773–\u20601,827\u00a0Mt)');
  });
});

describe('edges: sector rows', () => {
  it('a dataset without sectors still reports an unknown target filter (no crash on the missing list)', () => {
    const doc = { ...(eu as unknown as PolicyDocument) };
    delete (doc as { sectors?: unknown }).sectors;
    expect(selectionProblems(doc, { targets: ['missing'] }, 'en')).toHaveLength(1);
  });

  const row = (targetId: string, index: number, ratio: number | null): SectorRow =>
    ({ targetId, index, status: 'off-track', ratio, progress: ratio, noData: false, sectorLabel: 'S', name: targetId }) as unknown as SectorRow;

  it('sorting: within a status a missing ratio goes last; ties and "data" keep the dataset order', () => {
    expect(sortRows([row('a', 0, null), row('b', 1, 0.3), row('c', 2, 0.1)], 'status', 'en').map((r) => r.targetId)).toEqual(['c', 'b', 'a']);
    expect(sortRows([row('c', 2, 0.1), row('a', 0, 0.1), row('b', 1, 0.1)], 'status', 'en').map((r) => r.targetId)).toEqual(['a', 'b', 'c']);
    expect(sortRows([row('c', 2, 0.1), row('a', 0, 0.5), row('b', 1, 0.3)], 'data', 'en').map((r) => r.targetId)).toEqual(['a', 'b', 'c']);
  });
});

describe('a row whose target was met after its year (the audit\'s worked numbers: at most 30 Mt by 2022; 33 in 2022, 29 in 2023)', () => {
  const doc = lateDoc();
  const late = (lang: 'en' | 'zh', asOf: number | null = null) => buildRow(doc, doc.targets[0]!, 0, lang, { asOf });

  it('as of 2022: off track, named so', () => {
    const r = late('en', 2022);
    expect([r.status, r.metLate, statusName(messages('en'), r)]).toEqual(['off-track', null, 'Off track']);
  });

  it('with 2023: achieved (its colour and its place in the status sort), met late in 2023, named "Achieved late" / "逾期实现"', () => {
    const r = late('en');
    expect([r.status, r.metLate, statusName(messages('en'), r)]).toEqual(['achieved', 2023, 'Achieved late']);
    expect(statusName(messages('zh'), late('zh'))).toBe('逾期实现');
    expect(r.valueText).toBe('110% of the way');
    // The latest value in sight, under the target, so not again in the description.
    expect([r.latestText, r.details]).toEqual(['Latest: 29\u00a0Mt in 2023', '']);
  });

  it('the summary counts a target met late as "achieved late", not with those met in time', () => {
    // The same target twice: due in 2022 (met in 2023: late) and due in 2023 (met in 2023: in time).
    const t = doc.targets[0]!;
    const two = valid({ ...doc, targets: [t, { ...t, id: 't2', goal: { ...t.goal, year: 2023 } }] });
    expect(sortedView(two, {}, { lang: 'en', sort: 'status' }).summary).toBe('2 targets: 1 achieved late, 1 achieved');
    expect(sortedView(two, {}, { lang: 'zh', sort: 'status' }).summary).toBe('共2项目标：逾期实现1项，已实现1项');
    expect(sortedView(two, { targets: ['t2'] }, { lang: 'en', sort: 'status' }).summary).toBe('1 target: 1 achieved');
    // And sorted so: the late one first under "status", whichever comes first in the data.
    const reversed = valid({ ...doc, targets: [{ ...t, id: 't2', goal: { ...t.goal, year: 2023 } }, t] });
    expect(sortedView(reversed, {}, { lang: 'en', sort: 'status' }).rows.map((r) => r.targetId)).toEqual(['t', 't2']);
  });

  it('the gauge names the same target\'s status the same way', () => {
    for (const lang of ['en', 'zh'] as const) {
      const g = gaugeView(doc, doc.targets[0]!, { lang, width: 300, variant: 'arc' });
      expect(statusName(messages(lang), g.a)).toBe(statusName(messages(lang), late(lang)));
    }
  });
});

describe('a target equal to its baseline: no way, so no share of it', () => {
  it('the row shows its latest value, the bar full while within it and empty once past it (it read "—" over an empty bar beside "Achieved")', () => {
    const doc = holdDoc();
    const [met, missed] = ['hold', 'hold-miss'].map((id) => buildRow(doc, doc.targets.find((t) => t.id === id)!, 0, 'en', {}));
    expect([met!.status, met!.progress, met!.valueText]).toEqual(['on-track', 1, '32% in 2023']);
    expect([missed!.status, missed!.progress, missed!.valueText]).toEqual(['off-track', 0, '53\u00a0t in 2023']);
    expect(buildRow(doc, doc.targets[1]!, 1, 'zh', {}).valueText).toBe('2023\u2060年为53\u2060吨');
    // Not read twice: the description adds what the visible text leaves out, here nothing.
    expect([met!.details, missed!.details]).toEqual(['', '']);
  });
});
