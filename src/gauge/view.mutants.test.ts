/**
 * From a mutation-testing pass over view.ts: each test fails for a mutant of `gaugeView` that the other tests let
 * through (named in its comment). Small documents come from the sectors panel's test-doc.ts (invented values, unit Mt).
 */
import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PolicyDocument } from '../format/types.js';
import { textWidth } from '../i18n/text-width.js';
import { makeDoc, type TestTarget } from '../sectors/test-doc.js';
import { gaugeView, type GaugeViewOptions } from './view.js';

const CN = china as unknown as PolicyDocument;
const series = (from: number, values: readonly number[]) => values.map((value, i) => ({ year: from + i, value }));
const viewOf = (doc: PolicyDocument, id: string, opts: Partial<GaugeViewOptions> = {}) =>
  gaugeView(doc, doc.targets.find((t) => t.id === id)!, { lang: 'en', width: 290, variant: 'arc', ...opts });
const view = (t: TestTarget, opts: Partial<GaugeViewOptions> = {}) => viewOf(makeDoc([t]), t.id, opts);
const kinds = (v: ReturnType<typeof gaugeView>) => v.legend.map((l) => l.kind);

describe('view mutants: the legend', () => {
  it('one observation: no "due by" key, as no share is due', () => {
    // Kills `if (a.latest) add('expected', …)` without `shares.expected !== null`.
    const v = view({ id: 'o', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 50, comparison: 'at-most', year: 2025 }, observations: [{ year: 2020, value: 100 }] });
    expect(v.legend).toEqual([{ kind: 'target', label: 'Target by 2025' }]);
  });

  it('"due by" the latest observation\'s year, not the as-of year asked for', () => {
    // −20% by 2030 from 100 (2020), 95 in 2022, judged as of 2024: due by 2022 on the constant-rate path,
    // 1 − 0.8^(2/10) = 4.36 of 20 points = 22%. Kills `a.asOf ?? a.latest.year` ("due by 2024").
    const v = view({ id: 'r', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2022, value: 95 }] }, { asOf: 2024 });
    expect(v.legend[0]).toEqual({ kind: 'expected', label: '22% due by 2022' });
  });

  it('a cap\'s target key names its last allowance\'s year', () => {
    // Allowances 95 (2022) and 80 (2025). Kills a cap falling back to the bare "Target".
    const v = view({ id: 'k', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'cap', allowances: [{ year: 2022, value: 95 }, { year: 2025, value: 80 }] }, observations: [{ year: 2023, value: 90 }] });
    expect(v.legend.find((l) => l.kind === 'target')!.label).toBe('Target by 2025');
  });

  it('an empty milestone list adds no milestone key', () => {
    // Kills `if (target.milestones)` for `target.milestones?.length` ([] is truthy).
    const v = view({ id: 'c', better: 'higher', baseline: { year: 2020, value: 0 }, goal: { kind: 'count', value: 100, year: 2030 }, milestones: [], observations: [{ year: 2024, value: 60 }] });
    expect(kinds(v)).toEqual(['expected', 'target']);
  });

  it('without data, only the keys of marks the track draws: milestones that cannot be placed are not named', () => {
    // A count with a milestone but no baseline value and no observations: no way to place the milestone (no marker),
    // so no "Milestone" key. Kills `legend: true ? legend : …` and dropping the filter.
    const v = view({ id: 'c', better: 'higher', baseline: { year: 2020 }, goal: { kind: 'count', value: 100, year: 2030 }, milestones: [{ year: 2025, value: 50 }] });
    expect(v.geometry.markers.map((m) => m.kind)).not.toContain('milestone');
    expect(kinds(v)).toEqual(['target']);
  });
});

describe('view mutants: a peak\'s headline and fill', () => {
  it('too few growth rates to judge: the headline is "—", not "—% a year"', () => {
    // 100, 101, 103 (two rates): growth null. Kills dropping `if (a.peak.growth === null) return '—'`.
    const v = view({ id: 'p', better: 'lower', baseline: { year: 2018 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 101, 103]) });
    expect(v.headline).toBe('—');
  });

  it('a clear trend is named as one: growth slowing from +10% to +2.3% a year reads "Trend +… a year", "年增速趋势…"', () => {
    // 100, 110, 119, 126, 131, 134: rates 10, 8.18, 5.88, 3.97, 2.29 fall by about 1.9 points a year, well over twice
    // their standard error: the fitted growth at 2023, not the five rates' mean (6.1%).
    const obs: TestTarget = { id: 'p', better: 'lower', baseline: { year: 2018 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 110, 119, 126, 131, 134]) };
    const v = view(obs);
    expect(v.a.peak!.trend).toBe(true);
    expect(v.headline).toMatch(/^Trend \+\d\.\d% a year$/);
    expect(view(obs, { lang: 'zh' }).headline).toMatch(/^年\u2060增\u2060速\u2060趋\u2060势\+\d\.\d%$/);
  });

  it('growth of exactly zero has no sign: "0% a year", not "+0% a year"', () => {
    // A flat series (100 five times): four rates of 0, growth 0. Kills `growth >= 0 ? '+'`.
    const v = view({ id: 'p', better: 'lower', baseline: { year: 2018 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 100, 100, 100, 100]) });
    expect(v.headline).toBe('Average 0% a year');
  });

  it('the years named are those the fill covers: from the first observation when the baseline has no value', () => {
    // Baseline year 2020 without a value; observations 2018–2023. The time scale starts at the first used year,
    // 2018 (shares.from). Kills naming the target's baseline year ("2020–2023") beside a fill from 2018.
    const v = view({ id: 'p', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'peak', year: 2030 }, observations: series(2018, [100, 101, 102, 103, 104, 105]) });
    expect(v.progressText).toBe('Years so far: 2018–2023');
  });
});

