/** Data warnings (lint.ts): worked examples, the cases that must stay silent, and the built-in datasets. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PolicyDocument } from './types.js';
import { validate } from './validate.js';
import { agrees, halfUnit, lint } from './lint.js';

// `any`: the examples edit plain JSON freely, and validate() checks each result.
/** A small valid document: one index target (2020 = 100, −10% by 2025) and its series; `edit` changes a copy. */
function doc(edit: (d: any) => void = () => {}): PolicyDocument {
  const d: any = {
    formatVersion: 1,
    policy: { id: 'plan', title: 'Plan', jurisdiction: 'XX', documents: ['plan'] },
    sources: [
      { id: 'plan', title: 'Plan', url: 'https://example.org/plan' },
      { id: 'stats', title: 'Statistics', url: 'https://example.org/stats' },
    ],
    indicators: [{ id: 'intensity', label: 'Energy intensity', unit: 'index', better: 'lower' }],
    targets: [{ id: 'minus-10', indicator: 'intensity', baseline: { year: 2020, value: 100 }, goal: { kind: 'relative', change: -10, year: 2025 }, source: 'plan' }],
    observations: [2020, 2021, 2022].map((year, i) => ({ indicator: 'intensity', year, value: [100, 97, 95][i], provenance: { status: 'official', source: 'stats' } })),
  };
  edit(d);
  const r = validate(d);
  // Every example is a document the widgets accept: the warnings are about content, not form.
  expect(r.problems).toEqual([]);
  return r.data!;
}

describe('agrees: the tolerance between two statements of one figure', () => {
  it('half a unit in the last written decimal', () => {
    expect([halfUnit(1854), halfUnit(18.448), halfUnit(-2.5), halfUnit(1.5e-7), halfUnit(0)]).toEqual([0.5, 0.0005, 0.05, 0.5e-8, 0.5]);
  });
  it('0.5% of the larger figure, or the rounding of the less precise one', () => {
    expect(agrees(10905.693, 10906)).toBe(true); // rounded to a whole number
    expect(agrees(10905.693, 10950)).toBe(true); // 0.41%
    expect(agrees(10905.693, 11000)).toBe(false); // 0.86%
    expect(agrees(2, 2.4)).toBe(true); // 2.4 rounds to 2
    expect(agrees(2, 2.6)).toBe(false);
    expect(agrees(0.1 + 0.2, 0.3)).toBe(true);
    expect(agrees(100, 94.4)).toBe(false);
    expect(agrees(1800, 1854)).toBe(false); // 2.9%: a trailing zero is not taken for rounding
    expect(agrees(0, 0.4)).toBe(true);
    expect(agrees(-50, -50.2)).toBe(true);
  });
});

describe('lint: a baseline that contradicts the series', () => {
  it('worked example: a baseline of 100 against an observation of 94.4 for the same year', () => {
    const d = doc((d) => (d.observations[0].value = 94.4));
    expect(lint(d)).toEqual([
      {
        path: 'targets[0].baseline.value',
        message:
          'is 100, but the observation of "intensity" for 2020 (observations[0].value) is 94.4, 5.9% apart: one of the two figures is wrong, ' +
          'or they measure different things (the widgets measure progress from 100)',
      },
    ]);
  });
  it('names the observation by its own index, wherever it is in the list', () => {
    const d = doc((d) => {
      d.observations.reverse();
      d.observations[2].value = 101;
    });
    expect(lint(d).map((w) => [w.path, /\(observations\[(\d)\]\.value\) is 101, 1% apart/.exec(w.message)?.[1]])).toEqual([['targets[0].baseline.value', '2']]);
  });
  it('an observation of 0: the values, without a percentage', () => {
    const d = doc((d) => {
      d.indicators[0].better = 'higher';
      d.targets[0].goal = { kind: 'absolute', value: 20, comparison: 'at-least', year: 2025 };
      d.targets[0].baseline.value = 3;
      d.observations[0].value = 0;
    });
    expect(lint(d)[0]!.message).toMatch(/^is 3, but the observation of "intensity" for 2020 \(observations\[0\]\.value\) is 0: one of/);
  });
  it('stays silent within the tolerance, without a baseline value, or without an observation of the baseline year', () => {
    expect(lint(doc((d) => (d.observations[0].value = 100.4)))).toEqual([]); // rounds to 100
    expect(lint(doc((d) => (d.observations[0].value = 100.5)))).toEqual([]); // 0.5%
    expect(lint(doc((d) => ((d.targets[0].goal = { kind: 'absolute', value: 90, comparison: 'at-most', year: 2025 }), delete d.targets[0].baseline.value, (d.observations[0].value = 94))))).toEqual([]);
    expect(lint(doc((d) => d.observations.shift()))).toEqual([]);
    // Another indicator's observation of the baseline year is no contradiction.
    expect(
      lint(
        doc((d) => {
          d.indicators.push({ id: 'other', label: 'Other', unit: 't', better: 'lower' });
          d.observations[0].indicator = 'other';
          d.observations[0].value = 5;
        }),
      ),
    ).toEqual([]);
  });
  it('warns just beyond the tolerance', () => {
    expect(lint(doc((d) => (d.observations[0].value = 100.6))).map((w) => w.path)).toEqual(['targets[0].baseline.value']);
  });
});

describe('lint: a target without a source', () => {
  it('says what the widgets cite in its place', () => {
    expect(lint(doc((d) => delete d.targets[0].source))).toEqual([
      { path: 'targets[0].source', message: "is missing: cite the document that sets this target (the widgets cite the policy's first document in its place)" },
    ]);
    expect(
      lint(
        doc((d) => {
          delete d.targets[0].source;
          delete d.policy.documents;
        }),
      ),
    ).toEqual([{ path: 'targets[0].source', message: 'is missing: cite the document that sets this target (the widgets cite no source for it)' }]);
  });
  it('an inline source counts', () => {
    expect(lint(doc((d) => (d.targets[0].source = { title: 'Plan, art. 3', url: 'https://example.org/plan#3' })))).toEqual([]);
  });
});

describe('lint: milestones off the way', () => {
  it('worked example: a percentage change written where the index value belongs', () => {
    const d = doc((d) => (d.targets[0].milestones = [{ year: 2023, value: -5 }]));
    expect(lint(d)).toEqual([
      {
        path: 'targets[0].milestones[0].value',
        message: "is -5, outside the way from the baseline (100 in 2020) to the target (90): a milestone is a value on the way, in the indicator's unit (not a percentage change)",
      },
    ]);
  });
  it('a milestone beyond the target, or behind the baseline, of a rising count', () => {
    const d = doc((d) => {
      d.indicators.push({ id: 'plants', label: 'Plants', unit: 'plants', better: 'higher' });
      d.targets.push({ id: 'plants', indicator: 'plants', baseline: { year: 2020, value: 40 }, goal: { kind: 'count', value: 500, year: 2030 }, source: 'plan', milestones: [{ year: 2022, value: 30 }, { year: 2025, value: 200 }] });
    });
    expect(lint(d).map((w) => w.path)).toEqual(['targets[1].milestones[0].value']);
    expect(lint(d)[0]!.message).toMatch(/^is 30, outside the way from the baseline \(40 in 2020\) to the target \(500\)/);
  });
  it('stays silent on the way, at its ends (within rounding), within an "about" goal\'s band, and for peaks and caps', () => {
    expect(lint(doc((d) => (d.targets[0].milestones = [{ year: 2021, value: 100 }, { year: 2023, value: 95 }, { year: 2025, value: 90 }])))).toEqual([]);
    // −13.5% of 100 is 86.5; a milestone written 86.4 is the target rounded, not beyond it.
    expect(lint(doc((d) => ((d.targets[0].goal.change = -13.5), (d.targets[0].milestones = [{ year: 2025, value: 86.4 }]))))).toEqual([]);
    const about = (value: number) =>
      lint(
        doc((d) => {
          d.targets[0].goal = { kind: 'absolute', value: 90, comparison: 'about', year: 2025 };
          d.targets[0].milestones = [{ year: 2024, value }];
        }),
      ).length;
    // 90 ± 5% is 85.5 to 94.5: 85 is within a whole number's rounding of it, 84 is not.
    expect([about(86), about(85.5), about(85), about(84), about(101)]).toEqual([0, 0, 0, 1, 1]);
    expect(lint(doc((d) => ((d.targets[0].goal = { kind: 'peak', year: 2025 }), (d.targets[0].milestones = [{ year: 2023, value: 500 }]))))).toEqual([]);
    const cap = { kind: 'cap', allowances: [{ year: 2024, value: 98 }, { year: 2025, value: 96 }] };
    expect(lint(doc((d) => ((d.targets[0].goal = cap), (d.targets[0].milestones = [{ year: 2023, value: 500 }]))))).toEqual([]);
    // Without a baseline value there is no way to lie on.
    // (A count on an indicator where higher is better: on one where lower is, the validator rejects it.)
    expect(lint(doc((d) => ((d.indicators[0].better = 'higher'), (d.targets[0].goal = { kind: 'count', value: 9, year: 2025 }), delete d.targets[0].baseline.value, (d.targets[0].milestones = [{ year: 2023, value: 2 }]))))).toEqual([]);
  });
});