describe('view mutants: the "of" text and the progress text', () => {
  it('no data: no "of" text, even for a relative target whose change is known', () => {
    // Kills dropping `if (!a.latest) return ''` ("target −50%" beside "no data yet").
    const v = view({ id: 'r', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -50, year: 2030 } });
    expect([v.headline, v.of]).toEqual(['no data yet', '']);
  });

  it('no final target to name (no starting point): no "of" text, not a bare "target "', () => {
    // No baseline value and the first observation in the target year. Kills `return m.gauge.target(goal)` without `goal &&`.
    const v = view({ id: 'a', better: 'lower', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 50, comparison: 'at-most', year: 2025 }, observations: [{ year: 2025, value: 60 }] });
    expect(v.a.finalTarget).toBeNull();
    expect(v.of).toBe('');
  });

  it('a judged target without a share (the baseline already at the goal) says nothing there, not its explanation', () => {
    // At most 100 by 2030 from 100: on track (90 in 2024) with no way to measure. Kills `a.latest ? a.explanation : ''`.
    const v = view({ id: 'c', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'absolute', value: 100, comparison: 'at-most', year: 2030 }, observations: [{ year: 2024, value: 90 }] });
    expect([v.a.status, v.progressText]).toEqual(['on-track', '']);
  });

  it('a value past the scale\'s low end: "◀" and its share', () => {
    // −50% by 2030 from 100, 140 in 2024: (140 − 100) ÷ (50 − 100) = −0.8, below the scale's −0.5.
    // Kills the arrow always "▶".
    const v = view({ id: 'r', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -50, year: 2030 }, observations: [{ year: 2024, value: 140 }] });
    expect(v.overflow).toBe('◀ −80%');
  });
});

describe('view mutants: the headline\'s fit, with its tenth to spare', () => {
  // −20% by 2030 from 100, 88 in 2025: headline "−12%", estimated at 1.75 em of 16 px = 28 px.
  const t: TestTarget = { id: 'r', better: 'lower', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -20, year: 2030 }, observations: [{ year: 2025, value: 88 }] };
  const w = textWidth(view(t).headline, 28);

  it('wider than 1/1.1 of the line: long, though the estimate alone fits', () => {
    // At 1.05 × the estimate: 1.1 × w > 1.05 × w. Kills dropping the × 1.1 margin.
    expect(view(t, { width: w * 1.05 }).headlineLong).toBe(true);
  });

  it('exactly at 1.1 × the estimate: it fits (the comparison is strict)', () => {
    // Kills `>=` for `>`.
    expect(view(t, { width: w * 1.1 }).headlineLong).toBe(false);
  });
});

describe('view mutants: the footer\'s texts', () => {
  it('the data notes are of the observations shown: as of 2021, not the 2022 figure\'s', () => {
    // China's energy-intensity index, 2020–2022, each year with its derivation (see data-notes.test.ts).
    // Kills reading the series without `a.asOf` (for dataNotes and for the sources alike).
    const v = viewOf(CN, 'industrial-energy-intensity-2025', { asOf: 2021 });
    expect(v.dataNotes.map((n) => n.slice(0, 10))).toEqual(['2020 value', '2021 value']);
  });

  it('the proxy in the reader\'s language', () => {
    // Kills localising the proxy in English always.
    expect(viewOf(CN, 'industrial-co2-peak-2030', { lang: 'zh' }).proxy).toBe('全国排放，非工业排放');
  });
});

describe('view mutants: a count target gone far the wrong way', () => {
  it('marks the overflow with the share the scale and the legend use: of the final count, not of the next milestone', () => {
    // 100 by 2030 from 50 (2020), 75 by 2025 as a milestone; 10 in 2024. Of the final count: (10 − 50) ÷ 50 = −80%,
    // beyond the scale's −50% end; of the milestone: (10 − 50) ÷ 25 = −160%, which the overflow mark said before.
    const v = view({ id: 'c', better: 'higher', baseline: { year: 2020, value: 50 }, goal: { kind: 'count', value: 100, year: 2030 }, milestones: [{ year: 2025, value: 75 }], observations: [{ year: 2024, value: 10 }] });
    expect([v.progressText, v.overflow]).toEqual(['80% of the way backwards', '◀ \u221280%']);
  });
});