describe('lint: invented values in a reported series', () => {
  it('points at the first illustrative observation and counts both kinds', () => {
    const d = doc((d) => ((d.observations[1].provenance.status = 'illustrative'), (d.observations[2].provenance.status = 'illustrative')));
    expect(lint(d)).toEqual([
      {
        path: 'observations[1].provenance.status',
        message:
          'is "illustrative": "intensity" has 2 illustrative (invented) and 1 reported (official or estimate) observations, ' +
          'which a chart joins in one line under an "Illustrative data" badge: keep invented values in a document of their own',
      },
    ]);
  });
  it('a wholly illustrative series, or estimates beside official figures, is fine', () => {
    expect(lint(doc((d) => d.observations.forEach((o: any) => (o.provenance.status = 'illustrative'))))).toEqual([]);
    expect(lint(doc((d) => (d.observations[2].provenance.status = 'estimate')))).toEqual([]);
  });
});

describe('lint: titles too long for a phone', () => {
  it('over 160 columns, a Han character two: the path of the text, in each language', () => {
    const warnings = lint(
      doc((d) => {
        d.policy.title = 'P'.repeat(161);
        d.indicators[0].label = { en: 'Energy intensity', zh: '能'.repeat(81) };
        d.targets[0].label = 'Energy intensity −10% by 2025 ' + 'x'.repeat(150);
      }),
    );
    expect(warnings.map((w) => w.path)).toEqual(['policy.title', 'indicators[0].label.zh', 'targets[0].label']);
    // 81 Han characters are 162 columns: counted as characters in the message, as an editor counts them.
    expect(warnings[1]!.message).toBe("is 81 characters long: the widgets show it whole, as a title or a row's name, on many lines of a phone's column; shorten it");
  });
  it('160 columns exactly, 80 Han characters, and a missing label: silent', () => {
    expect(lint(doc((d) => ((d.policy.title = 'P'.repeat(160)), (d.indicators[0].label = { en: 'E', zh: '能'.repeat(80) }))))).toEqual([]);
  });
});

describe('lint: a goal an order of magnitude below its baseline', () => {
  const level = (comparison: string, value: number, base = 19) =>
    doc((d) => {
      d.indicators.push({ id: 'share', label: 'Renewables share', unit: '%', better: comparison === 'at-most' ? 'lower' : 'higher' });
      d.targets.push({ id: 'share', indicator: 'share', baseline: { year: 2020, value: base }, goal: { kind: 'absolute', value, comparison, year: 2030 }, source: 'plan' });
    });
  it('worked example: a share written as a fraction (0.35 for 35%) beside its baseline of 19%', () => {
    expect(lint(level('at-least', 0.35))).toEqual([
      {
        path: 'targets[1].goal.value',
        message:
          "is 0.35, a tenth of the baseline (19 in 2020) or less, so the widgets show the target achieved from the start: check the value and the indicator's unit (a percentage written 0.35 for 35%?)",
      },
    ]);
  });
  it('a tenth exactly, and a count written in the wrong unit (2 for 200 standards)', () => {
    expect(lint(level('at-least', 1.9)).map((w) => w.path)).toEqual(['targets[1].goal.value']);
    const count = doc((d) => {
      d.indicators.push({ id: 'standards', label: 'Standards', unit: 'standards', better: 'higher' });
      d.targets.push({ id: 'standards', indicator: 'standards', baseline: { year: 2020, value: 200 }, goal: { kind: 'count', value: 2, year: 2027 }, source: 'plan' });
    });
    expect(lint(count).map((w) => w.path)).toEqual(['targets[1].goal.value']);
  });
  it('stays silent for real policies: a floor already cleared (a red line to hold), a ceiling not reached yet, a level to hold', () => {
    // Arable land "at least 18.65" (100 million ha… the red line) from 19.18: cleared, and to be held.
    expect(lint(level('at-least', 18.65, 19.18))).toEqual([]);
    expect(lint(level('at-least', 2))).toEqual([]);
    expect(lint(level('at-most', 30))).toEqual([]);
    expect(lint(level('at-most', 0.35))).toEqual([]);
    expect(lint(level('at-least', 19))).toEqual([]);
    expect(lint(level('about', 1))).toEqual([]);
    expect(lint(level('at-least', -5, -1))).toEqual([]);
  });
  it('stays silent for a level without a baseline value', () => {
    expect(lint(doc((d) => {
      d.indicators.push({ id: 'share', label: 'Renewables share', unit: '%', better: 'higher' });
      d.targets.push({ id: 'share', indicator: 'share', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 0.35, comparison: 'at-least', year: 2030 }, source: 'plan' });
    }))).toEqual([]);
  });
});

describe('lint: thresholds written as percentages', () => {
  it('worked example: 95 and 60 for 0.95 and 0.6', () => {
    expect(lint(doc((d) => (d.targets[0].thresholds = { onTrack: 95, needsAcceleration: 60 })))).toEqual([
      { path: 'targets[0].thresholds.onTrack', message: 'is 95: a threshold is a ratio of the pace the target needs (the default for onTrack is 0.95), not a percentage; write 0.95 for 95%' },
      { path: 'targets[0].thresholds.needsAcceleration', message: 'is 60: a threshold is a ratio of the pace the target needs (the default for needsAcceleration is 0.6), not a percentage; write 0.6 for 60%' },
    ]);
  });
  it('stays silent for ratios up to 5', () => {
    expect(lint(doc((d) => (d.targets[0].thresholds = { onTrack: 5, needsAcceleration: 0.8 })))).toEqual([]);
  });
});

describe('lint: the built-in datasets', () => {
  const load = (name: string) => validate(JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'))).data!;
  // Every baseline with an observation in its year matches it exactly, every target cites its source, milestones lie
  // on the way and no series mixes invented values with reported ones.
  it.each(['cn-industry-carbon-peaking-2022', 'eu-climate-law-2021', 'illustrative-demo'])('%s: no warnings', (name) => {
    expect(lint(load(name))).toEqual([]);
  });
  it('the China dataset with the clinker capacity baseline written as the target (1,800 for 1,854): warned', () => {
    const china = load('cn-industry-carbon-peaking-2022');
    const i = china.targets.findIndex((t) => t.id === 'clinker-capacity-2025');
    const edited = { ...china, targets: china.targets.map((t, j) => (j === i ? { ...t, baseline: { year: 2020, value: 1800 } } : t)) };
    expect(lint(edited).map((w) => w.path)).toEqual([`targets[${i}].baseline.value`]);
    expect(lint(edited)[0]!.message).toMatch(/^is 1800, but the observation of "clinker-capacity" for 2020 \(observations\[\d+\]\.value\) is 1854, 2\.9% apart/);
  });
});
